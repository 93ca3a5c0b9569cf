"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.writeContext = writeContext;
exports.mismatch = mismatch;
exports.enter = enter;
exports.writerFor = writerFor;
/**
 * Type-directed JSV writer (ServiceStack.Text's TypeSerializer). Each TypeRef is compiled once
 * into a write function: scalars, lists and dictionaries here, classes and `object` values in
 * jsv-write-class.ts.
 *
 * Write functions return undefined for null: the container decides what null means (member
 * omitted, empty list slot, `{}` for a null object element, dictionary entry dropped).
 */
const exceptions_js_1 = require("../../errors/exceptions.js");
const jsv_dates_js_1 = require("./jsv-dates.js");
const jsv_enums_js_1 = require("./jsv-enums.js");
const jsv_numbers_js_1 = require("./jsv-numbers.js");
const jsv_scalars_js_1 = require("./jsv-scalars.js");
const jsv_text_js_1 = require("./jsv-text.js");
const jsv_values_js_1 = require("./jsv-values.js");
const jsv_write_class_js_1 = require("./jsv-write-class.js");
const contexts = new WeakMap();
/** Derived once per options object; a write is synchronous, so reusing it (depth reset) is safe. */
function writeContext(options) {
    let w = contexts.get(options);
    if (!w)
        contexts.set(options, (w = buildContext(options)));
    w.depth = 0;
    return w;
}
function buildContext(options) {
    return {
        options,
        textCase: options.textCase,
        runtime: options.runtime,
        dates: { tz: options.timeZone, runtime: options.runtime, dateHandler: options.dateHandler },
        enumAsInt: options.treatEnumAsInteger === true,
        excludeDefaults: options.excludeDefaultValues === true,
        excludes: options.excludePropertyReferences?.length ? new Set(options.excludePropertyReferences) : undefined,
        maxDepth: options.limits.maxDepth,
        depth: 0,
    };
}
function mismatch(expected, v) {
    const shown = typeof v === 'object' ? v.constructor?.name ?? 'object' : typeof v;
    return new exceptions_js_1.SerializationException(`Cannot write a ${shown} value as JSV ${expected}`);
}
function enter(w) {
    if (++w.depth > w.maxDepth)
        throw new exceptions_js_1.SerializationException(`JSV nesting deeper than ${w.maxDepth} (a cyclic reference?)`);
}
// ---- compiled write functions ----------------------------------------------------------------
const compiled = new WeakMap();
function writerFor(t) {
    if (t.kind === 'class')
        return (0, jsv_write_class_js_1.classWriter)(t.ctor);
    let fn = compiled.get(t);
    if (!fn)
        compiled.set(t, (fn = compile(t)));
    return fn;
}
function checked(s, expected, v) {
    if (s === undefined)
        throw mismatch(expected, v);
    return s;
}
function writeString(v) {
    if (typeof v === 'string')
        return (0, jsv_text_js_1.encodeJsvString)(v);
    if (v === null || v === undefined)
        return undefined;
    if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean')
        return (0, jsv_text_js_1.encodeJsvString)(String(v));
    throw mismatch('string', v);
}
/** One distinct closure per scalar type keeps each call site monomorphic. */
function compile(t) {
    switch (t.kind) {
        case 'nullable': return writerFor(t.of);
        case 'enum': {
            const meta = t.meta;
            return (v, w) => (v === null || v === undefined ? undefined : checked((0, jsv_enums_js_1.writeEnum)(v, meta, w.enumAsInt), meta.name, v));
        }
        case 'list': return listWriter(t);
        case 'dict': return dictWriter(t);
        case 'class': return (0, jsv_write_class_js_1.classWriter)(t.ctor);
        case 'primitive': break;
    }
    const name = t.name;
    if ((0, jsv_numbers_js_1.isIntName)(name))
        return (v) => (v === null || v === undefined ? undefined : checked((0, jsv_numbers_js_1.writeInteger)(v), name, v));
    switch (name) {
        case 'string': return writeString;
        case 'bool': return (v) => (v === true ? 'True' : v === false ? 'False' : v === null || v === undefined ? undefined : checked(undefined, name, v));
        case 'double': return (v, w) => (v === null || v === undefined ? undefined : checked((0, jsv_numbers_js_1.writeDouble)(v, w.runtime), name, v));
        case 'float': return (v, w) => (v === null || v === undefined ? undefined : checked((0, jsv_numbers_js_1.writeFloat)(v, w.runtime), name, v));
        case 'decimal': return (v) => (v === null || v === undefined ? undefined : checked((0, jsv_numbers_js_1.writeDecimal)(v), name, v));
        case 'DateTime': return (v, w) => (v === null || v === undefined ? undefined : checked((0, jsv_dates_js_1.writeDateTime)(v, w.dates), name, v));
        case 'DateTimeOffset': return (v) => (v === null || v === undefined ? undefined : checked((0, jsv_dates_js_1.writeDateTimeOffset)(v), name, v));
        case 'TimeSpan': return (v) => (v === null || v === undefined ? undefined : checked((0, jsv_scalars_js_1.writeTimeSpan)(v), name, v));
        case 'Guid': return (v) => (v === null || v === undefined ? undefined : checked((0, jsv_scalars_js_1.writeGuid)(v), name, v));
        case 'byte[]': return (v) => (v === null || v === undefined ? undefined : checked((0, jsv_scalars_js_1.writeBytes)(v), name, v));
        case 'char': return (v) => (v === null || v === undefined ? undefined : checked((0, jsv_scalars_js_1.writeChar)(v), name, v));
        case 'object': return jsv_write_class_js_1.writeObject;
        default: throw new exceptions_js_1.SerializationException(`No JSV writer for ${name}`);
    }
}
function listWriter(t) {
    const of = t.of;
    // A null element of a class type is written `{}`; other nulls leave the slot empty.
    const nullElement = of.kind === 'class' ? '{}' : '';
    let elem;
    return (v, w) => {
        if (v === null || v === undefined)
            return undefined;
        const arr = Array.isArray(v) ? v : isIterable(v) ? Array.from(v) : undefined;
        if (!arr)
            throw mismatch('list', v);
        elem ??= writerFor(of);
        enter(w);
        let out = '[';
        for (let i = 0; i < arr.length; i++) {
            const s = elem(arr[i], w);
            if (i > 0)
                out += ',';
            out += s === undefined ? nullElement : s;
        }
        w.depth--;
        return out + ']';
    };
}
function isIterable(v) {
    return typeof v === 'object' && v !== null && !(v instanceof Map) && typeof v[Symbol.iterator] === 'function'
        && !(v instanceof Uint8Array);
}
function dictWriter(t) {
    const keyType = t.key;
    const stringKeys = keyType.kind === 'primitive' && (keyType.name === 'string' || keyType.name === 'object');
    let keyFn;
    let valFn;
    const keyText = (k, w) => typeof k === 'string' && stringKeys ? (0, jsv_text_js_1.encodeJsvString)(k) : keyFn(typeof k === 'string' ? keyFromString(k, keyType, w) : k, w);
    return (v, w) => {
        if (v === null || v === undefined)
            return undefined;
        if (typeof v !== 'object')
            throw mismatch('dictionary', v);
        keyFn ??= writerFor(keyType);
        valFn ??= writerFor(t.value);
        enter(w);
        let out = '{';
        let more = false;
        if (v instanceof Map) {
            for (const [k, x] of v) {
                const vs = valFn(x, w);
                const ks = vs === undefined ? undefined : keyText(k, w);
                if (ks === undefined)
                    continue;
                out += (more ? ',' : '') + ks + ':' + vs;
                more = true;
            }
        }
        else {
            const obj = v;
            for (const k of Object.keys(obj)) {
                const vs = valFn(obj[k], w);
                if (vs === undefined)
                    continue;
                out += (more ? ',' : '') + (stringKeys ? (0, jsv_text_js_1.encodeJsvString)(k) : keyText(k, w)) + ':' + vs;
                more = true;
            }
        }
        w.depth--;
        return out + '}';
    };
}
/** Dictionaries travel as string-keyed objects; a typed key is recovered from its string. */
function keyFromString(k, keyType, w) {
    const v = (0, jsv_values_js_1.parseScalarText)(keyType, k, { tz: w.dates.tz, lenient: false, dateHandler: undefined });
    if (v === undefined)
        throw new exceptions_js_1.SerializationException(`Dictionary key '${k}' is not a valid ${keyType.kind === 'primitive' ? keyType.name : keyType.kind}`);
    return v;
}
