/**
 * Development tokens: HS256 JWTs signed with the configured secret, carrying the tenant claim
 * the verifier reads. Used by the dev-credentials command and by tests; the command refuses to
 * run in production.
 */
import { SignJWT } from 'jose';
import type { AuthSettings } from '../config.js';

export interface DevTokenClaims {
  tenantId: string;
  userId: string;
  accountName?: string;
  /** Zitadel's `email` and `email_verified` claims. */
  email?: string;
  emailVerified?: boolean;
  ttlSeconds?: number;
}

export async function signDevToken(settings: AuthSettings, claims: DevTokenClaims, nowMs = Date.now()): Promise<string> {
  if (settings.algorithm !== 'HS256' || !settings.jwtSecret) throw new Error('Development tokens need AUTH_JWT_ALGORITHM=HS256');
  const iat = Math.floor(nowMs / 1000);
  return new SignJWT({
    [settings.tenantClaim]: claims.tenantId,
    ...(claims.accountName ? { preferred_username: claims.accountName } : {}),
    ...(claims.email ? { email: claims.email, email_verified: claims.emailVerified === true } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.userId)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + (claims.ttlSeconds ?? 3600))
    .sign(new Uint8Array(settings.jwtSecret));
}
