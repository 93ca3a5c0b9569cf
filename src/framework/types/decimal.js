"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Decimal = void 0;
exports.plainNumber = plainNumber;
/**
 * .NET's decimal, kept as its exact text so the scale survives (`1.10` stays `1.10`, as every
 * .NET serializer writes it). `valueOf` gives the nearest double for arithmetic.
 */
const DECIMAL = /^-?\d{1,29}(\.\d{1,28})?$/;
class Decimal {
    text;
    constructor(text) {
        if (!DECIMAL.test(text))
            throw new RangeError(`'${text}' is not a decimal`);
        this.text = text;
    }
    /** From a number (shortest text), a decimal string, a bigint or a Decimal. */
    static from(value) {
        if (value instanceof Decimal)
            return value;
        if (typeof value === 'bigint')
            return new Decimal(value.toString());
        if (typeof value === 'number') {
            if (!Number.isFinite(value))
                throw new RangeError(`${value} is not a decimal`);
            return new Decimal(plainNumber(value));
        }
        return new Decimal(value.trim());
    }
    /** Parses decimal input text the way .NET's invariant decimal.Parse does (exponents allowed). */
    static parse(text) {
        const t = text.trim();
        if (DECIMAL.test(t))
            return new Decimal(t.replace(/^(-?)0+(?=\d)/, '$1'));
        if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) {
            const n = Number(t);
            return Number.isFinite(n) ? new Decimal(plainNumber(n)) : undefined;
        }
        return undefined;
    }
    valueOf() { return Number(this.text); }
    toString() { return this.text; }
    toJSON() { return this.text; }
    equals(other) { return other instanceof Decimal && other.text === this.text; }
}
exports.Decimal = Decimal;
/** A number in plain positional notation, never exponent form. */
function plainNumber(n) {
    const s = String(n);
    if (!/e/i.test(s))
        return s;
    const [mant, expText] = s.toLowerCase().split('e');
    const exp = Number(expText);
    const neg = mant.startsWith('-');
    const digits = mant.replace(/^-/, '').replace('.', '');
    const pointAt = (mant.replace(/^-/, '').indexOf('.') === -1 ? mant.replace(/^-/, '').length : mant.replace(/^-/, '').indexOf('.')) + exp;
    let out;
    if (pointAt <= 0)
        out = '0.' + '0'.repeat(-pointAt) + digits;
    else if (pointAt >= digits.length)
        out = digits + '0'.repeat(pointAt - digits.length);
    else
        out = digits.slice(0, pointAt) + '.' + digits.slice(pointAt);
    return (neg ? '-' : '') + out;
}
