/**
 * Bearer JWTs through jose. Exactly one algorithm is accepted — HS256 with the configured secret
 * (the embedded default) or RS256 with keys from a JWKS — so `alg: none` and algorithm-confusion
 * tokens fail before any key is used. `exp` and `sub` are required; issuer, audience, expiry,
 * not-before and issued-at (not in the future) are checked against the injected clock with the
 * same small tolerance. The reason a token failed is for the log only: every client sees the same 401.
 */
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { AuthSettings } from '../config.js';
import type { Clock } from '../domain/clock.js';
import type { Principal } from './principal.js';
import { isTenantId } from './tenant.js';

export type JwtFailure = 'malformed' | 'algorithm' | 'signature' | 'expired' | 'claims' | 'keys-unavailable';
export type JwtOutcome = { ok: true; principal: Principal } | { ok: false; reason: JwtFailure };

const MAX_TOKEN_LENGTH = 8192;
const JOSE_REASONS: Readonly<Record<string, JwtFailure>> = {
  ERR_JWT_EXPIRED: 'expired',
  ERR_JWT_CLAIM_VALIDATION_FAILED: 'claims',
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: 'signature',
  ERR_JOSE_ALG_NOT_ALLOWED: 'algorithm',
  ERR_JOSE_NOT_SUPPORTED: 'algorithm',
  ERR_JWKS_NO_MATCHING_KEY: 'signature',
  ERR_JWKS_MULTIPLE_MATCHING_KEYS: 'signature',
  ERR_JWKS_TIMEOUT: 'keys-unavailable',
  ERR_JWKS_INVALID: 'keys-unavailable',
};

export class JwtVerifier {
  private readonly key: Uint8Array | JWTVerifyGetKey;

  constructor(private readonly settings: AuthSettings, private readonly clock: Clock) {
    this.key = settings.algorithm === 'HS256'
      ? new Uint8Array(settings.jwtSecret!)
      : createRemoteJWKSet(new URL(settings.jwksUrl!), { timeoutDuration: 5000, cooldownDuration: 30_000, cacheMaxAge: 600_000 });
  }

  async verify(token: string): Promise<JwtOutcome> {
    if (token.length > MAX_TOKEN_LENGTH || !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(token)) return { ok: false, reason: 'malformed' };
    try {
      const { payload } = await jwtVerify(token, this.key as Uint8Array, {
        algorithms: [this.settings.algorithm],
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        currentDate: new Date(this.clock.now()),
        clockTolerance: this.settings.clockToleranceSeconds,
        requiredClaims: ['exp', 'sub'],
      });
      // jose checks `iat` only against a maximum token age; a token issued in the future gets the same skew as nbf.
      if (typeof payload.iat === 'number' && payload.iat > this.clock.now() / 1000 + this.settings.clockToleranceSeconds) return { ok: false, reason: 'claims' };
      const tenantId = payload[this.settings.tenantClaim];
      const sub = payload.sub;
      if (!isTenantId(tenantId) || typeof sub !== 'string' || !sub || sub.length > 64) return { ok: false, reason: 'claims' };
      const name = [payload.preferred_username, payload.email].find((v): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200);
      return { ok: true, principal: { tenantId, userId: sub, accountName: name ?? sub, via: 'jwt' } };
    } catch (e) {
      return { ok: false, reason: JOSE_REASONS[(e as { code?: string }).code ?? ''] ?? 'malformed' };
    }
  }
}
