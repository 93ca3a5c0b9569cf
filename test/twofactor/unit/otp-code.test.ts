import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { codeMatches, generateCode, hashCode, isWellFormedCode } from '../../../src/twofactor/domain/otp-code.js';
import { newOtpReference, newReferenceCode } from '../../../src/twofactor/domain/otp-reference.js';

describe('OTP codes', () => {
  it('are digits of the configured length, leading zeros kept, roughly uniform', () => {
    for (const digits of [4, 6, 8, 9, 10]) {
      for (let i = 0; i < 200; i++) assert.match(generateCode(digits), new RegExp(`^\\d{${digits}}$`));
    }
    const firstDigits = new Array(10).fill(0);
    for (let i = 0; i < 20_000; i++) firstDigits[Number(generateCode(6)[0])]++;
    for (const n of firstDigits) assert.ok(n > 1700 && n < 2300, `first-digit frequency ${n} of 20000`);
    assert.throws(() => generateCode(3), RangeError);
    assert.throws(() => generateCode(11), RangeError);
  });

  it('well-formedness is checked before any lookup', () => {
    for (const ok of ['0000', '123456', '0123456789']) assert.ok(isWellFormedCode(ok));
    for (const bad of ['123', '12345678901', '12a456', ' 123456', '١٢٣٤٥٦', 123456, null, undefined, '']) assert.ok(!isWellFormedCode(bad), String(bad));
  });

  it('the stored hash is bound to reference, user and purpose, and keyed by the pepper', () => {
    const pepper = randomBytes(32);
    const binding = { reference: newOtpReference(), userId: 'u1', purpose: 'sms-otp:1' };
    const stored = hashCode(pepper, binding, '123456').toString('base64');
    assert.ok(codeMatches(pepper, binding, '123456', stored));
    assert.ok(!codeMatches(pepper, binding, '123457', stored));
    assert.ok(!codeMatches(pepper, { ...binding, reference: newOtpReference() }, '123456', stored), 'another OTP');
    assert.ok(!codeMatches(pepper, { ...binding, userId: 'u2' }, '123456', stored), 'another user');
    assert.ok(!codeMatches(pepper, { ...binding, purpose: 'opt-in:1' }, '123456', stored), 'another purpose');
    assert.ok(!codeMatches(randomBytes(32), binding, '123456', stored), 'another pepper');
    assert.ok(!codeMatches(pepper, binding, '123456', 'c2hvcnQ='), 'a malformed stored hash never matches');
    assert.ok(!stored.includes('123456'));
  });

  it('references are UUIDs; reference codes avoid look-alike characters', () => {
    assert.match(newOtpReference(), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    for (let i = 0; i < 200; i++) assert.match(newReferenceCode(), /^[A-HJKMNP-RT-Y3-46-9]{4}$/);
  });
});
