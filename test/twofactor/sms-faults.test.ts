/**
 * SMS delivery through provider faults (issue 9), on SQLite and on MariaDB when MARIADB_URL is set.
 *
 * 1. MessageBird down (connections refused, or a gateway answering 503), then back: sync creates
 *    report 5004 at once and keep the OTP with the failure; async creates wait in the outbox,
 *    retried with backoff, and go out once each when the provider is back.
 * 2. kill -9 of the process that has a send in flight (the whole server on SQLite, one of two
 *    cluster workers on MariaDB): what the outbox guarantees is at most once per message. Every
 *    message that was not in flight is sent exactly once after the restart; the one in flight
 *    reached the provider once, is left unconfirmed when its lease runs out, and is never sent
 *    again — MessageBird has no idempotency key, so the service cannot tell whether it went out.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DataSource } from 'typeorm';
import { DEFAULT_DISPATCHER } from '../../src/twofactor/config.js';
import { ManualClock } from '../../src/twofactor/domain/clock.js';
import { createDataSource } from '../../src/twofactor/persistence/create-data-source.js';
import { OtpEntity, SmsOutboxEntity } from '../../src/twofactor/persistence/entities/index.js';
import { createBody } from './support/helpers.js';
import { accepted, MessageBirdStub, type CapturedRequest, type StubReply } from './support/messagebird-stub.js';
import { recordSecret, saveChildOutput } from './support/secret-ledger.js';
import { freePort, MESSAGEBIRD_REDIRECT, ServerProcess } from './support/server-process.js';
import { DATABASES, type TestDatabase } from './support/test-databases.js';
import { MESSAGEBIRD_TEST_KEY, startApp, testConfig, type RunningApp } from './support/test-app.js';
import { until } from '../support/patience.js';

const CREATE = '/api/TwoFactor/CreateTwoFactorSmsOtp';
const gateway503: StubReply = { status: 503, raw: '<html><body>503 Service Unavailable</body></html>' };

/** The dispatcher's backoff needs time to pass; the lifecycle suite's manual clock would freeze it. */
class WallClock extends ManualClock {
  override now(): number { return Date.now(); }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const requestsFor = (stub: MessageBirdStub, ref: string): CapturedRequest[] => stub.requests.filter((r) => r.body.reference === ref);
const successesFor = (stub: MessageBirdStub, ref: string): CapturedRequest[] => requestsFor(stub, ref).filter((r) => r.answered === 201 && !r.clientGone);

const OUTAGES = [
  { name: 'connections refused', reachesStub: false, down: (s: MessageBirdStub) => s.refuseConnections(), up: (s: MessageBirdStub) => s.resume() },
  {
    name: 'answering 503', reachesStub: true,
    down: async (s: MessageBirdStub) => { s.behaviour = () => gateway503; },
    up: async (s: MessageBirdStub) => { s.behaviour = accepted; },
  },
];

for (const target of DATABASES) {
  describe(`MessageBird down, then back, on ${target.kind}`, { skip: target.skip }, () => {
    const stub = new MessageBirdStub();
    let db: TestDatabase;
    let t: RunningApp;
    const dispatcher = { ...DEFAULT_DISPATCHER, pollMs: 20, backoffMs: 40, maxBackoffMs: 160, maxAttempts: 50 };

    before(async () => {
      await stub.start();
      db = await target.create();
      t = await startApp(testConfig(db.url, { dispatcher }), { clock: new WallClock() });
      t.app.dispatcher.start();
    });
    after(async () => {
      await t?.stop();
      await stub.stop();
      await db?.drop();
    });

    const outboxOf = (otpId: number): Promise<SmsOutboxEntity> => t.app.dataSource.getRepository(SmsOutboxEntity).findOneByOrFail({ otpId });
    const otpOf = (id: number): Promise<OtpEntity> => t.app.dataSource.getRepository(OtpEntity).findOneByOrFail({ id });

    for (const outage of OUTAGES) {
      it(`${outage.name}: sync creates fail fast with 5004, async ones wait and go out once`, async (tc) => {
        await outage.down(stub);
        const started = Date.now();
        const sync = await t.api.post(CREATE).send(createBody({ IsSync: true }));
        tc.diagnostic(`answered in ${Date.now() - started} ms`);
        assert.equal(sync.status, 200, sync.text);
        assert.equal(sync.body.Success, false);
        assert.equal(sync.body.Code, 5004, 'SmsProviderUnavailable, not a timeout');
        assert.ok(sync.body.Id > 0 && sync.body.OtpIdReference, 'the OTP is kept and reported');
        const syncOutbox = await outboxOf(sync.body.Id);
        assert.deepEqual([syncOutbox.status, syncOutbox.lastErrorCode, syncOutbox.attempts, syncOutbox.bodySealed], ['failed', 5004, 1, null]);
        const syncOtp = await otpOf(sync.body.Id);
        assert.deepEqual([syncOtp.deliveryStatus, syncOtp.deliveryErrorCode], ['failed', 5004]);

        const queued = await Promise.all(Array.from({ length: 5 }, () => t.api.post(CREATE).send(createBody({ IsSync: false }))));
        for (const r of queued) assert.deepEqual([r.body.Success, r.body.Code], [true, 2], r.text);
        const ids: number[] = queued.map((r) => r.body.Id);
        const refs: string[] = queued.map((r) => r.body.OtpIdReference);

        // Retried while down: every message has failed at least three times and is still waiting.
        const waiting = await until('three failed attempts per message', async () => {
          const rows = await Promise.all(ids.map(outboxOf));
          return rows.every((o) => o.attempts >= 3) && rows;
        });
        for (const o of waiting) {
          assert.ok(o.status === 'pending' || o.status === 'sending', o.status);
          assert.equal(o.lastErrorCode, 5004);
          assert.notEqual(o.bodySealed, null, 'the sealed body is kept for the next attempt');
        }
        for (const id of ids) assert.ok(['queued', 'sending'].includes((await otpOf(id)).deliveryStatus));
        for (const ref of refs) {
          assert.equal(successesFor(stub, ref).length, 0);
          if (!outage.reachesStub) assert.equal(requestsFor(stub, ref).length, 0, 'nothing reached the stub while it refused connections');
        }

        await outage.up(stub);
        const sent = await until('every queued message sent', async () => {
          const rows = await Promise.all(ids.map(outboxOf));
          return rows.every((o) => o.status === 'sent') && rows;
        });
        const requestsSoFar = stub.requests.length;
        await sleep(dispatcher.pollMs * 15);
        assert.equal(stub.requests.length, requestsSoFar, 'no sends after the outbox was settled');

        for (const [i, ref] of refs.entries()) {
          const ok = successesFor(stub, ref);
          assert.equal(ok.length, 1, 'delivered exactly once');
          assert.equal(sent[i]!.providerMessageId, ok[0]!.messageId);
          assert.equal(sent[i]!.bodySealed, null);
          // Every attempt is counted: with a 503 each one reached the stub; refused ones never did.
          // (≥ 3, not 4: the third attempt may have been in flight when the provider came back.)
          assert.equal(requestsFor(stub, ref).length, outage.reachesStub ? sent[i]!.attempts : 1);
          assert.ok(sent[i]!.attempts >= 3, `attempts ${sent[i]!.attempts}`);
          assert.equal((await otpOf(ids[i]!)).deliveryStatus, 'sent');
        }
        // The sync caller was told it failed: that message is not sent behind their back.
        assert.equal(successesFor(stub, sync.body.OtpIdReference).length, 0);
        assert.equal(requestsFor(stub, sync.body.OtpIdReference).length, outage.reachesStub ? 1 : 0);
        assert.equal((await outboxOf(sync.body.Id)).status, 'failed');
      });
    }
  });
}

for (const target of DATABASES) {
  const workers = target.kind === 'mariadb' ? 2 : 1;
  describe(`kill -9 mid-dispatch on ${target.kind} (WORKERS=${workers})`, { skip: target.skip }, () => {
    const stub = new MessageBirdStub();
    const N = 30;
    const ACCEPTED_BEFORE_HOLD = 5;
    let db: TestDatabase;
    let cwd: string;
    let ds: DataSource;
    let server: ServerProcess | undefined;
    const servers: ServerProcess[] = [];
    let base: string;
    let start: () => Promise<ServerProcess>;

    before(async () => {
      await stub.start();
      db = await target.create();
      cwd = mkdtempSync(path.join(tmpdir(), 'stackport-sms-kill-'));
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      const env = {
        PORT: String(port), DATABASE_URL: db.url, WORKERS: String(workers), NODE_ENV: 'development',
        SMS_PROVIDER: 'messagebird', MESSAGEBIRD_ACCESS_KEY: MESSAGEBIRD_TEST_KEY, MESSAGEBIRD_STUB_PORT: String(stub.port),
        DISPATCH_POLL_MS: '20', LOG_LEVEL: 'info',
      };
      // The same cwd across restarts: the development pepper in ./data unseals the queued bodies.
      start = async () => { const p = await ServerProcess.start({ cwd, env, preload: MESSAGEBIRD_REDIRECT, workers }); servers.push(p); return p; };
      server = await start();
      ds = createDataSource(db.url, { poolSize: 2 });
      await ds.initialize();
    });
    after(async () => {
      await server?.stop();
      // The children's senders are not tapped: the audit learns their SMS texts from the stub.
      recordSecret('provider-key', MESSAGEBIRD_TEST_KEY);
      for (const r of stub.requests) {
        recordSecret('sms-body', String(r.body.body));
        recordSecret('otp-code', MessageBirdStub.codeIn(r));
      }
      servers.forEach((p, i) => saveChildOutput(`server-${i + 1}`, p.output()));
      if (ds?.isInitialized) await ds.destroy();
      await stub.stop();
      await db?.drop();
      if (cwd) rmSync(cwd, { recursive: true, force: true });
    });

    const outbox = async (): Promise<{ reference: string; status: string; otp: string }[]> =>
      (await ds.query('SELECT o.reference, o.status, t.delivery_status AS otp FROM sms_outbox o JOIN otp t ON t.id = o.otp_id')) as never;
    const count = (rows: { status: string }[]): Record<string, number> => rows.reduce<Record<string, number>>((a, r) => ({ ...a, [r.status]: (a[r.status] ?? 0) + 1 }), {});

    it('every message not in flight is sent exactly once; the one in flight is never sent again', async () => {
      let answered = 0;
      stub.behaviour = (r) => (++answered <= ACCEPTED_BEFORE_HOLD ? accepted(r) : 'hold');
      const creates = await Promise.all(Array.from({ length: N }, async () => {
        const res = await fetch(base + CREATE, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(createBody({ IsSync: false })) });
        return (await res.json()) as Record<string, any>;
      }));
      for (const c of creates) assert.equal(c.Code, 2, 'accepted into the outbox');
      const refs = creates.map((c) => c.OtpIdReference as string);

      // Each dispatcher sends one message at a time: one held request per process.
      await until('a send in flight in every process', async () => stub.heldRequests().length === workers);
      const victim = workers === 1 ? server!.child.pid! : server!.servingPids()[0]!;
      process.kill(victim, 'SIGKILL');
      const inFlight = await until('the provider to see the killed process go', async () => stub.heldRequests().find((r) => r.clientGone));
      const inFlightRef = String(inFlight.body.reference);
      assert.deepEqual(count(await outbox()), { sent: ACCEPTED_BEFORE_HOLD, sending: workers, pending: N - ACCEPTED_BEFORE_HOLD - workers });

      // The provider answers normally again; a surviving worker gets its held answer now.
      stub.behaviour = accepted;
      assert.equal(stub.release(), workers - 1);
      if (workers === 1) {
        await server!.exited;
        server = await start();
      } else {
        await server!.waitForEvent('server.started', workers + 1); // the primary's replacement
      }
      await until('every other message sent', async () => (count(await outbox()).sent === N - 1));
      let rows = await outbox();
      assert.deepEqual(rows.find((r) => r.reference === inFlightRef), { reference: inFlightRef, status: 'sending', otp: 'sending' }, 'left alone while its lease runs');

      // Stand-in for waiting out the 60 s lease: the row's lease ends now.
      await ds.query("UPDATE sms_outbox SET locked_until_ms = ? WHERE reference = ? AND status = 'sending'", [Date.now() - 1, inFlightRef]);
      await until('the expired lease to be handled', async () => (await outbox()).find((r) => r.reference === inFlightRef)?.status !== 'sending');
      await sleep(300); // 15 polls of every dispatcher: time enough for a resend, if there were one
      for (const ref of refs) {
        assert.equal(requestsFor(stub, ref).length, 1, 'no message reached the provider twice');
        assert.equal(successesFor(stub, ref).length, ref === inFlightRef ? 0 : 1);
      }
      assert.equal(stub.requests.length, N, 'one request per message, in total');
      rows = await outbox();
      assert.deepEqual(count(rows), { sent: N - 1, unconfirmed: 1 });
      assert.deepEqual(rows.find((r) => r.reference === inFlightRef), { reference: inFlightRef, status: 'unconfirmed', otp: 'unconfirmed' });
    });
  });
}
