/**
 * Recovery codes: `XXXXX-XXXXX` from ASP.NET Identity's alphabet of 26 unambiguous characters
 * (≈ 47 bits each), generated with the CSPRNG. Only a salted HMAC is stored: the key is derived
 * from the server pepper, which never sits in the database, so a database dump alone allows no
 * offline guessing; the per-code salt keeps equal codes from having equal hashes. Redeeming is
 * also attempt-limited (see the recovery code manager).
 */
import { createHmac, hkdfSync, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

const ALPHABET = '23456789BCDFGHJKMNPQRTVWXY';
export const RECOVERY_CODE_COUNT = 10;

export function newRecoveryCode(): string {
  let s = '';
  for (let i = 0; i < 10; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return `${s.slice(0, 5)}-${s.slice(5)}`;
}

/** What users type: any case, with or without the hyphen or spaces; undefined when it cannot be a code. */
export function normaliseRecoveryCode(input: string): string | undefined {
  const s = input.toUpperCase().replace(/[\s-]/g, '');
  if (s.length !== 10 || [...s].some((c) => !ALPHABET.includes(c))) return undefined;
  return `${s.slice(0, 5)}-${s.slice(5)}`;
}

export class RecoveryCodeHasher {
  private readonly key: Buffer;

  constructor(pepper: Buffer) {
    this.key = Buffer.from(hkdfSync('sha256', pepper, Buffer.alloc(0), 'stackport/recovery-codes', 32));
  }

  /** A fresh salt and the code's hash under it (both base64). */
  hash(code: string): { salt: string; hash: string } {
    const salt = randomBytes(16);
    return { salt: salt.toString('base64'), hash: this.digest(salt, code).toString('base64') };
  }

  matches(code: string, salt: string, hash: string): boolean {
    const expected = Buffer.from(hash, 'base64');
    const actual = this.digest(Buffer.from(salt, 'base64'), code);
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  }

  private digest(salt: Buffer, code: string): Buffer {
    return createHmac('sha256', this.key).update(salt).update(code).digest();
  }
}
