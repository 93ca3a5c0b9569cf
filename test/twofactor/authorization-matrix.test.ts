/**
 * Every protected endpoint × {no credentials, wrong tenant, expired token, bad signature, valid
 * token, valid API key}: 401 in the family's own format for the first ones, the not-found answer
 * of an unknown tenant for a foreign one (byte-identical), the normal answer otherwise — and a
 * user's factors are invisible from any other tenant, even under the same user id.
 */
import assert from 'node:assert/strict';
import { randomBytes, randomInt } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Dialect } from '../../src/index.js';
import { tokenFor, unsignedToken } from './support/auth-helpers.js';
import { callerFor, send, SS, ZITADEL } from './support/factor-client.js';
import { newUser } from './support/helpers.js';
import { MessageBirdStub } from './support/messagebird-stub.js';
import { DATABASES, type TestDatabase } from './support/test-databases.js';
import { startApp, testConfig, type RunningApp } from './support/test-app.js';

type Verb = 'get' | 'put' | 'post' | 'delete';
interface Endpoint {
  name: string;
  family: Dialect;
  verb: Verb;
  /** Path and body for a tenant (OrganisationId / FileId). */
  request: (tenant: string) => { path: string; body?: object };
  /** Status for a fresh, authenticated user of the right tenant. */
  valid: number;
}

const org = (tenant: string, extra: object = {}) => ({ organisationId: tenant, ...extra });
const ENDPOINTS: Endpoint[] = [
  { name: 'generate key', family: 'servicestack', verb: 'put', request: (t) => ({ path: SS.generate, body: org(t) }), valid: 200 },
  { name: 'confirm key', family: 'servicestack', verb: 'put', request: (t) => ({ path: SS.confirm, body: org(t, { code: '123456' }) }), valid: 404 },
  { name: 'verify code', family: 'servicestack', verb: 'put', request: (t) => ({ path: SS.verify, body: org(t, { code: '123456' }) }), valid: 404 },
  { name: 'remove key', family: 'servicestack', verb: 'delete', request: (t) => ({ path: `${SS.key}?organisationId=${t}` }), valid: 404 },
  { name: 'recovery codes', family: 'servicestack', verb: 'put', request: (t) => ({ path: SS.recovery, body: org(t) }), valid: 409 },
  { name: 'redeem recovery code', family: 'servicestack', verb: 'put', request: (t) => ({ path: SS.redeem, body: org(t, { recoveryCode: 'BCDFG-HJKMN' }) }), valid: 400 },
  { name: 'count recovery codes', family: 'servicestack', verb: 'get', request: (t) => ({ path: `${SS.recovery}?organisationId=${t}` }), valid: 200 },
  ...['/auth/v1/users/me/auth_factors', '/users/me/auth_factors'].flatMap((base): Endpoint[] => [
    { name: `${base} add otp_sms`, family: 'gateway', verb: 'post', request: () => ({ path: `${base}/otp_sms`, body: {} }), valid: 400 },
    { name: `${base} remove otp_sms`, family: 'gateway', verb: 'delete', request: () => ({ path: `${base}/otp_sms` }), valid: 404 },
    { name: `${base} add otp`, family: 'gateway', verb: 'post', request: () => ({ path: `${base}/otp`, body: {} }), valid: 200 },
    { name: `${base} verify otp`, family: 'gateway', verb: 'post', request: () => ({ path: `${base}/otp/_verify`, body: { code: '123456' } }), valid: 404 },
    { name: `${base} remove otp`, family: 'gateway', verb: 'delete', request: () => ({ path: `${base}/otp` }), valid: 404 },
    { name: `${base} search`, family: 'gateway', verb: 'post', request: () => ({ path: `${base}/_search`, body: {} }), valid: 200 },
  ]),
  { name: 'opt in', family: 'aspnet', verb: 'post', request: (t) => ({ path: `/User/opt-in-to-2fa?FileId=${t}`, body: { MobileNumber: `040${randomInt(0, 1e7).toString().padStart(7, '0')}` } }), valid: 200 },
  { name: 'verify opt-in', family: 'aspnet', verb: 'post', request: (t) => ({ path: `/User/verify-2fa-opt-in?FileId=${t}`, body: { ProviderUserId: 999_999, Otp: '123456' } }), valid: 400 },
];

