/**
 * Security keys and passkeys over HTTP on every database under test (issue 20), with a software
 * authenticator (support/soft-authenticator.ts) so each refusal can be provoked on its own: wrong
 * origin, replayed and expired challenges, another tenant's credential, a cloned authenticator,
 * user verification missing from a passkey — each a gateway error body and an audit event. Also:
 * the attempt limit, malformed credentials, concurrent replays, and the new operations in
 * `_search`, /openapi and /types. The real-browser flow is passkeys.interop.test.ts.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type request from 'supertest';
import { callerFor, send, ZITADEL, type Caller } from './support/factor-client.js';
import { appPerDatabase } from './support/app-per-database.js';
import { credentialBytes, SoftAuthenticator, type Bend } from './support/soft-authenticator.js';
import { DATABASES } from './support/test-databases.js';
import { startApp, testConfig, type RunningApp } from './support/test-app.js';

const ORIGIN = 'https://app.example.test';
const U2F = `${ZITADEL}/u2f`;
const PASSWORDLESS = '/auth/v1/users/me/passwordless';
const TTL_MS = 120_000;

/** The gateway error body: status, gRPC code and the reason's id, Zitadel's `message (id)` shape. */
function refused(res: request.Response, status: number, code: number, id: string): void {
  assert.equal(res.status, status, res.text);
  const body = JSON.parse(res.text) as { code: number; message: string; details: { '@type': string; id: string; message: string }[] };
  assert.deepEqual(Object.keys(body), ['code', 'message', 'details'], res.text);
  assert.equal(body.code, code, res.text);
  assert.equal(body.details[0]!['@type'], 'type.googleapis.com/zitadel.v1.ErrorDetail');
  assert.equal(body.details[0]!.id, id, res.text);
  assert.equal(body.message, `${body.details[0]!.message} (${id})`);
}

