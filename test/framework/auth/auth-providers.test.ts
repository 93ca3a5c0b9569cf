/**
 * The framework's authentication over real HTTP: each provider (bearer JWT with HS256, RS256 from
 * a public key and from a JWKS served on loopback; API key in a header or query parameter; HTTP
 * Basic) × each refusal (missing, expired, wrong signature, alg none or another algorithm, wrong
 * role, wrong permission) × each dialect, with the platform's own status, challenge and body —
 * and never the credential in an answer.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import type request from 'supertest';
import {
  apiKeyProvider, basicAuthProvider, jwtBearerProvider, type AppHost, type AuthProvider, type AuthSession, type Dialect,
} from '../../../src/index.js';
import { http, reasonPhrase } from '../../support/http.js';
import { AUTH_OPS, authHost, runs, type AuthOp } from './auth-app.js';

const SECRET = 'auth-providers-test-secret-0123456789abcdef';
const nowS = (): number => Math.floor(Date.now() / 1000);
const session = (userId: string, provider: string, roles: string[] = [], permissions: string[] = []): AuthSession => ({ userId, provider, roles, permissions });

const sign = (key: Uint8Array | CryptoKey, alg: string, claims: JWTPayload = {}, exp = nowS() + 600, kid?: string): Promise<string> =>
  new SignJWT(claims).setProtectedHeader({ alg, ...(kid ? { kid } : {}) }).setSubject('u-1').setIssuedAt(nowS() - 5).setExpirationTime(exp).sign(key);
const unsigned = (claims: JWTPayload = {}): string => {
  const b64 = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'u-1', exp: nowS() + 600, ...claims })}.`;
};

/** A provider under test: how to present a credential, and the credentials each case sends. */
interface Subject {
  name: string;
  provider: () => Promise<AuthProvider>;
  /** Request headers and query for a credential. */
  present: (credential: string) => { headers?: Record<string, string>; query?: string };
  valid: (roles?: string[], permissions?: string[]) => Promise<string>;
  /** Present, and refused: [case, credential, and `malformed` when it is not readable as one]. */
  refused: () => Promise<[string, string, Why?][]>;
  challenge: { servicestack: string; aspnet: string };
}

const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });
const hs = new TextEncoder().encode(SECRET);
const rolesClaims = (roles: string[] = [], perms: string[] = []): JWTPayload => ({ roles, perms });
const JWT_CHALLENGE = { servicestack: 'jwt realm="/auth/jwt"', aspnet: 'Bearer' };

let rsa: { publicKey: CryptoKey; privateKey: CryptoKey };
let otherRsa: { publicKey: CryptoKey; privateKey: CryptoKey };
let publicPem = '';
let jwksServer: Server;
let jwksUrl = '';

const KEYS = new Map([['key-of-ops', session('ops', 'apikey', ['Manager', 'Auditor'], ['reports.read'])], ['key-of-guest', session('guest', 'apikey')]]);
const USERS = new Map([['alice:wonderland', session('alice', 'basic', ['Admin'])], ['bob:builder', session('bob', 'basic')]]);

