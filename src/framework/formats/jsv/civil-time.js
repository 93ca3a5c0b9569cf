"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.daysFromCivil = daysFromCivil;
exports.wallDate = wallDate;
exports.wallDateTime = wallDateTime;
exports.fraction7 = fraction7;
exports.offsetText = offsetText;
exports.parseIsoFast = parseIsoFast;
/**
 * Calendar arithmetic on "wall clock" milliseconds (a local clock encoded as if it were UTC),
 * without allocating Date objects: the JSV codec writes and reads a date per DateTime member, so
 * this is on the hot path. Proleptic Gregorian, years 1–9999 (Howard Hinnant's civil algorithms).
 */
const DAY_MS = 86400000;
const TWO = Array.from({ length: 100 }, (_, i) => (i < 10 ? '0' : '') + i);
function daysFromCivil(y, m, d) {
    const yy = m <= 2 ? y - 1 : y;
    const era = Math.floor(yy / 400);
    const yoe = yy - era * 400;
    const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
/** `yyyy-MM-dd` of a wall clock. */
function wallDate(wallMs) {
    const z = Math.floor(wallMs / DAY_MS) + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    const ys = y >= 1000 ? '' + y : y >= 100 ? '0' + y : y >= 10 ? '00' + y : '000' + y;
    return ys + '-' + TWO[m] + '-' + TWO[d];
}
/** `yyyy-MM-ddTHH:mm:ss` of a wall clock. */
function wallDateTime(wallMs) {
    const ms = wallMs - Math.floor(wallMs / DAY_MS) * DAY_MS;
    const s = Math.floor(ms / 1000);
    return wallDate(wallMs) + 'T' + TWO[Math.floor(s / 3600)] + ':' + TWO[Math.floor(s / 60) % 60] + ':' + TWO[s % 60];
}
/** The 7 fraction digits of a tick count below the second, all of them or trimmed. */
function fraction7(ticks, trim) {
    let s = '' + ticks;
    if (s.length < 7)
        s = '0000000'.slice(s.length) + s;
    if (trim) {
        let e = 7;
        while (e > 0 && s.charCodeAt(e - 1) === 48)
            e--;
        s = s.slice(0, e);
    }
    return s;
}
/** `+hh:mm` / `-hh:mm`. */
function offsetText(minutes) {
    const abs = minutes < 0 ? -minutes : minutes;
    return (minutes < 0 ? '-' : '+') + TWO[Math.floor(abs / 60)] + ':' + TWO[abs % 60];
}
function digits(s, at, n) {
    let v = 0;
    for (let i = at; i < at + n; i++) {
        const d = s.charCodeAt(i) - 48;
        if (d < 0 || d > 9)
            return -1;
        v = v * 10 + d;
    }
    return v;
}
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/**
 * The canonical forms ServiceStack writes — `yyyy-MM-dd` and `yyyy-MM-ddTHH:mm:ss[.f…][Z|±hh:mm]`
 * — read without a regex. Undefined for anything else (the caller tries the lenient forms).
 */
function parseIsoFast(s) {
    const n = s.length;
    if (n < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45)
        return undefined;
    const y = digits(s, 0, 4);
    const mo = digits(s, 5, 2);
    const d = digits(s, 8, 2);
    if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > DAYS_IN_MONTH[mo - 1])
        return undefined;
    if (mo === 2 && d === 29 && (y % 4 !== 0 || (y % 100 === 0 && y % 400 !== 0)))
        return undefined;
    let wallMs = daysFromCivil(y, mo, d) * DAY_MS;
    if (n === 10)
        return { wallMs, sub: 0, utc: false };
    if (n < 19 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58)
        return undefined;
    const h = digits(s, 11, 2);
    const mi = digits(s, 14, 2);
    const se = digits(s, 17, 2);
    if (h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0 || se > 59)
        return undefined;
    wallMs += h * 3600000 + mi * 60000 + se * 1000;
    let i = 19;
    let ticks = 0;
    if (i < n && s.charCodeAt(i) === 46) {
        const start = ++i;
        while (i < n && i - start < 7) {
            const c = s.charCodeAt(i) - 48;
            if (c < 0 || c > 9)
                break;
            ticks = ticks * 10 + c;
            i++;
        }
        if (i === start)
            return undefined;
        for (let k = i - start; k < 7; k++)
            ticks *= 10;
    }
    const parts = { wallMs: wallMs + Math.floor(ticks / 10000), sub: ticks % 10000, utc: false };
    if (i === n)
        return parts;
    const z = s.charCodeAt(i);
    if (z === 90 && i + 1 === n) {
        parts.utc = true;
        parts.offset = 0;
        return parts;
    }
    if ((z === 43 || z === 45) && i + 6 === n && s.charCodeAt(i + 3) === 58) {
        const oh = digits(s, i + 1, 2);
        const om = digits(s, i + 4, 2);
        if (oh < 0 || oh > 14 || om < 0 || om > 59)
            return undefined;
        parts.offset = (z === 45 ? -1 : 1) * (oh * 60 + om);
        return parts;
    }
    return undefined;
}
