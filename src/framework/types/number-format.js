"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatDouble = formatDouble;
exports.formatInteger = formatInteger;
function formatDouble(n, runtime = 'core', single = false) {
    if (Number.isNaN(n))
        return 'NaN';
    if (n === Infinity)
        return 'Infinity';
    if (n === -Infinity)
        return '-Infinity';
    if (n === 0)
        return Object.is(n, -0) && runtime === 'core' ? '-0' : '0';
    const { digits, exp, maxDigits } = runtime === 'core' ? shortest(n, single) : framework(n, single);
    return layout(n < 0, digits, exp, maxDigits);
}
function split(expForm) {
    const [mant, e] = expForm.replace(/^-/, '').split('e');
    return { digits: mant.replace('.', '').replace(/0+$/, '') || '0', exp: Number(e) };
}
function shortest(n, single) {
    if (!single) {
        const { digits, exp } = split(n.toExponential());
        return { digits, exp, maxDigits: Math.max(digits.length, 15) };
    }
    const f = Math.fround(n);
    for (let p = 1; p <= 9; p++) {
        const s = f.toExponential(p - 1);
        if (Math.fround(Number(s)) === f) {
            const { digits, exp } = split(s);
            return { digits, exp, maxDigits: Math.max(digits.length, 7) };
        }
    }
    const { digits, exp } = split(f.toExponential(8));
    return { digits, exp, maxDigits: 9 };
}
function framework(n, single) {
    const [low, high] = single ? [7, 9] : [15, 17];
    const value = single ? Math.fround(n) : n;
    const lowText = value.toExponential(low - 1);
    const same = single ? Math.fround(Number(lowText)) === value : Number(lowText) === value;
    const p = same ? low : high;
    const { digits, exp } = split(same ? lowText : value.toExponential(high - 1));
    return { digits, exp, maxDigits: p };
}
function layout(negative, digits, exp, maxDigits) {
    const sign = negative ? '-' : '';
    const pointPos = exp + 1;
    if (pointPos > maxDigits || pointPos < -3) {
        const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
        const e = Math.abs(exp);
        return `${sign}${mant}E${exp < 0 ? '-' : '+'}${e < 10 ? '0' : ''}${e}`;
    }
    if (pointPos <= 0)
        return `${sign}0.${'0'.repeat(-pointPos)}${digits}`;
    if (pointPos >= digits.length)
        return `${sign}${digits}${'0'.repeat(pointPos - digits.length)}`;
    return `${sign}${digits.slice(0, pointPos)}.${digits.slice(pointPos)}`;
}
/** Integer text for int/long/ulong values held as number or bigint. */
function formatInteger(v) {
    return typeof v === 'bigint' ? v.toString() : Number.isSafeInteger(v) ? String(v) : BigInt(Math.trunc(v)).toString();
}
