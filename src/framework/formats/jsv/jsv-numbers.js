"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isIntName = isIntName;
exports.parseInteger = parseInteger;
exports.cleanFloatText = cleanFloatText;
exports.parseFloating = parseFloating;
exports.parseDecimal = parseDecimal;
exports.writeInteger = writeInteger;
exports.writeDouble = writeDouble;
exports.writeFloat = writeFloat;
exports.writeDecimal = writeDecimal;
/**
 * Number text for JSV, both ways. Reading follows .NET's invariant parsers: integers take
 * surrounding whitespace and leading zeros but no `+`, point, exponent or separators; floating
 * types take a sign, thousands separators, exponents and the NaN/Infinity words.
 */
const decimal_js_1 = require("../../types/decimal.js");
const number_format_js_1 = require("../../types/number-format.js");
const jsv_text_js_1 = require("./jsv-text.js");
const RANGES = {
    byte: [0n, 255n], sbyte: [-128n, 127n], short: [-32768n, 32767n], ushort: [0n, 65535n],
    int: [-2147483648n, 2147483647n], uint: [0n, 4294967295n],
    long: [-9223372036854775808n, 9223372036854775807n], ulong: [0n, 18446744073709551615n],
};
const NUM_RANGES = Object.fromEntries(Object.entries(RANGES).map(([k, [lo, hi]]) => [k, [Number(lo), Number(hi)]]));
function isIntName(name) {
    return name in RANGES;
}
/**
 * Parses `s[a, b)` as the integer type `name`. Returns a number (a bigint only for long/ulong
 * values beyond 2^53), or a string describing why the text is not acceptable.
 */
function parseInteger(s, a, b, name) {
    while (a < b && (0, jsv_text_js_1.isWs)(s.charCodeAt(a)))
        a++;
    while (b > a && (0, jsv_text_js_1.isWs)(s.charCodeAt(b - 1)))
        b--;
    let i = a;
    const neg = i < b && s.charCodeAt(i) === 45;
    if (neg)
        i++;
    if (i >= b)
        return 'not an integer';
    const digits = b - i;
    if (digits <= 15) {
        let n = 0;
        for (; i < b; i++) {
            const d = s.charCodeAt(i) - 48;
            if (d < 0 || d > 9)
                return 'not an integer';
            n = n * 10 + d;
        }
        if (neg)
            n = n === 0 ? 0 : -n;
        const [lo, hi] = NUM_RANGES[name];
        return n < lo || n > hi ? `out of range for ${name}` : n;
    }
    for (let j = i; j < b; j++) {
        const d = s.charCodeAt(j) - 48;
        if (d < 0 || d > 9)
            return 'not an integer';
    }
    const big = BigInt(s.slice(a, b));
    const [lo, hi] = RANGES[name];
    if (big < lo || big > hi)
        return `out of range for ${name}`;
    return big >= -9007199254740991n && big <= 9007199254740991n ? Number(big) : big;
}
/**
 * .NET NumberStyles.Float | AllowThousands in invariant culture, reduced to text Number() and
 * Decimal.parse accept: group separators removed, `NaN`/`Infinity` words kept. Undefined when
 * the text is not a number.
 */
