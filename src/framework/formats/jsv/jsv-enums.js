"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.writeEnum = writeEnum;
exports.parseEnum = parseEnum;
exports.readEnum = readEnum;
/**
 * Enums in JSV (ServiceStack's EnumInfo): an [EnumMember] value wins, then [Flags] enums (or
 * TreatEnumAsInteger) are written as their number, else the member name; a value with no member
 * prints as its number. Reading accepts all of those, case-insensitively, plus `A, B` flag lists.
 */
const enum_meta_js_1 = require("../../dto/enum-meta.js");
function writeEnum(v, meta, asInteger) {
    let n;
    if (typeof v === 'number')
        n = v;
    else if (typeof v === 'string') {
        const parsed = parseEnum(v, meta, false);
        if (parsed === undefined)
            return undefined;
        n = parsed;
    }
    else if (typeof v === 'bigint')
        n = Number(v);
    else
        return undefined;
    const m = meta.byValue.get(n);
    if (m?.enumMember !== undefined)
        return m.enumMember;
    if (asInteger || meta.flags || !m)
        return Number.isInteger(n) ? String(n) : undefined;
    return m.name;
}
const exactNames = new WeakMap();
/** Names and EnumMember values exactly as written, the usual case. */
function exact(meta) {
    let map = exactNames.get(meta);
    if (!map) {
        const m = new Map();
        for (const x of meta.members) {
            if (!m.has(x.name))
                m.set(x.name, x.value);
            if (x.enumMember !== undefined && !m.has(x.enumMember))
                m.set(x.enumMember, x.value);
        }
        exactNames.set(meta, (map = m));
    }
    return map;
}
/** The enum's number for `text`, or undefined. `snake` also matches with `_` removed. */
function parseEnum(text, meta, snake) {
    const hit = exact(meta).get(text);
    if (hit !== undefined)
        return hit;
    const t = text.trim();
    if (t.length === 0)
        return undefined;
    const one = (name) => {
        const s = name.trim();
        if (/^-?\d+$/.test(s)) {
            const n = Number(s);
            return Number.isSafeInteger(n) ? n : undefined;
        }
        const lower = s.toLowerCase();
        const m = meta.byLowerName.get(lower) ?? (snake ? byLenient(meta, lower) : undefined);
        return m?.value;
    };
    if (!t.includes(','))
        return one(t);
    let acc = 0;
    for (const part of t.split(',')) {
        const n = one(part);
        if (n === undefined)
            return undefined;
        acc |= n;
    }
    return acc;
}
/** What a DTO holds for `text`: the enum's number, or a string-valued enum's member name. */
function readEnum(text, meta, snake) {
    const n = parseEnum(text, meta, snake);
    return n === undefined ? undefined : (0, enum_meta_js_1.enumValue)(meta, n);
}
function byLenient(meta, lower) {
    const key = lower.replaceAll('_', '');
    return meta.members.find((m) => m.name.toLowerCase() === key);
}