const SUBJECTS: Subject[] = [
  {
    name: 'JWT HS256',
    provider: async () => jwtBearerProvider({ secret: SECRET }),
    present: bearer,
    valid: (roles, perms) => sign(hs, 'HS256', rolesClaims(roles, perms)),
    refused: async () => [
      ['expired', await sign(hs, 'HS256', {}, nowS() - 120)],
      ['signed with another secret', await sign(new TextEncoder().encode(`${SECRET}-other`), 'HS256')],
      ['alg none', unsigned()],
      ['another algorithm (HS512)', await sign(new Uint8Array(64).fill(7), 'HS512')],
      ['not a JWT', 'not-a-token'],
    ],
    challenge: JWT_CHALLENGE,
  },
  {
    name: 'JWT RS256 (public key)',
    provider: async () => jwtBearerProvider({ publicKey: publicPem }),
    present: bearer,
    valid: (roles, perms) => sign(rsa.privateKey, 'RS256', rolesClaims(roles, perms)),
    refused: async () => [
      ['expired', await sign(rsa.privateKey, 'RS256', {}, nowS() - 120)],
      ['signed with another key', await sign(otherRsa.privateKey, 'RS256')],
      ['alg none', unsigned()],
      // Algorithm confusion: HS256 keyed with the public key's PEM, which anyone has.
      ['HS256 keyed with the public key', await sign(new TextEncoder().encode(publicPem), 'HS256')],
    ],
    challenge: JWT_CHALLENGE,
  },
  {
    name: 'JWT RS256 (JWKS)',
    provider: async () => jwtBearerProvider({ jwksUrl }),
    present: bearer,
    valid: (roles, perms) => sign(rsa.privateKey, 'RS256', rolesClaims(roles, perms), nowS() + 600, 'k1'),
    refused: async () => [
      ['expired', await sign(rsa.privateKey, 'RS256', {}, nowS() - 120, 'k1')],
      ['signed with another key', await sign(otherRsa.privateKey, 'RS256', {}, nowS() + 600, 'k1')],
      ['alg none', unsigned()],
      ['HS256 keyed with the public key', await sign(new TextEncoder().encode(publicPem), 'HS256', {}, nowS() + 600, 'k1')],
    ],
    challenge: JWT_CHALLENGE,
  },
  {
    name: 'API key (header)',
    provider: async () => apiKeyProvider({ header: { name: 'X-Api-Key' }, lookup: (k) => KEYS.get(k) }),
    present: (key) => ({ headers: { 'X-Api-Key': key } }),
    valid: async (roles) => (roles?.length ? 'key-of-ops' : 'key-of-guest'),
    refused: async () => [['unknown key', 'key-of-nobody'], ['overlong key', 'k'.repeat(300)]],
    challenge: { servicestack: 'apikey realm="/auth/apikey"', aspnet: 'apikey realm="/auth/apikey"' },
  },
  {
    name: 'API key (query parameter)',
    provider: async () => apiKeyProvider({ query: { name: 'apikey' }, lookup: (k) => KEYS.get(k) }),
    present: (key) => ({ query: `ApiKey=${encodeURIComponent(key)}` }),
    valid: async (roles) => (roles?.length ? 'key-of-ops' : 'key-of-guest'),
    refused: async () => [['unknown key', 'key-of-nobody']],
    challenge: { servicestack: 'apikey realm="/auth/apikey"', aspnet: 'apikey realm="/auth/apikey"' },
  },
  {
    name: 'HTTP Basic',
    provider: async () => basicAuthProvider({ verify: (user, password) => USERS.get(`${user}:${password}`) }),
    present: (userPass) => ({ headers: { Authorization: `Basic ${Buffer.from(userPass).toString('base64')}` } }),
    // alice is Admin: ServiceStack's Admin has every role and permission.
    valid: async (roles) => (roles?.length ? 'alice:wonderland' : 'bob:builder'),
    refused: async () => [['wrong password', 'alice:looking-glass'], ['no colon', 'alice', 'malformed']],
    challenge: { servicestack: 'basic realm="/auth/basic"', aspnet: 'Basic realm="/auth/basic"' },
  },
];

type Why = 'missing' | 'malformed' | 'invalid' | 'role' | 'permission';

const WEB_API_DENIED = '{"Message":"Authorization has been denied for this request."}';

/** What each dialect answers to each refusal. */
const EXPECT: Record<Dialect, (res: request.Response, why: Why, s: Subject) => void> = {
  servicestack: (res, why, s) => {
    if (why === 'role' || why === 'permission') {
      const message = why === 'role' ? 'Invalid Role' : 'Invalid Permission';
      // ServiceStack 5.4's RequiredRole/RequiredPermission short-circuit: the reason phrase says it, the body is empty.
      assert.equal(res.status, 403, res.text);
      assert.equal(reasonPhrase(res), message);
      assert.equal(res.text, '');
      return;
    }
    assert.equal(res.status, 401, res.text);
    assert.equal(res.headers['www-authenticate'], s.challenge.servicestack);
    if (why === 'missing') assert.equal(res.text, '', 'no credential: the provider\'s challenge and an empty body');
    else assert.equal(res.body.responseStatus?.errorCode, 'Unauthorized', res.text);
  },
  aspnet: (res, _why, s) => {
    // Web API's [Authorize] answers the same 401 whether the caller is unknown or lacks a role.
    assert.equal(res.status, 401, res.text);
    assert.equal(res.text, WEB_API_DENIED);
    assert.equal(res.headers['www-authenticate'], s.challenge.aspnet);
  },
  gateway: (res, why) => {
    const expected = { missing: [401, 16, 'auth header missing'], malformed: [401, 16, 'invalid auth header (AUTH-7fs1e)'], invalid: [401, 16, 'Token is invalid (AUTH-7fs1e)'], role: [403, 7, 'No matching permissions found (AUTH-5mWD2)'], permission: [403, 7, 'No matching permissions found (AUTH-5mWD2)'] }[why];
    assert.deepEqual([res.status, res.body.code, res.body.message], expected, res.text);
  },
};

