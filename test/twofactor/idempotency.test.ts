/**
 * Idempotency-Key on OTP creation: a retry with the same key (per UserId) gets the first answer
 * and never a second OTP or SMS — sequentially, concurrently, and until the key expires.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { exec } from '../../src/twofactor/persistence/sql.js';
import type { SmsSender } from '../../src/twofactor/sms/sms-sender.js';
import { createBody } from './support/helpers.js';
import { DATABASES, type TestDatabase } from './support/test-databases.js';
import { startApp, testConfig, type RunningApp } from './support/test-app.js';

const CREATE = '/api/TwoFactor/CreateTwoFactorSmsOtp';

function countingSender(): SmsSender & { sent: string[] } {
  const s = {
    name: 'counting', sent: [] as string[],
    send: async (m: { reference: string }) => {
      s.sent.push(m.reference);
      return { ok: true as const, providerMessageId: `c-${s.sent.length}`, delivered: false };
    },
  };
  return s;
}

for (const target of DATABASES) {
  describe(`Idempotency-Key on OTP creation, ${target.kind}`, { skip: target.skip }, () => {
    let db: TestDatabase;
    let t: RunningApp;
    let sender: ReturnType<typeof countingSender>;
    const otpsOf = async (userId: string): Promise<number> =>
      Number((await t.app.db.run((m) => exec(m, 'SELECT COUNT(*) AS n FROM otp WHERE user_id = ?', [userId]))).rows[0]!.n);

    before(async () => {
      db = await target.create();
      sender = countingSender();
      t = await startApp(testConfig(db.url, { idempotencyTtlSeconds: 3600 }), { sender: () => sender });
    });
    after(async () => {
      await t?.stop();
      await db?.drop();
    });

    it('a retry with the same key and body gets the first answer; no second OTP, no second SMS', async () => {
      const body = createBody({ IsSync: true });
      const first = await t.api.post(CREATE).set('Idempotency-Key', 'key-1').send(body);
      assert.equal(first.body.Code, 1, first.text);
      assert.equal(first.headers['idempotent-replayed'], undefined);
      const sent = sender.sent.length;
      const again = await t.api.post(CREATE).set('Idempotency-Key', 'key-1').send(body);
      assert.equal(again.status, first.status);
      assert.equal(again.headers['idempotent-replayed'], 'true');
      assert.deepEqual(again.body, first.body);
      assert.equal(sender.sent.length, sent);
      assert.equal(await otpsOf(String(body.UserId).toLowerCase()), 1);
      // Without the key, the same body is a new request.
      assert.notEqual((await t.api.post(CREATE).send(body)).body.OtpIdReference, first.body.OtpIdReference);
    });

    it('the key is per user, refuses a different body (422) and malformed keys (400), and is not stored in clear', async () => {
      const body = createBody({ IsSync: false });
      const first = await t.api.post(CREATE).set('Idempotency-Key', 'shared-key-xyz').send(body);
      assert.equal(first.body.Code, 2);
      const otherUser = await t.api.post(CREATE).set('Idempotency-Key', 'shared-key-xyz').send(createBody({ IsSync: false }));
      assert.equal(otherUser.body.Code, 2);
      assert.notEqual(otherUser.body.OtpIdReference, first.body.OtpIdReference);
      const changed = await t.api.post(CREATE).set('Idempotency-Key', 'shared-key-xyz').send({ ...body, OtpExpirationPeriod: 300 });
      assert.equal(changed.status, 422);
      assert.equal(changed.body.Success, false);
      assert.match(changed.body.ExceptionMessage, /different request/);
      const bad = await t.api.post(CREATE).set('Idempotency-Key', 'k'.repeat(256)).send(createBody());
      assert.equal(bad.status, 400);
      assert.equal(bad.body.Code, 1000);
      assert.ok(!(await db.dump(t.app.dataSource)).includes('shared-key-xyz'));
    });

    it('concurrent retries with one key create exactly one OTP and send one SMS', async () => {
      const body = createBody({ IsSync: true });
      const before = sender.sent.length;
      const answers = await Promise.all(Array.from({ length: 20 }, () => t.api.post(CREATE).set('Idempotency-Key', 'burst').send(body)));
      const refs = new Set(answers.filter((a) => a.status === 200).map((a) => a.body.OtpIdReference));
      assert.equal(refs.size, 1, 'every 200 carries the same OTP');
      for (const a of answers) assert.ok(a.status === 200 || a.status === 409, `${a.status} ${a.text}`);
      assert.equal(sender.sent.length - before, 1);
      assert.equal(await otpsOf(String(body.UserId).toLowerCase()), 1);
    });

    it('after the key expires, the same key starts a new request', async () => {
      const body = createBody({ IsSync: false });
      const first = await t.api.post(CREATE).set('Idempotency-Key', 'expiring').send(body);
      t.clock.advance(3600_000 + 1);
      const later = await t.api.post(CREATE).set('Idempotency-Key', 'expiring').send(body);
      assert.equal(later.body.Code, 2);
      assert.notEqual(later.body.OtpIdReference, first.body.OtpIdReference);
    });
  });
}
