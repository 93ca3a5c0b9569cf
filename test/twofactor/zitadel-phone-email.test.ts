/**
 * Zitadel's "my phone" endpoints and the otp_email factor over real HTTP on every database under
 * test (issue 19 items 1–2): a phone set through PUT /auth/v1/users/me/phone gets its code by SMS
 * (the real messagebird SDK against the local stub, through the outbox), is verified with it, and
 * then satisfies AddMyAuthFactorOTPSMS without the seed-001 opt-in; otp_email needs the token's
 * verified email. Errors are Zitadel's `{code, message, details}`.
 */
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { tokenFor } from './support/auth-helpers.js';
import { callerFor, send, ZITADEL, type Caller } from './support/factor-client.js';
import { containsCode, newUser } from './support/helpers.js';
import { MessageBirdStub } from './support/messagebird-stub.js';
import { DATABASES, type TestDatabase } from './support/test-databases.js';
import { startApp, testConfig, type RunningApp } from './support/test-app.js';

const PHONE = '/auth/v1/users/me/phone';
const newSwissMobile = (): string => `+4179${randomInt(0, 10_000_000).toString().padStart(7, '0')}`;
const idOf = (text: string): string => JSON.parse(text).details?.[0]?.id;

for (const target of DATABASES) {
  describe(`Zitadel phone and otp_email on ${target.kind}`, { skip: target.skip }, () => {
    const stub = new MessageBirdStub();
    let db: TestDatabase;
    let t: RunningApp;

    before(async () => {
      await stub.start();
      db = await target.create();
      t = await startApp(testConfig(db.url));
      t.clock.set(Date.UTC(2026, 0, 5, 9, 0, 0));
    });
    after(async () => { await t?.stop(); await stub.stop(); await db?.drop(); });

    /** The code of the newest SMS to `to`, once the dispatcher has sent it. */
    const smsCodeFor = async (to: string): Promise<string> => {
      await t.app.dispatcher.drain();
      const sms = stub.requests.filter((r) => (r.body.recipients as string[])?.includes(to.slice(1)) || (r.body.recipients as string[])?.includes(to)).at(-1);
      assert.ok(sms, `an SMS to ${to}`);
      return MessageBirdStub.codeIn(sms);
    };

    it('set → code by SMS → verify → otp_sms without the partner opt-in; resend, remove, errors', async () => {
      const c = await callerFor(t, 'zitadel-org');
      const number = newSwissMobile();
      const early = await send(t, c, 'post', `${ZITADEL}/otp_sms`, {});
      assert.equal(early.status, 400);
      assert.equal(idOf(early.text), 'COMMAND-Q54j2', 'no verified phone yet');
      const none = await send(t, c, 'get', PHONE);
      assert.equal(none.status, 404, none.text);

      const noPlus = await send(t, c, 'put', PHONE, { phone: '0791234567' });
      assert.equal(noPlus.status, 400);
      assert.equal(noPlus.text, '{"code":3,"message":"invalid SetMyPhoneRequest.Phone: value does not have prefix \\"+\\""}');
      const fixedLine = await send(t, c, 'put', PHONE, { phone: '+41443334455' });
      assert.equal(fixedLine.status, 400, fixedLine.text);
      assert.equal(idOf(fixedLine.text), 'PHONE-so0wa');
      for (const body of ['{"phone": 5}', '{"phone":', '[]']) {
        const bad = await t.api.put(PHONE).set(c.auth).set('Content-Type', 'application/json').send(body);
        assert.equal(bad.status, 400, `${body}: ${bad.text}`);
        assert.equal(JSON.parse(bad.text).code, 3);
      }

      const set = await send(t, c, 'put', PHONE, { phone: number });
      assert.equal(set.status, 200, set.text);
      assert.match(set.text, /^\{"details":\{"sequence":"\d+","changeDate":"[^"]+","resourceOwner":"zitadel-org"\}\}$/);
      const first = await smsCodeFor(number);
      const got = await send(t, c, 'get', PHONE);
      assert.equal(got.status, 200, got.text);
      assert.equal(got.body.phone.phone, number);
      assert.equal(got.body.phone.isPhoneVerified, undefined, 'false is omitted (protojson)');
      const same = await send(t, c, 'put', PHONE, { phone: number });
      assert.deepEqual([same.status, idOf(same.text)], [400, 'COMMAND-wF94r'], same.text);
      assert.equal((await send(t, c, 'post', `${ZITADEL}/otp_sms`, {})).status, 400, 'an unverified phone is not enough');

      const resent = await send(t, c, 'post', `${PHONE}/_resend_verification`, {});
      assert.equal(resent.status, 200, resent.text);
      const second = await smsCodeFor(number);
      if (second !== first) {
        const old = await send(t, c, 'post', `${PHONE}/_verify`, { code: first });
        assert.deepEqual([old.status, idOf(old.text)], [400, 'CODE-woT0xc'], `the resent code replaces the first: ${old.text}`);
      }
      const empty = await send(t, c, 'post', `${PHONE}/_verify`, { code: '' });
      assert.equal(empty.text, '{"code":3,"message":"invalid VerifyMyPhoneRequest.Code: value length must be between 1 and 200 runes, inclusive"}');
      const ok = await send(t, c, 'post', `${PHONE}/_verify`, { code: second });
      assert.equal(ok.status, 200, ok.text);
      assert.equal((await send(t, c, 'get', PHONE)).body.phone.isPhoneVerified, true);
      const again = await send(t, c, 'post', `${PHONE}/_verify`, { code: second });
      assert.deepEqual([again.status, idOf(again.text)], [400, 'COMMAND-2M0fs']);
      assert.deepEqual([(await send(t, c, 'post', `${PHONE}/_resend_verification`, {})).status], [400]);

      const add = await send(t, c, 'post', `${ZITADEL}/otp_sms`, {});
      assert.equal(add.status, 200, add.text);
      assert.equal((await send(t, c, 'post', `${ZITADEL}/_search`, {})).text, '{"result":[{"state":"AUTH_FACTOR_STATE_READY","otpSms":{}}]}');

      const other = await callerFor(t, 'other-org', c.userId);
      assert.equal((await send(t, other, 'get', PHONE)).status, 404, 'another tenant does not see the phone');
      assert.equal((await send(t, other, 'post', `${ZITADEL}/otp_sms`, {})).status, 400);

      // With the SMS factor ready, moving or dropping the number needs a step-up proof.
      const moved = await send(t, c, 'put', PHONE, { phone: newSwissMobile() });
      assert.deepEqual([moved.status, idOf(moved.text)], [403, 'MFA-StepUp'], moved.text);
      const dropped = await send(t, c, 'delete', PHONE);
      assert.deepEqual([dropped.status, idOf(dropped.text)], [403, 'MFA-StepUp'], dropped.text);
      assert.equal((await send(t, c, 'get', PHONE)).body.phone.phone, number, 'the number stays');
      for (const code of [first, second]) assert.ok(!t.log.lines.some((l) => containsCode(l, code)), 'no code in any log line');
    });

    it('codes to one number are limited by the configuration\'s send window: 429 code 8 with Retry-After', async () => {
      const c = await callerFor(t, 'zitadel-org');
      assert.equal((await send(t, c, 'put', PHONE, { phone: newSwissMobile() })).status, 200);
      const answers: number[] = [];
      let limited;
      for (let i = 0; i < 6 && !limited; i++) {
        const r = await send(t, c, 'post', `${PHONE}/_resend_verification`, {});
        answers.push(r.status);
        if (r.status === 429) limited = r;
      }
      assert.deepEqual(answers, [200, 200, 200, 200, 429], 'the default configuration sends 5 codes per 600 s');
      assert.equal(idOf(limited!.text), 'PHONE-S3ndL');
      assert.ok(Number(limited!.headers['retry-after']) > 0, `Retry-After: ${limited!.headers['retry-after']}`);
    });

    it('a wrong code three times burns the code: 400 code 9 until a new one is sent; remove', async () => {
      const c = await callerFor(t, 'zitadel-org');
      const number = newSwissMobile();
      await send(t, c, 'put', PHONE, { phone: number });
      const code = await smsCodeFor(number);
      const wrong = code === '000000' ? '111111' : '000000';
      for (let i = 0; i < 3; i++) assert.equal(idOf((await send(t, c, 'post', `${PHONE}/_verify`, { code: wrong })).text), 'CODE-woT0xc');
      const burnt = await send(t, c, 'post', `${PHONE}/_verify`, { code });
      assert.deepEqual([burnt.status, idOf(burnt.text)], [400, 'PHONE-Att3m'], burnt.text);

      // No second factor: removing needs no proof.
      const removed = await send(t, c, 'delete', PHONE);
      assert.equal(removed.status, 200, removed.text);
      const gone = await send(t, c, 'delete', PHONE);
      assert.deepEqual([gone.status, idOf(gone.text)], [404, 'COMMAND-p6rsc']);
    });

    it('the new endpoints are documented like the existing Zitadel ones: /openapi, /metadata, /types', async () => {
      const doc = (await t.api.get('/openapi')).body as { paths: Record<string, Record<string, unknown>> };
      for (const [path, verbs] of [
        [`${ZITADEL}/otp_email`, ['post', 'delete']], [PHONE, ['get', 'put', 'delete']], [`${PHONE}/_verify`, ['post']],
        [`${PHONE}/_resend_verification`, ['post']], ['/api/TwoFactor/CreateTwoFactorEmailOtp', ['post']],
      ] as const) {
        assert.deepEqual(Object.keys(doc.paths[path] ?? {}).filter((v) => (verbs as readonly string[]).includes(v)).sort(), [...verbs].sort(), path);
      }
      const metadata = (await t.api.get('/metadata')).text;
      for (const op of ['AddMyAuthFactorOTPEmailRequest', 'SetMyPhoneRequest', 'VerifyMyPhoneRequest', 'ResendMyPhoneVerificationRequest', 'RemoveMyPhoneRequest', 'CreateTwoFactorEmailOtpRequest']) {
        assert.ok(metadata.includes(op), `/metadata lists ${op}`);
      }
      const csharp = (await t.api.get('/types/csharp')).text;
      assert.match(csharp, /public partial class SetMyPhoneRequest[\s\S]*?\[DataMember\(Name="phone"\)\]/);
      assert.match(csharp, /\[Route\("\/auth\/v1\/users\/me\/auth_factors\/otp_email", "POST"\)\]/);
      assert.match((await t.api.get('/types/typescript')).text, /export class CreateTwoFactorEmailOtpRequest/);
    });

    it('otp_email needs the token\'s verified email; then add, search, duplicate, remove', async () => {
      const userId = newUser();
      const unverified = await tokenFor(t.app.config.auth, { tenantId: 'zitadel-org', userId, nowMs: t.clock.now(), extraClaims: { email: 'a@example.com', email_verified: false } });
      const refused = await t.api.post(`${ZITADEL}/otp_email`).set('Authorization', `Bearer ${unverified}`).send({});
      assert.equal(refused.status, 400);
      assert.equal(refused.text, '{"code":9,"message":"Multifactor OTP (OneTimePassword) isn\'t ready (COMMAND-KLJ2d)","details":[{"@type":"type.googleapis.com/zitadel.v1.ErrorDetail","id":"COMMAND-KLJ2d","message":"Multifactor OTP (OneTimePassword) isn\'t ready"}]}');

      const token = await tokenFor(t.app.config.auth, { tenantId: 'zitadel-org', userId, nowMs: t.clock.now(), extraClaims: { email: 'a@example.com', email_verified: true } });
      const c: Caller = { tenantId: 'zitadel-org', userId, token, auth: { Authorization: `Bearer ${token}` } };
      const add = await send(t, c, 'post', `${ZITADEL}/otp_email`, {});
      assert.equal(add.status, 200, add.text);
      assert.match(add.text, /^\{"details":\{"sequence":"\d+","creationDate":"[^"]+","changeDate":"[^"]+","resourceOwner":"zitadel-org"\}\}$/);
      assert.equal((await send(t, c, 'post', `${ZITADEL}/_search`, {})).text, '{"result":[{"state":"AUTH_FACTOR_STATE_READY","otpEmail":{}}]}');
      const dup = await send(t, c, 'post', `/users/me/auth_factors/otp_email`, {});
      assert.deepEqual([dup.status, idOf(dup.text)], [409, 'COMMAND-MKL2s']);
      // As for otp_sms: a ready factor makes changes need a step-up proof this user cannot make here.
      const unproven = await send(t, c, 'delete', `${ZITADEL}/otp_email`);
      assert.deepEqual([unproven.status, idOf(unproven.text)], [403, 'MFA-StepUp']);

      const fresh = await callerFor(t, 'zitadel-org');
      const missing = await send(t, fresh, 'delete', `${ZITADEL}/otp_email`);
      assert.deepEqual([missing.status, JSON.parse(missing.text).code], [404, 5]);
    });
  });
}
