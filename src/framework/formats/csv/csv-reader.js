"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readCsv = readCsv;
/**
 * Reads CSV as CsvSerializer does (CsvReader): the first line names the members (matched
 * case-insensitively, DataMember names included; unknown names ignored), each further line is a
 * record. Strings and chars are taken as they are, everything else is parsed as JSV; an empty
 * field leaves its member unset.
 */
const exceptions_js_1 = require("../../errors/exceptions.js");
const type_ref_js_1 = require("../../types/type-ref.js");
const jsv_format_js_1 = require("../jsv/jsv-format.js");
const member_plan_js_1 = require("../jsv/member-plan.js");
const csv_fields_js_1 = require("./csv-fields.js");
const csv_shape_js_1 = require("./csv-shape.js");
function fieldValue(text, type, options) {
    if (text === undefined)
        return undefined;
    const t = (0, type_ref_js_1.unwrapNullable)(type);
    if (t.kind === 'primitive' && (t.name === 'string' || t.name === 'char'))
        return text;
    return (0, jsv_format_js_1.readJsv)(text, type, options);
}
function readCsv(text, type, options) {
    if (typeof text !== 'string')
        throw new exceptions_js_1.SerializationException('CSV input must be text');
    const max = options.limits.maxLength;
    if (text.length > max)
        throw new exceptions_js_1.SerializationException(`CSV input of ${text.length} characters exceeds the limit of ${max}`);
    if (text.length === 0)
        return null;
    const shape = (0, csv_shape_js_1.csvShape)(type);
    if (shape.kind === 'scalar')
        return fieldValue(text, shape.type, options);
    const lines = (0, csv_fields_js_1.parseLines)(text);
    const records = readRows(lines, shape.kind === 'rows' ? shape.of : shape.type, options);
    const inner = shape.kind === 'rows' ? records : records[0] ?? null;
    if (!shape.member)
        return inner;
    const outer = new ((0, type_ref_js_1.unwrapNullable)(type).ctor)();
    if (inner !== null)
        outer[shape.member.name] = inner;
    return outer;
}
function readRows(lines, of, options) {
    if (lines.length === 0)
        return [];
    const t = (0, type_ref_js_1.unwrapNullable)(of);
    if (t.kind === 'class') {
        const info = (0, member_plan_js_1.classInfo)(t.ctor);
        const members = (0, csv_fields_js_1.parseFields)(lines[0]).map((h) => (h === undefined ? undefined : (0, member_plan_js_1.findMember)(info, h.trim(), false)));
        return lines.slice(1).map((line) => {
            const record = new t.ctor();
            (0, csv_fields_js_1.parseFields)(line).forEach((field, i) => {
                const m = members[i];
                const v = m ? fieldValue(field, m.type, options) : undefined;
                if (m && v !== undefined)
                    record[m.name] = v;
            });
            return record;
        });
    }
    if (t.kind === 'dict') {
        const keys = (0, csv_fields_js_1.parseFields)(lines[0]);
        return lines.slice(1).map((line) => {
            const record = Object.create(null);
            (0, csv_fields_js_1.parseFields)(line).forEach((field, i) => { const k = keys[i]; if (k !== undefined)
                record[k] = fieldValue(field, t.value, options) ?? null; });
            return record;
        });
    }
    // Scalars: one line holds them all, or each line is one.
    const fields = lines.length === 1 ? (0, csv_fields_js_1.parseFields)(lines[0]) : lines;
    return fields.map((f) => fieldValue(f, of, options) ?? null);
}
