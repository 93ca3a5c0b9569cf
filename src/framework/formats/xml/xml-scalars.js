"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.defaultValue = void 0;
exports.formatDateTime = formatDateTime;
exports.formatUtcInstant = formatUtcInstant;
exports.formatScalar = formatScalar;
exports.isDefaultValue = isDefaultValue;
exports.formatEnum = formatEnum;
exports.parseEnum = parseEnum;
exports.parseDateTime = parseDateTime;
exports.parseDateTimeOffset = parseDateTimeOffset;
exports.parseScalar = parseScalar;
/**
 * Scalar text as both .NET XML serializers write and read it (XmlConvert): round-trip doubles with
 * INF/-INF, decimals keeping their scale, DateTime by Kind, XSD durations, dashed Guids, base64,
 * chars as their UTF-16 code. Shared by the DataContract and XmlSerializer writers and the reader.
 */
const enum_meta_js_1 = require("../../dto/enum-meta.js");
const date_time_js_1 = require("../../types/date-time.js");
const date_time_offset_js_1 = require("../../types/date-time-offset.js");
const decimal_js_1 = require("../../types/decimal.js");
const guid_js_1 = require("../../types/guid.js");
const number_format_js_1 = require("../../types/number-format.js");
const time_span_js_1 = require("../../types/time-span.js");
const time_zone_js_1 = require("../../types/time-zone.js");
const date_text_js_1 = require("./date-text.js");
/** XmlConvert.ToString(DateTime, RoundtripKind): `Z` for Utc, the zone's offset for Local, nothing for Unspecified. */
function formatDateTime(value, tz) {
    const dt = value instanceof date_time_js_1.DateTime ? value : date_time_js_1.DateTime.from(value);
    const wall = dt.kind === 'Utc' ? dt.getTime() : dt.wallClockMs(tz);
    const text = (0, date_text_js_1.isoWallClock)(wall) + (0, date_text_js_1.fractionText)(dt.fractionTicks());
    if (dt.kind === 'Utc')
        return `${text}Z`;
    if (dt.kind === 'Local')
        return text + (0, time_zone_js_1.formatOffset)(Math.round((wall - dt.getTime()) / 60000));
    return text;
}
/** The UTC instant of a DateTimeOffset, as DataContractSerializer's `<DateTime>` child writes it. */
function formatUtcInstant(value) {
    return `${(0, date_text_js_1.isoWallClock)(value.getTime())}${(0, date_text_js_1.fractionText)(value.fractionTicks())}Z`;
}
function formatFloat(v, ctx, single) {
    const n = Number(v);
    if (n === Infinity)
        return 'INF';
    if (n === -Infinity)
        return '-INF';
    if (Object.is(n, -0))
        return '-0';
    if (!single) {
        // Between 1e-4 and 1e15 .NET lays "R" out positionally, as JS does; JS's digits are the shortest
        // round-trip ones, which is .NET Core's "R" and, up to 15 digits, .NET Framework's too.
        const abs = Math.abs(n);
        if (abs >= 1e-4 && abs < 1e15) {
            const text = String(n);
            if (ctx.runtime === 'core' || significantDigits(text) <= 15)
                return text;
        }
    }
    return (0, number_format_js_1.formatDouble)(n, ctx.runtime, single);
}
function significantDigits(text) {
    let count = 0;
    let leading = true;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x30 || c > 0x39)
            continue;
        if (leading && c === 0x30)
            continue;
        leading = false;
        count++;
    }
    return count;
}
const CANONICAL_GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
function toBytes(v) {
    if (Buffer.isBuffer(v))
        return v;
    if (v instanceof Uint8Array)
        return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
    if (Array.isArray(v))
        return Buffer.from(v);
    if (typeof v === 'string')
        return Buffer.from(v, 'base64');
    throw new TypeError('byte[] values must be a Buffer or Uint8Array');
}
/** The text of a scalar value (never DateTimeOffset, which DataContractSerializer writes as a complex element). */
function formatScalar(name, v, ctx) {
    switch (name) {
        case 'string': return typeof v === 'string' ? v : String(v);
        case 'bool': return v ? 'true' : 'false';
        case 'char': return String(typeof v === 'number' ? v : typeof v === 'string' && v.length ? v.charCodeAt(0) : 0);
        case 'byte':
        case 'sbyte':
        case 'short':
        case 'ushort':
        case 'int':
        case 'uint':
        case 'long':
        case 'ulong':
            return (0, number_format_js_1.formatInteger)(typeof v === 'bigint' ? v : Number(v));
        case 'float': return formatFloat(v, ctx, true);
        case 'double': return formatFloat(v, ctx, false);
        case 'decimal': return decimal_js_1.Decimal.from(v).text;
        case 'DateTime': return formatDateTime(v instanceof Date ? v : new Date(v), ctx.timeZone);
        case 'DateTimeOffset': {
            const d = v instanceof Date ? date_time_offset_js_1.DateTimeOffset.from(v) : new date_time_offset_js_1.DateTimeOffset(new Date(v).getTime());
            return formatDateTime(new date_time_js_1.DateTime(d.wallClockMs(), 'Unspecified', d.subMsTicks), 'UTC') + (0, time_zone_js_1.formatOffset)(d.offsetMinutes);
        }
        case 'TimeSpan': return (0, date_text_js_1.xsdDuration)(v instanceof time_span_js_1.TimeSpan ? v : time_span_js_1.TimeSpan.fromMilliseconds(Number(v)));
        case 'Guid': return typeof v === 'string' && CANONICAL_GUID.test(v) ? v : (0, guid_js_1.formatGuid)(String(v), 'D');
        case 'byte[]': return toBytes(v).toString('base64');
        case 'object': return String(v);
    }
}
/** .NET's default(T) (callers ask only for value types). */
var default_value_js_1 = require("../../types/default-value.js");
Object.defineProperty(exports, "defaultValue", { enumerable: true, get: function () { return default_value_js_1.defaultValue; } });
/** True when a value equals .NET's default (for `[DataMember(EmitDefaultValue = false)]`). */
function isDefaultValue(t, v) {
    if (v === null || v === undefined)
        return true;
    if (t.kind === 'enum')
        return (0, enum_meta_js_1.enumNumber)(t.meta, v) === 0;
    if (t.kind !== 'primitive')
        return false;
    switch (t.name) {
        case 'bool': return v === false;
        case 'char': return v === '\0' || v === 0;
        case 'decimal': return Number(decimal_js_1.Decimal.from(v)) === 0;
        case 'DateTime': return v instanceof Date && v.getTime() === date_time_js_1.MIN_MS;
        case 'TimeSpan': return v instanceof time_span_js_1.TimeSpan ? v.ticks === 0n : Number(v) === 0;
        case 'Guid': return v === guid_js_1.EMPTY_GUID;
        case 'DateTimeOffset': return v instanceof date_time_offset_js_1.DateTimeOffset ? v.getTime() === date_time_js_1.MIN_MS && v.offsetMinutes === 0 : false;
        case 'string':
        case 'byte[]':
        case 'object': return false;
        default: return Number(v) === 0;
    }
}
// ---- enums -------------------------------------------------------------------------------
/** How a serializer names an enum member: DataContractSerializer honours [EnumMember(Value)]. */
const dcsName = (m) => m.enumMember ?? m.name;
const xsName = (m) => m.name;
/**
 * The enum text, or undefined when the value has no spelling (.NET throws then). Both serializers
 * try an exact member first; for [Flags] they then walk the members in declaration order —
 * DataContractSerializer matching against the bits still unclaimed, XmlSerializer against the
 * original value — and a zero with no zero member is the empty string.
 */
