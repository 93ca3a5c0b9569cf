/**
 * Credentials and TOTP arithmetic for the factor suites. The TOTP code here is computed
 * independently of the product (node:crypto HMAC, RFC 6238 / RFC 4226 dynamic truncation), so a
 * test that confirms a key with it proves the otpauth URI carries a working secret.
 */
import { createHmac } from 'node:crypto';
import { SignJWT } from 'jose';
import type { AuthSettings } from '../../../src/twofactor/config.js';
import { recordSecret } from './secret-ledger.js';
import { TENANT_CLAIM } from './test-app.js';

export interface TokenOptions {
  tenantId: string;
  userId: string;
  accountName?: string;
  /** Seconds from `nowMs` (negative: already expired). */
  expiresIn?: number;
  issuer?: string;
  audience?: string;
  /** Sign with another key (a forged or foreign token). */
  key?: Uint8Array;
  nowMs?: number;
  extraClaims?: Record<string, unknown>;
}

export async function tokenFor(auth: AuthSettings, o: TokenOptions): Promise<string> {
  const iat = Math.floor((o.nowMs ?? Date.now()) / 1000);
  const token = await new SignJWT({ [TENANT_CLAIM]: o.tenantId, ...(o.accountName ? { preferred_username: o.accountName } : {}), ...o.extraClaims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(o.userId)
    .setIssuer(o.issuer ?? auth.issuer)
    .setAudience(o.audience ?? auth.audience)
    .setIssuedAt(iat - 60)
    .setExpirationTime(iat + (o.expiresIn ?? 3600))
    .sign(o.key ?? new Uint8Array(auth.jwtSecret!));
  recordSecret('token', token);
  return token;
}

/** An unsigned token (`alg: none`) with otherwise valid claims. */
export function unsignedToken(auth: AuthSettings, tenantId: string, userId: string, nowMs: number): string {
  const b64 = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  const iat = Math.floor(nowMs / 1000);
  const token = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ [TENANT_CLAIM]: tenantId, sub: userId, iss: auth.issuer, aud: auth.audience, iat, exp: iat + 3600 })}.`;
  recordSecret('token', token);
  return token;
}

export function base32Decode(s: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of s.replace(/=+$/, '').toUpperCase()) {
    const v = alphabet.indexOf(c);
    if (v < 0) throw new Error(`not Base32: ${c}`);
    bits += v.toString(2).padStart(5, '0');
  }
  const bytes: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** RFC 6238 TOTP of a raw key at a time (epoch seconds). */
export function rfc6238(key: Buffer, epochSeconds: number, digits = 6, algorithm: 'sha1' | 'sha256' | 'sha512' = 'sha1', period = 30): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(epochSeconds / period)));
  const h = createHmac(algorithm, key).update(counter).digest();
  const offset = h[h.length - 1]! & 0x0f;
  const bin = ((h[offset]! & 0x7f) << 24) | (h[offset + 1]! << 16) | (h[offset + 2]! << 8) | h[offset + 3]!;
  return String(bin % 10 ** digits).padStart(digits, '0');
}

/** The code an authenticator app holding this otpauth URI shows at `nowMs`. */
export function codeFromUri(uri: string, nowMs: number): string {
  const secret = new URL(uri).searchParams.get('secret');
  if (!secret) throw new Error('no secret in the otpauth URI');
  recordSecret('totp-secret', secret);
  const code = rfc6238(base32Decode(secret), Math.floor(nowMs / 1000));
  recordSecret('totp-code', code);
  return code;
}

/** A code guaranteed different from `code`. */
export function wrongCode(code: string): string {
  return code === '000000' ? '111111' : '000000';
}
