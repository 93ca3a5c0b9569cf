"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.writeCsv = writeCsv;
/**
 * ServiceStack.Text's CsvSerializer output: a header row of member names (the DataMember name
 * when one is set; names are never re-cased) and one row per record. Strings and chars are
 * written as they are, everything else in its JSV form (booleans `True`/`False`, as TextWriter
 * writes them too); a null is an empty field.
 */
const type_ref_js_1 = require("../../types/type-ref.js");
const jsv_display_js_1 = require("../jsv/jsv-display.js");
const member_plan_js_1 = require("../jsv/member-plan.js");
const csv_fields_js_1 = require("./csv-fields.js");
const csv_shape_js_1 = require("./csv-shape.js");
/** The text of one field (before CSV quoting), undefined for null. */
const fieldText = jsv_display_js_1.jsvDisplayText;
function writeCsv(value, type, options) {
    if (value === null || value === undefined)
        return '';
    const shape = (0, csv_shape_js_1.csvShape)(type);
    const inner = shape.kind !== 'scalar' && shape.member ? value[shape.member.name] : value;
    if (shape.kind === 'scalar')
        return fieldText(value, shape.type, options) ?? '';
    if (inner === null || inner === undefined)
        return '';
    return shape.kind === 'rows' ? writeRows(inner, shape.of, options) : writeRows([inner], shape.type, options);
}
function writeRows(records, of, options) {
    const t = (0, type_ref_js_1.unwrapNullable)(of);
    if (t.kind === 'class') {
        const members = (0, member_plan_js_1.classInfo)(t.ctor).members;
        const header = (0, csv_fields_js_1.csvRow)(members.map((m) => m.wire.PascalCase));
        return header + records.map((r) => (0, csv_fields_js_1.csvRow)(members.map((m) => (r == null ? undefined : fieldText(r[m.name], m.type, options))))).join('');
    }
    if (t.kind === 'dict')
        return writeDictionaries(records, t.value, options);
    // Scalars (and lists of lists) are one row of values, without a header.
    return (0, csv_fields_js_1.csvRow)(records.map((r) => fieldText(r, of, options)));
}
/**
 * CsvDictionaryWriter: string-valued dictionaries share a header of every key, sorted; other
 * dictionaries take the first record's keys.
 */
function writeDictionaries(records, valueType, options) {
    const present = records.filter((r) => r !== null && r !== undefined);
    if (present.length === 0)
        return '';
    const v = (0, type_ref_js_1.unwrapNullable)(valueType);
    const stringValued = v.kind === 'primitive' && v.name === 'string';
    const keys = stringValued ? [...new Set(present.flatMap((r) => Object.keys(r)))].sort() : Object.keys(present[0]);
    return (0, csv_fields_js_1.csvRow)(keys) + present.map((r) => (0, csv_fields_js_1.csvRow)(keys.map((k) => fieldText(r[k], valueType, options)))).join('');
}
