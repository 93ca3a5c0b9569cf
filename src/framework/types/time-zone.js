"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.offsetMinutesAt = offsetMinutesAt;
exports.wallClockToUtc = wallClockToUtc;
exports.formatOffset = formatOffset;
/**
 * UTC offsets of the server's time zone. .NET writes Local (and, in ServiceStack.Text, Unspecified)
 * DateTimes with the host zone's offset, so the codecs need "the offset of zone Z at instant T".
 * `undefined` means the process's own zone (TZ).
 */
const formatters = new Map();
function formatter(tz) {
    let f = formatters.get(tz);
    if (!f) {
        f = new Intl.DateTimeFormat('en-US', {
            timeZone: tz, hourCycle: 'h23', era: 'short',
            year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
        });
        formatters.set(tz, f);
    }
    return f;
}
/** Minutes east of UTC in `tz` at the instant `utcMs`. */
function offsetMinutesAt(utcMs, tz) {
    if (tz === undefined)
        return -new Date(utcMs).getTimezoneOffset();
    if (tz === 'UTC' || tz === 'Etc/UTC')
        return 0;
    const parts = {};
    for (const p of formatter(tz).formatToParts(new Date(utcMs)))
        parts[p.type] = p.value;
    let year = Number(parts.year);
    if (parts.era === 'BC' || parts.era === 'B')
        year = 1 - year;
    // Build the wall clock in a leap year first so Feb 29 survives, then move it to its real year.
    const wall = new Date(Date.UTC(2000, Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second)));
    wall.setUTCFullYear(year);
    const msPart = utcMs - Math.floor(utcMs / 1000) * 1000;
    return Math.round((wall.getTime() + msPart - utcMs) / 60000);
}
/** The instant whose wall clock in `tz` reads `wallMs` (a wall clock encoded as if it were UTC). */
function wallClockToUtc(wallMs, tz) {
    let guess = wallMs - offsetMinutesAt(wallMs, tz) * 60000;
    const second = wallMs - offsetMinutesAt(guess, tz) * 60000;
    if (second !== guess)
        guess = second;
    return guess;
}
/** `+hh:mm` / `-hh:mm` (colon) or `+hhmm` (no colon). */
function formatOffset(minutes, colon = true) {
    const sign = minutes < 0 ? '-' : '+';
    const abs = Math.abs(minutes);
    const hh = String(Math.floor(abs / 60)).padStart(2, '0');
    const mm = String(abs % 60).padStart(2, '0');
    return colon ? `${sign}${hh}:${mm}` : `${sign}${hh}${mm}`;
}