for (const target of DATABASES) {
  describe(`security keys and passkeys on ${target.kind}`, { skip: target.skip }, () => {
    const scaffold = appPerDatabase(target, { webauthn: { rpId: 'app.example.test', rpName: 'Stackport', origins: [ORIGIN], challengeTtlMs: TTL_MS } });
    let t: RunningApp;
    before(() => { t = scaffold.t; });

    const options = (res: request.Response): string => {
      assert.equal(res.status, 200, res.text);
      assert.equal(res.headers['cache-control'], 'no-store');
      return Buffer.from(res.body.key.publicKey as string, 'base64').toString('utf8');
    };
    const verify = (c: Caller, base: string, credential: Record<string, unknown>, name = 'my key', proof?: string): request.Test => {
      const r = send(t, c, 'post', `${base}/_verify`, { verification: { publicKeyCredential: credentialBytes(credential), tokenName: name } });
      return proof ? r.set('X-Step-Up-Token', proof) : r;
    };
    async function register(c: Caller, auth: SoftAuthenticator, base: string, bend: Bend = {}, proof?: string): Promise<request.Response> {
      const begin = send(t, c, 'post', base, {});
      return verify(c, base, auth.create(options(await (proof ? begin.set('X-Step-Up-Token', proof) : begin)), bend), 'my key');
    }
    const challenge = async (c: Caller, base: string): Promise<string> => options(await send(t, c, 'post', `${base}/_challenge`, {}));
    const checkWith = (c: Caller, base: string, credential: Record<string, unknown>): request.Test =>
      send(t, c, 'post', `${base}/_check`, { publicKeyCredential: credentialBytes(credential) });
    const check = async (c: Caller, auth: SoftAuthenticator, base: string, bend: Bend = {}): Promise<request.Response> =>
      checkWith(c, base, auth.get(await challenge(c, base), bend));
    const audit = async (c: Caller): Promise<string[]> => {
      const rows = (await t.app.dataSource.query('SELECT event_type FROM audit_event WHERE tenant_id = ? AND user_id = ? ORDER BY sequence', [c.tenantId, c.userId])) as { event_type: string }[];
      return rows.map((r) => r.event_type);
    };

    it('a security key: registered, listed by _search as u2f {id, name}, checked (with a step-up token), removed', async () => {
      const c = await callerFor(t, '1');
      const auth = new SoftAuthenticator(ORIGIN);
      const begin = await send(t, c, 'post', U2F, {});
      const opts = JSON.parse(options(begin)) as { publicKey: Record<string, any> };
      assert.equal(opts.publicKey.rp.id, 'app.example.test');
      assert.equal(opts.publicKey.attestation, 'none');
      assert.equal(opts.publicKey.authenticatorSelection.userVerification, 'discouraged');
      assert.equal(opts.publicKey.timeout, TTL_MS);
      assert.deepEqual(Object.keys(begin.body.details), ['creationDate', 'changeDate', 'resourceOwner']);

      const ok = await verify(c, U2F, auth.create(JSON.stringify(opts)), 'YubiKey 5');
      assert.equal(ok.status, 200, ok.text);
      assert.deepEqual(Object.keys(ok.body.details), ['sequence', 'creationDate', 'changeDate', 'resourceOwner']);
      const search = await send(t, c, 'post', `${ZITADEL}/_search`, {});
      const [factor] = search.body.result as { state: string; u2f: { id: string; name: string } }[];
      assert.deepEqual(search.body.result, [{ state: 'AUTH_FACTOR_STATE_READY', u2f: { id: factor!.u2f.id, name: 'YubiKey 5' } }], search.text);

      const second = new SoftAuthenticator(ORIGIN);
      refused(await send(t, c, 'post', U2F, {}), 403, 7, 'MFA-StepUp');
      const checked = await check(c, auth, U2F);
      assert.equal(checked.status, 200, checked.text);
      const proof = checked.headers['x-step-up-token'] as string;
      assert.ok(proof, 'a passed check carries a step-up token');
      assert.equal((await register(c, second, U2F, {}, proof)).status, 200, 'several keys per user');
      assert.equal((await send(t, c, 'post', `${ZITADEL}/_search`, {})).body.result.length, 2);

      const proof2 = (await check(c, second, U2F)).headers['x-step-up-token'] as string;
      refused(await send(t, c, 'delete', `${U2F}/${factor!.u2f.id}`), 403, 7, 'MFA-StepUp');
      const removed = await send(t, c, 'delete', `${U2F}/${factor!.u2f.id}`).set('X-Step-Up-Token', proof2);
      assert.equal(removed.status, 200, removed.text);
      assert.deepEqual(Object.keys(removed.body.details), ['sequence', 'changeDate', 'resourceOwner']);
      assert.deepEqual((await send(t, c, 'post', `${ZITADEL}/_search`, {})).body.result.map((r: { u2f: { id: string } }) => r.u2f.id).includes(factor!.u2f.id), false);
      refused(await check(c, auth, U2F, { credentialId: [...auth.keys.keys()][0] }), 400, 3, 'WEBAU-Cr3d5');
      assert.deepEqual((await audit(c)).filter((e) => !e.includes('refused')), ['u2f.added', 'u2f.added', 'u2f.removed']);
    });

    it('a passkey: resident and user-verifying; listed by passwordless/_search; a check without user verification is refused', async () => {
      const c = await callerFor(t, '1');
      const auth = new SoftAuthenticator(ORIGIN, true);
      const opts = JSON.parse(options(await send(t, c, 'post', PASSWORDLESS, {}))) as { publicKey: Record<string, any> };
      assert.deepEqual([opts.publicKey.authenticatorSelection.residentKey, opts.publicKey.authenticatorSelection.userVerification], ['required', 'required']);
      refused(await verify(c, PASSWORDLESS, auth.create(JSON.stringify(opts), { uv: false })), 400, 3, 'WEBAU-S1gn4');
      assert.equal((await register(c, auth, PASSWORDLESS)).status, 200);
      const list = await send(t, c, 'post', `${PASSWORDLESS}/_search`, {});
      assert.equal(list.body.result.length, 1, list.text);
      assert.deepEqual(Object.keys(list.body.result[0]), ['id', 'state', 'name']);
      assert.equal((await send(t, c, 'post', `${ZITADEL}/_search`, {})).text, '{}', 'passkeys are not in auth_factors/_search (as in Zitadel)');
      assert.equal((await check(c, auth, PASSWORDLESS)).status, 200);
      refused(await check(c, auth, PASSWORDLESS, { uv: false }), 400, 3, 'WEBAU-S1gn4');
      refused(await send(t, c, 'post', `${U2F}/_challenge`, {}), 404, 5, 'WEBAU-N0tF0');
      assert.deepEqual(await audit(c), ['passwordless.registration.refused.invalid', 'passwordless.added', 'passwordless.check.refused.invalid']);
    });

    it('wrong origin: registration and check refused (3, WEBAU-0rig1) and audited', async () => {
      const c = await callerFor(t, '2');
      const auth = new SoftAuthenticator(ORIGIN);
      refused(await register(c, auth, U2F, { origin: 'https://phish.example' }), 400, 3, 'WEBAU-0rig1');
      assert.equal((await register(c, auth, U2F)).status, 200);
      refused(await check(c, auth, U2F, { origin: 'https://app.example.test.phish.example' }), 400, 3, 'WEBAU-0rig1');
      assert.deepEqual(await audit(c), ['u2f.registration.refused.origin', 'u2f.added', 'u2f.check.refused.origin']);
    });

    it('replayed challenge: a used challenge is refused (9, WEBAU-Chal6) for registration and check, audited; of 12 concurrent replays one passes', async () => {
      const c = await callerFor(t, '2');
      const auth = new SoftAuthenticator(ORIGIN);
      const credential = auth.create(await options(await send(t, c, 'post', U2F, {})));
      assert.equal((await verify(c, U2F, credential)).status, 200);
      refused(await verify(c, U2F, credential), 400, 9, 'WEBAU-Chal6');
      const opts = await challenge(c, U2F);
      const assertion = auth.get(opts);
      assert.equal((await checkWith(c, U2F, assertion)).status, 200);
      refused(await checkWith(c, U2F, assertion), 400, 9, 'WEBAU-Chal6');
      refused(await checkWith(c, U2F, auth.get(opts)), 400, 9, 'WEBAU-Chal6');
      refused(await check(c, auth, U2F, { challenge: 'bm90LWlzc3VlZC1ieS10aGUtc2VydmVy' }), 400, 9, 'WEBAU-Chal6');
      assert.deepEqual(await audit(c), ['u2f.added', 'u2f.registration.refused.challenge-unknown', 'u2f.check.refused.challenge-unknown',
        'u2f.check.refused.challenge-unknown', 'u2f.check.refused.challenge-unknown']);

      const racer = await callerFor(t, '2');
      const key = new SoftAuthenticator(ORIGIN);
      assert.equal((await register(racer, key, U2F)).status, 200);
      const once = key.get(await challenge(racer, U2F));
      const answers = await Promise.all(Array.from({ length: 12 }, () => checkWith(racer, U2F, once)));
      // The losers spend attempts: after five the budget is locked (429) before the challenge is even looked up.
      assert.deepEqual(answers.filter((a) => a.status === 200).length, 1, answers.map((a) => a.text).join('\n'));
      for (const a of answers.filter((x) => x.status !== 200)) assert.ok([9, 8].includes(JSON.parse(a.text).code), a.text);
    });

    it('expired challenge: refused (9, WEBAU-Expd7) and audited, for registration and check', async () => {
      const c = await callerFor(t, '3');
      const auth = new SoftAuthenticator(ORIGIN);
      const late = auth.create(await options(await send(t, c, 'post', U2F, {})));
      t.clock.advance(TTL_MS + 1);
      refused(await verify(c, U2F, late), 400, 9, 'WEBAU-Expd7');
      assert.equal((await register(c, auth, U2F)).status, 200);
      const opts = await challenge(c, U2F);
      t.clock.advance(TTL_MS + 1);
      refused(await checkWith(c, U2F, auth.get(opts)), 400, 9, 'WEBAU-Expd7');
      assert.deepEqual(await audit(c), ['u2f.registration.refused.challenge-expired', 'u2f.added', 'u2f.check.refused.challenge-expired']);
    });

    it('a credential from another tenant: refused (3, WEBAU-Cr3d5) and audited in the tenant asked; the key may register there on its own', async () => {
      const inA = await callerFor(t, 'tenant-a');
      const inB = await callerFor(t, 'tenant-b', inA.userId);
      const keyA = new SoftAuthenticator(ORIGIN);
      const keyB = new SoftAuthenticator(ORIGIN);
      assert.equal((await register(inA, keyA, U2F)).status, 200);
      assert.equal((await register(inB, keyB, U2F)).status, 200);
      const idA = [...keyA.keys.keys()][0]!;
      refused(await check(inB, keyA, U2F, { credentialId: idA }), 400, 3, 'WEBAU-Cr3d5');
      assert.deepEqual(await audit(inB), ['u2f.added', 'u2f.check.refused.unknown-credential']);
      assert.deepEqual(await audit(inA), ['u2f.added'], 'nothing happened in tenant A');
      const tokenA = (await send(t, inA, 'post', `${ZITADEL}/_search`, {})).body.result[0].u2f.id as string;
      refused(await send(t, inB, 'delete', `${U2F}/${tokenA}`).set('X-Step-Up-Token', (await check(inB, keyB, U2F)).headers['x-step-up-token'] as string), 404, 5, 'WEBAU-N0tF0');
      assert.equal((await check(inA, keyA, U2F)).status, 200, 'tenant A\'s key still works there');
    });

    it('a cloned authenticator (sign count not moving forward): refused (9, WEBAU-Cl0n8) and audited', async () => {
      const c = await callerFor(t, '4');
      const original = new SoftAuthenticator(ORIGIN);
      assert.equal((await register(c, original, U2F)).status, 200);
      assert.equal((await check(c, original, U2F)).status, 200);
      const clone = new SoftAuthenticator(ORIGIN);
      original.cloneInto(clone);
      assert.equal((await check(c, original, U2F)).status, 200);
      refused(await check(c, clone, U2F), 400, 9, 'WEBAU-Cl0n8');
      refused(await check(c, original, U2F, { counter: 1 }), 400, 9, 'WEBAU-Cl0n8');
      assert.equal((await check(c, original, U2F)).status, 200, 'the original goes on');
      assert.deepEqual((await audit(c)).filter((e) => e.includes('refused')), ['u2f.check.refused.cloned', 'u2f.check.refused.cloned']);
    });

    it('the attempt limit: refused checks spend the budget shared with TOTP; the sixth is 429 (8) with Retry-After; malformed credentials spend nothing', async () => {
      const c = await callerFor(t, '5');
      const auth = new SoftAuthenticator(ORIGIN);
      assert.equal((await register(c, auth, U2F)).status, 200);
      for (const body of [{ publicKeyCredential: Buffer.from('x'.repeat(80)).toString('base64') }, { publicKeyCredential: credentialBytes({ id: 'a', response: {}, padding: 'p'.repeat(60) }) }]) {
        refused(await send(t, c, 'post', `${U2F}/_check`, body), 400, 3, 'WEBAU-Pars3');
      }
      refused(await send(t, c, 'post', `${U2F}/_check`, { publicKeyCredential: 'AAAA' }), 400, 3, 'WEBAU-Pars3');
      refused(await send(t, c, 'post', `${U2F}/_check`, { publicKeyCredential: Buffer.alloc(64 * 1024 + 1, 32).toString('base64') }), 400, 3, 'WEBAU-Pars3');
      const missing = await send(t, c, 'post', `${U2F}/_check`, {});
      assert.equal(missing.text, '{"code":3,"message":"invalid CheckMyAuthFactorU2FRequest.PublicKeyCredential: value is required"}');
      for (let i = 0; i < 5; i++) refused(await check(c, auth, U2F, { origin: 'https://phish.example' }), 400, 3, 'WEBAU-0rig1');
      const locked = await check(c, auth, U2F);
      refused(locked, 429, 8, 'MFA-L0ck5');
      assert.ok(Number(locked.headers['retry-after']) > 0, `Retry-After: ${locked.headers['retry-after']}`);
      refused(await send(t, c, 'post', `${ZITADEL}/otp/_verify`, { code: '123456' }), 404, 5, 'COMMAND-3Mif9s');
    });

    it('bad input is a 400 in the gateway shape, never a 500', async () => {
      const c = await callerFor(t, '6');
      const cases: [string, object][] = [
        [`${U2F}/_verify`, {}], [`${U2F}/_verify`, { verification: { tokenName: 'x' } }], [`${U2F}/_verify`, { verification: { publicKeyCredential: 'not base64!', tokenName: 'x' } }],
        [`${PASSWORDLESS}/_verify`, { verification: { publicKeyCredential: credentialBytes({ id: 'x'.repeat(60) }), tokenName: '' } }],
        [`${U2F}/_check`, { publicKeyCredential: 12 }], [`${PASSWORDLESS}/_check`, {}],
      ];
      for (const [path, body] of cases) {
        const res = await send(t, c, 'post', path, body);
        assert.equal(res.status, 400, `${path} ${JSON.stringify(body)} → ${res.status} ${res.text}`);
        assert.equal(JSON.parse(res.text).code, 3);
      }
      refused(await send(t, c, 'delete', `${U2F}/not-a-number`), 404, 5, 'WEBAU-N0tF0');
      refused(await send(t, c, 'delete', `${PASSWORDLESS}/99999999`), 404, 5, 'WEBAU-N0tF0');
    });

    it('production without WEBAUTHN_RP_ID/WEBAUTHN_ORIGINS: every ceremony is 501 (12, WEBAU-0ff11), nothing guessed', async () => {
      const off = await startApp(testConfig(scaffold.db.url, { production: true }));
      try {
        const c = await callerFor(off, '7');
        for (const path of [U2F, `${U2F}/_challenge`, PASSWORDLESS, `${PASSWORDLESS}/_challenge`]) refused(await send(off, c, 'post', path, {}), 501, 12, 'WEBAU-0ff11');
        refused(await send(off, c, 'post', `${U2F}/_check`, { publicKeyCredential: credentialBytes({ id: 'x'.repeat(60) }) }), 501, 12, 'WEBAU-0ff11');
        assert.equal((await send(off, c, 'post', `${PASSWORDLESS}/_search`, {})).text, '{}');
      } finally {
        await off.stop();
      }
    });

    it('the new operations are in /openapi and /types', async () => {
      const doc = (await t.api.get('/openapi')).body as { paths: Record<string, Record<string, unknown>> };
      for (const [path, verb] of [[U2F, 'post'], [`${U2F}/_verify`, 'post'], [`${U2F}/{TokenId}`, 'delete'], [`${U2F}/_challenge`, 'post'], [`${U2F}/_check`, 'post'],
        [PASSWORDLESS, 'post'], [`${PASSWORDLESS}/_verify`, 'post'], [`${PASSWORDLESS}/_search`, 'post'], [`${PASSWORDLESS}/{TokenId}`, 'delete'],
        [`${PASSWORDLESS}/_challenge`, 'post'], [`${PASSWORDLESS}/_check`, 'post']] as const) {
        assert.ok(doc.paths[path]?.[verb], `${verb.toUpperCase()} ${path} in /openapi (${Object.keys(doc.paths).filter((p) => p.includes('u2f') || p.includes('passwordless')).join(', ')})`);
      }
      for (const lang of ['csharp', 'typescript']) {
        const types = (await t.api.get(`/types/${lang}`)).text;
        for (const name of ['AddMyAuthFactorU2FRequest', 'VerifyMyAuthFactorU2FRequest', 'RemoveMyAuthFactorU2FRequest', 'AddMyPasswordlessRequest',
          'ListMyPasswordlessRequest', 'CheckMyPasswordlessRequest', 'AuthFactorU2F', 'WebAuthNVerification', 'WebAuthNKey', 'WebAuthNToken']) {
          assert.ok(types.includes(name), `/types/${lang} has ${name}`);
        }
      }
    });
  });
}
