"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.writeDateTime = writeDateTime;
exports.writeDateTimeOffset = writeDateTimeOffset;
exports.parseDateTime = parseDateTime;
exports.parseDateTimeOffset = parseDateTimeOffset;
exports.minDateTimeOffset = minDateTimeOffset;
/**
 * DateTime and DateTimeOffset text for JSV (ServiceStack's DateTimeSerializer).
 *
 * Writing: midnight → `yyyy-MM-dd` whatever the Kind; Utc → `…Z` (7 fraction digits on .NET
 * Core, trimmed on .NET Framework); Local and Unspecified → the server zone's offset, the clock
 * unconverted. DateTimeOffset always uses the round-trip "o" form.
 *
 * Reading: a Z suffix gives Kind=Utc, an explicit offset gives the exact instant as Kind=Local
 * (what a .NET reader produces), no zone gives a floating Unspecified wall clock placed in the
 * server zone.
 */
const date_time_js_1 = require("../../types/date-time.js");
const date_time_offset_js_1 = require("../../types/date-time-offset.js");
const time_zone_js_1 = require("../../types/time-zone.js");
const civil_time_js_1 = require("./civil-time.js");
const DAY_MS = 86400000;
function writeDateTime(v, o) {
    if (!(v instanceof Date))
        return undefined;
    const t = v.getTime();
    if (Number.isNaN(t))
        return undefined;
    if (o.dateHandler === 'UnixTime')
        return String(Math.trunc(t / 1000));
    if (o.dateHandler === 'UnixTimeMs')
        return String(t);
    const dt = v instanceof date_time_js_1.DateTime ? v : undefined;
    const kind = dt ? dt.kind : 'Utc';
    const wall = dt ? dt.wallClockMs(o.tz) : t;
    const frac = (t - Math.floor(t / 1000) * 1000) * 10000 + (dt ? dt.subMsTicks : 0);
    if (frac === 0 && wall - Math.floor(wall / DAY_MS) * DAY_MS === 0)
        return (0, civil_time_js_1.wallDate)(wall);
    const base = (0, civil_time_js_1.wallDateTime)(wall);
    if (kind === 'Utc') {
        if (frac === 0)
            return base + 'Z';
        return base + '.' + (0, civil_time_js_1.fraction7)(frac, o.runtime === 'framework') + 'Z';
    }
    const offset = t === date_time_js_1.MIN_MS ? 0 : (0, time_zone_js_1.offsetMinutesAt)(t, o.tz);
    return base + (frac === 0 ? '' : '.' + (0, civil_time_js_1.fraction7)(frac, false)) + (0, civil_time_js_1.offsetText)(offset);
}
function writeDateTimeOffset(v) {
    if (!(v instanceof Date))
        return undefined;
    const t = v.getTime();
    if (Number.isNaN(t))
        return undefined;
    const dto = v instanceof date_time_offset_js_1.DateTimeOffset ? v : undefined;
    const offset = dto ? dto.offsetMinutes : 0;
    const frac = (t - Math.floor(t / 1000) * 1000) * 10000 + (dto ? dto.subMsTicks : 0);
    return (0, civil_time_js_1.wallDateTime)(t + offset * 60000) + '.' + (0, civil_time_js_1.fraction7)(frac, false) + (0, civil_time_js_1.offsetText)(offset);
}
const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{1,2}(?::?\d{2})?)?$/i;
const SLASH = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[T ](\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{1,2}(?::?\d{2})?)?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const WCF = /^\\?\/Date\((-?\d+)([+-]\d{4})?\)\\?\/$/;
function build(y, mo, d, h, mi, s, frac, zone) {
    if (y < 1 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59)
        return undefined;
    const date = new Date(Date.UTC(2000, mo - 1, d, h, mi, s));
    if (date.getUTCMonth() !== mo - 1)
        return undefined;
    date.setUTCFullYear(y);
    const digits = (frac ?? '').slice(0, 7).padEnd(7, '0');
    const ticks = Number(digits);
    const parts = { wallMs: date.getTime() + Math.floor(ticks / 10000), sub: ticks % 10000, utc: false };
    if (zone) {
        if (zone === 'Z' || zone === 'z') {
            parts.utc = true;
            parts.offset = 0;
        }
        else {
            const sign = zone[0] === '-' ? -1 : 1;
            const body = zone.slice(1).replace(':', '');
            const hh = Number(body.length <= 2 ? body : body.slice(0, body.length - 2));
            const mm = body.length <= 2 ? 0 : Number(body.slice(-2));
            if (hh > 14 || mm > 59)
                return undefined;
            parts.offset = sign * (hh * 60 + mm);
        }
    }
    return parts;
}
function fromMatch(m, order) {
    const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const [y, mo, d] = order === 'ymd' ? [a, b, c] : order === 'dmy' ? [c, b, a] : [c, a, b];
    return build(y, mo, d, Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), m[7], m[8]);
}
function parseParts(t) {
    const fast = (0, civil_time_js_1.parseIsoFast)(t);
    if (fast)
        return fast;
    let m = ISO.exec(t);
    if (m)
        return fromMatch(m, 'ymd');
    m = SLASH.exec(t);
    // ServiceStack reads a 10-character d/M/yyyy date day-first, anything longer via the
    // invariant culture (month-first); either falls back to the other reading.
    if (m)
        return t.length === 10 ? fromMatch(m, 'dmy') ?? fromMatch(m, 'mdy') : fromMatch(m, 'mdy') ?? fromMatch(m, 'dmy');
    m = COMPACT.exec(t);
    if (m)
        return build(Number(m[1]), Number(m[2]), Number(m[3]), 0, 0, 0, undefined, undefined);
    return undefined;
}
function parseDateTime(text, tz, dateHandler, local = false) {
    const iso = (p) => (local ? (0, date_time_js_1.asServerLocal)(fromParts(p, tz), !/[T:]/i.test(text)) : fromParts(p, tz));
    const fast = (0, civil_time_js_1.parseIsoFast)(text);
    if (fast)
        return iso(fast);
    const t = text.trim();
    if (t.length === 0)
        return undefined;
    const wcf = t.charCodeAt(0) === 47 || t.charCodeAt(0) === 92 ? WCF.exec(t) : null;
    if (wcf) {
        const ms = Number(wcf[1]);
        if (!Number.isSafeInteger(ms))
            return undefined;
        const kind = wcf[2] === undefined ? 'Utc' : wcf[2] === '-0000' ? 'Unspecified' : 'Local';
        return new date_time_js_1.DateTime(ms, kind);
    }
    if (dateHandler && /^-?\d+$/.test(t)) {
        const n = Number(t) * (dateHandler === 'UnixTime' ? 1000 : 1);
        return Number.isSafeInteger(n) ? new date_time_js_1.DateTime(n, 'Utc') : undefined;
    }
    const p = parseParts(t) ?? parseLoose(t);
    return p ? iso(p) : undefined;
}
function fromParts(p, tz) {
    if (p.utc)
        return new date_time_js_1.DateTime(p.wallMs, 'Utc', p.sub);
    if (p.offset !== undefined)
        return new date_time_js_1.DateTime(p.wallMs - p.offset * 60000, 'Local', p.sub);
    if (p.wallMs === date_time_js_1.MIN_MS)
        return new date_time_js_1.DateTime(date_time_js_1.MIN_MS, 'Unspecified', p.sub);
    return date_time_js_1.DateTime.fromWallClock(p.wallMs, 'Unspecified', p.sub, tz);
}
/**
 * Last resort for what .NET's DateTime.Parse also takes: month names, RFC 1123 and the
 * `Date.toString()` text @servicestack/client puts in query strings. Only texts with a letter
 * other than T/Z get here, so ISO-like garbage is still rejected.
 */
function parseLoose(t) {
    if (!/[a-su-y]/i.test(t) || t.length > 80)
        return undefined;
    const ms = Date.parse(t.replace(/\s*\(.*\)\s*$/, ''));
    if (Number.isNaN(ms))
        return undefined;
    return { wallMs: ms, sub: 0, utc: true, offset: 0 };
}
function parseDateTimeOffset(text) {
    const t = text.trim();
    if (t.length === 0)
        return undefined;
    const wcf = WCF.exec(t);
    if (wcf) {
        const ms = Number(wcf[1]);
        const z = wcf[2];
        const offset = z === undefined ? 0 : (z[0] === '-' ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3)));
        return Number.isSafeInteger(ms) ? new date_time_offset_js_1.DateTimeOffset(ms, offset) : undefined;
    }
    const p = parseParts(t) ?? parseLoose(t);
    if (!p)
        return undefined;
    const offset = p.offset ?? 0;
    return new date_time_offset_js_1.DateTimeOffset(p.wallMs - offset * 60000, offset, p.sub);
}
/** default(DateTimeOffset): 0001-01-01T00:00:00+00:00. */
function minDateTimeOffset() {
    return new date_time_offset_js_1.DateTimeOffset(date_time_js_1.MIN_MS, 0);
}