before(async () => {
  rsa = await generateKeyPair('RS256', { extractable: true });
  otherRsa = await generateKeyPair('RS256');
  publicPem = await exportSPKI(rsa.publicKey);
  const jwk = { ...(await exportJWK(rsa.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  jwksServer = createServer((_req, res) => { res.writeHead(200, { 'Content-Type': 'application/json' }); res.end(JSON.stringify({ keys: [jwk] })); });
  await new Promise<void>((r) => jwksServer.listen(0, '127.0.0.1', r));
  jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks`;
});
after(() => new Promise<void>((r) => jwksServer.close(() => r())));

const opsOf = (kind: AuthOp['kind']): AuthOp[] => AUTH_OPS.filter((o) => o.kind === kind);

function call(host: AppHost, op: AuthOp, presented: { headers?: Record<string, string>; query?: string } = {}): request.Test {
  const req = http(host).get(`${op.path}${presented.query ? `?${presented.query}` : ''}`).set('Accept', 'application/json');
  for (const [k, v] of Object.entries(presented.headers ?? {})) req.set(k, v);
  return req;
}

/** No credential, or any part of it, comes back in an answer. */
function assertNoEcho(res: request.Response, credential: string): void {
  const answer = `${JSON.stringify(res.headers)}\n${res.text}`;
  for (const part of [credential, ...credential.split(/[.:]/).filter((p) => p.length >= 8)]) assert.ok(!answer.includes(part), `the answer echoes the credential: ${answer.slice(0, 300)}`);
}

for (const s of SUBJECTS) {
  describe(`${s.name}`, () => {
    let host: AppHost;
    before(async () => { host = authHost({ providers: [await s.provider()] }); });

    it('a valid credential is the caller: the service runs with the session on ctx.session', async () => {
      const credential = await s.valid();
      for (const op of opsOf('authenticate')) {
        const res = await call(host, op, s.present(credential));
        assert.equal(res.status, 200, `${op.dialect}: ${res.text}`);
        assert.match(res.text, /"(userId|UserId)":"(u-1|guest|bob)"/i, res.text);
        assertNoEcho(res, credential);
      }
    });

    it('no credential: 401 in each dialect, the service not run', async () => {
      for (const op of [...opsOf('authenticate'), ...opsOf('role'), ...opsOf('permission')]) {
        const before = runs();
        EXPECT[op.dialect](await call(host, op), 'missing', s);
        assert.equal(runs(), before, `${op.name} ran`);
      }
    });

    it('a credential that is present and bad: 401 in each dialect, never echoed', async () => {
      for (const [label, credential, why = 'invalid'] of await s.refused()) {
        for (const op of opsOf('authenticate')) {
          const before = runs();
          const res = await call(host, op, s.present(credential));
          assert.doesNotThrow(() => EXPECT[op.dialect](res, why, s), `${label} on ${op.dialect}: ${res.status} ${res.text}`);
          assertNoEcho(res, credential);
          assert.equal(runs(), before, `${label}: ${op.name} ran`);
        }
      }
    });

    it('a caller without the roles (all of them) or the permission: 403 (Web API: its 401)', async () => {
      const plain = await s.valid();
      for (const op of opsOf('role')) EXPECT[op.dialect](await call(host, op, s.present(plain)), 'role', s);
      for (const op of opsOf('permission')) EXPECT[op.dialect](await call(host, op, s.present(plain)), 'permission', s);
      if (s.name.startsWith('JWT')) {
        const oneRole = await s.valid(['Manager'], []);
        for (const op of opsOf('role')) EXPECT[op.dialect](await call(host, op, s.present(oneRole)), 'role', s);
      }
    });

    it('a caller with every role and the permission (or Admin) is let through', async () => {
      const strong = await s.valid(['Manager', 'Auditor'], ['reports.read']);
      for (const op of [...opsOf('role'), ...opsOf('permission')]) {
        const res = await call(host, op, s.present(strong));
        assert.equal(res.status, 200, `${op.name}: ${res.text}`);
      }
    });

    it('an open operation needs nothing', async () => {
      for (const op of opsOf('open')) assert.equal((await call(host, op)).status, 200, op.name);
    });
  });
}

describe('several providers', () => {
  let host: AppHost;
  before(async () => {
    host = authHost({ providers: [jwtBearerProvider({ secret: SECRET }), apiKeyProvider({ header: { name: 'X-Api-Key' }, lookup: (k) => KEYS.get(k) })] });
  });
  const ss = AUTH_OPS.find((o) => o.dialect === 'servicestack' && o.kind === 'authenticate')!;

  it('the first provider\'s challenge is the one a 401 sends; any provider may authenticate', async () => {
    assert.equal((await call(host, ss)).headers['www-authenticate'], 'jwt realm="/auth/jwt"');
    assert.equal((await call(host, ss, { headers: { 'X-Api-Key': 'key-of-guest' } })).status, 200);
  });

  it('a bad credential is never skipped for a good one, and an Authorization header no provider reads is a bad credential', async () => {
    const both = await call(host, ss, { headers: { Authorization: 'Bearer not-a-token', 'X-Api-Key': 'key-of-guest' } });
    assert.equal(both.status, 401);
    assert.equal(both.body.responseStatus.errorCode, 'Unauthorized');
    const basic = await call(host, ss, { headers: { Authorization: 'Basic Ym9iOmJ1aWxkZXI=', 'X-Api-Key': 'key-of-guest' } });
    assert.equal(basic.status, 401);
    assert.equal(basic.text.includes('Ym9iOmJ1aWxkZXI'), false);
  });

  it('a public key that does not import refuses every token (401) and does not bring the process down', async () => {
    const broken = authHost({ providers: [jwtBearerProvider({ publicKey: 'not a PEM' })] });
    const res = await call(broken, ss, bearer(await sign(hs, 'HS256')));
    assert.equal(res.status, 401, res.text);
  });
});
