"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseBool = parseBool;
exports.writeGuid = writeGuid;
exports.readGuid = readGuid;
exports.writeChar = writeChar;
exports.writeBytes = writeBytes;
exports.parseBytes = parseBytes;
exports.writeTimeSpan = writeTimeSpan;
exports.xsdDuration = xsdDuration;
exports.parseTimeSpan = parseTimeSpan;
/**
 * JSV text of the small value types: bool, Guid, char, byte[] and TimeSpan, both ways.
 * Readers return undefined for text .NET would reject; the caller turns that into a
 * SerializationException naming the member.
 */
const guid_js_1 = require("../../types/guid.js");
const time_span_js_1 = require("../../types/time-span.js");
const jsv_numbers_js_1 = require("./jsv-numbers.js");
// ---- bool ------------------------------------------------------------------------------------
/** ServiceStack's ParseBoolean: words case-insensitively, single letters/digits, on/off. */
function parseBool(text) {
    const t = text.trim();
    if (t.length === 1) {
        switch (t) {
            case '1':
            case 't':
            case 'T':
            case 'y':
            case 'Y': return true;
            case '0':
            case 'f':
            case 'F':
            case 'n':
            case 'N': return false;
            default: return undefined;
        }
    }
    switch (t.toLowerCase()) {
        case 'true':
        case 'on': return true;
        case 'false':
        case 'off': return false;
        default: return undefined;
    }
}
// ---- Guid ------------------------------------------------------------------------------------
const HEX = new Uint8Array(128);
for (const c of '0123456789abcdef')
    HEX[c.charCodeAt(0)] = 1;
/** Lowercase dashed form (how Stackport carries Guids), checked without a regex. */
function isCanonicalDashed(v) {
    if (v.length !== 36)
        return false;
    for (let i = 0; i < 36; i++) {
        const c = v.charCodeAt(i);
        if (i === 8 || i === 13 || i === 18 || i === 23 ? c !== 45 : c >= 128 || HEX[c] !== 1)
            return false;
    }
    return true;
}
/** N format (32 lowercase hex digits) from the dashed form Stackport carries Guids in. */
function writeGuid(v) {
    if (typeof v !== 'string')
        return undefined;
    if (isCanonicalDashed(v))
        return v.replaceAll('-', '');
    const d = (0, guid_js_1.parseGuid)(v);
    return d === undefined ? undefined : d.replaceAll('-', '');
}
/** Guid.Parse's forms; the N form ServiceStack writes is checked without a regex. */
function readGuid(text) {
    if (text.length === 32) {
        let ok = true;
        for (let i = 0; i < 32; i++) {
            const c = text.charCodeAt(i);
            if (c >= 128 || HEX[c] !== 1) {
                ok = false;
                break;
            }
        }
        if (ok)
            return text.slice(0, 8) + '-' + text.slice(8, 12) + '-' + text.slice(12, 16) + '-' + text.slice(16, 20) + '-' + text.slice(20);
    }
    return (0, guid_js_1.parseGuid)(text);
}
// ---- char ------------------------------------------------------------------------------------
/** A char is its single UTF-16 unit, written raw (never quoted, as .NET does). */
function writeChar(v) {
    if (typeof v === 'string')
        return v.length <= 1 ? v : v[0];
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0xffff)
        return String.fromCharCode(v);
    return undefined;
}
// ---- byte[] ----------------------------------------------------------------------------------
function writeBytes(v) {
    if (v instanceof Uint8Array)
        return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
    if (Array.isArray(v))
        return Buffer.from(v).toString('base64');
    return undefined;
}
/** Convert.FromBase64String: standard alphabet, padding required, whitespace ignored. */
function parseBytes(text) {
    let t = text;
    if (/\s/.test(t))
        t = t.replace(/\s+/g, '');
    if (t.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(t))
        return undefined;
    return Buffer.from(t, 'base64');
}
// ---- TimeSpan --------------------------------------------------------------------------------
function writeTimeSpan(v) {
    if (v instanceof time_span_js_1.TimeSpan)
        return xsdDuration(v.ticks);
    if (typeof v === 'number' && Number.isFinite(v))
        return xsdDuration(time_span_js_1.TimeSpan.fromMilliseconds(v).ticks);
    if (typeof v === 'bigint')
        return xsdDuration(v);
    return undefined;
}
const MAX_TEXT = 'P10675199DT2H48M5.4775391S';
const MIN_TEXT = '-P10675199DT2H48M5.4775391S';
/**
 * ServiceStack's TimeSpanConverter.ToXsdDuration, which works in doubles: the seconds' fraction
 * of very long spans can differ in the last digit from the exact tick count (and MaxValue /
 * MinValue are fixed strings), so this copies its arithmetic rather than formatting exact ticks.
 */
