"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.protoJsonDialect = void 0;
exports.typeUrl = typeUrl;
/**
 * protojson as Zitadel's grpc-gateway configures it (dialects.md §3.3): lowerCamelCase json
 * names, unset and default fields omitted, no `null`, 64-bit integers as strings, enums by name,
 * Timestamps in UTC with 0/3/6/9 fraction digits, Durations in seconds, `"@type"` first in an Any.
 */
const dto_meta_js_1 = require("../../dto/dto-meta.js");
const proto_names_js_1 = require("../../dto/proto-names.js");
const guid_js_1 = require("../../types/guid.js");
const json_date_text_js_1 = require("./json-date-text.js");
const json_escape_js_1 = require("./json-escape.js");
const servicestack_json_writer_js_1 = require("./servicestack-json-writer.js");
/** Go's strconv 'g'-style shortest float text, which matches JavaScript's except for float32. */
function goFloat(n, single) {
    if (Number.isNaN(n))
        return '"NaN"';
    if (n === Infinity)
        return '"Infinity"';
    if (n === -Infinity)
        return '"-Infinity"';
    if (Object.is(n, -0))
        return '-0';
    if (!single)
        return String(n);
    const f = Math.fround(n);
    for (let p = 1; p < 10; p++) {
        const d = Number(f.toPrecision(p));
        if (Math.fround(d) === f)
            return String(d);
    }
    return String(f);
}
function scalar(name) {
    switch (name) {
        case 'string': return (v) => (0, json_escape_js_1.quoteProto)(typeof v === 'string' ? v : String(v));
        case 'char': return (v) => (0, json_escape_js_1.quoteProto)((0, servicestack_json_writer_js_1.charText)(v));
        case 'bool': return (v) => (v ? 'true' : 'false');
        case 'byte':
        case 'sbyte':
        case 'short':
        case 'ushort':
        case 'int':
        case 'uint': return servicestack_json_writer_js_1.integerText;
        case 'long':
        case 'ulong': return (v, ctx) => '"' + (0, servicestack_json_writer_js_1.integerText)(v, ctx) + '"';
        case 'double': return (v) => goFloat(Number(v), false);
        case 'float': return (v) => goFloat(Number(v), true);
        case 'decimal': return (v) => '"' + (0, servicestack_json_writer_js_1.decimalText)(v) + '"';
        case 'DateTime':
        case 'DateTimeOffset': return (v) => (0, json_date_text_js_1.rfc3339Utc)(v);
        case 'TimeSpan': return (v) => (0, json_date_text_js_1.protoDuration)((0, json_date_text_js_1.toTimeSpan)(v));
        case 'Guid': return (v) => '"' + (0, guid_js_1.formatGuid)(v, 'D') + '"';
        case 'byte[]': return (v) => '"' + (0, json_date_text_js_1.base64)(v) + '"';
    }
}
function enumEnc(meta) {
    const names = new Map();
    for (const m of meta.members)
        if (!names.has(m.value))
            names.set(m.value, (0, json_escape_js_1.quoteProto)(m.name));
    return (v) => names.get(v) ?? String(v);
}
/** The Any type URL of a DTO: `type.googleapis.com/<namespace>.<name>` (e.g. `zitadel.v1.ErrorDetail`). */
function typeUrl(meta) {
    return `type.googleapis.com/${meta.namespace}.${meta.name}`;
}
exports.protoJsonDialect = {
    id: 'gateway',
    // Proto declaration order: a flat message, so base members (if any) come first as declared.
    members: (ctor) => (0, dto_meta_js_1.getDtoMeta)(ctor).allMembers,
    memberName: (m) => (0, proto_names_js_1.jsonCamelCase)((0, proto_names_js_1.protoNameOf)(m)),
    quote: json_escape_js_1.quoteProto,
    scalar: (name) => scalar(name),
    enumEnc,
    writeNulls: false,
    nullItem: (t) => (t.kind === 'class' ? '{}' : undefined),
    omitDefaults: true,
    emitDefaultFalse: () => false,
    subtypeTag: () => '',
    anyTag: (meta) => `"@type":${(0, json_escape_js_1.quoteProto)(typeUrl(meta))}`,
    sortMapKeys: true,
    topNull: '',
};
