/**
 * .NET's decimal, kept as its exact text so the scale survives (`1.10` stays `1.10`, as every
 * .NET serializer writes it). `valueOf` gives the nearest double for arithmetic.
 */
const DECIMAL = /^-?\d{1,29}(\.\d{1,28})?$/;

export class Decimal {
  readonly text: string;
  constructor(text: string) {
    if (!DECIMAL.test(text)) throw new RangeError(`'${text}' is not a decimal`);
    this.text = text;
  }

  /** From a number (shortest text), a decimal string, a bigint or a Decimal. */
  static from(value: number | string | bigint | Decimal): Decimal {
    if (value instanceof Decimal) return value;
    if (typeof value === 'bigint') return new Decimal(value.toString());
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new RangeError(`${value} is not a decimal`);
      return new Decimal(plainNumber(value));
    }
    return new Decimal(value.trim());
  }

  /** Parses decimal input text the way .NET's invariant decimal.Parse does (exponents allowed). */
  static parse(text: string): Decimal | undefined {
    const t = text.trim();
    if (DECIMAL.test(t)) return new Decimal(t.replace(/^(-?)0+(?=\d)/, '$1'));
    if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) {
      const n = Number(t);
      return Number.isFinite(n) ? new Decimal(plainNumber(n)) : undefined;
    }
    return undefined;
  }

  valueOf(): number { return Number(this.text); }
  toString(): string { return this.text; }
  toJSON(): string { return this.text; }
  equals(other: unknown): boolean { return other instanceof Decimal && other.text === this.text; }
}

/** A number in plain positional notation, never exponent form. */
export function plainNumber(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  const [mant, expText] = s.toLowerCase().split('e') as [string, string];
  const exp = Number(expText);
  const neg = mant.startsWith('-');
  const digits = mant.replace(/^-/, '').replace('.', '');
  const pointAt = (mant.replace(/^-/, '').indexOf('.') === -1 ? mant.replace(/^-/, '').length : mant.replace(/^-/, '').indexOf('.')) + exp;
  let out: string;
  if (pointAt <= 0) out = '0.' + '0'.repeat(-pointAt) + digits;
  else if (pointAt >= digits.length) out = digits + '0'.repeat(pointAt - digits.length);
  else out = digits.slice(0, pointAt) + '.' + digits.slice(pointAt);
  return (neg ? '-' : '') + out;
}
