"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.jsonNetDialect = void 0;
/**
 * Json.NET with ASP.NET Web API 2's formatter settings (dialects.md §2.3): declared names, null
 * members written, enums as integers, ISO dates by DateTimeKind, dashed Guids, TimeSpan "c",
 * .NET Framework "R" doubles with `.0`, decimals keeping their scale, NaN/Infinity quoted.
 */
const dto_meta_js_1 = require("../../dto/dto-meta.js");
const member_order_js_1 = require("../../dto/member-order.js");
const guid_js_1 = require("../../types/guid.js");
const number_format_js_1 = require("../../types/number-format.js");
const text_case_js_1 = require("../../types/text-case.js");
const json_date_text_js_1 = require("./json-date-text.js");
const json_escape_js_1 = require("./json-escape.js");
const servicestack_json_writer_js_1 = require("./servicestack-json-writer.js");
/** JsonConvert.ToString(double): "R" text, `.0` when it has no point or exponent, non-finite quoted. */
function floatText(n, opts, single) {
    if (!Number.isFinite(n))
        return `"${(0, number_format_js_1.formatDouble)(n, opts.runtime, single)}"`;
    const s = (0, number_format_js_1.formatDouble)(n, opts.runtime, single);
    return s.includes('.') || s.includes('E') ? s : s === '-0' ? '-0.0' : s + '.0';
}
function scalar(name, opts) {
    switch (name) {
        case 'string': return (v) => (0, json_escape_js_1.quoteJsonNet)(typeof v === 'string' ? v : String(v));
        case 'char': return (v) => (0, json_escape_js_1.quoteJsonNet)((0, servicestack_json_writer_js_1.charText)(v));
        case 'bool': return (v) => (v ? 'true' : 'false');
        case 'byte':
        case 'sbyte':
        case 'short':
        case 'ushort':
        case 'int':
        case 'uint':
        case 'long':
        case 'ulong':
            return servicestack_json_writer_js_1.integerText;
        case 'double': return (v) => floatText(Number(v), opts, false);
        case 'float': return (v) => floatText(Number(v), opts, true);
        case 'decimal': return (v) => {
            const s = (0, servicestack_json_writer_js_1.decimalText)(v);
            return s.includes('.') ? s : s + '.0';
        };
        case 'DateTime': return (v, ctx) => (0, json_date_text_js_1.isoDateTimeNet)(v, ctx.tz);
        case 'DateTimeOffset': return (v) => (0, json_date_text_js_1.isoDateTimeOffsetNet)(v);
        case 'TimeSpan': return (v) => '"' + (0, json_date_text_js_1.toTimeSpan)(v).toString() + '"';
        case 'Guid': return (v) => '"' + (0, guid_js_1.formatGuid)(v, 'D') + '"';
        case 'byte[]': return (v) => '"' + (0, json_date_text_js_1.base64)(v) + '"';
    }
}
/** Json.NET reads [DataMember] only on [DataContract] classes. */
function dataMemberOf(m) {
    return (0, dto_meta_js_1.getDtoMeta)(m.declaringClass).dataContract ? m.dataMember : undefined;
}
exports.jsonNetDialect = {
    id: 'aspnet',
    members: member_order_js_1.jsonNetMembers,
    memberName: (m, opts) => {
        const declared = (0, member_order_js_1.dataContractName)((0, dto_meta_js_1.getDtoMeta)(m.declaringClass), m);
        return opts.textCase === 'PascalCase' || declared !== m.name ? declared : (0, text_case_js_1.applyTextCase)(declared, opts.textCase);
    },
    quote: json_escape_js_1.quoteJsonNet,
    scalar,
    enumEnc: () => servicestack_json_writer_js_1.integerText,
    writeNulls: true,
    nullItem: () => 'null',
    omitDefaults: false,
    // Web API's JsonContractResolver forces Include for required members.
    emitDefaultFalse: (m) => {
        const dm = dataMemberOf(m);
        return dm?.emitDefaultValue === false && !dm.isRequired;
    },
    subtypeTag: () => '',
    anyTag: () => '',
    sortMapKeys: false,
    topNull: 'null',
};
