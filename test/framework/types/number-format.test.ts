import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDouble } from '../../../src/framework/types/number-format.js';

describe('formatDouble', () => {
  it('.NET Core shortest round-trip forms', () => {
    const cases: [number, string][] = [
      [1.1, '1.1'], [0.1 + 0.2, '0.30000000000000004'], [1e21, '1E+21'], [1e-7, '1E-07'], [100, '100'],
      [-0.5, '-0.5'], [1.7976931348623157e308, '1.7976931348623157E+308'], [1e15, '1E+15'], [1e14, '100000000000000'],
      [0.0001, '0.0001'], [1e-5, '1E-05'], [NaN, 'NaN'], [Infinity, 'Infinity'], [-Infinity, '-Infinity'],
    ];
    for (const [n, s] of cases) assert.equal(formatDouble(n), s, String(n));
  });
  it('.NET Framework "R" (G15, else G17) as Web API 2 writes it (dialects.md §2.3.5)', () => {
    const cases: [number, string][] = [
      [1e15, '1E+15'], [1e-5, '1E-05'], [1 / 3, '0.33333333333333331'], [5e-324, '4.94065645841247E-324'],
      [0.1 + 0.2, '0.30000000000000004'], [-0, '0'], [1.5e-5, '1.5E-05'],
    ];
    for (const [n, s] of cases) assert.equal(formatDouble(n, 'framework'), s, String(n));
  });
  it('float uses single precision', () => {
    assert.equal(formatDouble(1.1, 'core', true), '1.1');
    assert.equal(formatDouble(16777217, 'framework', true), '16777216');
    assert.equal(formatDouble(3.4e38, 'framework', true), '3.4E+38');
  });
});
