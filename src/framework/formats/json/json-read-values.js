"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.INT_RANGE = void 0;
exports.exactInteger = exactInteger;
exports.intValue = intValue;
exports.smallInteger = smallInteger;
exports.parseIso = parseIso;
exports.parseWcf = parseWcf;
exports.dateTimeFromIso = dateTimeFromIso;
exports.dateTimeOffsetFromIso = dateTimeOffsetFromIso;
exports.decodeBase64 = decodeBase64;
exports.dotnetDecimal = dotnetDecimal;
exports.readGuid = readGuid;
/**
 * Text → value parsers the three JSON readers share: exact integers from JSON number text,
 * ISO 8601 and WCF `/Date(…)/` dates, Base64. Each returns undefined for malformed input; the
 * dialect decides what error that is.
 */
const date_time_js_1 = require("../../types/date-time.js");
const guid_js_1 = require("../../types/guid.js");
const date_time_offset_js_1 = require("../../types/date-time-offset.js");
const decimal_js_1 = require("../../types/decimal.js");
exports.INT_RANGE = {
    byte: [0n, 255n], sbyte: [-128n, 127n], short: [-32768n, 32767n], ushort: [0n, 65535n],
    int: [-2147483648n, 2147483647n], uint: [0n, 4294967295n],
    long: [-9223372036854775808n, 9223372036854775807n], ulong: [0n, 18446744073709551615n],
};
const DIGITS = /^-?\d+$/;
const NUMBER = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
/**
 * The exact integer a JSON number text stands for (`12`, `1.0`, `1e2`), or undefined when it
 * has a non-zero fraction or is not a number. Exponents are applied to the digits, never
 * through a double, so `9223372036854775807` and `1e18` stay exact.
 */
function exactInteger(text) {
    if (DIGITS.test(text))
        return BigInt(text);
    const m = NUMBER.exec(text);
    if (!m || (m[2] === '' && !m[3]))
        return undefined;
    const exp = m[4] ? Number(m[4]) : 0;
    if (Math.abs(exp) > 400)
        return /^0*$/.test((m[2] ?? '') + (m[3] ?? '')) ? 0n : undefined;
    let digits = (m[2] ?? '') + (m[3] ?? '');
    let point = (m[2] ?? '').length + exp;
    if (point < 0) {
        digits = '0'.repeat(-point) + digits;
        point = 0;
    }
    if (point > digits.length)
        digits += '0'.repeat(point - digits.length);
    if (!/^0*$/.test(digits.slice(point)))
        return undefined;
    const int = BigInt(digits.slice(0, point) || '0');
    return m[1] ? -int : int;
}
/** Number when it fits a double exactly, else bigint (the shared representation of long/ulong). */
function intValue(v) {
    return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}
/** Fast path for plain digit runs that fit a double exactly. */
function smallInteger(text) {
    const len = text.length;
    if (len === 0 || len > 15)
        return undefined;
    let n = 0, i = text.charCodeAt(0) === 45 ? 1 : 0;
    if (i === len)
        return undefined;
    for (; i < len; i++) {
        const c = text.charCodeAt(i) - 48;
        if (c < 0 || c > 9)
            return undefined;
        n = n * 10 + c;
    }
    return text.charCodeAt(0) === 45 ? (n === 0 ? 0 : -n) : n;
}
const ISO = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(?:([Zz])|([+-])(\d{2}):?(\d{2})?)?\s*$/;
/** ISO 8601 date or date-time with optional fraction and offset. */
function parseIso(text) {
    const fast = commonIso(text);
    if (fast !== null)
        return fast;
    const m = ISO.exec(text);
    if (!m)
        return undefined;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const [h, min, sec] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
    if (month < 1 || month > 12 || day < 1 || day > 31 || h > 23 || min > 59 || sec > 59)
        return undefined;
    const d = new Date(Date.UTC(2000, month - 1, day, h, min, sec));
    if (d.getUTCDate() !== day)
        return undefined;
    d.setUTCFullYear(year);
    const frac = m[7] ?? '';
    const ticks = Number(frac.slice(0, 7).padEnd(7, '0'));
    let offset;
    if (m[8])
        offset = 'Z';
    else if (m[9]) {
        const oh = Number(m[10]), om = Number(m[11] ?? 0);
        if (oh > 14 || om > 59)
            return undefined;
        offset = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
    }
    return { wallMs: d.getTime() + Math.floor(ticks / 10000), subMsTicks: ticks % 10000, offset, hasTime: m[4] !== undefined, fractionDigits: frac.length };
}
const digit = (t, i) => {
    const d = t.charCodeAt(i) - 48;
    return d >= 0 && d <= 9 ? d : NaN;
};
const two = (t, i) => digit(t, i) * 10 + digit(t, i + 1);
/**
 * The shape every writer here produces, `yyyy-MM-ddTHH:mm:ss[.f…][Z|±hh:mm]`, parsed without
 * regular expressions; null for anything else (the general parser then decides).
 */
