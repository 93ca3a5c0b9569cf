/**
 * Bearer tokens, through the product's configuration of the framework's JWT provider: HS256 by
 * default, RS256 from a JWKS (served on loopback); `alg: none`, algorithm confusion, expiry,
 * audience, issuer, signature and missing claims all refused, each with its reason for the log.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import type { AuthProvider, ServiceContext } from '../../../src/index.js';
import { twoFactorAuth } from '../../../src/twofactor/auth/two-factor-auth.js';
import type { AuthSettings } from '../../../src/twofactor/config.js';
import { ManualClock, type Clock } from '../../../src/twofactor/domain/clock.js';
import { tokenFor, unsignedToken } from '../support/auth-helpers.js';
import { TENANT_CLAIM } from '../support/test-app.js';

/** The bearer provider of the product's auth configuration, its outcome as { ok, principal } or { ok, reason }. */
class JwtVerifier {
  private readonly provider: AuthProvider;
  constructor(settings: AuthSettings, clock: Clock) {
    this.provider = twoFactorAuth(settings, clock, undefined as never, undefined as never).providers[0]!;
  }
  async verify(token: string): Promise<{ ok: true; principal: unknown } | { ok: false; reason: string }> {
    const ctx = { header: (name: string) => (name === 'authorization' ? `Bearer ${token}` : undefined), query: new Map() } as unknown as ServiceContext;
    const c = await this.provider.authenticate(ctx, undefined as never);
    if (c.kind === 'ok') return { ok: true, principal: c.session };
    return { ok: false, reason: c.kind === 'failed' ? c.detail.replace(/^jwt /, '') : 'none' };
  }
}

const HS: AuthSettings = { algorithm: 'HS256', jwtSecret: randomBytes(32), issuer: 'https://id.test', audience: 'stackport', tenantClaim: TENANT_CLAIM, clockToleranceSeconds: 5 };

describe('JWT verification', () => {
  const clock = new ManualClock(1_750_000_000_000);
  const verifier = new JwtVerifier(HS, clock);
  const base = { tenantId: '42', userId: 'user-1', nowMs: clock.now() };

  it('a valid HS256 token gives the principal: tenant claim, sub, login name', async () => {
    const r = await verifier.verify(await tokenFor(HS, { ...base, accountName: 'alice@example.com' }));
    assert.deepEqual(r, { ok: true, principal: { tenantId: '42', userId: 'user-1', accountName: 'alice@example.com', provider: 'jwt', roles: [], permissions: [] } });
    const plain = await verifier.verify(await tokenFor(HS, base));
    assert.equal(plain.ok && (plain.principal as { accountName: string }).accountName, 'user-1');
  });

  it('refuses alg none, a bad signature, expiry, wrong audience or issuer, and missing claims', async () => {
    const cases: [string, string, string][] = [
      ['alg none', unsignedToken(HS, '42', 'user-1', clock.now()), 'algorithm'],
      ['signed with another key', await tokenFor(HS, { ...base, key: new Uint8Array(randomBytes(32)) }), 'signature'],
      ['expired', await tokenFor(HS, { ...base, expiresIn: -10 }), 'expired'],
      ['wrong audience', await tokenFor(HS, { ...base, audience: 'someone-else' }), 'claims'],
      ['wrong issuer', await tokenFor(HS, { ...base, issuer: 'https://evil.test' }), 'claims'],
      ['no tenant claim', await tokenFor(HS, { ...base, extraClaims: { [TENANT_CLAIM]: undefined } }), 'claims'],
      ['a tenant id that is no id', await tokenFor(HS, { ...base, tenantId: '../1' }), 'claims'],
      ['garbage', 'not-a-token', 'malformed'],
    ];
    for (const [name, token, reason] of cases) assert.deepEqual(await verifier.verify(token), { ok: false, reason }, name);
    const tampered = (await tokenFor(HS, base)).split('.');
    tampered[1] = Buffer.from(JSON.stringify({ [TENANT_CLAIM]: '1', sub: 'user-1', iss: HS.issuer, aud: HS.audience, exp: 2e9 })).toString('base64url');
    assert.deepEqual(await verifier.verify(tampered.join('.')), { ok: false, reason: 'signature' }, 'payload swapped under the old signature');
  });

  it('expiry follows the clock, with the configured tolerance', async () => {
    const token = await tokenFor(HS, { ...base, expiresIn: 60 });
    const c = new ManualClock(clock.now() + 64_000);
    assert.equal((await new JwtVerifier(HS, c).verify(token)).ok, true, 'within 5 s of tolerance');
    c.advance(2000);
    assert.deepEqual(await new JwtVerifier(HS, c).verify(token), { ok: false, reason: 'expired' });
  });

  it('issued-at in the future gets the same tolerance as expiry', async () => {
    // tokenFor dates iat 60 s before nowMs.
    const within = await tokenFor(HS, { ...base, nowMs: clock.now() + 64_000 });
    assert.equal((await verifier.verify(within)).ok, true, 'iat 4 s ahead, within 5 s of tolerance');
    const ahead = await tokenFor(HS, { ...base, nowMs: clock.now() + 66_000 });
    assert.deepEqual(await verifier.verify(ahead), { ok: false, reason: 'claims' }, 'iat 6 s ahead');
    const far = await tokenFor(HS, { ...base, nowMs: clock.now() + 86_400_000 });
    assert.deepEqual(await verifier.verify(far), { ok: false, reason: 'claims' }, 'iat a day ahead');
  });

  describe('RS256 with a JWKS', () => {
    let server: http.Server;
    let rs: AuthSettings;
    let privateKey: CryptoKey;
    let jwksRequests = 0;

    before(async () => {
      const pair = await generateKeyPair('RS256');
      privateKey = pair.privateKey;
      const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
      server = http.createServer((_req, res) => { jwksRequests++; res.writeHead(200, { 'Content-Type': 'application/json' }); res.end(JSON.stringify({ keys: [jwk] })); });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      rs = { ...HS, algorithm: 'RS256', jwtSecret: undefined, jwksUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks` } as AuthSettings;
    });
    after(() => new Promise<void>((r) => server.close(() => r())));

    const sign = (key: CryptoKey | Uint8Array, alg: string, claims: Record<string, unknown> = {}): Promise<string> =>
      new SignJWT({ [TENANT_CLAIM]: '7', ...claims }).setProtectedHeader({ alg, kid: 'k1' }).setSubject('u').setIssuer(HS.issuer).setAudience(HS.audience)
        .setExpirationTime(Math.floor(clock.now() / 1000) + 600).sign(key);

    it('accepts tokens signed by the JWKS key, refuses HS256 and alg none', async () => {
      const v = new JwtVerifier(rs, clock);
      assert.deepEqual(await v.verify(await sign(privateKey, 'RS256')), { ok: true, principal: { tenantId: '7', userId: 'u', accountName: 'u', provider: 'jwt', roles: [], permissions: [] } });
      assert.ok(jwksRequests >= 1, 'keys came from the JWKS URL');
      assert.deepEqual(await v.verify(await sign(new Uint8Array(randomBytes(32)), 'HS256')), { ok: false, reason: 'algorithm' });
      assert.deepEqual(await v.verify(unsignedToken(rs, '7', 'u', clock.now())), { ok: false, reason: 'algorithm' });
      const other = await generateKeyPair('RS256');
      assert.deepEqual(await v.verify(await sign(other.privateKey, 'RS256')), { ok: false, reason: 'signature' });
    });
  });
});
