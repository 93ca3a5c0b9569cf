/**
 * The OTP lifecycle over HTTP, on every database under test (SQLite always; MariaDB when
 * MARIADB_URL is set): create → SMS through the real messagebird SDK to a local stub → verify,
 * and every way that can go wrong.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { randomUUID } from 'node:crypto';
import { OtpEntity, SmsOutboxEntity } from '../../src/twofactor/persistence/entities/index.js';
import { containsCode, createBody, newGsm, newUser } from './support/helpers.js';
import { MessageBirdStub } from './support/messagebird-stub.js';
import { DATABASES, type TestDatabase } from './support/test-databases.js';
import { MESSAGEBIRD_TEST_KEY, startApp, testConfig, type RunningApp } from './support/test-app.js';
import { PATIENCE_MS } from '../support/patience.js';

const CREATE = '/api/TwoFactor/CreateTwoFactorSmsOtp';
const VERIFY = '/api/TwoFactor/VerifyTwoFactorSmsOtp';
const STATUS = (ref: string): string => `/api/TwoFactor/Otp/${ref}`;

for (const target of DATABASES) {
  describe(`OTP lifecycle on ${target.kind}`, { skip: target.skip }, () => {
    const stub = new MessageBirdStub();
    let db: TestDatabase;
    let t: RunningApp;
    const codesSeen: string[] = [];
    const config = (): ReturnType<typeof testConfig> => testConfig(db.url);
    let cfg: ReturnType<typeof testConfig>;

    before(async () => {
      await stub.start();
      db = await target.create();
      cfg = config();
      t = await startApp(cfg);
    });
    after(async () => {
      await t?.stop();
      await stub.stop();
      await db?.drop();
    });

    /** Creates an OTP and returns the response body and the code the SMS carried. */
    async function create(over: Record<string, unknown> = {}): Promise<{ body: Record<string, any>; code: string; res: any }> {
      const before = stub.requests.length;
      const res = await t.api.post(CREATE).send(createBody(over));
      assert.equal(res.status, 200, res.text);
      const sms = stub.requests.slice(before).find((r) => r.body.reference === res.body.OtpIdReference);
      const code = sms ? MessageBirdStub.codeIn(sms) : '';
      if (code) codesSeen.push(code);
      return { body: res.body, code, res };
    }
    const verify = (ref: string, code: string, extra: Record<string, unknown> = {}) =>
      t.api.post(VERIFY).send({ OtpIdReference: ref, OtpCode: code, ...extra });

    it('create → SMS via the messagebird SDK → verify once', async () => {
      const gsm = newGsm();
      const { body, code } = await create({ GsmNumber: gsm.replace('+90', '0') });
      assert.equal(body.Success, true);
      assert.equal(body.Code, 1);
      assert.equal(body.OtpCode, null);
      assert.equal(body.RemainingExpirationSeconds, 120);
      assert.equal(body.GsmNumber, `+90******${gsm.slice(-4)}`);
      assert.match(body.OtpIdReference, /^[0-9a-f-]{36}$/);
      assert.ok(body.Id > 0);
      const sms = stub.lastFor(body.OtpIdReference)!;
      assert.equal(sms.method, 'POST');
      assert.equal(sms.path, '/messages');
      assert.equal(sms.headers.authorization, `AccessKey ${MESSAGEBIRD_TEST_KEY}`);
      assert.equal(sms.body.recipients, gsm);
      assert.equal(sms.body.originator, 'Stackport');
      assert.equal(sms.body.validity, 120);
      assert.match(String(sms.body.body), new RegExp(`${code}.*Ref: ${body.ReferenceCode}`));
      assert.match(code, /^\d{6}$/);

      const ok = await verify(body.OtpIdReference, code);
      assert.deepEqual(ok.body, { OtpIdReference: body.OtpIdReference, Verified: true, ExceptionMessage: null, Success: true, Code: 1 });
      const again = await verify(body.OtpIdReference, code);
      assert.equal(again.body.Code, 3103, 'a used OTP never verifies again');
      assert.equal((await t.api.get(STATUS(body.OtpIdReference))).body.Status, 3);
    });

    it('a wrong code is refused and costs an attempt; the right one still works', async () => {
      const { body, code } = await create();
      const wrong = code === '000000' ? '111111' : '000000';
      const res = await verify(body.OtpIdReference, wrong);
      assert.deepEqual(res.body, { OtpIdReference: body.OtpIdReference, Verified: false, ExceptionMessage: 'The OTP is invalid.', Success: false, Code: 3101 });
      assert.equal((await t.api.get(STATUS(body.OtpIdReference))).body.RemainingAttempts, 2);
      assert.equal((await verify(body.OtpIdReference, code)).body.Code, 1);
    });

    it('unknown, foreign and wrong answers are indistinguishable', async () => {
      const { body, code } = await create();
      const strip = (b: Record<string, unknown>): Record<string, unknown> => ({ ...b, OtpIdReference: null });
      const wrong = await verify(body.OtpIdReference, code === '123456' ? '654321' : '123456');
      const unknown = await verify(randomUUID(), code);
      const foreign = await verify(body.OtpIdReference, code, { UserId: newUser() });
      const garbage = await verify('not-a-reference', code);
      for (const r of [unknown, foreign, garbage]) {
        assert.equal(r.status, wrong.status);
        assert.deepEqual(strip(r.body), strip(wrong.body));
      }
      assert.equal((await verify(body.OtpIdReference, 'abc')).body.Code, 1101, 'malformed codes are refused without a lookup');
    });

    it('expiry follows the clock; RemainingExpirationSeconds is truthful', async () => {
      const { body, code } = await create({ OtpExpirationPeriod: 60 });
      assert.equal(body.RemainingExpirationSeconds, 60);
      t.clock.advance(20_500);
      assert.equal((await t.api.get(STATUS(body.OtpIdReference))).body.RemainingExpirationSeconds, 39);
      t.clock.advance(40_000);
      const res = await verify(body.OtpIdReference, code);
      assert.equal(res.body.Code, 3102);
      const status = (await t.api.get(STATUS(body.OtpIdReference))).body;
      assert.equal(status.Status, 4);
      assert.equal(status.RemainingExpirationSeconds, 0);
    });

    it('OtpExpirationPeriod outside the configured bounds is refused', async () => {
      for (const period of [59, 601, -1]) {
        const res = await t.api.post(CREATE).send(createBody({ OtpExpirationPeriod: period }));
        assert.equal(res.body.Code, 1006, `period ${period}`);
        assert.equal(res.body.Success, false);
      }
      const dflt = await create({ OtpExpirationPeriod: 0 });
      assert.equal(dflt.body.RemainingExpirationSeconds, 180, '0 = the configuration default');
    });

    it('after max attempts the OTP is burnt, even for the right code', async () => {
      const { body, code } = await create();
      const wrong = code === '999999' ? '888888' : '999999';
      for (let i = 0; i < 3; i++) assert.equal((await verify(body.OtpIdReference, wrong)).body.Code, 3101);
      assert.equal((await verify(body.OtpIdReference, code)).body.Code, 4100);
      assert.equal((await t.api.get(STATUS(body.OtpIdReference))).body.Status, 7);
    });

    it('a newer OTP supersedes the older one of the same user and purpose', async () => {
      const user = newUser();
      const first = await create({ UserId: user });
      const second = await create({ UserId: user, GsmNumber: newGsm() });
      assert.equal((await verify(first.body.OtpIdReference, first.code)).body.Code, 3104);
      assert.equal((await t.api.get(STATUS(first.body.OtpIdReference))).body.Status, 5);
      assert.equal((await verify(second.body.OtpIdReference, second.code)).body.Code, 1);
    });

    it('concurrent right answers verify exactly once', async () => {
      const { body, code } = await create();
      const results = await Promise.all(Array.from({ length: 10 }, () => verify(body.OtpIdReference, code)));
      assert.equal(results.filter((r) => r.body.Code === 1).length, 1);
      assert.equal(results.filter((r) => r.body.Code === 3103).length, 9);
    });

    it('MaxSMSCount per MaxSMSInterval: the (MaxSMSCount+1)th request gets 4000 and Retry-After', async () => {
      const user = newUser();
      const gsm = newGsm();
      const req = { UserId: user, GsmNumber: gsm, MaxSMSCount: 2, MaxSMSInterval: 0, IsSync: false };
      assert.equal((await create(req)).body.Code, 2);
      t.clock.advance(10_000);
      assert.equal((await create(req)).body.Code, 2);
      const limited = await t.api.post(CREATE).send(createBody(req));
      assert.equal(limited.status, 200);
      assert.equal(limited.headers['retry-after'], String(600 - 10), 'until the first OTP leaves the 600 s window');
      assert.deepEqual(limited.body, {
        Id: 0, OtpIdReference: null, ReferenceCode: null, OtpCode: null, RemainingExpirationSeconds: 0,
        GsmNumber: `+90******${gsm.slice(-4)}`, ExceptionMessage: 'Max OTP request count exceeded', Success: false, Code: 4000,
      });
      // The number is throttled for other users too, and a caller cannot loosen the cap (5).
      const otherUser = await t.api.post(CREATE).send(createBody({ ...req, UserId: newUser() }));
      assert.equal(otherUser.body.Code, 4000);
      t.clock.advance(590_001);
      assert.equal((await create(req)).body.Code, 2, 'the window slid past the first OTP');
      assert.equal((await t.api.post(CREATE).send(createBody(req))).body.Code, 4000);
    });

    it('a caller can only tighten the caps', async () => {
      const req = { UserId: newUser(), GsmNumber: newGsm(), MaxSMSCount: 50, IsSync: false };
      const codes = [];
      for (let i = 0; i < 6; i++) codes.push((await t.api.post(CREATE).send(createBody(req))).body.Code);
      assert.deepEqual(codes, [2, 2, 2, 2, 2, 4000], 'the configuration caps at 5 per 600 s');
      const bad = await t.api.post(CREATE).send(createBody({ MaxSMSInterval: 86_401 }));
      assert.equal(bad.body.Code, 1005);
    });

    it('rate limit holds under 50 concurrent requests: exactly MaxSMSCount succeed', async () => {
      const user = newUser();
      const gsm = newGsm();
      const body = createBody({ UserId: user, GsmNumber: gsm, MaxSMSCount: 3, IsSync: false });
      const results = await Promise.all(Array.from({ length: 50 }, () => t.api.post(CREATE).send(body)));
      const ok = results.filter((r) => r.body.Code === 2);
      const limited = results.filter((r) => r.body.Code === 4000);
      assert.equal(ok.length, 3);
      assert.equal(limited.length, 47);
      assert.ok(limited.every((r) => Number(r.headers['retry-after']) > 0));
      const rows = await t.app.dataSource.getRepository(OtpEntity).countBy({ userId: user });
      assert.equal(rows, 3);
    });

    it('IsSync=false: queued in the outbox, delivered by the dispatcher after a restart, once', async () => {
      const { body } = await create({ IsSync: false });
      assert.equal(body.Code, 2);
      assert.equal(body.Success, true);
      assert.equal(stub.lastFor(body.OtpIdReference), undefined, 'nothing sent before answering');
      assert.equal((await t.api.get(STATUS(body.OtpIdReference))).body.Status, 0);
      // Simulated restart: the first process never ran its dispatcher.
      const { clock, log } = t;
      await t.stop();
      t = await startApp(cfg, { clock, log });
      t.app.dispatcher.start();
      const deadline = Date.now() + PATIENCE_MS;
      while (!stub.lastFor(body.OtpIdReference) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      const sms = stub.lastFor(body.OtpIdReference);
      assert.ok(sms, 'the dispatcher sent the queued SMS');
      await t.app.dispatcher.stop();
      const code = MessageBirdStub.codeIn(sms);
      codesSeen.push(code);
      assert.equal((await t.api.get(STATUS(body.OtpIdReference))).body.Status, 1);
      assert.equal(stub.requests.filter((r) => r.body.reference === body.OtpIdReference).length, 1);
      assert.equal((await verify(body.OtpIdReference, code)).body.Code, 1);
    });

    describe('provider failures map to stable codes, with nothing lost', () => {
      const cases = [
        { name: '5xx without errors[] (the SDK calls it success)', reply: { status: 500, json: { message: 'boom' } }, code: 5004, outbox: 'failed', status: 6 },
        { name: '502 with an HTML body', reply: { status: 502, raw: '<html>Bad Gateway</html>' }, code: 5004, outbox: 'failed', status: 6 },
        { name: '401 wrong access key', reply: { status: 401, json: { errors: [{ code: 2, description: 'Request not allowed (incorrect access_key)', parameter: null }] } }, code: 5003, outbox: 'failed', status: 6 },
        { name: '422 invalid recipient', reply: { status: 422, json: { errors: [{ code: 9, description: 'no (correct) recipients found', parameter: 'recipients' }] } }, code: 5002, outbox: 'failed', status: 6 },
        { name: 'timeout', reply: 'hang' as const, code: 5001, outbox: 'unconfirmed', status: 8 },
      ];
      for (const c of cases) {
        it(`IsSync=true, ${c.name} → ${c.code}`, async () => {
          stub.queue.push(c.reply as never);
          const { body, code } = await create();
          assert.equal(body.Success, false);
          assert.equal(body.Code, c.code);
          assert.ok(body.Id > 0 && body.OtpIdReference, 'the OTP is kept and reported');
          assert.ok(typeof body.ExceptionMessage === 'string' && !body.ExceptionMessage.includes('boom'));
          const outbox = await t.app.dataSource.getRepository(SmsOutboxEntity).findOneByOrFail({ otpId: body.Id });
          assert.equal(outbox.status, c.outbox);
          assert.equal(outbox.lastErrorCode, c.code);
          assert.equal(outbox.bodySealed, null, 'a settled message keeps no body');
          assert.equal((await t.api.get(STATUS(body.OtpIdReference))).body.Status, c.status);
          if (c.code === 5001) assert.equal((await verify(body.OtpIdReference, code)).body.Code, 1, 'after a timeout the SMS may arrive: the OTP stays valid');
        });
      }

      it('IsSync=false: a 5xx is retried with backoff and delivered once', async () => {
        stub.queue.push({ status: 500, json: { message: 'boom' } });
        const { body } = await create({ IsSync: false });
        await t.app.dispatcher.drain();
        let outbox = await t.app.dataSource.getRepository(SmsOutboxEntity).findOneByOrFail({ otpId: body.Id });
        assert.equal(outbox.status, 'pending');
        assert.equal(outbox.lastErrorCode, 5004);
        assert.ok(outbox.nextAttemptAtMs > t.clock.now());
        await t.app.dispatcher.drain();
        assert.equal(stub.requests.filter((r) => r.body.reference === body.OtpIdReference).length, 1, 'not before the backoff');
        t.clock.advance(1500);
        await t.app.dispatcher.drain();
        outbox = await t.app.dataSource.getRepository(SmsOutboxEntity).findOneByOrFail({ otpId: body.Id });
        assert.equal(outbox.status, 'sent');
        assert.equal(outbox.attempts, 2);
        assert.equal(stub.requests.filter((r) => r.body.reference === body.OtpIdReference).length, 2);
        codesSeen.push(MessageBirdStub.codeIn(stub.lastFor(body.OtpIdReference)!));
        assert.equal((await t.api.get(STATUS(body.OtpIdReference))).body.Status, 1);
      });

      it('IsSync=false: a timeout is never retried (the SMS may have gone out)', async () => {
        stub.queue.push('hang');
        const { body } = await create({ IsSync: false });
        await t.app.dispatcher.drain();
        t.clock.advance(120_000 - 1);
        await t.app.dispatcher.drain();
        assert.equal(stub.requests.filter((r) => r.body.reference === body.OtpIdReference).length, 1);
        codesSeen.push(MessageBirdStub.codeIn(stub.lastFor(body.OtpIdReference)!));
        assert.equal((await t.app.dataSource.getRepository(SmsOutboxEntity).findOneByOrFail({ otpId: body.Id })).status, 'unconfirmed');
      });

      it('IsSync=false: a rejected recipient fails at once, kept with its code', async () => {
        stub.queue.push({ status: 422, json: { errors: [{ code: 9, description: 'no (correct) recipients found', parameter: 'recipients' }] } });
        const { body } = await create({ IsSync: false });
        await t.app.dispatcher.drain();
        codesSeen.push(MessageBirdStub.codeIn(stub.lastFor(body.OtpIdReference)!));
        const otp = await t.app.dataSource.getRepository(OtpEntity).findOneByOrFail({ id: body.Id });
        assert.equal(otp.deliveryStatus, 'failed');
        assert.equal(otp.deliveryErrorCode, 5002);
      });
    });

    it('no OTP code or provider key appears in the logs or the database', async () => {
      assert.ok(codesSeen.length >= 10, `codes collected: ${codesSeen.length}`);
      const logs = t.log.lines.join('\n');
      const dump = await db.dump(t.app.dataSource);
      for (const code of codesSeen) {
        assert.ok(!containsCode(logs, code), `code ${code} in the logs`);
        assert.ok(!containsCode(dump, code), `code ${code} in the database`);
      }
      const smsBodies = stub.requests.map((r) => String(r.body.body));
      for (const secret of [MESSAGEBIRD_TEST_KEY, ...smsBodies]) {
        assert.ok(!logs.includes(secret), 'secret or SMS text in the logs');
        assert.ok(!dump.includes(secret), 'secret or SMS text in the database');
      }
    });
  });
}
