"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.unixMs = unixMs;
exports.wcfDateTime = wcfDateTime;
exports.wcfDateTimeOffset = wcfDateTimeOffset;
exports.isoDateTimeNet = isoDateTimeNet;
exports.isoDateTimeOffsetNet = isoDateTimeOffsetNet;
exports.rfc3339Utc = rfc3339Utc;
exports.protoDuration = protoDuration;
exports.toTimeSpan = toTimeSpan;
exports.base64 = base64;
/**
 * The date, time-span and binary spellings of the three JSON dialects (writing side). Each
 * function returns the complete JSON literal, quotes included; none of these texts ever needs
 * escaping.
 */
const date_time_js_1 = require("../../types/date-time.js");
const date_time_offset_js_1 = require("../../types/date-time-offset.js");
const time_span_js_1 = require("../../types/time-span.js");
const time_zone_js_1 = require("../../types/time-zone.js");
/**
 * .NET's `(long)TimeSpan.TotalMilliseconds` of (ticks since 1970): the tick count goes through
 * a double, so huge values round (DateTime.MaxValue gives …800000, not …799999). .NET Framework
 * multiplies by 0.0001, .NET Core divides by 10,000.
 */
function unixMs(instantMs, subMsTicks, runtime) {
    const ticks = subMsTicks === 0 ? instantMs * 10000 : Number(BigInt(instantMs) * 10000n + BigInt(subMsTicks));
    const ms = Math.trunc(runtime === 'framework' ? ticks * 0.0001 : ticks / 10000);
    return ms === 0 ? 0 : ms;
}
const kindOf = (v) => (v instanceof date_time_js_1.DateTime ? v.kind : 'Utc');
const subOf = (v) => (v instanceof date_time_js_1.DateTime || v instanceof date_time_offset_js_1.DateTimeOffset ? v.subMsTicks : 0);
const ticksBelowSecond = (v) => {
    const t = v.getTime();
    return (t - Math.floor(t / 1000) * 1000) * 10000 + subOf(v);
};
/** ServiceStack.Text DateTime: `"\/Date(ms)\/"` (Utc), `…-0000` (Unspecified), `…±hhmm` (Local, server offset). */
function wcfDateTime(v, runtime, tz) {
    const t = v.getTime();
    const kind = kindOf(v);
    if (kind === 'Utc')
        return `"\\/Date(${unixMs(t, subOf(v), runtime)})\\/"`;
    // DateTime.MinValue is never shifted by the local offset (.NET clamps it).
    const ms = t === date_time_js_1.MIN_MS ? date_time_js_1.MIN_MS : unixMs(t, subOf(v), runtime);
    const suffix = kind === 'Unspecified' ? '-0000' : (0, time_zone_js_1.formatOffset)((0, time_zone_js_1.offsetMinutesAt)(t, tz), false);
    return `"\\/Date(${ms}${suffix})\\/"`;
}
/**
 * ServiceStack.Text DateTimeOffset. `legacy` (≤ v6.10) writes the offset's local clock read as
 * UTC, `v6.11` the UTC instant; offset 0 has no suffix in both.
 */
function wcfDateTimeOffset(v, mode, runtime) {
    const off = v instanceof date_time_offset_js_1.DateTimeOffset ? v.offsetMinutes : 0;
    const base = mode === 'legacy' ? v.getTime() + off * 60000 : v.getTime();
    const ms = unixMs(base, subOf(v), runtime);
    return off === 0 ? `"\\/Date(${ms})\\/"` : `"\\/Date(${ms}${(0, time_zone_js_1.formatOffset)(off, false)})\\/"`;
}
/** Json.NET (RoundtripKind): wall clock, trimmed 7-digit fraction, then Z / nothing / server offset by Kind. */
function isoDateTimeNet(v, tz) {
    const kind = kindOf(v);
    const t = v.getTime();
    const frac = ticksBelowSecond(v);
    const dot = frac === 0 ? '' : '.' + (0, date_time_js_1.fractionDigits)(frac, true);
    if (kind === 'Utc')
        return `"${(0, date_time_js_1.isoDateTime)(t)}${dot}Z"`;
    if (kind === 'Unspecified') {
        const wall = v instanceof date_time_js_1.DateTime ? v.wallClockMs(tz) : t;
        return `"${(0, date_time_js_1.isoDateTime)(wall)}${dot}"`;
    }
    const off = (0, time_zone_js_1.offsetMinutesAt)(t, tz);
    return `"${(0, date_time_js_1.isoDateTime)(t + off * 60000)}${dot}${(0, time_zone_js_1.formatOffset)(off)}"`;
}
/** Json.NET DateTimeOffset: its own clock, trimmed fraction, always `±hh:mm`. */
function isoDateTimeOffsetNet(v) {
    const off = v instanceof date_time_offset_js_1.DateTimeOffset ? v.offsetMinutes : 0;
    const frac = ticksBelowSecond(v);
    return `"${(0, date_time_js_1.isoDateTime)(v.getTime() + off * 60000)}${frac === 0 ? '' : '.' + (0, date_time_js_1.fractionDigits)(frac, true)}${(0, time_zone_js_1.formatOffset)(off)}"`;
}
/** protojson fraction: the smallest of 0, 3, 6 or 9 digits that holds the nanoseconds. */
function nanoDigits(nanos) {
    if (nanos === 0)
        return '';
    const s = String(nanos).padStart(9, '0');
    if (nanos % 1000000 === 0)
        return '.' + s.slice(0, 3);
    if (nanos % 1000 === 0)
        return '.' + s.slice(0, 6);
    return '.' + s;
}
/** google.protobuf.Timestamp: RFC 3339 in UTC, `Z`, 0/3/6/9 fraction digits. */
function rfc3339Utc(v) {
    return `"${(0, date_time_js_1.isoDateTime)(v.getTime())}${nanoDigits(ticksBelowSecond(v) * 100)}Z"`;
}
/** google.protobuf.Duration: seconds, 0/3/6/9 fraction digits, `s`. */
function protoDuration(v) {
    const neg = v.ticks < 0n;
    const abs = neg ? -v.ticks : v.ticks;
    return `"${neg ? '-' : ''}${abs / 10000000n}${nanoDigits(Number(abs % 10000000n) * 100)}s"`;
}
/** Writers accept a TimeSpan or a number of milliseconds. */
function toTimeSpan(v) {
    if (v instanceof time_span_js_1.TimeSpan)
        return v;
    if (typeof v === 'number')
        return time_span_js_1.TimeSpan.fromMilliseconds(v);
    if (typeof v === 'bigint')
        return new time_span_js_1.TimeSpan(v);
    throw new TypeError(`Expected a TimeSpan, got ${typeof v}`);
}
/** Standard padded Base64 of a Buffer, Uint8Array or array of byte values. */
function base64(v) {
    if (v instanceof Uint8Array)
        return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
    if (Array.isArray(v))
        return Buffer.from(v).toString('base64');
    throw new TypeError('Expected a Buffer or Uint8Array for byte[]');
}
