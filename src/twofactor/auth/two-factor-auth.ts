/**
 * The product's authentication, as configuration of the framework's providers: a bearer JWT
 * (HS256 with the configured secret, or RS256 from a JWKS) whose tenant claim names the tenant,
 * else an access key in the `X-WsAccessKey` header, else — on the partner API only, for seed 001
 * compatibility — the legacy `WsAccessKey` query parameter. The partner API is protected as a
 * whole, checks FileId before any credential (as Web API binds URI parameters before [Authorize]),
 * and opens only the file of the caller's own tenant: another file gets the same 401 as a bad key.
 */
import { apiKeyProvider, jwtBearerProvider, type AuthConfig } from '../../index.js';
import type { JWTPayload } from 'jose';
import type { AuthSettings } from '../config.js';
import type { Clock } from '../domain/clock.js';
import type { Logger } from '../logger.js';
import type { AccessKeyStore } from '../persistence/access-key-store.js';
import { requestLog } from '../request-log.js';
import { requireFileId, takesFileParameters } from '../services/file-access.js';
import type { Principal } from './principal.js';
import { fileIdOf, isTenantId } from './tenant.js';

/** The caller a verified token names: a well-formed tenant and subject, and a display name when it has one. */
export function principalOfToken(payload: JWTPayload, tenantClaim: string): Principal | undefined {
  const tenantId = payload[tenantClaim];
  const sub = payload.sub;
  if (!isTenantId(tenantId) || typeof sub !== 'string' || !sub || sub.length > 64) return undefined;
  const name = [payload.preferred_username, payload.email].find((v): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200);
  const verifiedEmail = payload.email_verified === true && typeof payload.email === 'string' && payload.email.length <= 254 ? payload.email : undefined;
  return { tenantId, userId: sub, accountName: name ?? sub, ...(verifiedEmail ? { verifiedEmail } : {}), provider: 'jwt', roles: [], permissions: [] };
}

export function twoFactorAuth(settings: AuthSettings, clock: Clock, accessKeys: AccessKeyStore, log: Logger): AuthConfig {
  return {
    providers: [
      jwtBearerProvider({
        ...(settings.algorithm === 'HS256' ? { secret: new Uint8Array(settings.jwtSecret!) } : { jwksUrl: settings.jwksUrl! }),
        algorithms: [settings.algorithm],
        issuer: settings.issuer,
        audience: settings.audience,
        clockToleranceSeconds: settings.clockToleranceSeconds,
        now: () => clock.now(),
        toSession: (payload) => principalOfToken(payload, settings.tenantClaim),
        scheme: { description: 'A bearer JWT: `Authorization: Bearer <token>` (`npm run dev:credentials` prints one in development).' },
      }),
      apiKeyProvider({
        header: {
          name: 'X-WsAccessKey',
          scheme: { name: 'wsAccessKey', description: 'An access key in the `X-WsAccessKey` header (issued per user and file; `npm run dev:credentials` prints one in development).' },
        },
        query: {
          name: 'WsAccessKey', appliesTo: takesFileParameters,
          scheme: { name: 'wsAccessKeyQuery', description: 'The legacy `WsAccessKey` query parameter (partner API only; prefer the header, which stays out of URLs and logs).' },
        },
        lookup: (key) => accessKeys.authenticate(key),
      }),
    ],
    requiresAuthentication: takesFileParameters,
    beforeAuthenticate: (ctx, op) => { if (takesFileParameters(op)) requireFileId(ctx); },
    authorize: (session, ctx, op) => !takesFileParameters(op) || fileIdOf((session as Principal).tenantId) === requireFileId(ctx),
    onFailure: (reason, ctx) => requestLog(log, ctx.request).warn('auth.failed', { operation: ctx.operationName, reason }),
  };
}
