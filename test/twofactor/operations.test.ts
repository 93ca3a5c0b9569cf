/**
 * Operations: liveness and readiness, request ids in responses and log lines, pino lines with
 * secrets redacted, and the dispatcher's part of a graceful stop (the batch in hand is finished,
 * the rest stays in the outbox). On SQLite, and on MariaDB when MARIADB_URL is set.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { memoryLogger } from '../../src/twofactor/logger.js';
import { exec } from '../../src/twofactor/persistence/sql.js';
import type { SmsSender } from '../../src/twofactor/sms/sms-sender.js';
import { createBody } from './support/helpers.js';
import { DATABASES, type TestDatabase } from './support/test-databases.js';
import { startApp, testConfig, type RunningApp } from './support/test-app.js';

const CREATE = '/api/TwoFactor/CreateTwoFactorSmsOtp';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Accepts every message after a short delay, counting them. */
function slowSender(): SmsSender & { sent: number } {
  const s = {
    name: 'slow', sent: 0,
    send: async () => {
      await new Promise((r) => setTimeout(r, 3));
      s.sent++;
      return { ok: true as const, providerMessageId: `slow-${s.sent}`, delivered: false };
    },
  };
  return s;
}

for (const target of DATABASES) {
  describe(`operations on ${target.kind}`, { skip: target.skip }, () => {
    let db: TestDatabase;
    let t: RunningApp;
    let sender: ReturnType<typeof slowSender>;

    before(async () => {
      db = await target.create();
      sender = slowSender();
      t = await startApp(testConfig(db.url), { sender: () => sender });
    });
    after(async () => {
      await t?.stop();
      await db?.drop();
    });

    it('GET /health/live answers 200 without touching the database', async () => {
      const res = await t.api.get('/health/live');
      assert.equal(res.status, 200);
      assert.deepEqual(res.body, { status: 'ok' });
      assert.equal(res.headers['cache-control'], 'no-store');
    });

    it('GET /health/ready checks the database, and answers 503 once the process is draining', async () => {
      const ok = await t.api.get('/health/ready');
      assert.equal(ok.status, 200);
      assert.deepEqual(ok.body, { status: 'ok', checks: { database: 'ok' } });
      t.app.health.draining = true;
      try {
        const draining = await t.api.get('/health/ready');
        assert.equal(draining.status, 503);
        assert.equal(draining.body.status, 'unavailable');
        assert.equal(draining.body.checks.shutdown, 'draining');
        assert.equal((await t.api.get('/health/live')).status, 200, 'liveness is unaffected');
      } finally {
        t.app.health.draining = false;
      }
    });

    it('echoes an acceptable X-Request-Id, generates one otherwise, and puts it in every log line of the request', async () => {
      const given = await t.api.post(CREATE).set('X-Request-Id', 'req-42.abc').send(createBody({ IsSync: false }));
      assert.equal(given.status, 200, given.text);
      assert.equal(given.headers['x-request-id'], 'req-42.abc');
      const lines = t.log.lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.requestId === 'req-42.abc');
      assert.deepEqual(lines.map((l) => l.event).sort(), ['http.request', 'otp.issued']);
      const access = lines.find((l) => l.event === 'http.request')!;
      assert.equal(access.path, CREATE);
      assert.equal(access.status, 200);
      assert.equal(access.level, 'info');
      assert.match(String(access.time), /^\d{4}-\d\d-\d\dT/);

      // Lines from deeper down — the sync send, the verifier, the authenticate step — carry it too.
      const eventsOf = (id: string): string[] => t.log.lines.map((l) => JSON.parse(l) as Record<string, unknown>)
        .filter((l) => l.requestId === id).map((l) => String(l.event)).sort();
      const sync = await t.api.post(CREATE).set('X-Request-Id', 'req-sync').send(createBody({ IsSync: true }));
      assert.equal(sync.body.Code, 1, sync.text);
      assert.deepEqual(eventsOf('req-sync'), ['http.request', 'otp.issued', 'sms.attempt']);
      await t.api.post('/api/TwoFactor/VerifyTwoFactorSmsOtp').set('X-Request-Id', 'req-verify')
        .send({ OtpIdReference: sync.body.OtpIdReference, OtpCode: '000000x' });
      await t.api.post('/api/TwoFactor/VerifyTwoFactorSmsOtp').set('X-Request-Id', 'req-verify')
        .send({ OtpIdReference: sync.body.OtpIdReference, OtpCode: sync.body.OtpCode === '000000' ? '111111' : '000000' });
      assert.deepEqual(eventsOf('req-verify'), ['http.request', 'http.request', 'otp.verify']);
      await t.api.post('/User/opt-in-to-2fa?FileId=1').set('X-Request-Id', 'req-auth').set('X-WsAccessKey', 'not-a-key').send({ MobileNumber: '+905321234567' });
      assert.deepEqual(eventsOf('req-auth'), ['auth.failed', 'http.request']);
      assert.ok(!t.log.lines.some((l) => JSON.parse(l).event !== 'server.started' && !('requestId' in JSON.parse(l)) && /otp\.|sms\.attempt|auth\./.test(l)),
        'no request line without its id');

      const generated = await t.api.get('/health/live');
      assert.match(generated.headers['x-request-id'] as string, UUID);
      for (const bad of ['x'.repeat(129), 'a b', '{"event":"forged"}']) {
        const res = await t.api.get('/health/live').set('X-Request-Id', bad);
        assert.match(res.headers['x-request-id'] as string, UUID, `replaced: ${bad}`);
      }
    });

    it('access log lines carry paths without query strings, and secret-named fields are redacted', async () => {
      await t.api.get('/health/live?WsAccessKey=very-secret-key');
      assert.ok(!t.log.lines.some((l) => l.includes('very-secret-key')));
      const log = memoryLogger();
      log.info('probe', { otpId: 7, code: '123456', accessKey: 'k-secret', nested: 1 });
      const line = JSON.parse(log.lines[0]!) as Record<string, unknown>;
      assert.deepEqual({ ...line, time: 'T' }, { level: 'info', time: 'T', pid: process.pid, otpId: 7, code: '[redacted]', accessKey: '[redacted]', nested: 1, event: 'probe' });
    });

    it('a stopping dispatcher finishes the batch it holds and leaves the rest in the outbox', async () => {
      for (let i = 0; i < 30; i++) assert.equal((await t.api.post(CREATE).send(createBody({ IsSync: false }))).body.Code, 2);
      const pendingBefore = Number((await t.app.db.run((m) => exec(m, "SELECT COUNT(*) AS n FROM sms_outbox WHERE status = 'pending'"))).rows[0]!.n);
      const before = sender.sent;
      t.app.dispatcher.start();
      while (sender.sent === before) await new Promise((r) => setTimeout(r, 1));
      await t.app.dispatcher.stop();
      const counts = Object.fromEntries((await t.app.db.run((m) => exec(m, 'SELECT status, COUNT(*) AS n FROM sms_outbox GROUP BY status'))).rows
        .map((r) => [String(r.status), Number(r.n)]));
      assert.equal(counts.sending, undefined, 'nothing is left half-sent');
      assert.equal(sender.sent - before, 20, 'exactly one batch (20) went out');
      assert.equal(counts.pending, pendingBefore - 20, 'the rest waits for the next process');
    });
  });
}
