"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.bindKeyValues = bindKeyValues;
/**
 * Applies string key/values (path variables, query string, form fields) onto a request DTO, as
 * ServiceStack's StringMapTypeDeserializer does: keys match members case-insensitively (and by
 * DataMember name), empty values are skipped, strings are taken raw, bools read up to the first
 * comma, and everything else is read with the JSV reader for the member's type. Failures are
 * collected per field and reported together.
 */
const dto_meta_js_1 = require("../dto/dto-meta.js");
const exceptions_js_1 = require("../errors/exceptions.js");
const type_ref_js_1 = require("../types/type-ref.js");
const text_case_js_1 = require("../types/text-case.js");
/** Query keys ServiceStack reserves for itself; never bound to DTO members. */
const RESERVED = new Set(['format', 'callback', 'debug', 'jsconfig', 'authsecret', 'ss-id', 'ss-pid', 'version', 'x-http-method-override']);
const lookups = new WeakMap();
function memberLookup(ctor) {
    let map = lookups.get(ctor);
    if (!map) {
        map = new Map();
        for (const m of (0, dto_meta_js_1.getDtoMeta)(ctor).allMembers) {
            map.set(m.name.toLowerCase(), m);
            if (m.dataMember?.name)
                map.set(m.dataMember.name.toLowerCase(), m);
            map.set((0, text_case_js_1.applyTextCase)(m.name, 'snake_case'), m);
        }
        lookups.set(ctor, map);
    }
    return map;
}
function bindKeyValues(dto, ctor, values, jsv, options, bind, errors) {
    const members = memberLookup(ctor);
    // Keys differing only in case are one key to ServiceStack: their values join with ',' (`?Id=a&id=b` → `a,b`).
    // Parallel arrays: a handful of members, found by indexOf, cost less than a Map per request.
    const found = [];
    const keys = [];
    const joined = [];
    for (const [key, value] of values) {
        if (value === '' || RESERVED.has(key.toLowerCase()))
            continue;
        const m = members.get(key.toLowerCase());
        if (!m)
            continue;
        const at = found.indexOf(m);
        if (at >= 0)
            joined[at] += `,${value}`;
        else {
            found.push(m);
            keys.push(key);
            joined.push(value);
        }
    }
    for (let i = 0; i < found.length; i++) {
        const m = found[i];
        const key = keys[i];
        const value = joined[i];
        if (bind.onlyUnset && !isUnset(dto[m.name], m))
            continue;
        try {
            dto[m.name] = readValue(m, value, jsv, options);
        }
        catch {
            const field = bind.fieldAsSent ? key : m.name;
            errors.push({ errorCode: 'SerializationException', fieldName: field, message: `'${value}' is an Invalid value for '${field}'` });
        }
    }
}
function readValue(m, value, jsv, options) {
    const t = (0, type_ref_js_1.unwrapNullable)(m.type);
    if (t.kind === 'primitive' && t.name === 'string')
        return value;
    if (t.kind === 'primitive' && t.name === 'bool') {
        const first = value.split(',')[0];
        return jsv.read(first, t, options);
    }
    const v = jsv.read(value, m.type, options);
    if (v === undefined || v === null)
        throw new exceptions_js_1.SerializationException('empty');
    return v;
}
function isUnset(current, m) {
    if (current === undefined || current === null)
        return true;
    if (!(0, type_ref_js_1.isValueType)(m.type))
        return false;
    return current === 0 || current === false;
}
