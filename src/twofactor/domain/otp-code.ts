/**
 * OTP codes: uniform random digits, and the only form ever stored — an HMAC keyed by the pepper
 * and bound to the OTP's reference, user and purpose, so a hash copied onto another row (or
 * another user's OTP) never verifies, and a database dump alone cannot be brute-forced offline.
 */
import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

export const MIN_DIGITS = 4;
export const MAX_DIGITS = 10;

/** `digits` uniform decimal digits; leading zeros kept. */
export function generateCode(digits: number): string {
  if (!Number.isInteger(digits) || digits < MIN_DIGITS || digits > MAX_DIGITS) throw new RangeError(`OTP length must be ${MIN_DIGITS}–${MAX_DIGITS}`);
  // randomInt's bound is below 2^48, so the largest lengths are drawn in two halves.
  if (digits <= 8) return randomInt(0, 10 ** digits).toString().padStart(digits, '0');
  const high = digits - 5;
  return randomInt(0, 10 ** high).toString().padStart(high, '0') + randomInt(0, 10 ** 5).toString().padStart(5, '0');
}

/** The cheap shape check done before any lookup: digits only, of a length some OTP may have. */
export function isWellFormedCode(code: unknown): code is string {
  return typeof code === 'string' && code.length >= MIN_DIGITS && code.length <= MAX_DIGITS && /^[0-9]+$/.test(code);
}

export interface CodeBinding {
  /** The OTP's public reference (its id as far as the hash is concerned). */
  readonly reference: string;
  readonly userId: string;
  readonly purpose: string;
}

/** HMAC-SHA256(pepper, reference ␟ userId ␟ purpose ␟ code); the separator cannot occur in the parts. */
export function hashCode(pepper: Buffer, binding: CodeBinding, code: string): Buffer {
  return createHmac('sha256', pepper).update([binding.reference, binding.userId, binding.purpose, code].join('\x1f')).digest();
}

/** Constant-time comparison of a stored digest (base64) with the digest of a candidate code. */
export function codeMatches(pepper: Buffer, binding: CodeBinding, code: string, storedBase64: string): boolean {
  const stored = Buffer.from(storedBase64, 'base64');
  const actual = hashCode(pepper, binding, code);
  return stored.length === actual.length && timingSafeEqual(stored, actual);
}

/** Spends the same work as a real check, for answers that must not be faster (unknown references). */
export function dummyCodeCheck(pepper: Buffer, code: string): void {
  const a = hashCode(pepper, { reference: '', userId: '', purpose: '' }, code);
  timingSafeEqual(a, randomBytes(a.length));
}
