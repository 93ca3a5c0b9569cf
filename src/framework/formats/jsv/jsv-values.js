"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.defaultValueOf = void 0;
exports.isDefaultValue = isDefaultValue;
exports.parseScalarText = parseScalarText;
exports.emptyValueOf = emptyValueOf;
/**
 * Per-type facts the JSV reader and writer share: .NET default values (written for unset value
 * type members, read for empty list slots) and parsing a scalar from its unquoted text.
 */
const enum_meta_js_1 = require("../../dto/enum-meta.js");
const date_time_js_1 = require("../../types/date-time.js");
const time_span_js_1 = require("../../types/time-span.js");
const jsv_dates_js_1 = require("./jsv-dates.js");
const jsv_enums_js_1 = require("./jsv-enums.js");
const jsv_numbers_js_1 = require("./jsv-numbers.js");
const jsv_scalars_js_1 = require("./jsv-scalars.js");
/** .NET's default(T): null for reference types and Nullable<T>. */
var default_value_js_1 = require("../../types/default-value.js");
Object.defineProperty(exports, "defaultValueOf", { enumerable: true, get: function () { return default_value_js_1.defaultValue; } });
/** True when `v` equals default(T) the way .NET's Equals sees it (DateTime ignores Kind). */
function isDefaultValue(v, t) {
    if (v === null || v === undefined)
        return true;
    if (t.kind === 'enum')
        return (0, enum_meta_js_1.enumNumber)(t.meta, v) === 0;
    if (t.kind !== 'primitive')
        return false;
    switch (t.name) {
        case 'bool': return v === false;
        case 'char': return v === '\0' || v === 0;
        case 'decimal': return Number(v) === 0;
        case 'DateTime': return v instanceof Date && v.getTime() === date_time_js_1.DateTime.minValue.getTime() && !(v.subMsTicks > 0);
        case 'DateTimeOffset': return v instanceof Date && v.getTime() === (0, jsv_dates_js_1.minDateTimeOffset)().getTime() && !(v.subMsTicks > 0);
        case 'TimeSpan': return v instanceof time_span_js_1.TimeSpan ? v.ticks === 0n : v === 0;
        case 'Guid': return typeof v === 'string' && /^[0-]*$/.test(v.replace(/[{}()]/g, ''));
        case 'string':
        case 'byte[]':
        case 'object': return false;
        default: return v === 0 || v === 0n;
    }
}
/** Parses unquoted scalar text as `t`; undefined when .NET would reject it. */
function parseScalarText(t, text, o) {
    if (t.kind === 'enum')
        return (0, jsv_enums_js_1.readEnum)(text, t.meta, o.lenient);
    if (t.kind !== 'primitive')
        return undefined;
    const name = t.name;
    if ((0, jsv_numbers_js_1.isIntName)(name)) {
        const v = (0, jsv_numbers_js_1.parseInteger)(text, 0, text.length, name);
        return typeof v === 'string' ? undefined : v;
    }
    switch (name) {
        case 'string':
        case 'object': return text;
        case 'bool': return (0, jsv_scalars_js_1.parseBool)(text);
        case 'float': return (0, jsv_numbers_js_1.parseFloating)(text, true);
        case 'double': return (0, jsv_numbers_js_1.parseFloating)(text, false);
        case 'decimal': return (0, jsv_numbers_js_1.parseDecimal)(text);
        case 'DateTime': return (0, jsv_dates_js_1.parseDateTime)(text, o.tz, o.dateHandler, o.localDates);
        case 'DateTimeOffset': return (0, jsv_dates_js_1.parseDateTimeOffset)(text);
        case 'TimeSpan': return (0, jsv_scalars_js_1.parseTimeSpan)(text);
        case 'Guid': return (0, jsv_scalars_js_1.readGuid)(text);
        case 'byte[]': return (0, jsv_scalars_js_1.parseBytes)(text);
        case 'char': return text.length === 0 ? '\0' : text[0];
        default: return undefined;
    }
}
/** The value an empty raw token gives a non-nullable `t` (a fresh one), or undefined if that is an error. */
function emptyValueOf(t) {
    if (t.kind !== 'primitive')
        return t.kind === 'enum' ? undefined : null;
    switch (t.name) {
        case 'string':
        case 'byte[]': return null;
        case 'object': return '';
        case 'bool': return false;
        case 'char': return '\0';
        case 'DateTime': return date_time_js_1.DateTime.minValue;
        case 'DateTimeOffset': return (0, jsv_dates_js_1.minDateTimeOffset)();
        default: return undefined;
    }
}