function cleanFloatText(text) {
    const s = text.trim();
    const n = s.length;
    let i = 0;
    let c = s.charCodeAt(0);
    if (c === 43 || c === 45)
        i++;
    let intDigits = 0;
    let commas = false;
    for (; i < n; i++) {
        c = s.charCodeAt(i);
        if (c >= 48 && c <= 57)
            intDigits++;
        else if (c === 44 && intDigits > 0)
            commas = true;
        else
            break;
    }
    let fracDigits = 0;
    if (i < n && s.charCodeAt(i) === 46) {
        for (i++; i < n; i++) {
            c = s.charCodeAt(i);
            if (c >= 48 && c <= 57)
                fracDigits++;
            else
                break;
        }
    }
    if (intDigits + fracDigits === 0)
        return specialFloat(s);
    if (i < n && (s.charCodeAt(i) | 32) === 101) {
        i++;
        if (i < n && (s.charCodeAt(i) === 43 || s.charCodeAt(i) === 45))
            i++;
        const start = i;
        while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57)
            i++;
        if (i === start)
            return undefined;
    }
    if (i !== n)
        return undefined;
    return commas ? s.replaceAll(',', '') : s;
}
function specialFloat(s) {
    switch (s.toLowerCase()) {
        case 'nan':
        case '-nan':
        case '+nan': return 'NaN';
        case 'infinity':
        case '+infinity':
        case '∞':
        case '+∞': return 'Infinity';
        case '-infinity':
        case '-∞': return '-Infinity';
        default: return undefined;
    }
}
function parseFloating(text, single) {
    const t = cleanFloatText(text);
    if (t === undefined)
        return undefined;
    const n = Number(t);
    return single ? Math.fround(n) : n;
}
/** Plain `-?digits[.digits]` without superfluous leading zeros: already Decimal's canonical text. */
function canonicalDecimal(s) {
    const n = s.length;
    let i = s.charCodeAt(0) === 45 ? 1 : 0;
    const first = i;
    let point = -1;
    for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c === 46 && point < 0)
            point = i;
        else if (c < 48 || c > 57)
            return false;
    }
    const intDigits = (point < 0 ? n : point) - first;
    return intDigits > 0 && intDigits <= 29 && point !== n - 1 && (point < 0 || n - point - 1 <= 28)
        && !(intDigits > 1 && s.charCodeAt(first) === 48);
}
function parseDecimal(text) {
    if (canonicalDecimal(text))
        return new decimal_js_1.Decimal(text);
    const t = cleanFloatText(text);
    if (t === undefined || t === 'NaN' || t.endsWith('Infinity'))
        return undefined;
    return decimal_js_1.Decimal.parse(t.startsWith('+') ? t.slice(1) : t);
}
// ---- writers ---------------------------------------------------------------------------------
function writeInteger(v) {
    if (typeof v === 'number') {
        if (Number.isSafeInteger(v))
            return '' + v;
        return Number.isFinite(v) ? (0, number_format_js_1.formatInteger)(v) : undefined;
    }
    if (typeof v === 'bigint')
        return v.toString();
    return undefined;
}
/**
 * `double.ToString()`: .NET Core prints the shortest round-trip digits (JS's own digits, laid out
 * .NET's way); .NET Framework prints 15 significant digits ("G15", not round-trip: 0.1 + 0.2 →
 * 0.3). Both use "R" for MaxValue/MinValue.
 */
function writeDouble(v, runtime) {
    if (typeof v !== 'number')
        return typeof v === 'bigint' ? v.toString() : undefined;
    const a = v < 0 ? -v : v;
    if (runtime === 'core')
        return a >= 1e-4 && a < 1e15 ? '' + v : (0, number_format_js_1.formatDouble)(v, 'core', false);
    if (Number.isInteger(v) && a < 1e15 && a !== 0)
        return '' + v;
    return a === Number.MAX_VALUE ? (0, number_format_js_1.formatDouble)(v, 'core', false) : generalFormat(v, 15);
}
const FLOAT_MAX = 3.4028234663852886e38;
/** `float.ToString()`: shortest round-trip on .NET Core, "G7" on .NET Framework. */
function writeFloat(v, runtime) {
    if (typeof v !== 'number')
        return undefined;
    const f = Math.fround(v);
    const a = f < 0 ? -f : f;
    if (Number.isInteger(f) && a < 1e7 && a !== 0)
        return '' + f;
    if (runtime === 'core' || a === FLOAT_MAX)
        return (0, number_format_js_1.formatDouble)(f, 'core', true);
    return generalFormat(f, 7);
}
/** .NET's "G<precision>": scientific below 1E-05 or from 1E+precision, `E+XX` exponents. */
function generalFormat(v, precision) {
    if (Number.isNaN(v))
        return 'NaN';
    if (!Number.isFinite(v))
        return v > 0 ? 'Infinity' : '-Infinity';
    if (v === 0)
        return '0';
    const [mant, e] = v.toExponential(precision - 1).split('e');
    const neg = mant.startsWith('-');
    const digits = mant.replace('-', '').replace('.', '').replace(/0+$/, '') || '0';
    const exp = Number(e);
    const sign = neg ? '-' : '';
    if (exp >= precision || exp < -5) {
        const abs = Math.abs(exp);
        return `${sign}${digits[0]}${digits.length > 1 ? '.' + digits.slice(1) : ''}E${exp < 0 ? '-' : '+'}${abs < 10 ? '0' : ''}${abs}`;
    }
    if (exp < 0)
        return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
    if (exp + 1 >= digits.length)
        return sign + digits + '0'.repeat(exp + 1 - digits.length);
    return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}
function writeDecimal(v) {
    if (v instanceof decimal_js_1.Decimal)
        return v.text;
    if (typeof v === 'number' || typeof v === 'string' || typeof v === 'bigint')
        return decimal_js_1.Decimal.from(v).text;
    return undefined;
}
