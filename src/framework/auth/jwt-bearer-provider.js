"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.jwtBearerProvider = jwtBearerProvider;
/**
 * Bearer JWTs through jose (ServiceStack's JwtAuthProviderReader). Exactly the configured
 * algorithms are accepted — HS256 with a secret, RS256 with a public key or a JWKS — so `alg: none`
 * and algorithm-confusion tokens fail before any key is used. `exp` and `sub` are required; issuer,
 * audience, expiry, not-before and issued-at (not in the future) are checked with one tolerance.
 * Every failure is the same 401 to the client; the reason goes to the log only.
 */
const jose_1 = require("jose");
const auth_provider_js_1 = require("./auth-provider.js");
const MAX_TOKEN_LENGTH = 8192;
const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const JOSE_REASONS = {
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
const strings = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
const defaultSession = (p) => ({ userId: p.sub, provider: 'jwt', roles: strings(p.roles), permissions: strings(p.perms) });
function keyOf(o, algorithms) {
    const given = [o.secret, o.publicKey, o.jwksUrl].filter((k) => k !== undefined).length;
    if (given !== 1)
        throw new TypeError('jwtBearerProvider: give exactly one of secret, publicKey, jwksUrl');
    if (o.secret !== undefined)
        return typeof o.secret === 'string' ? new TextEncoder().encode(o.secret) : o.secret;
    if (o.publicKey !== undefined) {
        const key = (0, jose_1.importSPKI)(o.publicKey, algorithms[0]);
        // A key that does not import fails each request (401, `jwt keys-unavailable` for the log), never the process.
        key.catch(() => undefined);
        return key;
    }
    return (0, jose_1.createRemoteJWKSet)(new URL(o.jwksUrl), { timeoutDuration: 5000, cooldownDuration: 30_000, cacheMaxAge: 600_000 });
}
function jwtBearerProvider(options) {
    const algorithms = options.algorithms ?? [options.secret !== undefined ? 'HS256' : 'RS256'];
    const key = keyOf(options, algorithms);
    const tolerance = options.clockToleranceSeconds ?? 0;
    const now = options.now ?? Date.now;
    const toSession = options.toSession ?? defaultSession;
    const schemeName = options.scheme?.name ?? 'bearer';
    async function verify(token) {
        if (token.length > MAX_TOKEN_LENGTH || !COMPACT_JWS.test(token))
            return (0, auth_provider_js_1.failed)('invalid', 'jwt malformed');
        try {
            const resolved = await Promise.resolve(key).catch(() => undefined);
            if (!resolved)
                return (0, auth_provider_js_1.failed)('invalid', 'jwt keys-unavailable');
            const { payload } = await (0, jose_1.jwtVerify)(token, resolved, {
                algorithms: [...algorithms],
                ...(options.issuer !== undefined ? { issuer: options.issuer } : {}),
                ...(options.audience !== undefined ? { audience: options.audience } : {}),
                currentDate: new Date(now()),
                clockTolerance: tolerance,
                requiredClaims: ['exp', 'sub'],
            });
            // jose checks `iat` only against a maximum token age; a token issued in the future gets the same skew as nbf.
            if (typeof payload.iat === 'number' && payload.iat > now() / 1000 + tolerance)
                return (0, auth_provider_js_1.failed)('invalid', 'jwt claims');
            return (0, auth_provider_js_1.authenticated)(typeof payload.sub === 'string' && payload.sub ? toSession(payload) : undefined, 'jwt claims');
        }
        catch (e) {
            return (0, auth_provider_js_1.failed)('invalid', `jwt ${JOSE_REASONS[e.code ?? ''] ?? 'malformed'}`);
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
            if (authorization === undefined || !/^Bearer\b/i.test(authorization))
                return auth_provider_js_1.NO_CREDENTIAL;
            const m = BEARER.exec(authorization);
            return m ? verify(m[1]) : (0, auth_provider_js_1.failed)('malformed', 'authorization header is not a bearer token');
        },
    };
}
