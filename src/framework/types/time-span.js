"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TimeSpan = exports.TICKS_PER_MS = void 0;
/**
 * .NET's TimeSpan: a signed count of 100 ns ticks (a bigint: TimeSpan.MaxValue needs 63 bits).
 * Knows its two text forms: XSD duration (`P1DT2H3M4.5S`, ServiceStack and DataContract) and
 * .NET's constant "c" format (`1.02:03:04.5000000`, Json.NET).
 */
exports.TICKS_PER_MS = 10000n;
const TICKS_PER_SECOND = 10000000n;
const TICKS_PER_MINUTE = 60n * TICKS_PER_SECOND;
const TICKS_PER_HOUR = 60n * TICKS_PER_MINUTE;
const TICKS_PER_DAY = 24n * TICKS_PER_HOUR;
class TimeSpan {
    ticks;
    constructor(ticks) {
        this.ticks = ticks;
    }
    static fromMilliseconds(ms) { return new TimeSpan(BigInt(Math.round(ms * 10000))); }
    static fromSeconds(s) { return TimeSpan.fromMilliseconds(s * 1000); }
    static fromParts(days, hours = 0, minutes = 0, seconds = 0, ms = 0) {
        return new TimeSpan(BigInt(days) * TICKS_PER_DAY + BigInt(hours) * TICKS_PER_HOUR + BigInt(minutes) * TICKS_PER_MINUTE
            + BigInt(seconds) * TICKS_PER_SECOND + BigInt(Math.round(ms * 10000)));
    }
    static zero = new TimeSpan(0n);
    static maxValue = new TimeSpan(9223372036854775807n);
    static minValue = new TimeSpan(-9223372036854775808n);
    get totalMilliseconds() { return Number(this.ticks) / 10000; }
    get totalSeconds() { return Number(this.ticks) / 1e7; }
    parts() {
        const neg = this.ticks < 0n;
        let t = neg ? -this.ticks : this.ticks;
        const days = t / TICKS_PER_DAY;
        t %= TICKS_PER_DAY;
        const hours = t / TICKS_PER_HOUR;
        t %= TICKS_PER_HOUR;
        const minutes = t / TICKS_PER_MINUTE;
        t %= TICKS_PER_MINUTE;
        const seconds = t / TICKS_PER_SECOND;
        return { neg, days, hours, minutes, seconds, fraction: t % TICKS_PER_SECOND };
    }
    /** XSD duration as ServiceStack's TimeSpanConverter and DataContractSerializer write it. */
    toXsdDuration() {
        const { neg, days, hours, minutes, seconds, fraction } = this.parts();
        let s = neg ? '-P' : 'P';
        if (days > 0n)
            s += `${days}D`;
        if (days === 0n || hours + minutes + seconds + fraction > 0n) {
            s += 'T';
            if (hours > 0n)
                s += `${hours}H`;
            if (minutes > 0n)
                s += `${minutes}M`;
            if (seconds > 0n || fraction > 0n) {
                s += String(seconds);
                if (fraction > 0n)
                    s += '.' + String(fraction).padStart(7, '0').replace(/0+$/, '');
                s += 'S';
            }
        }
        return s === 'PT' || s === '-PT' ? 'PT0S' : s;
    }
    /** .NET's `TimeSpan.ToString()` ("c"): `[-][d.]hh:mm:ss[.fffffff]`. */
    toString() {
        const { neg, days, hours, minutes, seconds, fraction } = this.parts();
        const p2 = (n) => String(n).padStart(2, '0');
        return `${neg ? '-' : ''}${days > 0n ? `${days}.` : ''}${p2(hours)}:${p2(minutes)}:${p2(seconds)}${fraction > 0n ? '.' + String(fraction).padStart(7, '0') : ''}`;
    }
    /** Parses an XSD duration (`P1DT2H`, `-PT0.5S`); undefined if malformed. */
    static parseXsdDuration(text) {
        const m = /^(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:\.(\d+))?S)?)?$/.exec(text.trim());
        if (!m || /^-?PT?$/.test(text.trim()))
            return undefined;
        const n = (s) => (s ? BigInt(s) : 0n);
        const frac = m[8] ? BigInt(m[8].slice(0, 7).padEnd(7, '0')) : 0n;
        const days = n(m[2]) * 365n + n(m[3]) * 30n + n(m[4]);
        const ticks = days * TICKS_PER_DAY + n(m[5]) * TICKS_PER_HOUR + n(m[6]) * TICKS_PER_MINUTE + n(m[7]) * TICKS_PER_SECOND + frac;
        return new TimeSpan(m[1] ? -ticks : ticks);
    }
    /** Parses .NET's `TimeSpan.Parse` forms: `[-][d.]hh:mm[:ss[.fffffff]]` or `d`. */
    static parseClock(text) {
        const m = /^\s*(-)?(?:(\d+)[.:])??(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,7}))?)?\s*$/.exec(text)
            ?? /^\s*(-)?(\d+)()()()()\s*$/.exec(text);
        if (!m)
            return undefined;
        const n = (s) => (s ? BigInt(s) : 0n);
        if (n(m[3]) > 23n || n(m[4]) > 59n || n(m[5]) > 59n)
            return undefined;
        const frac = m[6] ? BigInt(m[6].padEnd(7, '0')) : 0n;
        const ticks = n(m[2]) * TICKS_PER_DAY + n(m[3]) * TICKS_PER_HOUR + n(m[4]) * TICKS_PER_MINUTE + n(m[5]) * TICKS_PER_SECOND + frac;
        return new TimeSpan(m[1] ? -ticks : ticks);
    }
    equals(other) { return other instanceof TimeSpan && other.ticks === this.ticks; }
}
exports.TimeSpan = TimeSpan;
