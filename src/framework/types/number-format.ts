/**
 * .NET's text for double and float, which JavaScript's Number#toString does not match
 * (`1E+21` vs `1e+21`, `1E-07` vs `1e-7`, `1E+15` vs `1000000000000000`).
 *
 * - `core`: .NET Core 3.0+ `ToString()`/"R": the shortest round-trip digits; scientific when the
 *   decimal point would sit more than max(digitCount, 15 | 7) places left, or the exponent is ≤ -5.
 * - `framework`: .NET Framework "R": G15 if that reads back as the same value, else G17
 *   (G7/G9 for float), scientific beyond that precision.
 * NaN and infinities come back as `NaN`, `Infinity`, `-Infinity`; each format maps them.
 */
export type DotNetRuntime = 'core' | 'framework';

export function formatDouble(n: number, runtime: DotNetRuntime = 'core', single = false): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return 'Infinity';
  if (n === -Infinity) return '-Infinity';
  if (n === 0) return Object.is(n, -0) && runtime === 'core' ? '-0' : '0';
  // In this range both runtimes' shortest round-trip text is fixed-point, as JavaScript's is:
  // the digit-splitting below is only needed where the exponent rules differ.
  if (runtime === 'core' && !single && Math.abs(n) >= 1e-4 && Math.abs(n) < 1e15) return '' + n;
  const { digits, exp, maxDigits } = runtime === 'core' ? shortest(n, single) : framework(n, single);
  return layout(n < 0, digits, exp, maxDigits);
}

interface Digits { digits: string; exp: number; maxDigits: number }

function split(expForm: string): { digits: string; exp: number } {
  const [mant, e] = expForm.replace(/^-/, '').split('e') as [string, string];
  return { digits: mant.replace('.', '').replace(/0+$/, '') || '0', exp: Number(e) };
}

function shortest(n: number, single: boolean): Digits {
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

function framework(n: number, single: boolean): Digits {
  const [low, high] = single ? [7, 9] : [15, 17];
  const value = single ? Math.fround(n) : n;
  const lowText = value.toExponential(low - 1);
  const same = single ? Math.fround(Number(lowText)) === value : Number(lowText) === value;
  const p = same ? low : high;
  const { digits, exp } = split(same ? lowText : value.toExponential(high - 1));
  return { digits, exp, maxDigits: p };
}

function layout(negative: boolean, digits: string, exp: number, maxDigits: number): string {
  const sign = negative ? '-' : '';
  const pointPos = exp + 1;
  if (pointPos > maxDigits || pointPos < -3) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp);
    return `${sign}${mant}E${exp < 0 ? '-' : '+'}${e < 10 ? '0' : ''}${e}`;
  }
  if (pointPos <= 0) return `${sign}0.${'0'.repeat(-pointPos)}${digits}`;
  if (pointPos >= digits.length) return `${sign}${digits}${'0'.repeat(pointPos - digits.length)}`;
  return `${sign}${digits.slice(0, pointPos)}.${digits.slice(pointPos)}`;
}

/** Integer text for int/long/ulong values held as number or bigint. */
export function formatInteger(v: number | bigint): string {
  return typeof v === 'bigint' ? v.toString() : Number.isSafeInteger(v) ? String(v) : BigInt(Math.trunc(v)).toString();
}
