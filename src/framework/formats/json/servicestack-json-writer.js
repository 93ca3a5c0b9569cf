"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.serviceStackJsonDialect = exports.charText = exports.decimalText = exports.integerText = void 0;
exports.serviceStackTypeName = serviceStackTypeName;
const member_order_js_1 = require("../../dto/member-order.js");
const decimal_js_1 = require("../../types/decimal.js");
const guid_js_1 = require("../../types/guid.js");
const number_format_js_1 = require("../../types/number-format.js");
const text_case_js_1 = require("../../types/text-case.js");
const json_escape_js_1 = require("./json-escape.js");
const json_date_text_js_1 = require("./json-date-text.js");
const integerText = (v) => typeof v === 'number' && Number.isSafeInteger(v) ? '' + v : typeof v === 'string' && /^-?\d+$/.test(v) ? v : (0, number_format_js_1.formatInteger)(v);
exports.integerText = integerText;
const decimalText = (v) => (v instanceof decimal_js_1.Decimal ? v.text : decimal_js_1.Decimal.from(v).text);
exports.decimalText = decimalText;
const charText = (v) => (typeof v === 'number' ? String.fromCharCode(v) : String(v).charAt(0));
exports.charText = charText;
/**
 * .NET's parameterless `double.ToString()`: round-trip shortest on .NET Core, 15 significant
 * digits on .NET Framework (whose "R" only ServiceStack applies to MaxValue/MinValue).
 */
function doubleText(n, runtime) {
    if (runtime === 'core') {
        return Number.isInteger(n) && Math.abs(n) < 1e15 && !Object.is(n, -0) ? '' + n : (0, number_format_js_1.formatDouble)(n, 'core');
    }
    if (!Number.isFinite(n) || Math.abs(n) === Number.MAX_VALUE)
        return (0, number_format_js_1.formatDouble)(n, 'framework');
    // A 15-digit decimal survives the trip through a double, so formatting it with "R" prints it in G15 form.
    const g15 = Number(n.toPrecision(15));
    return Number.isFinite(g15) ? (0, number_format_js_1.formatDouble)(g15, 'framework') : (0, number_format_js_1.formatDouble)(n, 'framework');
}
function scalar(name, opts) {
    const runtime = opts.runtime;
    switch (name) {
        case 'string': return (v) => (0, json_escape_js_1.quoteServiceStack)(typeof v === 'string' ? v : String(v));
        case 'char': return (v) => (0, json_escape_js_1.quoteServiceStack)((0, exports.charText)(v));
        case 'bool': return (v) => (v ? 'true' : 'false');
        case 'byte':
        case 'sbyte':
        case 'short':
        case 'ushort':
        case 'int':
        case 'uint':
        case 'long':
        case 'ulong':
            return exports.integerText;
        case 'double': return (v) => doubleText(Number(v), runtime);
        case 'float': return (v) => (0, number_format_js_1.formatDouble)(Number(v), runtime, true);
        case 'decimal': return exports.decimalText;
        case 'DateTime': return (v, ctx) => (0, json_date_text_js_1.wcfDateTime)(v, runtime, ctx.tz);
        case 'DateTimeOffset': return (v) => (0, json_date_text_js_1.wcfDateTimeOffset)(v, opts.dateTimeOffset, runtime);
        case 'TimeSpan': return (v) => '"' + (0, json_date_text_js_1.toTimeSpan)(v).toXsdDuration() + '"';
        case 'Guid': return (v) => '"' + (0, guid_js_1.formatGuid)(v, 'N') + '"';
        case 'byte[]': return (v) => '"' + (0, json_date_text_js_1.base64)(v) + '"';
    }
}
function enumEnc(meta) {
    if (meta.flags)
        return exports.integerText;
    const texts = new Map();
    for (const m of meta.members)
        if (!texts.has(m.value))
            texts.set(m.value, (0, json_escape_js_1.quoteServiceStack)(m.enumMember ?? m.name));
    return (v) => texts.get(v) ?? '"' + String(v) + '"';
}
/**
 * `Namespace.Type, Assembly` as ServiceStack writes `__type`. A TS server has no compiled
 * assembly: like the JSV writer, options may carry `assemblyName` (a string or a function of the
 * namespace); by default the namespace's first segment is used.
 */
function serviceStackTypeName(meta, opts) {
    const a = opts.assemblyName;
    const dot = meta.namespace.indexOf('.');
    const assembly = typeof a === 'string' ? a : typeof a === 'function' ? a(meta.namespace) : dot < 0 ? meta.namespace : meta.namespace.slice(0, dot);
    return `${meta.namespace}.${meta.name}, ${assembly}`;
}
exports.serviceStackJsonDialect = {
    id: 'servicestack',
    members: member_order_js_1.serviceStackMembers,
    memberName: (m, opts) => m.dataMember?.name ?? (0, text_case_js_1.applyTextCase)(m.name, opts.textCase),
    quote: json_escape_js_1.quoteServiceStack,
    scalar,
    enumEnc,
    writeNulls: false,
    nullItem: (t) => (t.kind === 'class' ? '{}' : 'null'),
    omitDefaults: false,
    emitDefaultFalse: (m) => m.dataMember?.emitDefaultValue === false,
    subtypeTag: (meta, opts) => `"__type":${(0, json_escape_js_1.quoteServiceStack)(serviceStackTypeName(meta, opts))}`,
    anyTag: (meta, opts) => `"__type":${(0, json_escape_js_1.quoteServiceStack)(serviceStackTypeName(meta, opts))}`,
    sortMapKeys: false,
    topNull: '',
};
