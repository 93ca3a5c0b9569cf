"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MIN_MS = exports.DateTime = void 0;
exports.asServerLocal = asServerLocal;
exports.fractionDigits = fractionDigits;
exports.isoDateTime = isoDateTime;
/**
 * .NET's DateTime: an instant plus a Kind, with 100 ns ticks. Extends Date (the instant), so
 * services can treat it as a Date; the extra fields keep what the wire formats need to write
 * the value back exactly: the Kind (Utc → "Z", Local → server offset, Unspecified → nothing or
 * the server offset, by format) and the sub-millisecond ticks (.NET has 7 fraction digits).
 * A plain `Date` given to a writer is treated as Kind=Utc.
 */
const time_zone_js_1 = require("./time-zone.js");
class DateTime extends Date {
    /** 100 ns units below the millisecond, 0–9999. */
    subMsTicks;
    kind;
    /** `instantMs` is milliseconds since the Unix epoch of the instant (as `Date`). */
    constructor(instantMs, kind = 'Utc', subMsTicks = 0) {
        super(instantMs);
        this.kind = kind;
        this.subMsTicks = subMsTicks;
    }
    static utc(year, month, day, hour = 0, minute = 0, second = 0, ms = 0, subMsTicks = 0) {
        const d = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, ms));
        d.setUTCFullYear(year);
        return new DateTime(d.getTime(), 'Utc', subMsTicks);
    }
    /** A Local or Unspecified value from its wall clock (encoded as if UTC) in zone `tz`. */
    static fromWallClock(wallMs, kind, subMsTicks = 0, tz) {
        return new DateTime(kind === 'Utc' ? wallMs : (0, time_zone_js_1.wallClockToUtc)(wallMs, tz), kind, subMsTicks);
    }
    static from(value, kind = 'Utc') {
        return value instanceof DateTime ? value : new DateTime(value.getTime(), kind);
    }
    /** `DateTime.MinValue` (0001-01-01T00:00:00, Unspecified). */
    static get minValue() {
        return new DateTime(exports.MIN_MS, 'Unspecified');
    }
    /** The wall clock (encoded as if UTC) this value shows: UTC for Utc, the zone's clock otherwise. */
    wallClockMs(tz) {
        const t = this.getTime();
        if (this.kind === 'Utc' || t === exports.MIN_MS)
            return t;
        return t + (0, time_zone_js_1.offsetMinutesAt)(t, tz) * 60000;
    }
    /** Ticks below the second (0–9,999,999): milliseconds × 10,000 + subMsTicks. */
    fractionTicks() {
        const t = this.getTime();
        return (t - Math.floor(t / 1000) * 1000) * 10000 + this.subMsTicks;
    }
}
exports.DateTime = DateTime;
/**
 * ServiceStack 5's DateTimeSerializer on reading: a time given in UTC or with an offset, and a date
 * without a time, become the server's Local time (to the millisecond, as it keeps them); a time
 * without a zone stays Unspecified.
 */
function asServerLocal(d, dateOnly) {
    const local = d.kind !== 'Unspecified' || (dateOnly && d.getTime() !== exports.MIN_MS);
    return local ? new DateTime(d.getTime(), 'Local') : d;
}
/** 0001-01-01T00:00:00Z in Unix milliseconds. */
exports.MIN_MS = -62135596800000;
/** Digits of a tick fraction (0–9,999,999): all 7, or trimmed of trailing zeros ('' for 0). */
function fractionDigits(ticks, trim) {
    const s = String(ticks).padStart(7, '0');
    return trim ? s.replace(/0+$/, '') : s;
}
/** `yyyy-MM-ddTHH:mm:ss` of a wall clock encoded as if UTC. */
function isoDateTime(wallMs) {
    const d = new Date(wallMs);
    const y = d.getUTCFullYear();
    const p2 = (n) => String(n).padStart(2, '0');
    return `${String(y).padStart(4, '0')}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}T${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
}