function commonIso(t) {
    const n = t.length;
    if (n < 19 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45 || t.charCodeAt(10) !== 84 || t.charCodeAt(13) !== 58 || t.charCodeAt(16) !== 58)
        return null;
    const year = two(t, 0) * 100 + two(t, 2), month = two(t, 5), day = two(t, 8);
    const h = two(t, 11), min = two(t, 14), sec = two(t, 17);
    if (!(year >= 100) || !(month >= 1 && month <= 12) || !(day >= 1 && day <= 31) || !(h <= 23) || !(min <= 59) || !(sec <= 59))
        return null;
    let i = 19, ticks = 0, fractionDigits = 0;
    if (t.charCodeAt(i) === 46) {
        const start = ++i;
        while (i < n && digit(t, i) >= 0)
            i++;
        fractionDigits = i - start;
        if (fractionDigits === 0)
            return null;
        ticks = Number(t.slice(start, Math.min(i, start + 7)).padEnd(7, '0'));
    }
    let offset;
    if (i === n)
        offset = undefined;
    else if (t.charCodeAt(i) === 90 && i + 1 === n)
        offset = 'Z';
    else if ((t.charCodeAt(i) === 43 || t.charCodeAt(i) === 45) && i + 6 === n && t.charCodeAt(i + 3) === 58) {
        const oh = two(t, i + 1), om = two(t, i + 4);
        if (!(oh <= 14) || !(om <= 59))
            return null;
        offset = (t.charCodeAt(i) === 45 ? -1 : 1) * (oh * 60 + om);
    }
    else
        return null;
    const ms = Date.UTC(year, month - 1, day, h, min, sec);
    if (new Date(ms).getUTCDate() !== day)
        return undefined;
    return { wallMs: ms + Math.floor(ticks / 10000), subMsTicks: ticks % 10000, offset, hasTime: true, fractionDigits };
}
const WCF = /^\\?\/Date\((-?\d+)(?:([+-])(\d{2})(\d{2}))?\)\\?\/$/;
/** `/Date(ms)/`, `/Date(ms+hhmm)/` (with or without backslashes). */
function parseWcf(text) {
    const m = WCF.exec(text.trim());
    if (!m)
        return undefined;
    const ms = Number(m[1]);
    if (!Number.isSafeInteger(ms))
        return undefined;
    if (!m[2])
        return { ms, offset: undefined, unspecified: false };
    const off = (m[2] === '-' ? -1 : 1) * (Number(m[3]) * 60 + Number(m[4]));
    return { ms, offset: off, unspecified: off === 0 && m[2] === '-' };
}
/** A DateTime from ISO parts: Z → Utc, an offset → Local (same instant), none → Unspecified in `tz`. */
function dateTimeFromIso(p, tz) {
    if (p.offset === 'Z')
        return new date_time_js_1.DateTime(p.wallMs, 'Utc', p.subMsTicks);
    // DateTime.MinValue is the same value in every zone (DateTime never shifts it).
    if (p.offset === undefined && p.wallMs === date_time_js_1.MIN_MS && p.subMsTicks === 0)
        return date_time_js_1.DateTime.minValue;
    if (p.offset === undefined)
        return date_time_js_1.DateTime.fromWallClock(p.wallMs, 'Unspecified', p.subMsTicks, tz);
    return new date_time_js_1.DateTime(p.wallMs - p.offset * 60000, 'Local', p.subMsTicks);
}
/** A DateTimeOffset from ISO parts; with no offset, `assumed` minutes. */
function dateTimeOffsetFromIso(p, assumed) {
    const off = p.offset === 'Z' ? 0 : p.offset ?? assumed(p.wallMs);
    return new date_time_offset_js_1.DateTimeOffset(p.wallMs - off * 60000, off, p.subMsTicks);
}
const B64 = /^[A-Za-z0-9+/]*={0,2}$/;
const B64URL = /^[A-Za-z0-9\-_]*={0,2}$/;
/** Base64: standard with padding (.NET's Convert.FromBase64String, whitespace ignored), or also URL-safe/unpadded. */
function decodeBase64(text, lenient) {
    const t = text.replace(/[\s]/g, '');
    if (B64.test(t) && t.length % 4 === 0)
        return Buffer.from(t, 'base64');
    if (!lenient)
        return undefined;
    if (!(B64.test(t) || B64URL.test(t)) || t.replace(/=+$/, '').length % 4 === 1)
        return undefined;
    const unpadded = t.replace(/=+$/, '');
    if (t.includes('=') && t.length % 4 !== 0)
        return undefined;
    return Buffer.from(unpadded.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}
const DECIMAL_MAX = 79228162514264337593543950335n;
/** Already canonical and certainly in range: at most 28 digits, no leading zeros. */
const PLAIN_DECIMAL = /^-?(?:0|[1-9]\d{0,27})(?:\.\d{1,28})?$/;
/**
 * A decimal as .NET's decimal.Parse gives it: the literal's scale is kept (`1.10`), but the value
 * must fit 96 bits with at most 28 fraction digits, so surplus fraction digits are rounded away
 * (half to even) — `79228162514264337593543950335.0` reads as `79228162514264337593543950335`.
 * Undefined when malformed or out of range.
 */
function dotnetDecimal(text) {
    if (PLAIN_DECIMAL.test(text))
        return new decimal_js_1.Decimal(text);
    const d = decimal_js_1.Decimal.parse(text.charCodeAt(0) === 43 || text.charCodeAt(0) === 32 ? text.replace(/^\s*\+/, '') : text);
    if (d !== undefined)
        return fits(d.text) ? d : shrink(d.text);
    const m = /^\s*(-?)(\d*)\.?(\d*)\s*$/.exec(text);
    return m && (m[2] || m[3]) ? shrink(`${m[1]}${m[2] || '0'}${m[3] ? '.' + m[3] : ''}`) : undefined;
}
function fits(t) {
    // Up to 28 digits always fit 96 bits (the limit is 7.9e28).
    if (t.length <= 28)
        return !t.includes('.') || t.length - t.indexOf('.') - 1 <= 28;
    const [int, frac = ''] = t.replace('-', '').split('.');
    return frac.length <= 28 && BigInt(int + frac) <= DECIMAL_MAX;
}
function shrink(t) {
    const neg = t.startsWith('-');
    let [int, frac = ''] = t.replace('-', '').split('.');
    int = int.replace(/^0+(?=\d)/, '');
    let mant = BigInt(int + frac);
    let scale = frac.length;
    while (scale > 0 && (scale > 28 || mant > DECIMAL_MAX)) {
        const q = mant / 10n, r = mant % 10n;
        mant = r > 5n || (r === 5n && q % 2n === 1n) ? q + 1n : q;
        scale--;
    }
    if (mant > DECIMAL_MAX)
        return undefined;
    const digits = mant.toString().padStart(scale + 1, '0');
    const body = scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
    return new decimal_js_1.Decimal((neg && mant !== 0n ? '-' : '') + body);
}
const GUID_D = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const GUID_N = /^[0-9a-f]{32}$/;
/** Guid.Parse forms, with fast paths for the lowercase D (Json.NET) and N (ServiceStack) spellings. */
function readGuid(text) {
    if (text.length === 36 && GUID_D.test(text))
        return text;
    if (text.length === 32 && GUID_N.test(text)) {
        return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
    }
    return (0, guid_js_1.parseGuid)(text);
}
