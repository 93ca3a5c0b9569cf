"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isoWallClock = isoWallClock;
exports.fractionText = fractionText;
exports.xsdDuration = xsdDuration;
const TWO = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)));
const DAY_MS = 86_400_000;
/** `yyyy-MM-ddTHH:mm:ss` of a wall clock given as milliseconds since the epoch (as if UTC). */
function isoWallClock(ms) {
    const dayCount = Math.floor(ms / DAY_MS);
    let rem = ms - dayCount * DAY_MS;
    const h = (rem / 3_600_000) | 0;
    rem -= h * 3_600_000;
    const mi = (rem / 60_000) | 0;
    rem -= mi * 60_000;
    const s = (rem / 1000) | 0;
    // Civil date from a day count (H. Hinnant's algorithm, eras of 400 years starting 0000-03-01);
    // every DateTime (years 1–9999) gives a positive shifted count, so integer division is `| 0`.
    const days = dayCount + 719_468;
    const era = (days / 146_097) | 0;
    const doe = days - era * 146_097;
    const yoe = ((doe - ((doe / 1460) | 0) + ((doe / 36_524) | 0) - ((doe / 146_096) | 0)) / 365) | 0;
    const doy = doe - (365 * yoe + ((yoe / 4) | 0) - ((yoe / 100) | 0));
    const mp = ((5 * doy + 2) / 153) | 0;
    const d = doy - (((153 * mp + 2) / 5) | 0) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    const year = y >= 1000 ? String(y) : String(y).padStart(4, '0');
    return `${year}-${TWO[m]}-${TWO[d]}T${TWO[h]}:${TWO[mi]}:${TWO[s]}`;
}
/** `.fffffff` trimmed of trailing zeros, or '' for none, from 0–9,999,999 ticks. */
function fractionText(ticks) {
    if (ticks === 0)
        return '';
    const digits = String(ticks);
    const s = '0000000'.slice(digits.length) + digits;
    let end = 7;
    while (s.charCodeAt(end - 1) === 0x30)
        end--;
    return `.${s.slice(0, end)}`;
}
/** TimeSpan.toXsdDuration with number arithmetic while the tick count is exact as a double. */
function xsdDuration(ts) {
    const ticks = ts.ticks;
    if (ticks > 9007199254740991n || ticks < -9007199254740991n)
        return ts.toXsdDuration();
    const neg = ticks < 0n;
    let t = Math.abs(Number(ticks));
    if (t === 0)
        return 'PT0S';
    const days = Math.floor(t / 864_000_000_000);
    t -= days * 864_000_000_000;
    const hours = Math.floor(t / 36_000_000_000);
    t -= hours * 36_000_000_000;
    const minutes = Math.floor(t / 600_000_000);
    t -= minutes * 600_000_000;
    const seconds = Math.floor(t / 10_000_000);
    const fraction = t - seconds * 10_000_000;
    let s = neg ? '-P' : 'P';
    if (days > 0)
        s += `${days}D`;
    if (hours + minutes + seconds + fraction > 0) {
        s += 'T';
        if (hours > 0)
            s += `${hours}H`;
        if (minutes > 0)
            s += `${minutes}M`;
        if (seconds > 0 || fraction > 0)
            s += `${seconds}${fractionText(fraction)}S`;
    }
    return s;
}
