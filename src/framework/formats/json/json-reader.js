"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.JsonReader = exports.SKIP = void 0;
const enum_meta_js_1 = require("../../dto/enum-meta.js");
const exceptions_js_1 = require("../../errors/exceptions.js");
const json_cursor_js_1 = require("./json-cursor.js");
/** Returned by a decoder or null handler to leave a member (or element) unset. */
exports.SKIP = Symbol('skip');
/** Reader state for one dialect under one set of options. */
class JsonReader {
    d;
    opts;
    plans = new WeakMap();
    decoders = new WeakMap();
    syntax;
    typeHint;
    constructor(d, opts) {
        this.d = d;
        this.opts = opts;
        this.syntax = d.syntax(opts);
        // Type hints only matter when some classes are whitelisted (ServiceStack's knownTypes).
        this.typeHint = opts.knownTypes ? d.typeHint : undefined;
    }
    /** With `errors`, a member that does not read is recorded there and the read goes on (JsonCursor.errors). */
    read(text, type, limits = this.opts.limits, errors) {
        if (text.length > limits.maxLength) {
            throw new exceptions_js_1.SerializationException(`Request body of ${text.length} characters exceeds the limit of ${limits.maxLength}`);
        }
        const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
        const c = new json_cursor_js_1.JsonCursor(body, this.d.grammar, this.syntax, limits.maxDepth);
        c.errors = errors;
        try {
            const ch = c.ws();
            if (ch < 0)
                return this.d.empty(type);
            this.d.start?.(c, type, ch);
            const tok = c.next();
            if (tok === json_cursor_js_1.T_NULL) {
                const v = this.d.nullValue(c, type, 'top');
                return v === exports.SKIP ? null : v;
            }
            const v = this.decoder(type)(c, tok);
            return v === exports.SKIP ? null : v;
        }
        catch (e) {
            if (e instanceof exceptions_js_1.SerializationException)
                throw e;
            throw this.d.internal(c, e);
        }
    }
    decoder(t) {
        let dec = this.decoders.get(t);
        if (!dec)
            this.decoders.set(t, (dec = this.compile(t)));
        return dec;
    }
    compile(t) {
        switch (t.kind) {
            case 'primitive': return t.name === 'object' ? this.d.any(this) : this.d.scalar(t.name, this);
            case 'nullable': {
                const inner = this.decoder(t.of);
                if (!this.d.emptyStringIsNull)
                    return inner;
                return (c, tok) => (tok === json_cursor_js_1.T_STRING && c.text === '' ? null : inner(c, tok));
            }
            case 'enum': {
                const dec = this.d.enumDec(t.meta, this);
                if (!t.meta.stringValued)
                    return dec;
                const meta = t.meta;
                return (c, tok) => { const v = dec(c, tok); return typeof v === 'number' ? (0, enum_meta_js_1.enumValue)(meta, v) : v; };
            }
            case 'list': return this.listDecoder(t);
            case 'dict': return this.dictDecoder(t);
            case 'class': {
                const ctor = t.ctor;
                return (c, tok) => this.readObject(c, tok, ctor, t);
            }
        }
    }
    listDecoder(t) {
        const of = t.of;
        let item;
        return (c, tok) => {
            if (tok !== json_cursor_js_1.T_ARRAY)
                return this.d.wrongToken(c, t, tok);
            item ??= this.decoder(of);
            const out = [];
            c.enter();
            const parts = c.parts;
            const at = c.plen;
            // The path keeps the last element until the next one starts, as Json.NET's reader reports it.
            for (let first = true, i = 0; c.arrayItem(first); first = false, i++) {
                parts[at] = i;
                c.plen = at + 1;
                const k = c.next();
                const v = k === json_cursor_js_1.T_NULL ? this.d.nullValue(c, of, 'item') : item(c, k);
                if (v !== exports.SKIP)
                    out.push(v);
            }
            c.plen = at;
            return out;
        };
    }
    dictDecoder(t) {
        let val;
        return (c, tok) => {
            if (tok !== json_cursor_js_1.T_OBJECT)
                return this.d.wrongToken(c, t, tok);
            val ??= this.decoder(t.value);
            const out = Object.create(null);
            c.enter();
            const parts = c.parts;
            const at = c.plen;
            for (let first = true; c.objectKey(first); first = false) {
                const key = c.key;
                parts[at] = key;
                c.plen = at + 1;
                const k = c.next();
                const v = k === json_cursor_js_1.T_NULL ? this.d.nullValue(c, t.value, 'item') : val(c, k);
                if (v !== exports.SKIP)
                    out[key] = v;
            }
            c.plen = at;
            return out;
        };
    }
    readObject(c, tok, declared, t) {
        if (tok !== json_cursor_js_1.T_OBJECT)
            return this.d.wrongToken(c, t, tok);
        c.enter();
        let ctor = declared;
        let first = true;
        const hint = this.typeHint;
        if (hint !== undefined && c.objectKey(true)) {
            first = false;
            if (c.key === hint.key) {
                const k = c.next();
                const sub = k === json_cursor_js_1.T_STRING ? hint.resolve(c.text, declared, this.opts) : undefined;
                if (sub !== undefined)
                    ctor = sub;
                else
                    c.skip(k);
                if (!c.objectKey(false))
                    return this.finishObject(c, ctor, new ctor(), undefined);
            }
        }
        else if (hint !== undefined) {
            return this.finishObject(c, ctor, new ctor(), undefined);
        }
        const plan = this.plan(ctor);
        const readers = plan.readers;
        const obj = new ctor();
        const parts = c.parts;
        const at = c.plen;
        const track = this.d.duplicate !== undefined || this.d.afterObject !== undefined;
        // Members set so far: a bit mask for the first 31, a Set beyond (rare).
        let seen = 0;
        let seenMore;
        const byName = this.d.pathByMemberName === true;
        let guess = 0;
        // With a type hint the first key was already read above.
        const lenient = !this.opts.throwOnError || c.errors !== undefined;
        try {
            for (let more = first ? c.objectKey(true, readers[0]?.name) : true; more; more = c.objectKey(false, readers[guess]?.name)) {
                const m = c.hit ? readers[guess] : plan.find(c.key);
                parts[at] = m !== undefined && byName ? m.name : c.key;
                c.plen = at + 1;
                if (m === undefined) {
                    c.skip(c.next());
                    continue;
                }
                guess = m.index + 1;
                if (track) {
                    const i = m.index;
                    const dup = i < 31 ? (seen & (1 << i)) !== 0 : (seenMore ??= new Set()).has(i);
                    if (dup && this.d.duplicate)
                        this.d.duplicate(c, c.key);
                    if (i < 31)
                        seen |= 1 << i;
                    else
                        seenMore.add(i);
                }
                const k = c.next();
                const mark = c.tokStart;
                const depth = c.depth;
                try {
                    const v = k === json_cursor_js_1.T_NULL ? this.d.nullValue(c, m.type, 'member') : m.dec(c, k);
                    if (v !== exports.SKIP)
                        obj[m.key] = v;
                }
                catch (e) {
                    // Without ThrowOnError a value that does not parse leaves the member at its default.
                    if (!lenient || !(e instanceof exceptions_js_1.SerializationException) || c.i >= c.s.length)
                        throw e;
                    c.errors?.push(e);
                    c.i = mark;
                    c.depth = depth;
                    c.skip(c.next());
                }
            }
        }
        catch (e) {
            // …and a body that ends early keeps the members read before the end.
            if (!lenient || !(e instanceof exceptions_js_1.SerializationException) || c.i < c.s.length)
                throw e;
            c.errors?.push(e);
        }
        c.plen = at;
        if (this.d.afterObject)
            this.d.afterObject(c, ctor, (i) => (i < 31 ? (seen & (1 << i)) !== 0 : seenMore?.has(i) === true), readers);
        return obj;
    }
    finishObject(c, ctor, obj, seen) {
        if (this.d.afterObject)
            this.d.afterObject(c, ctor, seen ?? (() => false), this.plan(ctor).readers);
        return obj;
    }
    plan(ctor) {
        let p = this.plans.get(ctor);
        if (p)
            return p;
        const readers = [];
        const make = (m, name) => {
            let r = readers.find((x) => x.member === m);
            if (!r) {
                const dec = (c, tok) => (r.dec = this.decoder(m.type))(c, tok);
                readers.push((r = { key: m.name, name, index: readers.length, member: m, type: m.type, dec }));
            }
            return r;
        };
        p = { readers, find: this.d.lookup(ctor, make, this.opts) };
        this.plans.set(ctor, p);
        return p;
    }
}
exports.JsonReader = JsonReader;
