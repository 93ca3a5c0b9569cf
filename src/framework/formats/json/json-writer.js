"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.JsonWriter = void 0;
/**
 * The JSON writing engine shared by the three dialect writers. A dialect supplies the value
 * spellings and member rules (`WriterDialect`); this module compiles a TypeRef into an encoder
 * function once and caches per-class member plans, so writing a DTO is a flat loop of string
 * concatenations with no type inspection beyond `constructor` checks.
 */
const dto_meta_js_1 = require("../../dto/dto-meta.js");
const enum_meta_js_1 = require("../../dto/enum-meta.js");
const exceptions_js_1 = require("../../errors/exceptions.js");
const type_ref_js_1 = require("../../types/type-ref.js");
const json_any_writer_js_1 = require("./json-any-writer.js");
const json_defaults_js_1 = require("./json-defaults.js");
/** Writer state for one dialect under one set of options that change the bytes. */
class JsonWriter {
    d;
    opts;
    plans = new WeakMap();
    encoders = new WeakMap();
    any;
    constructor(d, opts) {
        this.d = d;
        this.opts = opts;
        this.any = (0, json_any_writer_js_1.makeAnyEncoder)(this);
    }
    write(value, type) {
        const ctx = { opts: this.opts, tz: this.opts.timeZone, depth: 0 };
        if (value === null || value === undefined) {
            if (type.kind !== 'nullable' && (0, type_ref_js_1.isValueType)(type))
                return this.encoder(type)((0, json_defaults_js_1.defaultOf)(type), ctx);
            return this.d.topNull;
        }
        return this.encoder(type)(value, ctx);
    }
    encoder(t) {
        let e = this.encoders.get(t);
        if (!e)
            this.encoders.set(t, (e = this.compile(t)));
        return e;
    }
    compile(t) {
        switch (t.kind) {
            case 'primitive': return t.name === 'object' ? this.any : this.d.scalar(t.name, this.opts);
            case 'nullable': return this.encoder(t.of);
            case 'enum': {
                const enc = this.d.enumEnc(t.meta, this.opts);
                const meta = t.meta;
                return meta.stringValued ? (v, ctx) => enc((0, enum_meta_js_1.enumNumber)(meta, v), ctx) : enc;
            }
            case 'list': return this.listEncoder(t.of);
            case 'dict': return this.dictEncoder(t.key, t.value);
            case 'class': {
                const ctor = t.ctor;
                return (v, ctx) => this.writeObject(v, ctor, ctx, '');
            }
        }
    }
    listEncoder(of) {
        const item = this.encoder(of);
        const nullText = this.d.nullItem(of, this.opts);
        return (v, ctx) => {
            const arr = Array.isArray(v) ? v : Array.from(v);
            if (++ctx.depth > MAX_WRITE_DEPTH)
                throw loop();
            let out = '[';
            let sep = '';
            for (let i = 0; i < arr.length; i++) {
                const x = arr[i];
                let text;
                if (x === null || x === undefined) {
                    if (nullText === undefined)
                        continue;
                    text = nullText;
                }
                else
                    text = item(x, ctx);
                out += sep + text;
                sep = ',';
            }
            ctx.depth--;
            return out + ']';
        };
    }
    dictEncoder(keyType, valueType) {
        const val = this.encoder(valueType);
        const quote = this.d.quote;
        const keyText = dictKeyText(keyType);
        const writeNulls = this.d.writeNulls;
        const sort = this.d.sortMapKeys;
        return (v, ctx) => {
            const entries = v instanceof Map ? [...v.entries()] : Object.keys(v).map((k) => [k, v[k]]);
            if (sort)
                entries.sort(compareMapKeys);
            if (++ctx.depth > MAX_WRITE_DEPTH)
                throw loop();
            let out = '{';
            let sep = '';
            for (const [k, x] of entries) {
                let text;
                if (x === null || x === undefined) {
                    if (!writeNulls)
                        continue;
                    text = 'null';
                }
                else
                    text = val(x, ctx);
                out += sep + quote(keyText(k)) + ':' + text;
                sep = ',';
            }
            ctx.depth--;
            return out + '}';
        };
    }
    /** Writes a DTO; a registered subclass instance is written with its own members and a type tag. */
    writeObject(v, declared, ctx, anyTag) {
        const runtime = v.constructor;
        let plan;
        let tag = '';
        if (runtime === declared || runtime === undefined || runtime === Object || !(0, dto_meta_js_1.isDto)(runtime)) {
            plan = this.plan(declared);
            if (anyTag)
                tag = (plan.anyTag ??= this.d.anyTag((0, dto_meta_js_1.getDtoMeta)(declared), this.opts));
        }
        else {
            plan = this.plan(runtime);
            tag = anyTag ? (plan.anyTag ??= this.d.anyTag((0, dto_meta_js_1.getDtoMeta)(runtime), this.opts)) : (plan.tag ??= this.d.subtypeTag((0, dto_meta_js_1.getDtoMeta)(runtime), this.opts));
        }
        if (++ctx.depth > MAX_WRITE_DEPTH)
            throw loop();
        let out = '{' + tag;
        let started = tag !== '';
        const ms = plan.members;
        for (let i = 0; i < ms.length; i++) {
            const m = ms[i];
            const x = v[m.key];
            let text;
            if (x === null || x === undefined) {
                if (m.whenNull === undefined)
                    continue;
                text = m.whenNull(ctx);
            }
            else {
                if (m.skipDefault !== undefined && m.skipDefault(x))
                    continue;
                text = m.enc(x, ctx);
            }
            out += (started ? m.next : m.first) + text;
            started = true;
        }
        ctx.depth--;
        return out + '}';
    }
    plan(ctor) {
        let p = this.plans.get(ctor);
        if (!p)
            this.plans.set(ctor, (p = { members: this.d.members(ctor).map((m) => this.memberPlan(m)) }));
        return p;
    }
    memberPlan(m) {
        const d = this.d;
        const name = d.quote(d.memberName(m, this.opts)) + ':';
        const t = m.type;
        const enc = this.encoder(t);
        const valueType = t.kind !== 'nullable' && (0, type_ref_js_1.isValueType)(t);
        const emitDefaultFalse = d.emitDefaultFalse(m);
        let whenNull;
        if (valueType && !d.omitDefaults && !emitDefaultFalse) {
            const def = (0, json_defaults_js_1.defaultOf)(t);
            whenNull = (ctx) => enc(def, ctx);
        }
        else if (d.writeNulls && !emitDefaultFalse) {
            whenNull = () => 'null';
        }
        // protojson: optional (nullable) scalars have presence, so only the implicit-presence ones drop defaults.
        const skip = emitDefaultFalse || (d.omitDefaults && t.kind !== 'nullable');
        return { key: m.name, first: name, next: ',' + name, enc, whenNull, skipDefault: skip ? (x) => (0, json_defaults_js_1.isDefaultValue)(t, x, d.omitDefaults) : undefined };
    }
}
exports.JsonWriter = JsonWriter;
const MAX_WRITE_DEPTH = 512;
const loop = () => new exceptions_js_1.SerializationException(`Self referencing loop detected: object graph deeper than ${MAX_WRITE_DEPTH} levels`);
function dictKeyText(keyType) {
    if (keyType.kind === 'enum') {
        const meta = keyType.meta;
        return (k) => (typeof k === 'number' ? (meta.byValue.get(k)?.name ?? String(k)) : String(k));
    }
    return (k) => (typeof k === 'string' ? k : k instanceof Date ? k.toISOString() : String(k));
}
/** protojson map order: false before true, numbers ascending, strings by code point. */
function compareMapKeys(a, b) {
    const x = a[0], y = b[0];
    if (typeof x === 'number' && typeof y === 'number')
        return x - y;
    if (typeof x === 'boolean' && typeof y === 'boolean')
        return Number(x) - Number(y);
    const s = String(x), t = String(y);
    // Compare by code point, not UTF-16 unit, like Go's string comparison of UTF-8 bytes.
    if (s === t)
        return 0;
    const cs = [...s], ct = [...t];
    for (let i = 0; i < Math.min(cs.length, ct.length); i++) {
        const d = cs[i].codePointAt(0) - ct[i].codePointAt(0);
        if (d !== 0)
            return d;
    }
    return cs.length - ct.length;
}