function formatEnum(meta, value, serializer) {
    const nameOf = serializer === 'dcs' ? dcsName : xsName;
    const exact = meta.byValue.get(value);
    if (exact)
        return nameOf(exact);
    if (!meta.flags)
        return undefined;
    let rest = value;
    let zero;
    const names = [];
    for (const m of meta.members) {
        if (m.value === 0) {
            zero = m;
            continue;
        }
        if (rest === 0)
            break;
        if (((serializer === 'dcs' ? rest : value) & m.value) === m.value) {
            names.push(nameOf(m));
            rest &= ~m.value;
        }
    }
    if (rest !== 0)
        return undefined;
    return names.length ? names.join(' ') : zero ? nameOf(zero) : '';
}
/** Reads enum text (space-separated names for [Flags]); undefined when a name is unknown. */
function parseEnum(meta, text, serializer) {
    const nameOf = serializer === 'dcs' ? dcsName : xsName;
    const parts = text.trim().split(/\s+/).filter(Boolean);
    if (parts.length === 0)
        return meta.flags ? 0 : undefined;
    if (parts.length > 1 && !meta.flags)
        return undefined;
    let value = 0;
    for (const p of parts) {
        const m = meta.members.find((x) => nameOf(x) === p);
        if (!m)
            return undefined;
        value |= m.value;
    }
    return value;
}
// ---- reading -----------------------------------------------------------------------------
const INTEGER = /^[+-]?\d+$/;
const RANGES = {
    byte: [0n, 255n], sbyte: [-128n, 127n], short: [-32768n, 32767n], ushort: [0n, 65535n],
    int: [-2147483648n, 2147483647n], uint: [0n, 4294967295n],
    long: [-9223372036854775808n, 9223372036854775807n], ulong: [0n, 18446744073709551615n],
};
const DATE_TIME = /^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(Z|[+-]\d{2}:\d{2})?$/;
const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;
/** Parses XSD dateTime text into a DateTime (`Z` → Utc, offset → Local, none → Unspecified). */
function parseDateTime(text, tz) {
    const p = parseDateParts(text);
    if (!p)
        return undefined;
    if (p.offset === undefined) {
        return p.wall === date_time_js_1.MIN_MS && p.sub === 0 ? date_time_js_1.DateTime.minValue : date_time_js_1.DateTime.fromWallClock(p.wall, 'Unspecified', p.sub, tz);
    }
    return new date_time_js_1.DateTime(p.wall - p.offset * 60000, p.zulu ? 'Utc' : 'Local', p.sub);
}
/** Parses XSD dateTime text with an offset into a DateTimeOffset (no offset = +00:00). */
function parseDateTimeOffset(text) {
    const p = parseDateParts(text);
    if (!p)
        return undefined;
    const off = p.offset ?? 0;
    return new date_time_offset_js_1.DateTimeOffset(p.wall - off * 60000, off, p.sub);
}
function parseDateParts(text) {
    const m = DATE_TIME.exec(text.trim());
    if (!m)
        return undefined;
    const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = m;
    const month = Number(mo), day = Number(d), hour = Number(h), minute = Number(mi), second = Number(s);
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 59)
        return undefined;
    const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
    date.setUTCFullYear(Number(y));
    if (date.getUTCDate() !== day && hour !== 24)
        return undefined;
    const digits = frac.slice(0, 7).padEnd(7, '0');
    const wall = date.getTime() + Number(digits.slice(0, 3));
    const sub = Number(digits.slice(3));
    if (zone === undefined)
        return { wall, sub, zulu: false };
    if (zone === 'Z')
        return { wall, sub, offset: 0, zulu: true };
    const sign = zone[0] === '-' ? -1 : 1;
    return { wall, sub, offset: sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))), zulu: false };
}
/** Parses scalar element text; undefined means the text is not a valid value of the type. */
function parseScalar(name, raw, ctx) {
    if (name === 'string')
        return raw;
    const text = raw.trim();
    switch (name) {
        case 'bool': return text === 'true' || text === '1' ? true : text === 'false' || text === '0' ? false : undefined;
        case 'char': {
            if (!INTEGER.test(text))
                return undefined;
            const code = Number(text);
            return code >= 0 && code <= 0xffff ? String.fromCharCode(code) : undefined;
        }
        case 'byte':
        case 'sbyte':
        case 'short':
        case 'ushort':
        case 'int':
        case 'uint':
        case 'long':
        case 'ulong': {
            if (!INTEGER.test(text))
                return undefined;
            const big = BigInt(text);
            const [lo, hi] = RANGES[name];
            if (big < lo || big > hi)
                return undefined;
            return big >= -9007199254740991n && big <= 9007199254740991n ? Number(big) : big;
        }
        case 'float':
        case 'double': {
            if (text === 'INF' || text === 'Infinity')
                return Infinity;
            if (text === '-INF' || text === '-Infinity')
                return -Infinity;
            if (text === 'NaN')
                return NaN;
            if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text))
                return undefined;
            const n = Number(text);
            return name === 'float' ? Math.fround(n) : n;
        }
        case 'decimal': return decimal_js_1.Decimal.parse(text);
        case 'DateTime': return parseDateTime(text, ctx.timeZone);
        case 'DateTimeOffset': return parseDateTimeOffset(text);
        case 'TimeSpan': return time_span_js_1.TimeSpan.parseXsdDuration(text);
        case 'Guid': return (0, guid_js_1.parseGuid)(text);
        case 'byte[]': return BASE64.test(raw) ? Buffer.from(raw, 'base64') : undefined;
        case 'object': return raw;
    }
}
