/**
 * Seed 001's opt-in flow over HTTP on every database under test: WsAccessKey + FileId, an OTP
 * by SMS through the outbox, verification, hypermedia links, and the failure answers.
 */
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { after, before, beforeEach, describe, it } from 'node:test';
import { EnrollmentEntity } from '../../src/twofactor/persistence/entities/index.js';
import { containsCode, newUser } from './support/helpers.js';
import { MessageBirdStub } from './support/messagebird-stub.js';
import { DATABASES, type TestDatabase } from './support/test-databases.js';
import { startApp, testConfig, type RunningApp } from './support/test-app.js';

const OPT_IN = '/User/opt-in-to-2fa';
const VERIFY = '/User/verify-2fa-opt-in';
// 040x is an allocated Australian mobile range (not all of 04xx is).
const newAuMobile = (): string => `040${randomInt(0, 10_000_000).toString().padStart(7, '0')}`;

for (const target of DATABASES) {
  describe(`2FA opt-in on ${target.kind}`, { skip: target.skip }, () => {
    const stub = new MessageBirdStub();
    let db: TestDatabase;
    let t: RunningApp;
    let key: string;
    let otherFileKey: string;
    const codes: string[] = [];

    before(async () => {
      await stub.start();
      db = await target.create();
      t = await startApp(testConfig(db.url));
      key = await t.app.accessKeys.create({ tenantId: '1', userId: newUser() });
      otherFileKey = await t.app.accessKeys.create({ tenantId: '2', userId: newUser() });
    });
    after(async () => { await t?.stop(); await stub.stop(); await db?.drop(); });
    // One user opts in many times here: start each test past the previous one's throttle window.
    beforeEach(() => t.clock.advance(601_000));

    /** Opts in and returns the ProviderUserId and the OTP the SMS carried. */
    async function optIn(mobile = newAuMobile()): Promise<{ providerUserId: number; otp: string; reference: string }> {
      const res = await t.api.post(`${OPT_IN}?FileId=1`).set('X-WsAccessKey', key).send({ MobileNumber: mobile });
      assert.equal(res.status, 200, res.text);
      await t.app.dispatcher.drain();
      const sms = stub.requests.at(-1)!;
      assert.equal(sms.body.recipients, `+61${mobile.slice(1)}`);
      const otp = MessageBirdStub.codeIn(sms);
      codes.push(otp);
      return { providerUserId: res.body.ProviderUserId as number, otp, reference: String(sms.body.reference) };
    }

    it('opt-in answers with a ProviderUserId and links to the next actions; the OTP goes out through the outbox', async () => {
      const res = await t.api.post(`${OPT_IN}?FileId=1`).set('X-WsAccessKey', key).send({ MobileNumber: newAuMobile() });
      assert.equal(res.status, 200);
      assert.match(res.text, /^\{"ProviderUserId":\d+,"StatusMessage":"[^"]+","_links":\[\{"rel":"verify","href":"\/User\/verify-2fa-opt-in\?FileId=1","method":"POST","title":"[^"]+"\},\{"rel":"opt-in",/);
      const xml = await t.api.post(`${OPT_IN}?FileId=1`).set('X-WsAccessKey', key).set('Accept', 'application/xml').send({ MobileNumber: newAuMobile() });
      assert.match(xml.text, /^<OptInTo2FAResponse xmlns:xsd="http:\/\/www\.w3\.org\/2001\/XMLSchema" xmlns:xsi="http:\/\/www\.w3\.org\/2001\/XMLSchema-instance"><_links><Link><rel>verify<\/rel>.*<\/_links><StatusMessage>[^<]+<\/StatusMessage><ProviderUserId>\d+<\/ProviderUserId><\/OptInTo2FAResponse>$/);
    });

    it('verify-2fa-opt-in with the SMS-ed OTP enables 2FA, once', async () => {
      const { providerUserId, otp } = await optIn();
      const wrong = await t.api.post(`${VERIFY}?FileId=1`).set('X-WsAccessKey', key).send({ ProviderUserId: providerUserId, Otp: otp === '000000' ? '111111' : '000000' });
      assert.equal(wrong.status, 400);
      assert.equal(wrong.body.StatusMessage, 'The OTP is invalid.');
      const ok = await t.api.post(`${VERIFY}?FileId=1`).set('X-WsAccessKey', key).send({ ProviderUserId: providerUserId, Otp: otp });
      assert.equal(ok.status, 200);
      assert.deepEqual(Object.keys(ok.body), ['StatusMessage', '_links']);
      assert.deepEqual(ok.body._links.map((l: { rel: string }) => l.rel), ['opt-in']);
      const enrollment = await t.app.dataSource.getRepository(EnrollmentEntity).findOneByOrFail({ id: providerUserId });
      assert.equal(enrollment.status, 'active');
      const again = await t.api.post(`${VERIFY}?FileId=1`).set('X-WsAccessKey', key).send({ ProviderUserId: providerUserId, Otp: otp });
      assert.equal(again.status, 400);
      assert.equal(again.body.StatusMessage, 'The OTP has already been used.');
    });

    it('unknown, foreign-file and wrong answers are indistinguishable; opt-in OTPs are no TwoFactor OTPs', async () => {
      const { providerUserId, otp, reference } = await optIn();
      const send = (k: string, fileId: number, body: object) => t.api.post(`${VERIFY}?FileId=${fileId}`).set('X-WsAccessKey', k).send(body);
      const wrong = await send(key, 1, { ProviderUserId: providerUserId, Otp: otp === '222222' ? '333333' : '222222' });
      const unknown = await send(key, 1, { ProviderUserId: 999_999, Otp: otp });
      const foreign = await send(otherFileKey, 2, { ProviderUserId: providerUserId, Otp: otp });
      for (const r of [unknown, foreign]) {
        assert.equal(r.status, wrong.status);
        assert.equal(r.text.replace(/FileId=\d/g, ''), wrong.text.replace(/FileId=\d/g, ''));
      }
      const crossPurpose = await t.api.post('/api/TwoFactor/VerifyTwoFactorSmsOtp').send({ OtpIdReference: reference, OtpCode: otp });
      assert.equal(crossPurpose.body.Code, 3101);
      assert.equal((await send(key, 1, { ProviderUserId: providerUserId, Otp: otp })).status, 200, 'the right answer still works');
    });

    it('a newer opt-in supersedes the previous OTP', async () => {
      const first = await optIn();
      const second = await optIn();
      const res = await t.api.post(`${VERIFY}?FileId=1`).set('X-WsAccessKey', key).send({ ProviderUserId: first.providerUserId, Otp: first.otp });
      assert.equal(res.body.StatusMessage, 'A newer OTP has been sent; use that one.');
      assert.equal((await t.api.post(`${VERIFY}?FileId=1`).set('X-WsAccessKey', key).send({ ProviderUserId: second.providerUserId, Otp: second.otp })).status, 200);
    });

    it('authenticates with WsAccessKey (header, or the legacy query parameter) for its own file only', async () => {
      const body = { MobileNumber: newAuMobile() };
      assert.equal((await t.api.post(`${OPT_IN}?FileId=1&WsAccessKey=${encodeURIComponent(key)}`).send(body)).status, 200);
      const none = await t.api.post(`${OPT_IN}?FileId=1`).send(body);
      assert.equal(none.status, 401);
      assert.equal(none.text, '{"Message":"Authorization has been denied for this request."}');
      assert.equal((await t.api.post(`${OPT_IN}?FileId=2`).set('X-WsAccessKey', key).send(body)).status, 401, 'a key opens its own file only');
      assert.equal((await t.api.post(`${OPT_IN}?FileId=1`).set('X-WsAccessKey', 'x'.repeat(32)).send(body)).status, 401);
    });

    it("answers an empty or unreadable FileId with Web API's ModelState entry, a missing one with its 404 (FileId is a declared action parameter)", async () => {
      const body = { MobileNumber: newAuMobile() };
      const cases: [string, string, string][] = [
        ['?FileId=', 'FileId.Int32', 'A value is required but was not present in the request.'],
        ['?FileId=abc', 'FileId', "The value 'abc' is not valid for Int32."], ['?FileId=1,5', 'FileId', "The value '1,5' is not valid for Int32."],
        ['?FileId=99999999999', 'FileId', 'An error has occurred.'],
      ];
      for (const [query, modelStateKey, message] of cases) {
        const res = await t.api.post(`${OPT_IN}${query}`).set('X-WsAccessKey', key).send(body);
        assert.equal(res.status, 400, `${query}: ${res.text}`);
        assert.equal(res.text, JSON.stringify({ Message: 'The request is invalid.', ModelState: { [modelStateKey]: [message] } }), query);
      }
      const xml = await t.api.post(VERIFY).set('Host', 'api.example').set('X-WsAccessKey', key).set('Accept', 'application/xml').send({ ProviderUserId: 5, Otp: '123456' });
      assert.equal(xml.status, 404, xml.text);
      assert.equal(xml.text, "<Error><Message>No HTTP resource was found that matches the request URI 'http://api.example/User/verify-2fa-opt-in'.</Message></Error>");
    });

    it('validates the body the Web API way', async () => {
      const missing = await t.api.post(`${VERIFY}?FileId=1`).set('X-WsAccessKey', key).send({ ProviderUserId: 5 });
      assert.equal(missing.status, 400);
      assert.deepEqual(missing.body, { Message: 'The request is invalid.', ModelState: { 'request.Otp': ['The Otp field is required.'] } });
      const bad = await t.api.post(`${OPT_IN}?FileId=1`).set('X-WsAccessKey', key).send({ MobileNumber: '0299999999' });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.StatusMessage, 'The mobile number is not a valid mobile number.');
    });

    it('opt-in is throttled per number with 429 and Retry-After', async () => {
      const mobile = newAuMobile();
      for (let i = 0; i < 5; i++) assert.equal((await t.api.post(`${OPT_IN}?FileId=1`).set('X-WsAccessKey', key).send({ MobileNumber: mobile })).status, 200);
      const limited = await t.api.post(`${OPT_IN}?FileId=1`).set('X-WsAccessKey', key).send({ MobileNumber: mobile });
      assert.equal(limited.status, 429);
      assert.ok(Number(limited.headers['retry-after']) > 0);
      await t.app.dispatcher.drain();
    });

    it('no OTP or access key in the logs or the database', async () => {
      const logs = t.log.lines.join('\n');
      const dump = await db.dump(t.app.dataSource);
      for (const code of codes) {
        assert.ok(!containsCode(logs, code), 'OTP in the logs');
        assert.ok(!containsCode(dump, code), 'OTP in the database');
      }
      for (const k of [key, otherFileKey]) {
        assert.ok(!logs.includes(k), 'access key in the logs');
        assert.ok(!dump.includes(k), 'access key in the database');
      }
      assert.ok(logs.includes('"path":"/User/opt-in-to-2fa"'), 'requests are logged, without their query string');
    });
  });
}
