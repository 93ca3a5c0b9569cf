/**
 * The issue unit (persistence/otp-issue.ts) called directly, many at once, on every database under
 * test: on MariaDB concurrent issues run as batches (batch-queue.ts), and each item's outcome must
 * be exactly the one it would have had alone — windows per item, supersede, ids matched to their
 * rows, one bad item failing alone. Settlements and development-sender inserts batch the same way.
 */
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { DataSource } from 'typeorm';
import { systemClock } from '../../src/twofactor/domain/clock.js';
import { SecretBox } from '../../src/twofactor/domain/secret-box.js';
import { createDataSource, databaseKindOf, useReadCommittedSessions } from '../../src/twofactor/persistence/create-data-source.js';
import { Database } from '../../src/twofactor/persistence/database.js';
import { OtpStore, type IssueResult, type NewOtp, type SendLimit } from '../../src/twofactor/persistence/otp-store.js';
import { OutboxStore } from '../../src/twofactor/persistence/outbox-store.js';
import { DevelopmentSmsSender } from '../../src/twofactor/sms/development-sms-sender.js';
import { smsFailure } from '../../src/twofactor/sms/sms-sender.js';
import { newGsm, newUser } from './support/helpers.js';
import { DATABASES, type TestDatabase } from './support/test-databases.js';

const T0 = 1_800_000_000_000;
const MINUTE: SendLimit = { maxCount: 2, intervalMs: 60_000 };

function otp(over: Partial<NewOtp> = {}): NewOtp {
  return {
    reference: randomUUID(), referenceCode: 'ABCD1234', configurationId: 1, purpose: 'test', userId: newUser(), gsmNumber: newGsm(),
    enrollmentId: null, codeHash: randomBytes(32).toString('base64'), pepperKeyId: 'k1', codeLength: 6, source: 'test', isSync: false,
    expiresAtMs: T0 + 600_000, maxAttempts: 3, ...over,
  };
}

const issued = (r: IssueResult) => { assert.equal(r.kind, 'issued'); return r as Extract<IssueResult, { kind: 'issued' }>; };

