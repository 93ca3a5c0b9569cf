"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.classInfo = classInfo;
exports.findMember = findMember;
exports.derivesFrom = derivesFrom;
/**
 * The per-class facts JSV reading and writing need, computed once per class (WeakMap caches):
 * ServiceStack's member order, each member's wire name under every text case, the
 * `DeclaringType.Member` reference ExcludePropertyReferences matches, and the lookup tables the
 * reader matches keys with (case-insensitive .NET name and DataMember alias, optionally with
 * `_`/`-` removed).
 */
const dto_meta_js_1 = require("../../dto/dto-meta.js");
const member_order_js_1 = require("../../dto/member-order.js");
const text_case_js_1 = require("../../types/text-case.js");
const type_ref_js_1 = require("../../types/type-ref.js");
const infos = new WeakMap();
function classInfo(ctor) {
    let info = infos.get(ctor);
    if (!info)
        infos.set(ctor, (info = buildInfo(ctor)));
    return info;
}
const TEXT_CASES = ['PascalCase', 'camelCase', 'snake_case'];
function buildInfo(ctor) {
    const meta = (0, dto_meta_js_1.getDtoMeta)(ctor);
    const members = (0, member_order_js_1.serviceStackMembers)(ctor).map((m, index) => {
        const alias = m.dataMember?.name;
        const wire = Object.fromEntries(TEXT_CASES.map((tc) => [tc, alias ?? (0, text_case_js_1.applyTextCase)(m.name, tc)]));
        const isEnum = m.type.kind === 'enum';
        return {
            name: m.name, type: m.type, index, wire, valueType: (0, type_ref_js_1.isValueType)(m.type), isEnum,
            suppressDefault: m.dataMember?.emitDefaultValue === false && !isEnum,
            ref: `${(0, dto_meta_js_1.getDtoMeta)(m.declaringClass).name}.${m.name}`,
        };
    });
    const byLower = new Map();
    const byLenient = new Map();
    // First declaration wins on collisions, as reflection order decides in .NET.
    const add = (map, key, m) => { if (!map.has(key))
        map.set(key, m); };
    for (const m of members) {
        add(byLower, m.name.toLowerCase(), m);
        if (m.wire.PascalCase !== m.name)
            add(byLower, m.wire.PascalCase.toLowerCase(), m);
    }
    for (const [key, m] of byLower)
        add(byLenient, key.replace(/[_-]/g, ''), m);
    const wires = Object.fromEntries(TEXT_CASES.map((tc) => [tc, members.map((m) => m.wire[tc])]));
    return { ctor, fullName: `${meta.namespace}.${meta.name}`, namespace: meta.namespace, members, wires, byLower, byLenient };
}
/** A reader's key lookup: case-insensitive, then (snake_case/lenient) without `_` and `-`. */
function findMember(info, key, lenient) {
    const lower = key.toLowerCase();
    const m = info.byLower.get(lower);
    if (m || !lenient)
        return m;
    return info.byLenient.get(lower.replace(/[_-]/g, ''));
}
/** Is `sub` a registered DTO class deriving from `base` (or equal to it)? */
function derivesFrom(sub, base) {
    return typeof sub === 'function' && (sub === base || sub.prototype instanceof base);
}