function xsdDuration(ticks) {
    if (ticks >= MAX_TICKS)
        return MAX_TEXT;
    if (ticks <= -MAX_TICKS - 1n)
        return MIN_TEXT;
    const abs = Number(ticks < 0n ? -ticks : ticks);
    const totalSeconds = abs / 1e7;
    const whole = Math.trunc(totalSeconds);
    const sec = whole % 60;
    const min = Math.floor(whole / 60) % 60;
    const hours = Math.floor(whole / 3600) % 24;
    const days = Math.floor(whole / 86400);
    const remaining = sec + (totalSeconds - whole);
    let out = ticks < 0n ? '-P' : 'P';
    if (days > 0)
        out += days + 'D';
    if (days === 0 || hours + min + sec + remaining > 0) {
        out += 'T';
        if (hours > 0)
            out += hours + 'H';
        if (min > 0)
            out += min + 'M';
        if (remaining > 0)
            out += fixed7(remaining).replace(/0+$/, '').replace(/\.$/, '') + 'S';
        else if (out.length === 2)
            out += '0S';
    }
    return out;
}
/** .NET's `{0:0.0000000}` of a double: 15 significant digits first, then rounded half up. */
function fixed7(x) {
    const [mant, e] = x.toExponential(14).split('e');
    const exp = Number(e);
    const digits = exp >= 0 ? mant.replace('.', '') : '0'.repeat(-exp - 1) + mant.replace('.', '');
    const intLen = exp >= 0 ? exp + 1 : 0;
    const keep = intLen + 7;
    let head = digits.padEnd(keep, '0').slice(0, keep);
    if (digits.length > keep && digits.charCodeAt(keep) >= 53)
        head = String(BigInt(head) + 1n).padStart(keep, '0');
    const cut = head.length - 7;
    return (cut > 0 ? head.slice(0, cut) : '0') + '.' + head.slice(cut);
}
const MAX_TICKS = 9223372036854775807n;
/** XSD duration (`P…`), .NET clock form (`1.02:03:04.5`) or a number of seconds (`3.5`). */
function parseTimeSpan(text) {
    const t = text.trim();
    if (t === MAX_TEXT)
        return time_span_js_1.TimeSpan.maxValue;
    if (t === MIN_TEXT)
        return time_span_js_1.TimeSpan.minValue;
    let ts;
    if (t.startsWith('P') || t.startsWith('-P'))
        ts = time_span_js_1.TimeSpan.parseXsdDuration(t);
    else if (t.includes(':'))
        ts = time_span_js_1.TimeSpan.parseClock(t);
    else {
        const clean = (0, jsv_numbers_js_1.cleanFloatText)(t);
        const n = clean === undefined ? NaN : Number(clean);
        if (Number.isFinite(n) && Math.abs(n) < 922337203685)
            ts = time_span_js_1.TimeSpan.fromSeconds(n);
    }
    if (ts && (ts.ticks > MAX_TICKS || ts.ticks < -MAX_TICKS - 1n))
        return undefined;
    return ts;
}
