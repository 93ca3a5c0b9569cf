/**
 * TOTP (RFC 6238) through otplib: the one code path for generating keys, building the otpauth
 * URI and checking codes. The product uses SHA1 / 6 digits / 30 s — what every authenticator
 * app honours — and accepts one time step either side for clock drift (RFC 6238 §5.2 allows
 * one back; one ahead covers phones whose clocks run fast). Replay protection is the caller's:
 * a successful check reports its time step, which the store compares-and-sets atomically.
 */
import { generate, generateSecret, generateURI, verify } from 'otplib';

export type TotpAlgorithm = 'sha1' | 'sha256' | 'sha512';

export interface TotpParameters {
  readonly algorithm: TotpAlgorithm;
  readonly digits: 6 | 7 | 8;
  readonly period: number;
  /** Accepted drift in time steps, either side. */
  readonly windowSteps: number;
}

export const PRODUCT_TOTP: TotpParameters = { algorithm: 'sha1', digits: 6, period: 30, windowSteps: 1 };

/** RFC 4226 recommends 160 bits. */
export const TOTP_SECRET_BYTES = 20;

/** A new random secret, Base32 without padding (32 characters for 20 bytes). */
export function newTotpSecret(): string {
  return generateSecret({ length: TOTP_SECRET_BYTES });
}

/**
 * `otpauth://totp/ISSUER:ACCOUNT?secret=…&issuer=ISSUER` (Key URI format: issuer as label
 * prefix and as parameter). Neither part may hold a colon; like Keycloak we turn it into a space.
 */
export function totpUri(issuer: string, account: string, secret: string): string {
  const clean = (s: string): string => s.replace(/:/g, ' ').trim();
  return generateURI({ issuer: clean(issuer), label: clean(account) || 'user', secret });
}

type Secret = string | Uint8Array;

/** The code at a time (epoch seconds). */
export function totpCode(secret: Secret, epochSeconds: number, p: Partial<TotpParameters> = {}): Promise<string> {
  const o = { ...PRODUCT_TOTP, ...p };
  return generate({ secret, epoch: epochSeconds, algorithm: o.algorithm, digits: o.digits, period: o.period });
}

export type TotpCheck = { valid: true; timeStep: number } | { valid: false; malformed: boolean };

/**
 * Checks a code against the window around `epochSeconds`. A code that is not exactly `digits`
 * ASCII digits is refused before otplib sees it (otplib throws on those).
 */
export async function checkTotp(secret: Secret, code: string, epochSeconds: number, p: Partial<TotpParameters> = {}): Promise<TotpCheck> {
  const o = { ...PRODUCT_TOTP, ...p };
  if (!new RegExp(`^[0-9]{${o.digits}}$`).test(code)) return { valid: false, malformed: true };
  const r = await verify({
    secret, token: code, epoch: epochSeconds, algorithm: o.algorithm, digits: o.digits, period: o.period,
    epochTolerance: o.windowSteps * o.period,
  });
  return r.valid && 'timeStep' in r ? { valid: true, timeStep: r.timeStep } : { valid: false, malformed: false };
}
