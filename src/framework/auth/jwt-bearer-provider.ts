/**
 * Bearer JWTs through jose (ServiceStack's JwtAuthProviderReader). Exactly the configured
 * algorithms are accepted — HS256 with a secret, RS256 with a public key or a JWKS — so `alg: none`
 * and algorithm-confusion tokens fail before any key is used. `exp` and `sub` are required; issuer,
 * audience, expiry, not-before and issued-at (not in the future) are checked with one tolerance.
 * Every failure is the same 401 to the client; the reason goes to the log only.
 */
import { createRemoteJWKSet, importSPKI, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Operation } from '../host/operation.js';
import { authenticated, failed, NO_CREDENTIAL, type AuthProvider, type AuthSession, type Credential } from './auth-provider.js';

export interface JwtBearerOptions {
  /** HS256: the shared secret. */
  secret?: Uint8Array | string;
  /** RS256: the issuer's public key (PEM, SPKI). */
  publicKey?: string;
  /** RS256: the issuer's key set, fetched and cached. */
  jwksUrl?: string;
  /** Default: `HS256` with a secret, else `RS256`. */
  algorithms?: readonly string[];
  issuer?: string;
  audience?: string;
  /** Allowed clock skew for exp, nbf and iat (default 0). */
  clockToleranceSeconds?: number;
  /** Milliseconds since the epoch (default Date.now). */
  now?: () => number;
  /** The session of a verified token; undefined refuses it. Default: `sub`, and the `roles` and `perms` claims (ServiceStack's). */
  toSession?: (payload: JWTPayload) => AuthSession | undefined;
  /** The OpenAPI scheme's name and description. */
  scheme?: { name?: string; description?: string };
  /** Which operations accept it (default: all). */
  appliesTo?: (op: Operation) => boolean;
}

const MAX_TOKEN_LENGTH = 8192;
const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const JOSE_REASONS: Readonly<Record<string, string>> = {
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

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

const defaultSession = (p: JWTPayload): AuthSession => ({ userId: p.sub!, provider: 'jwt', roles: strings(p.roles), permissions: strings(p.perms) });

type Key = Uint8Array | JWTVerifyGetKey | ReturnType<typeof importSPKI>;

function keyOf(o: JwtBearerOptions, algorithms: readonly string[]): Key {
  const given = [o.secret, o.publicKey, o.jwksUrl].filter((k) => k !== undefined).length;
  if (given !== 1) throw new TypeError('jwtBearerProvider: give exactly one of secret, publicKey, jwksUrl');
  if (o.secret !== undefined) return typeof o.secret === 'string' ? new TextEncoder().encode(o.secret) : o.secret;
  if (o.publicKey !== undefined) {
    const key = importSPKI(o.publicKey, algorithms[0]!);
    // A key that does not import fails each request (401, `jwt keys-unavailable` for the log), never the process.
    key.catch(() => undefined);
    return key;
  }
  return createRemoteJWKSet(new URL(o.jwksUrl!), { timeoutDuration: 5000, cooldownDuration: 30_000, cacheMaxAge: 600_000 });
}

export function jwtBearerProvider(options: JwtBearerOptions): AuthProvider {
  const algorithms = options.algorithms ?? [options.secret !== undefined ? 'HS256' : 'RS256'];
  const key = keyOf(options, algorithms);
  const tolerance = options.clockToleranceSeconds ?? 0;
  const now = options.now ?? Date.now;
  const toSession = options.toSession ?? defaultSession;
  const schemeName = options.scheme?.name ?? 'bearer';

  async function verify(token: string): Promise<Credential> {
    if (token.length > MAX_TOKEN_LENGTH || !COMPACT_JWS.test(token)) return failed('invalid', 'jwt malformed');
    try {
      const resolved = await Promise.resolve(key).catch(() => undefined);
      if (!resolved) return failed('invalid', 'jwt keys-unavailable');
      const { payload } = await jwtVerify(token, resolved as Uint8Array, {
        algorithms: [...algorithms],
        ...(options.issuer !== undefined ? { issuer: options.issuer } : {}),
        ...(options.audience !== undefined ? { audience: options.audience } : {}),
        currentDate: new Date(now()),
        clockTolerance: tolerance,
        requiredClaims: ['exp', 'sub'],
      });
      // jose checks `iat` only against a maximum token age; a token issued in the future gets the same skew as nbf.
      if (typeof payload.iat === 'number' && payload.iat > now() / 1000 + tolerance) return failed('invalid', 'jwt claims');
      return authenticated(typeof payload.sub === 'string' && payload.sub ? toSession(payload) : undefined, 'jwt claims');
    } catch (e) {
      return failed('invalid', `jwt ${JOSE_REASONS[(e as { code?: string }).code ?? ''] ?? 'malformed'}`);
    }
  }

  return {
    name: 'jwt',
    realm: '/auth/jwt',
    httpChallenge: 'Bearer',
    authorizationScheme: 'Bearer',
    securitySchemes: {
      [schemeName]: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: options.scheme?.description ?? 'A bearer JWT: `Authorization: Bearer <token>`.' },
    },
    schemesFor: (op) => (options.appliesTo?.(op) ?? true ? [schemeName] : []),
    async authenticate(ctx) {
      const authorization = ctx.header('authorization');
      if (authorization === undefined || !/^Bearer\b/i.test(authorization)) return NO_CREDENTIAL;
      const m = BEARER.exec(authorization);
      return m ? verify(m[1]!) : failed('malformed', 'authorization header is not a bearer token');
    },
  };
}
