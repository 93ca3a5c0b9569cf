/**
 * Second factors over HTTP on every database under test: seed 002's TOTP key flow (the code is
 * computed here from the otpauth secret, independently of the product), Zitadel's otp and
 * otp_sms factors, recovery codes, the lock after wrong codes, concurrent replays, the audit
 * sequence — and no secret in the logs or the database.
 */
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { codeFromUri, wrongCode } from './support/auth-helpers.js';
import { callerFor, send, SS, ZITADEL, type Caller } from './support/factor-client.js';
import { containsCode } from './support/helpers.js';
import { MessageBirdStub } from './support/messagebird-stub.js';
import { DATABASES, type TestDatabase } from './support/test-databases.js';
import { startApp, testConfig, type RunningApp } from './support/test-app.js';

const newAuMobile = (): string => `040${randomInt(0, 10_000_000).toString().padStart(7, '0')}`;

for (const target of DATABASES) {
  describe(`second factors on ${target.kind}`, { skip: target.skip }, () => {
    const stub = new MessageBirdStub();
    let db: TestDatabase;
    let t: RunningApp;
    const secrets: string[] = [];
    const recoveryCodes: string[] = [];
    const totpCodes: string[] = [];
    const tokens: string[] = [];

    before(async () => {
      await stub.start();
      db = await target.create();
      t = await startApp(testConfig(db.url));
      t.clock.set(Date.UTC(2024, 2, 27, 10, 5, 48, 581));
    });
    after(async () => { await t?.stop(); await stub.stop(); await db?.drop(); });

    const user = async (tenantId = '1', name?: string): Promise<Caller> => {
      const c = await callerFor(t, tenantId, undefined, name);
      tokens.push(c.token);
      return c;
    };
    const code = (uri: string): string => { const c = codeFromUri(uri, t.clock.now()); totpCodes.push(c); return c; };
    /** Moves to the start of the next 30 s step, so a new code exists. */
    const nextStep = (): void => t.clock.set((Math.floor(t.clock.now() / 30_000) + 1) * 30_000 + 1234);

    async function enableTotp(c: Caller): Promise<{ uri: string; codes: string[] }> {
      const gen = await send(t, c, 'put', SS.generate, { organisationId: c.tenantId });
      assert.equal(gen.status, 200, gen.text);
      const uri = gen.body.twoFactorUri as string;
      secrets.push(new URL(uri).searchParams.get('secret')!);
      const ok = await send(t, c, 'put', SS.confirm, { organisationId: c.tenantId, code: code(uri) });
      assert.equal(ok.status, 200, ok.text);
      recoveryCodes.push(...(ok.body.recoveryCodes as string[]));
      return { uri, codes: ok.body.recoveryCodes as string[] };
    }

    it('seed 002 flow: generate key → code from the otpauth secret → confirm → verify → replay refused → remove', async () => {
      const c = await user('1', 'alice@example.com');
      const gen = await send(t, c, 'put', SS.generate, { organisationId: '1' });
      assert.equal(gen.status, 200);
      assert.equal(gen.headers['cache-control'], 'no-store');
      const uri = gen.body.twoFactorUri as string;
      secrets.push(new URL(uri).searchParams.get('secret')!);
      assert.match(uri, /^otpauth:\/\/totp\/Stackport:alice%40example\.com\?secret=[A-Z2-7]{32}&issuer=Stackport$/);
      assert.deepEqual(Object.keys(gen.body), ['twoFactorUri']);

      const before = await send(t, c, 'put', SS.verify, { organisationId: '1', code: code(uri) });
      assert.equal(before.status, 409, 'an unconfirmed key checks no codes');
      assert.equal(before.body.responseStatus.errorCode, 'TwoFactorKeyNotConfirmed');

      const wrong = await send(t, c, 'put', SS.confirm, { organisationId: '1', code: wrongCode(code(uri)) });
      assert.equal(wrong.status, 400);
      assert.equal(wrong.body.responseStatus.errorCode, 'InvalidTwoFactorCode');
      const first = code(uri);
      const confirmed = await send(t, c, 'put', SS.confirm, { organisationId: '1', code: first });
      assert.equal(confirmed.status, 200, confirmed.text);
      assert.equal(confirmed.body.recoveryCodes.length, 10);
      recoveryCodes.push(...(confirmed.body.recoveryCodes as string[]));

      const replayOfFirst = await send(t, c, 'put', SS.verify, { organisationId: '1', code: first });
      assert.equal(replayOfFirst.status, 400, 'the confirming code is used up');
      assert.equal(replayOfFirst.body.responseStatus.errorCode, 'TwoFactorCodeAlreadyUsed');

      nextStep();
      const next = code(uri);
      const verified = await send(t, c, 'put', SS.verify, { organisationId: '1', code: next });
      assert.equal(verified.status, 200, verified.text);
      assert.deepEqual(verified.body, { isValid: true });
      const replay = await send(t, c, 'put', SS.verify, { organisationId: '1', code: next });
      assert.equal(replay.status, 400);
      assert.deepEqual(replay.body.responseStatus, { errorCode: 'TwoFactorCodeAlreadyUsed', message: 'This code has already been used; wait for the next one.', errors: [] });

      assert.match(verified.headers['x-step-up-token'], /^[0-9a-z]+\.[A-Za-z0-9_-]{43}$/, 'a successful check proves the factor for a while');
      assert.equal(verified.headers['cache-control'], 'no-store');
      assert.equal(replay.headers['x-step-up-token'], undefined, 'a refused one proves nothing');

      // A code one step old is inside the window, but older than the accepted step: refused too.
      t.clock.advance(30_000);
      assert.equal((await send(t, c, 'put', SS.verify, { organisationId: '1', code: next })).status, 400);
      const current = await send(t, c, 'put', SS.verify, { organisationId: '1', code: code(uri) });
      assert.equal(current.status, 200, 'the current code works');

      const again = await send(t, c, 'put', SS.generate, { organisationId: '1' });
      assert.equal(again.status, 409);
      assert.equal(again.body.responseStatus.errorCode, 'TwoFactorAlreadyEnabled');

      const removed = await send(t, c, 'delete', `${SS.key}?organisationId=1`).set('X-Step-Up-Token', current.headers['x-step-up-token']);
      assert.equal(removed.status, 200, removed.text);
      assert.deepEqual(removed.body, {});
      const gone = await send(t, c, 'delete', `${SS.key}?organisationId=1`);
      assert.equal(gone.status, 404);
      assert.equal(gone.body.responseStatus.message, 'No two-factor authentication key exists; generate one first.');
      assert.equal((await send(t, c, 'put', SS.verify, { organisationId: '1', code: code(uri) })).status, 404);
      assert.equal((await send(t, c, 'get', `${SS.recovery}?organisationId=1`)).body.remainingRecoveryCodes, 0, 'recovery codes went with the last factor');
    });

    it('a key regenerated before confirmation replaces the old secret', async () => {
      const c = await user();
      const a = (await send(t, c, 'put', SS.generate, { organisationId: '1' })).body.twoFactorUri as string;
      const b = (await send(t, c, 'put', SS.generate, { organisationId: '1' })).body.twoFactorUri as string;
      secrets.push(new URL(a).searchParams.get('secret')!, new URL(b).searchParams.get('secret')!);
      assert.notEqual(a, b);
      const old = code(a);
      if (old !== code(b)) assert.equal((await send(t, c, 'put', SS.confirm, { organisationId: '1', code: old })).status, 400);
      assert.equal((await send(t, c, 'put', SS.confirm, { organisationId: '1', code: code(b) })).status, 200);
    });

    it('Zitadel otp: add → verify → search → remove, with Zitadel\'s errors', async () => {
      const c = await user('69629023906488334');
      const add = await send(t, c, 'post', `${ZITADEL}/otp`, {});
      assert.equal(add.status, 200);
      assert.equal(add.headers['content-type'], 'application/json');
      const { url, secret, details } = add.body as { url: string; secret: string; details: Record<string, string> };
      secrets.push(secret);
      assert.equal(new URL(url).searchParams.get('secret'), secret);
      assert.deepEqual(Object.keys(add.body), ['url', 'secret', 'details']);
      assert.match(details.sequence!, /^[1-9][0-9]*$/);
      assert.equal(details.creationDate, new Date(t.clock.now()).toISOString(), 'the event time, RFC 3339 UTC');
      assert.equal(details.changeDate, details.creationDate);
      assert.equal(details.resourceOwner, '69629023906488334');

      const search1 = await send(t, c, 'post', `${ZITADEL}/_search`, {});
      assert.equal(search1.text, '{"result":[{"state":"AUTH_FACTOR_STATE_NOT_READY","otp":{}}]}');

      const bad = await send(t, c, 'post', `${ZITADEL}/otp/_verify`, { code: wrongCode(code(url)) });
      assert.equal(bad.status, 400);
      assert.equal(bad.text, '{"code":3,"message":"Invalid code (EVENT-8isk2)","details":[{"@type":"type.googleapis.com/zitadel.v1.ErrorDetail","id":"EVENT-8isk2","message":"Invalid code"}]}');
      t.clock.advance(1000);
      const ok = await send(t, c, 'post', `${ZITADEL}/otp/_verify`, { code: code(url) });
      assert.equal(ok.status, 200, ok.text);
      assert.deepEqual(Object.keys(ok.body.details), ['sequence', 'changeDate', 'resourceOwner']);
      assert.equal(BigInt(ok.body.details.sequence), BigInt(details.sequence!) + 1n);
      const twice = await send(t, c, 'post', `${ZITADEL}/otp/_verify`, { code: code(url) });
      assert.equal(twice.status, 400);
      assert.equal(JSON.parse(twice.text).code, 9);
      assert.equal(JSON.parse(twice.text).details[0].id, 'COMMAND-qx4ls');

      assert.equal((await send(t, c, 'post', `/users/me/auth_factors/_search`, {})).text, '{"result":[{"state":"AUTH_FACTOR_STATE_READY","otp":{}}]}', 'bare mount too');
      const dup = await send(t, c, 'post', `${ZITADEL}/otp`, {});
      assert.equal(dup.status, 409);
      assert.equal(dup.text, '{"code":6,"message":"Multifactor OTP (OneTimePassword) is already set up (COMMAND-do9se)","details":[{"@type":"type.googleapis.com/zitadel.v1.ErrorDetail","id":"COMMAND-do9se","message":"Multifactor OTP (OneTimePassword) is already set up"}]}');

      const removed = await send(t, c, 'delete', `${ZITADEL}/otp`).set('X-Step-Up-Token', ok.headers['x-step-up-token']);
      assert.equal(removed.status, 200, removed.text);
      assert.deepEqual(Object.keys(removed.body.details), ['sequence', 'changeDate', 'resourceOwner']);
      const missing = await send(t, c, 'delete', `${ZITADEL}/otp`);
      assert.equal(missing.status, 404);
      assert.equal(JSON.parse(missing.text).details[0].id, 'COMMAND-Hd9sd');
      assert.equal((await send(t, c, 'post', `${ZITADEL}/otp/_verify`, { code: '123456' })).status, 404);
      assert.equal((await send(t, c, 'post', `${ZITADEL}/_search`, {})).text, '{}', 'an empty result is omitted (protojson)');
    });

    it('otp_sms needs a verified phone (the partner API\'s opt-in); then add, search, remove', async () => {
      const c = await user('5');
      const early = await send(t, c, 'post', `${ZITADEL}/otp_sms`, {});
      assert.equal(early.status, 400);
      assert.equal(early.text, '{"code":9,"message":"Multifactor OTP (OneTimePassword) isn\'t ready (COMMAND-Q54j2)","details":[{"@type":"type.googleapis.com/zitadel.v1.ErrorDetail","id":"COMMAND-Q54j2","message":"Multifactor OTP (OneTimePassword) isn\'t ready"}]}');

      // Opt in with the same bearer token (OAuth, the partner API's preferred way) in file 5.
      const optIn = await send(t, c, 'post', '/User/opt-in-to-2fa?FileId=5', { MobileNumber: newAuMobile() });
      assert.equal(optIn.status, 200, optIn.text);
      await t.app.dispatcher.drain();
      const otp = MessageBirdStub.codeIn(stub.requests.at(-1)!);
      assert.equal((await send(t, c, 'post', `${ZITADEL}/otp_sms`, {})).status, 400, 'a pending number is not verified');
      const verify = await send(t, c, 'post', '/User/verify-2fa-opt-in?FileId=5', { ProviderUserId: optIn.body.ProviderUserId, Otp: otp });
      assert.equal(verify.status, 200, verify.text);

      const other = await user('5');
      assert.equal((await send(t, other, 'post', `${ZITADEL}/otp_sms`, {})).status, 400, 'another user of the file has no verified phone');

      const add = await send(t, c, 'post', `/users/me/auth_factors/otp_sms`, {});
      assert.equal(add.status, 200, add.text);
      assert.match(add.text, /^\{"details":\{"sequence":"\d+","creationDate":"[^"]+","changeDate":"[^"]+","resourceOwner":"5"\}\}$/);
      const dup = await send(t, c, 'post', `${ZITADEL}/otp_sms`, {});
      assert.equal(dup.status, 409);
      assert.equal(JSON.parse(dup.text).details[0].id, 'COMMAND-Ad3g2');
      assert.equal((await send(t, c, 'post', `${ZITADEL}/_search`, {})).text, '{"result":[{"state":"AUTH_FACTOR_STATE_READY","otpSms":{}}]}');
      // The SMS factor has no check of its own here, so it cannot prove itself: removing it needs
      // a step-up token from a TOTP or recovery-code check, which this user does not have.
      const unproven = await send(t, c, 'delete', `${ZITADEL}/otp_sms`);
      assert.equal(unproven.status, 403);
      assert.equal(JSON.parse(unproven.text).details[0].id, 'MFA-StepUp');
      const gone = await send(t, c, 'delete', `${ZITADEL}/otp_sms`).set('X-Step-Up-Token', unproven.headers['x-step-up-token'] ?? '');
      assert.equal(gone.status, 403);
      const missing = await send(t, other, 'delete', `${ZITADEL}/otp_sms`);
      assert.equal(missing.status, 404, 'nothing to prove without a factor');
      assert.equal(JSON.parse(missing.text).details[0].id, 'COMMAND-Sr3h3');

      // A user with a TOTP key proves it, adds the SMS factor with that proof, and removes it
      // with a new one: the add changed the factors, so the first proof no longer counts.
      const both = await user('5');
      const optInBoth = await send(t, both, 'post', '/User/opt-in-to-2fa?FileId=5', { MobileNumber: newAuMobile() });
      await t.app.dispatcher.drain();
      const bothOtp = MessageBirdStub.codeIn(stub.requests.at(-1)!);
      assert.equal((await send(t, both, 'post', '/User/verify-2fa-opt-in?FileId=5', { ProviderUserId: optInBoth.body.ProviderUserId, Otp: bothOtp })).status, 200);
      const { uri } = await enableTotp(both);
      assert.equal((await send(t, both, 'post', `${ZITADEL}/otp_sms`, {})).status, 403, 'a second factor is ready: adding another needs proof');
      nextStep();
      const proof = (await send(t, both, 'put', SS.verify, { organisationId: '5', code: code(uri) })).headers['x-step-up-token'];
      assert.equal((await send(t, both, 'post', `${ZITADEL}/otp_sms`, {}).set('X-Step-Up-Token', proof)).status, 200);
      assert.equal((await send(t, both, 'delete', `${ZITADEL}/otp_sms`).set('X-Step-Up-Token', proof)).status, 403, 'the factors changed since');
      nextStep();
      const fresh = (await send(t, both, 'put', SS.verify, { organisationId: '5', code: code(uri) })).headers['x-step-up-token'];
      assert.equal((await send(t, both, 'delete', `${ZITADEL}/otp_sms`).set('X-Step-Up-Token', fresh)).status, 200);
    });

    it('both doors into TOTP leave the user with ten recovery codes (seed 002 confirm-key shows them; otp/_verify cannot)', async () => {
      const viaSeed = await user('1');
      await enableTotp(viaSeed);
      const viaGateway = await user('1');
      const add = await send(t, viaGateway, 'post', `${ZITADEL}/otp`, {});
      secrets.push(add.body.secret);
      const verified = await send(t, viaGateway, 'post', `${ZITADEL}/otp/_verify`, { code: code(add.body.url) });
      assert.equal(verified.status, 200, verified.text);
      assert.deepEqual(Object.keys(verified.body), ['details'], 'Zitadel\'s response: no room for codes');
      for (const c of [viaSeed, viaGateway]) {
        const count = await send(t, c, 'get', `${SS.recovery}?organisationId=1`);
        assert.equal(count.body.remainingRecoveryCodes, 10, `recovery codes after enabling TOTP: ${count.text}`);
      }
      // The gateway door's set was never shown: the _verify answer's step-up token gets a visible one.
      const shown = await send(t, viaGateway, 'put', SS.recovery, { organisationId: '1' }).set('X-Step-Up-Token', verified.headers['x-step-up-token']);
      assert.equal(shown.status, 200, shown.text);
      recoveryCodes.push(...(shown.body.recoveryCodes as string[]));
      assert.equal(shown.body.recoveryCodes.length, 10);
    });

    it('recovery codes: need a factor, shown once, single use, regenerate invalidates the old set, count', async () => {
      const c = await user();
      const none = await send(t, c, 'put', SS.recovery, { organisationId: '1' });
      assert.equal(none.status, 409);
      assert.equal(none.body.responseStatus.errorCode, 'TwoFactorNotEnabled');
      const { codes } = await enableTotp(c);
      assert.equal(new Set(codes).size, 10);
      for (const rc of codes) assert.match(rc, /^[2-9BCDFGHJKMNPQRTVWXY]{5}-[2-9BCDFGHJKMNPQRTVWXY]{5}$/);
      const count = async (): Promise<number> => (await send(t, c, 'get', `${SS.recovery}?organisationId=1`)).body.remainingRecoveryCodes as number;
      assert.equal(await count(), 10);

      const redeemed = await send(t, c, 'put', SS.redeem, { organisationId: '1', recoveryCode: codes[0]!.toLowerCase().replace('-', '') });
      assert.equal(redeemed.status, 200, redeemed.text);
      assert.deepEqual(redeemed.body, { remainingRecoveryCodes: 9 });
      const reuse = await send(t, c, 'put', SS.redeem, { organisationId: '1', recoveryCode: codes[0] });
      assert.equal(reuse.status, 400);
      assert.equal(reuse.body.responseStatus.errorCode, 'InvalidRecoveryCode');
      // An error response leaves the count out rather than claim 0 while 9 remain.
      assert.ok(!('remainingRecoveryCodes' in reuse.body), `InvalidRecoveryCode: ${reuse.text}`);
      const blank = await send(t, c, 'put', SS.redeem, { organisationId: '1', recoveryCode: ' ' });
      assert.equal(blank.status, 400, blank.text);
      assert.ok(!('remainingRecoveryCodes' in blank.body), `NotEmpty: ${blank.text}`);
      const elsewhere = await send(t, c, 'get', `${SS.recovery}?organisationId=2`);
      assert.equal(elsewhere.status, 404, elsewhere.text);
      assert.ok(!('remainingRecoveryCodes' in elsewhere.body), `another organisation: ${elsewhere.text}`);
      const xmlError = await send(t, c, 'put', SS.redeem, { organisationId: '1', recoveryCode: codes[0] }).set('Accept', 'application/xml');
      assert.match(xmlError.text, /<RemainingRecoveryCodes i:nil="true" ?\/>/, `XML: ${xmlError.text}`);

      const regen = await send(t, c, 'put', SS.recovery, { organisationId: '1' }).set('X-Step-Up-Token', redeemed.headers['x-step-up-token']);
      assert.equal(regen.status, 200, regen.text);
      assert.equal(regen.headers['cache-control'], 'no-store');
      const fresh = regen.body.recoveryCodes as string[];
      recoveryCodes.push(...fresh);
      assert.equal(await count(), 10);
      assert.equal((await send(t, c, 'put', SS.redeem, { organisationId: '1', recoveryCode: codes[1] })).status, 400, 'the old set no longer works');
      assert.equal((await send(t, c, 'put', SS.redeem, { organisationId: '1', recoveryCode: fresh[3] })).status, 200);
      assert.equal(await count(), 9);
    });

    it('wrong codes lock the factor for a while (429 + Retry-After), then it works again', async () => {
      const c = await user();
      const { uri, codes } = await enableTotp(c);
      nextStep();
      for (let i = 0; i < 5; i++) assert.equal((await send(t, c, 'put', SS.verify, { organisationId: '1', code: wrongCode(code(uri)) })).status, 400);
      const locked = await send(t, c, 'put', SS.verify, { organisationId: '1', code: code(uri) });
      assert.equal(locked.status, 429, 'even the right code waits');
      assert.equal(locked.body.responseStatus.errorCode, 'TooManyRequests');
      assert.ok(Number(locked.headers['retry-after']) > 0);
      for (let i = 0; i < 5; i++) await send(t, c, 'put', SS.redeem, { organisationId: '1', recoveryCode: 'BBBBB-BBBBB' });
      assert.equal((await send(t, c, 'put', SS.redeem, { organisationId: '1', recoveryCode: codes[0] })).status, 429, 'recovery codes share the lock');
      t.clock.advance(5 * 60_000 + 1000);
      assert.equal((await send(t, c, 'put', SS.verify, { organisationId: '1', code: code(uri) })).status, 200);
      assert.equal((await send(t, c, 'put', SS.redeem, { organisationId: '1', recoveryCode: codes[0] })).status, 200);
    });

    it('concurrent uses of one code: exactly one is accepted (compare-and-set of the time step)', async () => {
      const c = await user();
      const { uri, codes } = await enableTotp(c);
      nextStep();
      const current = code(uri);
      const results = await Promise.all(Array.from({ length: 6 }, () => send(t, c, 'put', SS.verify, { organisationId: '1', code: current })));
      // The others are replays (400), or found every attempt of the budget claimed at that instant (429).
      const statuses = results.map((r) => r.status).sort();
      assert.equal(statuses.filter((x) => x === 200).length, 1, String(statuses));
      assert.ok(statuses.every((x) => [200, 400, 429].includes(x)), String(statuses));
      const redeems = await Promise.all(Array.from({ length: 4 }, () => send(t, c, 'put', SS.redeem, { organisationId: '1', recoveryCode: codes[5] })));
      assert.deepEqual(redeems.map((r) => r.status).sort(), [200, 400, 400, 400]);
      // Concurrent first adds of one user's key: each answers (the last secret wins), one factor row.
      const d = await user();
      const adds = await Promise.all(Array.from({ length: 4 }, () => send(t, d, 'post', `${ZITADEL}/otp`, {})));
      for (const a of adds) secrets.push(a.body.secret as string);
      assert.deepEqual(adds.map((a) => a.status), [200, 200, 200, 200]);
      assert.equal((await send(t, d, 'post', `${ZITADEL}/_search`, {})).text, '{"result":[{"state":"AUTH_FACTOR_STATE_NOT_READY","otp":{}}]}');
    });

    it('every factor change wrote one audit event; sequences count up per tenant without gaps', async () => {
      const rows = (await t.app.dataSource.query('SELECT tenant_id, sequence, event_type FROM audit_event ORDER BY tenant_id, sequence')) as { tenant_id: string; sequence: number | string; event_type: string }[];
      const byTenant = new Map<string, number[]>();
      for (const r of rows) byTenant.set(r.tenant_id, [...(byTenant.get(r.tenant_id) ?? []), Number(r.sequence)]);
      for (const [tenant, seqs] of byTenant) assert.deepEqual(seqs, seqs.map((_, i) => i + 1), `tenant ${tenant}`);
      assert.deepEqual([...byTenant.keys()].sort(), ['1', '5', '69629023906488334']);
      const types = new Set(rows.map((r) => r.event_type));
      for (const e of ['totp.added', 'totp.verified', 'totp.removed', 'otp_sms.added', 'otp_sms.removed', 'recovery_codes.generated', 'recovery_code.used', 'recovery_codes.removed']) assert.ok(types.has(e), e);
      // Concurrent changes in one tenant still get distinct, consecutive numbers.
      const callers = await Promise.all(Array.from({ length: 6 }, () => user('77')));
      const adds = await Promise.all(callers.map((c) => send(t, c, 'post', `${ZITADEL}/otp`, {})));
      for (const a of adds) secrets.push(a.body.secret as string);
      assert.deepEqual(adds.map((a) => Number(a.body.details.sequence)).sort((x, y) => x - y), [1, 2, 3, 4, 5, 6]);
    });

    it('no TOTP secret, recovery code, TOTP code, API key or token in the logs or the database', async () => {
      const key = await t.app.accessKeys.create({ tenantId: '1', userId: 'key-user' });
      const viaKey = await t.api.post(`${ZITADEL}/otp`).set('X-WsAccessKey', key);
      assert.equal(viaKey.status, 200, 'API keys work on the Zitadel routes (header only)');
      secrets.push(viaKey.body.secret as string);
      const logs = t.log.lines.join('\n');
      const dump = await db.dump(t.app.dataSource);
      assert.ok(secrets.length > 5 && recoveryCodes.length >= 30 && totpCodes.length > 10);
      for (const s of [...secrets, ...recoveryCodes, ...tokens, key]) {
        for (const form of [s, s.toLowerCase(), s.replace('-', '')]) {
          assert.ok(!logs.includes(form), 'a secret in the logs');
          assert.ok(!dump.includes(form), 'a secret in the database');
        }
      }
      for (const s of secrets) assert.ok(!dump.includes(Buffer.from(s).toString('base64')), 'a secret, merely base64-encoded');
      for (const c of new Set(totpCodes)) {
        assert.ok(!containsCode(logs, c), `TOTP code ${c} in the logs`);
      }
      assert.match(logs, /"event":"factor\.totp\.replay_refused"/);
      assert.match(logs, /"event":"auth\.failed"|"event":"factor\.totp\.added"/);
    });
  });
}