const UNAUTHORIZED: Record<Dialect, { body: RegExp; challenge: RegExp }> = {
  servicestack: { body: /^\{"responseStatus":\{"errorCode":"Unauthorized","message":"Not Authenticated","errors":\[\]\}/, challenge: /^jwt realm="\/auth\/jwt"$/ },
  gateway: { body: /^\{"code":16,"message":"(auth header missing|(Token is invalid|invalid auth header) \(AUTH-7fs1e\))"/, challenge: /^(auth header missing|(Token is invalid|invalid auth header) \(AUTH-7fs1e\))$/ },
  aspnet: { body: /^\{"Message":"Authorization has been denied for this request\."\}$/, challenge: /^Bearer$/ },
};

for (const target of DATABASES) {
  describe(`authorization matrix on ${target.kind}`, { skip: target.skip }, () => {
    const stub = new MessageBirdStub();
    let db: TestDatabase;
    let t: RunningApp;
    before(async () => {
      await stub.start();
      db = await target.create();
      t = await startApp(testConfig(db.url));
    });
    after(async () => { await t?.stop(); await stub.stop(); await db?.drop(); });

    const call = (e: Endpoint, tenant: string, headers: Record<string, string>) => {
      const { path, body } = e.request(tenant);
      return send(t, { auth: headers }, e.verb, path, body);
    };
    const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

    for (const e of ENDPOINTS) {
      it(`${e.family} ${e.name}`, async () => {
        const auth = t.app.config.auth;
        const now = t.clock.now();
        const userId = newUser();
        const refusals: [string, Record<string, string>][] = [
          ['no credentials', {}],
          ['expired token', bearer(await tokenFor(auth, { tenantId: '11', userId, nowMs: now, expiresIn: -60 }))],
          ['bad signature', bearer(await tokenFor(auth, { tenantId: '11', userId, nowMs: now, key: new Uint8Array(randomBytes(32)) }))],
          ['alg none', bearer(unsignedToken(auth, '11', userId, now))],
          ['wrong audience', bearer(await tokenFor(auth, { tenantId: '11', userId, nowMs: now, audience: 'other-api' }))],
          ['not a bearer token', { Authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }],
          ['unknown API key', { 'X-WsAccessKey': randomBytes(24).toString('base64url') }],
        ];
        for (const [name, headers] of refusals) {
          const res = await call(e, '11', headers);
          assert.equal(res.status, 401, `${name}: ${res.text}`);
          // ServiceStack's [Authenticate] answers a missing credential with the challenge and no body.
          if (e.family === 'servicestack' && name === 'no credentials') assert.equal(res.text, '', name);
          else assert.match(res.text, UNAUTHORIZED[e.family].body, name);
          assert.match(String(res.headers['www-authenticate']), UNAUTHORIZED[e.family].challenge, name);
        }

        const valid = await callerFor(t, '11', userId);
        const ok = await call(e, '11', valid.auth);
        assert.equal(ok.status, e.valid, `valid token: ${ok.text}`);
        const key = await t.app.accessKeys.create({ tenantId: '11', userId: newUser() });
        assert.equal((await call(e, '11', { 'X-WsAccessKey': key })).status, e.valid, 'valid API key');

        // Wrong tenant: the caller (tenant 11) addresses tenant 12; the answer is the one for a tenant that does not exist.
        const foreign = e.family === 'gateway' ? await call(e, '11', { ...valid.auth, 'x-zitadel-orgid': '12' }) : await call(e, '12', valid.auth);
        const unknown = e.family === 'gateway' ? await call(e, '11', { ...valid.auth, 'x-zitadel-orgid': '999999' }) : await call(e, '999999', valid.auth);
        assert.equal(foreign.status, e.family === 'aspnet' ? 401 : 404, foreign.text);
        assert.equal(foreign.text, unknown.text, 'a foreign tenant looks exactly like an unknown one');
        assert.equal(foreign.headers['content-type'], unknown.headers['content-type']);
      });
    }

    it('the legacy WsAccessKey query parameter is accepted on the partner API only', async () => {
      const key = await t.app.accessKeys.create({ tenantId: '11', userId: newUser() });
      const q = `WsAccessKey=${encodeURIComponent(key)}`;
      assert.equal((await send(t, undefined, 'post', `/User/opt-in-to-2fa?FileId=11&${q}`, { MobileNumber: '0400000001' })).status, 200);
      assert.equal((await send(t, undefined, 'post', `${ZITADEL}/_search?${q}`, {})).status, 401, 'no secrets in URLs on the new routes');
      assert.equal((await send(t, undefined, 'put', `${SS.generate}?${q}`, { organisationId: '11' })).status, 401);
    });

    it('no cross-tenant leak: the same user id in two tenants has two separate sets of factors', async () => {
      const userId = newUser();
      const a = await callerFor(t, '21', userId);
      const b = await callerFor(t, '22', userId);
      assert.equal((await send(t, a, 'post', `${ZITADEL}/otp`, {})).status, 200);
      assert.equal((await send(t, a, 'put', SS.generate, { organisationId: '21' })).status, 200);
      assert.equal((await send(t, b, 'post', `${ZITADEL}/_search`, {})).text, '{}');
      assert.equal((await send(t, b, 'delete', `${ZITADEL}/otp`)).status, 404);
      assert.equal((await send(t, b, 'put', SS.verify, { organisationId: '22', code: '123456' })).status, 404);
      assert.equal((await send(t, b, 'put', SS.verify, { organisationId: '21', code: '123456' })).text,
        (await send(t, b, 'put', SS.verify, { organisationId: '23', code: '123456' })).text, 'naming the other tenant gets the unknown-tenant answer');
      assert.equal((await send(t, a, 'post', `${ZITADEL}/_search`, {})).text, '{"result":[{"state":"AUTH_FACTOR_STATE_NOT_READY","otp":{}}]}');
      const keyOfB = await t.app.accessKeys.create({ tenantId: '22', userId });
      assert.equal((await t.api.post(`${ZITADEL}/_search`).set('X-WsAccessKey', keyOfB)).text, '{}', 'API keys are tenant-bound too');
      const revoked = await t.app.accessKeys.create({ tenantId: '21', userId });
      await t.app.accessKeys.revoke(revoked);
      assert.equal((await t.api.post(`${ZITADEL}/_search`).set('X-WsAccessKey', revoked)).status, 401, 'a revoked key opens nothing');
    });
  });
}
