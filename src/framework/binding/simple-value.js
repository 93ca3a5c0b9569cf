"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.convertSimpleValue = convertSimpleValue;
exports.dotNetTypeName = dotNetTypeName;
/**
 * One URI value converted to a simple .NET type as Web API 2's TypeConverterModelBinder does:
 * through the type's TypeConverter with the invariant culture (src: aspnet/AspNetWebStack
 * System.Web.Http/ModelBinding/Binders/TypeConverterModelBinder.cs; .NET's BaseNumberConverter
 * parses integers with NumberStyles.Integer and decimal/double with NumberStyles.Float). Invariant
 * means `1,5` is no number at all — never 15, never 1.5.
 *
 * The outcome says which ModelState entry Web API writes: a FormatException is shown to every
 * client ("The value 'x' is not valid for Int32."); any other failure (overflow) is an exception,
 * shown as "An error has occurred." unless the error-detail policy is on.
 */
const json_read_values_js_1 = require("../formats/json/json-read-values.js");
const clr_type_name_js_1 = require("../formats/json/clr-type-name.js");
const date_time_js_1 = require("../types/date-time.js");
const time_span_js_1 = require("../types/time-span.js");
const time_zone_js_1 = require("../types/time-zone.js");
const FORMAT = { failure: 'format' };
const EXCEPTION = { failure: 'exception' };
/** .NET white space as NumberStyles.AllowLeading/TrailingWhite reads it. */
const WS = '[\\t\\n\\v\\f\\r ]*';
const INTEGER = new RegExp(`^${WS}([+-]?\\d+)${WS}$`);
const FLOAT = new RegExp(`^${WS}([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)${WS}$`);
const FLOAT_SYMBOLS = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };
function integer(name) {
    const [min, max] = json_read_values_js_1.INT_RANGE[name];
    return (text) => {
        const m = INTEGER.exec(text);
        if (!m)
            return FORMAT;
        const v = BigInt(m[1]);
        return v < min || v > max ? EXCEPTION : { value: (0, json_read_values_js_1.intValue)(v) };
    };
}
function float(single) {
    return (text) => {
        const t = text.trim();
        if (t in FLOAT_SYMBOLS)
            return { value: FLOAT_SYMBOLS[t] };
        const m = FLOAT.exec(text);
        if (!m)
            return FORMAT;
        const v = single ? Math.fround(Number(m[1])) : Number(m[1]);
        return Number.isFinite(v) ? { value: v } : EXCEPTION;
    };
}
const converters = {
    string: (text) => ({ value: text }),
    bool: (text) => (/^\s*(true|false)\s*$/i.test(text) ? { value: text.trim().toLowerCase() === 'true' } : FORMAT),
    byte: integer('byte'), sbyte: integer('sbyte'), short: integer('short'), ushort: integer('ushort'),
    int: integer('int'), uint: integer('uint'), long: integer('long'), ulong: integer('ulong'),
    float: float(true), double: float(false),
    decimal: (text) => {
        const m = FLOAT.exec(text);
        if (!m)
            return FORMAT;
        const d = (0, json_read_values_js_1.dotnetDecimal)(m[1].replace(/^\+/, ''));
        return d ? { value: d } : EXCEPTION;
    },
    Guid: (text) => {
        const g = (0, json_read_values_js_1.readGuid)(text.trim());
        return g ? { value: g } : FORMAT;
    },
    // DateTime.Parse: an offset or Z converts to the server's clock (Kind Local); none stays Unspecified.
    DateTime: (text, tz) => {
        const iso = (0, json_read_values_js_1.parseIso)(text.trim());
        if (!iso)
            return FORMAT;
        const d = (0, json_read_values_js_1.dateTimeFromIso)(iso, tz);
        return { value: d.kind === 'Utc' ? new date_time_js_1.DateTime(d.getTime(), 'Local', d.subMsTicks) : d };
    },
    DateTimeOffset: (text, tz) => {
        const iso = (0, json_read_values_js_1.parseIso)(text.trim());
        if (!iso)
            return FORMAT;
        return { value: (0, json_read_values_js_1.dateTimeOffsetFromIso)(iso, (wall) => (0, time_zone_js_1.offsetMinutesAt)((0, time_zone_js_1.wallClockToUtc)(wall, tz), tz)) };
    },
    TimeSpan: (text) => {
        const t = time_span_js_1.TimeSpan.parseClock(text.trim());
        return t ? { value: t } : FORMAT;
    },
    char: (text) => (text.length === 1 ? { value: text } : FORMAT),
};
/** Enum.Parse(type, text, ignoreCase: true): names, numeric strings, "A, B" flag lists. */
function enumValue(t, text) {
    let v = 0;
    for (const part of text.split(',')) {
        const p = part.trim();
        const member = t.meta.members.find((m) => m.name.toLowerCase() === p.toLowerCase());
        if (member)
            v |= member.value;
        else if (/^[+-]?\d+$/.test(p))
            v |= Number(p);
        else
            return FORMAT;
    }
    return { value: v };
}
/** Converts `text` (never empty: an empty value is Web API's "value is required" before any converter). */
function convertSimpleValue(t, text, tz) {
    const inner = t.kind === 'nullable' ? t.of : t;
    if (inner.kind === 'enum')
        return enumValue(inner, text);
    const convert = inner.kind === 'primitive' ? converters[inner.name] : undefined;
    if (!convert)
        throw new TypeError(`${(0, clr_type_name_js_1.clrTypeName)(t)} is not a simple type Web API binds from the URI`);
    return convert(text, tz);
}
/** .NET's Type.Name, as ModelState messages print it: `Int32`, `Nullable\`1`, `Color`. */
function dotNetTypeName(t) {
    if (t.kind === 'nullable')
        return 'Nullable`1';
    if (t.kind === 'enum')
        return t.meta.name;
    return (0, clr_type_name_js_1.clrTypeName)(t).replace(/^.*\./, '');
}
