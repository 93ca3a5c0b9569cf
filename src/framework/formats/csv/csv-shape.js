"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.csvShape = csvShape;
/**
 * What CsvSerializer writes for a value of a type, and reads back into it: a list is one row per
 * element; a `[DataContract]` DTO (ServiceStack's IsDto) stands for its first list member
 * (ResponseStatus, strings, value types and byte[] skipped), or failing that its first other
 * reference member as one row; anything else is itself, one row.
 */
const dto_meta_js_1 = require("../../dto/dto-meta.js");
const type_ref_js_1 = require("../../types/type-ref.js");
const member_plan_js_1 = require("../jsv/member-plan.js");
const IGNORED_MEMBER = 'ResponseStatus';
/** Members CsvSerializer never picks: scalars, and `object`, which Stackport cannot enumerate by type. */
const isCandidate = (m) => {
    const t = (0, type_ref_js_1.unwrapNullable)(m.type);
    return m.name !== IGNORED_MEMBER && !(0, type_ref_js_1.isValueType)(t) && !(t.kind === 'primitive');
};
function csvShape(type) {
    const t = (0, type_ref_js_1.unwrapNullable)(type);
    if (t.kind === 'list')
        return { kind: 'rows', of: t.of };
    if (t.kind === 'dict')
        return { kind: 'row', type: t };
    if (t.kind !== 'class')
        return { kind: 'scalar', type: t };
    if (!(0, dto_meta_js_1.getDtoMeta)(t.ctor).dataContract)
        return { kind: 'row', type: t };
    const candidates = (0, member_plan_js_1.classInfo)(t.ctor).members.filter(isCandidate);
    const list = candidates.find((m) => (0, type_ref_js_1.unwrapNullable)(m.type).kind === 'list');
    if (list)
        return { kind: 'rows', of: (0, type_ref_js_1.unwrapNullable)(list.type).of, member: list };
    const first = candidates[0];
    return first ? { kind: 'row', type: first.type, member: first } : { kind: 'row', type: t };
}