for (const target of DATABASES) {
  describe(`issuing OTPs at once on ${target.kind}`, { skip: target.skip }, () => {
    let tdb: TestDatabase;
    let ds: DataSource;
    let db: Database;
    let store: OtpStore;
    let batches = 0;
    const q = async (sql: string, params: unknown[] = []): Promise<Record<string, any>[]> => ds.query(sql, params);
    const issue = (o: NewOtp, now = T0, limit = MINUTE, bodySealed: string | null = 'sealed') => store.issue(o, { originator: 'Stackport', bodySealed }, limit, now);

    before(async () => {
      tdb = await target.create();
      ds = createDataSource(tdb.url);
      await ds.initialize();
      await ds.runMigrations();
      db = new Database(ds, databaseKindOf(tdb.url));
      if (db.kind === 'mariadb') {
        await useReadCommittedSessions(ds);
        const scripted = db.scripted.bind(db);
        db.scripted = ((work) => { batches++; return scripted(work); }) as typeof db.scripted;
      }
      store = new OtpStore(db);
    });
    after(async () => {
      await db?.close();
      if (ds?.isInitialized) await ds.destroy();
      await tdb?.drop();
    });

    it('distinct users and numbers: every one issued, each id the id of its own rows', async () => {
      const before = batches;
      const otps = Array.from({ length: 40 }, () => otp());
      const results = (await Promise.all(otps.map((o) => issue(o)))).map(issued);
      for (const [i, r] of results.entries()) {
        const [row] = await q('SELECT reference, user_id FROM otp WHERE id = ?', [r.otp.id]);
        assert.equal(row?.reference, otps[i]!.reference);
        const [box] = await q('SELECT otp_id, reference, status FROM sms_outbox WHERE id = ?', [r.outbox.id]);
        assert.deepEqual([Number(box?.otp_id), box?.reference, box?.status], [r.otp.id, otps[i]!.reference, 'pending']);
        assert.equal(r.outbox.otpId, r.otp.id);
      }
      // On MariaDB they shared transactions: far fewer than one per OTP.
      if (db.kind === 'mariadb') assert.ok(batches - before >= 1 && batches - before < 10, `${batches - before} batches for 40 issues`);
    });

    it('full windows are rate-limited with their own Retry-After while the rest of the batch is issued', async () => {
      const user = newUser();
      const gsm = newGsm();
      issued(await issue(otp({ userId: user }), T0));
      issued(await issue(otp({ userId: user }), T0 + 1000));
      issued(await issue(otp({ gsmNumber: gsm }), T0 + 2000));
      issued(await issue(otp({ gsmNumber: gsm }), T0 + 3000));
      const at = T0 + 5000;
      const results = await Promise.all([
        issue(otp({ userId: user }), at), issue(otp(), at), issue(otp({ gsmNumber: gsm }), at), issue(otp(), at), issue(otp(), at),
      ]);
      assert.deepEqual(results.map((r) => r.kind), ['rate-limited', 'issued', 'rate-limited', 'issued', 'issued']);
      // The window is full until its 2nd newest OTP is a minute old: 55 s and 57 s from now.
      assert.deepEqual(results.filter((r) => r.kind === 'rate-limited').map((r) => (r as { retryAfterSeconds: number }).retryAfterSeconds), [55, 57]);
      // A wider window counts older OTPs too; a window that has moved past them has room.
      assert.equal((await issue(otp({ userId: user }), T0 + 61_001)).kind, 'issued');
    });

    it('one subject many times at once: exactly maxCount issued, other subjects unaffected', async () => {
      const user = newUser();
      const gsm = newGsm();
      const mine = Array.from({ length: 12 }, (_, i) => (i % 2 ? otp({ userId: user }) : otp({ gsmNumber: gsm })));
      const others = Array.from({ length: 8 }, () => otp());
      const limit = { maxCount: 3, intervalMs: 600_000 };
      const results = await Promise.all([...mine, ...others].map((o) => issue(o, T0, limit)));
      const byUser = results.slice(0, 12).filter((r, i) => i % 2 === 1 && r.kind === 'issued').length;
      const byGsm = results.slice(0, 12).filter((r, i) => i % 2 === 0 && r.kind === 'issued').length;
      assert.deepEqual([byUser, byGsm], [3, 3]);
      assert.ok(results.slice(12).every((r) => r.kind === 'issued'));
      const [count] = await q('SELECT COUNT(*) AS n FROM otp WHERE user_id = ?', [user]);
      assert.equal(Number(count!.n), 3);
    });

    it('a new OTP supersedes the user\'s older ones of the same purpose and expires their waiting SMS', async () => {
      const user = newUser();
      const old = issued(await issue(otp({ userId: user, purpose: 'login' })));
      const otherPurpose = issued(await issue(otp({ userId: user, purpose: 'other' })));
      const unlimited = { maxCount: 10, intervalMs: 60_000 };
      const [fresh] = await Promise.all([issue(otp({ userId: user, purpose: 'login' }), T0 + 10, unlimited), issue(otp(), T0 + 10), issue(otp(), T0 + 10)]);
      issued(fresh!);
      const rows = await q('SELECT id, superseded_at_ms FROM otp WHERE user_id = ? ORDER BY id', [user]);
      assert.deepEqual(rows.map((r) => [Number(r.id), r.superseded_at_ms === null ? null : Number(r.superseded_at_ms)]),
        [[old.otp.id, T0 + 10], [otherPurpose.otp.id, null], [issued(fresh!).otp.id, null]]);
      const [box] = await q('SELECT status, body_sealed FROM sms_outbox WHERE id = ?', [old.outbox.id]);
      assert.deepEqual([box?.status, box?.body_sealed], ['expired', null]);
    });

    it('one bad item fails alone; the others of its batch are issued', async () => {
      const taken = issued(await issue(otp())).otp.reference;
      const settled = await Promise.allSettled([issue(otp()), issue(otp({ reference: taken })), issue(otp()), issue(otp())]);
      assert.deepEqual(settled.map((s) => s.status), ['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
      const [count] = await q('SELECT COUNT(*) AS n FROM otp WHERE reference = ?', [taken]);
      assert.equal(Number(count!.n), 1);
    });

    it('user ids the database compares loosely never share a batch (MariaDB: accent- and case-insensitive)', async () => {
      const base = randomUUID().slice(0, 8);
      const results = await Promise.all([issue(otp({ userId: `Émile-${base}` }), T0, { maxCount: 1, intervalMs: 60_000 }),
        issue(otp({ userId: `emile-${base}` }), T0, { maxCount: 1, intervalMs: 60_000 })]);
      // MariaDB's utf8mb4_unicode_ci makes them one user with one slot; SQLite compares bytes.
      assert.equal(results.filter((r) => r.kind === 'issued').length, db.kind === 'mariadb' ? 1 : 2);
    });

    it('settlements at once each write their own outcome', async () => {
      const outbox = new OutboxStore(db);
      const rows = [];
      for (let i = 0; i < 4; i++) {
        const r = issued(await issue(otp()));
        rows.push((await outbox.claim(r.outbox.id, T0, 60_000))!);
      }
      const invalid = smsFailure('rejected-recipient', 'no such number');
      const down = smsFailure('unavailable', 'HTTP 503');
      await Promise.all([
        outbox.settle(rows[0]!, { kind: 'sent', providerMessageId: 'mb-1', delivered: false }, T0 + 1),
        outbox.settle(rows[1]!, { kind: 'failed', failure: invalid }, T0 + 2),
        outbox.settle(rows[2]!, { kind: 'retry', failure: down, nextAttemptAtMs: T0 + 5000 }, T0 + 3),
        outbox.settle(rows[3]!, { kind: 'unconfirmed', failure: smsFailure('timeout', 'no answer') }, T0 + 4),
      ]);
      const got = await q(`SELECT o.status, o.next_attempt_at_ms, o.last_error_code, o.provider_message_id, o.body_sealed IS NOT NULL AS has_body,
        o.updated_at_ms, t.delivery_status, t.delivery_error_code, t.provider_message_id AS otp_provider_id
        FROM sms_outbox o JOIN otp t ON t.id = o.otp_id WHERE o.id IN (${rows.map(() => '?').join(', ')}) ORDER BY o.id`, rows.map((r) => r.id));
      assert.deepEqual(got.map((g) => [g.status, Number(g.updated_at_ms), g.last_error_code === null ? null : Number(g.last_error_code), g.provider_message_id,
        Boolean(Number(g.has_body)), g.delivery_status, g.delivery_error_code === null ? null : Number(g.delivery_error_code), g.otp_provider_id]), [
        ['sent', T0 + 1, null, 'mb-1', false, 'sent', null, 'mb-1'],
        ['failed', T0 + 2, invalid.code, null, false, 'failed', invalid.code, null],
        ['pending', T0 + 3, down.code, null, true, 'queued', down.code, null],
        ['unconfirmed', T0 + 4, smsFailure('timeout', '').code, null, false, 'unconfirmed', smsFailure('timeout', '').code, null],
      ]);
      assert.equal(Number(got[2]!.next_attempt_at_ms), T0 + 5000);
    });

    it('development messages sent at once are each recorded under their own id', async () => {
      const sender = new DevelopmentSmsSender(db, new SecretBox(randomBytes(32), 'dev-sms'), systemClock);
      const refs = Array.from({ length: 10 }, () => randomUUID());
      const results = await Promise.all(refs.map((reference) => sender.send({ to: newGsm(), originator: 'Stackport', body: 'hello', reference, validitySeconds: 60 })));
      for (const [i, r] of results.entries()) {
        assert.ok(r.ok);
        const [row] = await q('SELECT reference FROM dev_sms_message WHERE id = ?', [Number(r.providerMessageId.replace('dev-', ''))]);
        assert.equal(row?.reference, refs[i]);
      }
    });
  });
}
