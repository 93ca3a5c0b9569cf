/**
 * Issue 19 items 3–5 over real HTTP, on SQLite and on MariaDB when MARIADB_URL is set: a tenant's
 * webhook endpoints (gateway dialect), signed events from the durable queue to a local receiver
 * (taken down and brought back), MessageBird delivery reports (signed with the SDK's JWT scheme,
 * sent to the app as MessageBird sends them), and canceling a pending OTP.
 */
import assert from 'node:assert/strict';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { DEFAULT_DISPATCHER, DEFAULT_WEBHOOKS } from '../../src/twofactor/config.js';
import { ManualClock } from '../../src/twofactor/domain/clock.js';
import { until } from '../support/patience.js';
import { tokenFor } from './support/auth-helpers.js';
import { createBody } from './support/helpers.js';
import { MessageBirdStub } from './support/messagebird-stub.js';
import { recordSecret } from './support/secret-ledger.js';
import { DATABASES, type TestDatabase } from './support/test-databases.js';
import { startApp, testConfig, type RunningApp } from './support/test-app.js';
import { WebhookReceiver, type ReceivedEvent } from './support/webhook-receiver.js';

const CREATE = '/api/TwoFactor/CreateTwoFactorSmsOtp';
const VERIFY = '/api/TwoFactor/VerifyTwoFactorSmsOtp';
const CANCEL = '/api/TwoFactor/CancelTwoFactorSmsOtp';
const REPORT_URL = 'https://2fa.example.test/webhooks/messagebird';
/** The tenant's own configuration (the seeded ones belong to no tenant). */
const CONFIGURATION = 7;

/** Back-off needs real time to pass; `skip` moves it forward (OTP expiry) without waiting. */
class WallClock extends ManualClock {
  offset = 0;
  override now(): number { return Date.now() + this.offset; }
}

const typesOf = (events: ReceivedEvent[]): string[] => [...new Set(events.map((e) => e.type))].sort();

for (const target of DATABASES) {
  describe(`status callbacks, delivery reports and cancel on ${target.kind}`, { skip: target.skip }, () => {
    const stub = new MessageBirdStub();
    const receiver = new WebhookReceiver();
    const clock = new WallClock();
    const signingKey = randomBytes(24).toString('base64url');
    const tenant = `acme-${randomBytes(4).toString('hex')}`;
    let db: TestDatabase;
    let t: RunningApp;
    let bearer: string;

    before(async () => {
      await stub.start();
      await receiver.start();
      receiver.now = () => clock.now();
      db = await target.create();
      t = await startApp(testConfig(db.url, {
        dispatcher: { ...DEFAULT_DISPATCHER, pollMs: 20, backoffMs: 40, maxBackoffMs: 160 },
        webhooks: { ...DEFAULT_WEBHOOKS, pollMs: 20, backoffMs: 40, maxBackoffMs: 200, maxAttempts: 100, allowPrivateNetworks: true },
        messageBirdReports: { reportUrl: REPORT_URL, signingKey },
      }), { clock });
      recordSecret('provider-key', signingKey);
      await t.app.dataSource.query('INSERT INTO two_factor_configuration (id, tenant, name, enabled, code_length, message_template, originator, default_region, '
        + 'allowed_countries, default_expiry_seconds, min_expiry_seconds, max_expiry_seconds, max_sms_count, sms_interval_seconds, max_verify_attempts, created_at_ms, updated_at_ms) '
        + 'SELECT ?, ?, name, enabled, code_length, message_template, originator, default_region, allowed_countries, default_expiry_seconds, min_expiry_seconds, '
        + 'max_expiry_seconds, max_sms_count, sms_interval_seconds, max_verify_attempts, created_at_ms, updated_at_ms FROM two_factor_configuration WHERE id = 1',
      [CONFIGURATION, tenant]);
      // Email too, for the email events (configurations are cached: set before the first request).
      await t.app.dataSource.query("UPDATE two_factor_configuration SET channels = 'sms,email' WHERE id = ?", [CONFIGURATION]);
      bearer = `Bearer ${await tokenFor(t.app.config.auth, { tenantId: tenant, userId: 'admin' })}`;
      t.app.dispatcher.start();
      t.app.webhooks.start();
    });
    after(async () => {
      await t?.stop();
      await receiver.stop();
      await stub.stop();
      await db?.drop();
    });

    const create = async (over: Record<string, unknown> = {}): Promise<{ Id: number; OtpIdReference: string; code: string; userId: string }> => {
      const body = createBody({ TwoFactorConfigurationId: CONFIGURATION, ...over });
      const res = await t.api.post(CREATE).send(body);
      assert.equal(res.body.Success, true, res.text);
      const sms = await until('the SMS', () => stub.lastFor(res.body.OtpIdReference));
      return { ...res.body, code: MessageBirdStub.codeIn(sms), userId: body.UserId as string };
    };

    it('registers endpoints per tenant: the secret once, never listed; bad URLs and other tenants refused', async () => {
      assert.equal((await t.api.post('/v1/webhooks').send({ url: receiver.url })).status, 401, 'authentication required');
      for (const url of ['ftp://127.0.0.1/x', 'not a url', `http://user:pw@127.0.0.1:${receiver.port}/`, `http://127.0.0.1/${'x'.repeat(2000)}`]) {
        const bad = await t.api.post('/v1/webhooks').set('Authorization', bearer).send({ url });
        assert.equal(bad.status, 400, `${url.slice(0, 40)}: ${bad.text}`);
        assert.equal(bad.body.code, 3, bad.text);
      }
      const added = await t.api.post('/v1/webhooks').set('Authorization', bearer).send({ url: receiver.url });
      assert.equal(added.status, 200, added.text);
      assert.match(added.body.secret, /^whsec_[A-Za-z0-9_-]{43}$/);
      assert.equal(added.headers['cache-control'], 'no-store');
      receiver.secret = added.body.secret;
      const listed = await t.api.get('/v1/webhooks').set('Authorization', bearer);
      assert.equal(listed.status, 200, listed.text);
      assert.deepEqual(listed.body.result.map((e: { id: string; url: string }) => [e.id, e.url]), [[added.body.endpoint.id, receiver.url]]);
      assert.doesNotMatch(listed.text, /whsec_/, 'the secret is not listed');
      const stored = JSON.stringify(await t.app.dataSource.query('SELECT * FROM webhook_endpoint'));
      assert.ok(!stored.includes(receiver.secret) && !stored.includes(receiver.secret.slice(6)), 'the secret is sealed at rest');
      const other = `Bearer ${await tokenFor(t.app.config.auth, { tenantId: 'other-tenant', userId: 'admin' })}`;
      assert.deepEqual((await t.api.get('/v1/webhooks').set('Authorization', other)).body.result ?? [], []);
      const foreign = await t.api.delete(`/v1/webhooks/${added.body.endpoint.id}`).set('Authorization', other);
      assert.equal(foreign.status, 404, foreign.text);
      assert.equal(foreign.body.code, 5);
    });

    it('posts signed events for created, sent, failed attempts, max attempts and approval; a tampered body is rejected', async () => {
      const approved = await create({ IsSync: true });
      const wrong = approved.code === '000000' ? '111111' : '000000';
      assert.equal((await t.api.post(VERIFY).send({ OtpIdReference: approved.OtpIdReference, OtpCode: wrong })).body.Code, 3101);
      assert.equal((await t.api.post(VERIFY).send({ OtpIdReference: approved.OtpIdReference, OtpCode: approved.code })).body.Verified, true);
      const exhausted = await create({ IsSync: false });
      for (let i = 0; i < 3; i++) await t.api.post(VERIFY).send({ OtpIdReference: exhausted.OtpIdReference, OtpCode: wrong });

      const a = await until('approval events', () => receiver.of(approved.OtpIdReference).length >= 4 && receiver.of(approved.OtpIdReference));
      assert.deepEqual(typesOf(a), ['message.sent', 'verification.approved', 'verification.created', 'verification.failed_attempt']);
      const x = await until('attempt events', () => receiver.of(exhausted.OtpIdReference).length >= 6 && receiver.of(exhausted.OtpIdReference));
      assert.deepEqual(x.map((e) => e.type).filter((ty) => ty.startsWith('verification.')).sort(), ['verification.created', 'verification.failed_attempt',
        'verification.failed_attempt', 'verification.failed_attempt', 'verification.max_attempts_reached']);
      assert.deepEqual(x.filter((e) => e.type === 'verification.failed_attempt').map((e) => e.data.attempt).sort(), [1, 2, 3]);
      const created = a.find((e) => e.type === 'verification.created')!;
      assert.deepEqual(created.data, { otpIdReference: approved.OtpIdReference, channel: 'sms', configurationId: CONFIGURATION });
      assert.match(created.id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      assert.ok(!a.concat(x).some((e) => e.raw.includes(approved.code) || e.raw.includes('+90')), 'no codes and no phone numbers in events');

      const rejectedBefore = receiver.rejected;
      assert.equal(await receiver.replay(created.raw, created.signature), 200, 'the untouched body verifies');
      assert.equal(await receiver.replay(created.raw.replace('verification.created', 'verification.approved'), created.signature), 400, 'a tampered body does not');
      assert.equal(receiver.rejected, rejectedBefore + 1);
    });

    it('email OTPs produce the same verification events, with channel email and no address', async () => {
      const res = await t.api.post('/api/TwoFactor/CreateTwoFactorEmailOtp').send({
        UserId: randomUUID(), Email: 'events@example.com', TwoFactorConfigurationId: CONFIGURATION, IsSync: true,
      });
      assert.deepEqual([res.body.Success, res.body.Code], [true, 1], res.text);
      assert.equal((await t.api.post(VERIFY).send({ OtpIdReference: res.body.OtpIdReference, OtpCode: '000000' })).body.Code, 3101, 'a wrong code (one chance in a million of being right)');
      const e = await until('email events', () => {
        const got = receiver.of(res.body.OtpIdReference);
        return got.some((ev) => ev.type === 'verification.failed_attempt') && got.some((ev) => ev.type === 'verification.created') && got;
      });
      assert.deepEqual(typesOf(e).filter((ty) => ty.startsWith('verification.')), ['verification.created', 'verification.failed_attempt']);
      assert.deepEqual(e.find((ev) => ev.type === 'verification.created')!.data, { otpIdReference: res.body.OtpIdReference, channel: 'email', configurationId: CONFIGURATION });
      assert.ok(!e.some((ev) => ev.raw.includes('events@')), 'no address in events');
    });

    it('receiver down, then back: every event arrives, each event id at least once', async () => {
      await receiver.stop();
      const otps = await Promise.all(Array.from({ length: 4 }, () => create({ IsSync: false })));
      // Attempts pile up while the port refuses connections.
      await until('three attempts per queued event', async () => {
        const rows: { attempts: number | string }[] = await t.app.dataSource.query(
          `SELECT w.attempts FROM webhook_event w WHERE w.payload LIKE ? AND w.status <> 'delivered'`, [`%${otps[0]!.OtpIdReference}%`]);
        return rows.length === 2 && rows.every((r) => Number(r.attempts) >= 3);
      });
      await receiver.start();
      for (const otp of otps) {
        const got = await until('created and sent for each OTP', () => receiver.of(otp.OtpIdReference).length >= 2 && receiver.of(otp.OtpIdReference));
        assert.deepEqual(typesOf(got), ['message.sent', 'verification.created']);
        assert.equal(new Set(got.map((e) => e.id)).size, 2, 'two events; any duplicate is the same event id');
      }
      // A receiver's 200 is settled just after it is sent: wait for the queue, then check nothing failed.
      await until('the queue settled', async () => (await t.app.dataSource.query("SELECT id FROM webhook_event WHERE status <> 'delivered'")).length === 0);
    });

    it('cancel: the code no longer verifies, the status says so, a canceled event goes out', async () => {
      const otp = await create({ IsSync: true });
      const other = await t.api.post(CANCEL).send({ OtpIdReference: otp.OtpIdReference, UserId: randomUUID() });
      assert.deepEqual([other.body.Success, other.body.Code], [false, 3100], 'another user\'s OTP is not found');
      const canceled = await t.api.post(CANCEL).send({ OtpIdReference: otp.OtpIdReference, UserId: otp.userId });
      assert.deepEqual([canceled.body.Success, canceled.body.Canceled, canceled.body.Code], [true, true, 1], canceled.text);
      const verify = await t.api.post(VERIFY).send({ OtpIdReference: otp.OtpIdReference, OtpCode: otp.code });
      assert.deepEqual([verify.body.Verified, verify.body.Code], [false, 3105], verify.text);
      const status = await t.api.get(`/api/TwoFactor/Otp/${otp.OtpIdReference}`);
      assert.deepEqual([status.body.Status, status.body.RemainingExpirationSeconds], [9, 0], status.text);
      assert.equal((await t.api.post(CANCEL).send({ OtpIdReference: otp.OtpIdReference })).body.Code, 3105, 'canceled once');
      assert.equal((await t.api.post(CANCEL).send({ OtpIdReference: randomUUID() })).body.Code, 3100);
      assert.equal((await t.api.post(CANCEL).send({})).body.Code, 1000);
      await until('the canceled event', () => receiver.of(otp.OtpIdReference).some((e) => e.type === 'verification.canceled'));
    });

    it('cancel before the queued SMS went out: it is never sent', async () => {
      await t.app.dispatcher.stop();
      const queued = await t.api.post(CREATE).send(createBody({ TwoFactorConfigurationId: CONFIGURATION, IsSync: false }));
      assert.equal(queued.body.Code, 2, queued.text);
      assert.equal((await t.api.post(CANCEL).send({ OtpIdReference: queued.body.OtpIdReference })).body.Code, 1);
      t.app.dispatcher.start();
      const settled = await until('the outbox row settled', async () => {
        const [row] = await t.app.dataSource.query('SELECT status FROM sms_outbox WHERE otp_id = ?', [queued.body.Id]);
        return row.status !== 'pending' && row.status;
      });
      assert.equal(settled, 'expired');
      assert.equal(stub.lastFor(queued.body.OtpIdReference), undefined, 'nothing reached MessageBird');
    });

    /** A status report as MessageBird sends it: GET with the query, signed over the URL it called. */
    const report = async (query: Record<string, string>, key = signingKey, signedQuery = query): Promise<number> => {
      const qs = `?${new URLSearchParams(query)}`;
      const urlHash = createHash('sha256').update(`${REPORT_URL}?${new URLSearchParams(signedQuery)}`).digest('hex');
      const now = Math.floor(clock.now() / 1000);
      const jwt = await new SignJWT({ url_hash: urlHash }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuer('MessageBird')
        .setJti(randomUUID()).setIssuedAt(now).setNotBefore(now).setExpirationTime(now + 300).sign(Buffer.from(key, 'utf8'));
      const res = await t.api.get(`/webhooks/messagebird${qs}`).set('MessageBird-Signature-JWT', jwt);
      return res.status;
    };

    it('delivery reports: authenticated by MessageBird\'s signature, move the message, show in status and callbacks', async () => {
      const delivered = await create({ IsSync: true });
      const failed = await create({ IsSync: true });
      const sms = stub.lastFor(delivered.OtpIdReference)!;
      assert.equal(sms.body.reportUrl, REPORT_URL, 'MessageBird is told where to report');
      const q = (otp: { OtpIdReference: string }, status: string): Record<string, string> => ({
        id: stub.lastFor(otp.OtpIdReference)!.messageId!, reference: otp.OtpIdReference, recipient: '905320000000', status, statusDatetime: new Date(clock.now()).toISOString(),
      });
      const statusOf = async (ref: string): Promise<number> => (await t.api.get(`/api/TwoFactor/Otp/${ref}`)).body.Status;

      assert.equal(await report(q(delivered, 'delivered'), 'not-the-signing-key'), 401, 'wrong key');
      assert.equal(await report(q(delivered, 'delivered'), signingKey, q(delivered, 'buffered')), 401, 'query changed after signing');
      assert.equal((await t.api.get(`/webhooks/messagebird?${new URLSearchParams(q(delivered, 'delivered'))}`)).status, 401, 'unsigned');
      assert.equal(await statusOf(delivered.OtpIdReference), 1, 'still Sent');

      assert.equal(await report(q(delivered, 'buffered')), 200);
      assert.equal(await report(q(delivered, 'delivered')), 200);
      assert.equal(await report(q(delivered, 'delivered')), 200, 'a repeated report is acknowledged');
      assert.equal(await report(q(failed, 'delivery_failed')), 200);
      assert.equal(await report({ ...q(failed, 'delivered'), id: 'mb-not-this-message' }), 200, 'another message id moves nothing');
      assert.equal(await report({ id: 'x' }), 400);

      assert.equal(await statusOf(delivered.OtpIdReference), 2, 'Delivered');
      assert.equal(await statusOf(failed.OtpIdReference), 6, 'Failed');
      const rows: { status: string }[] = await t.app.dataSource.query('SELECT o.status FROM sms_outbox o WHERE o.otp_id IN (?, ?) ORDER BY o.otp_id', [delivered.Id, failed.Id]);
      assert.deepEqual(rows.map((r) => r.status), ['delivered', 'undeliverable']);
      const d = await until('delivered event', () => receiver.of(delivered.OtpIdReference).some((e) => e.type === 'message.delivered') && receiver.of(delivered.OtpIdReference));
      assert.equal(d.filter((e) => e.type === 'message.delivered').length, 1, 'one event for two identical reports');
      await until('undeliverable event', () => receiver.of(failed.OtpIdReference).some((e) => e.type === 'message.undeliverable'));
    });

    it('reports an OTP that expired unused, once', async () => {
      const otp = await create({ IsSync: true, OtpExpirationPeriod: 60 });
      clock.offset += 10 * 60_000;
      const got = await until('expired event', () => receiver.of(otp.OtpIdReference).some((e) => e.type === 'verification.expired') && receiver.of(otp.OtpIdReference));
      assert.equal(got.filter((e) => e.type === 'verification.expired').length, 1);
      const rows: unknown[] = await t.app.dataSource.query('SELECT id FROM otp WHERE expiry_reported_at_ms IS NULL AND expires_at_ms <= ?', [clock.now()]);
      assert.deepEqual(rows, [], 'every expiry looked at once');
    });
  });
}

describe('webhook URLs and addresses (SSRF rule) with default settings', () => {
  const stub = new MessageBirdStub();
  const receiver = new WebhookReceiver();
  let db: TestDatabase;
  let t: RunningApp;
  before(async () => {
    await stub.start();
    await receiver.start();
    db = await DATABASES[0]!.create();
    t = await startApp(testConfig(db.url));
  });
  after(async () => { await t?.stop(); await receiver.stop(); await stub.stop(); await db?.drop(); });

  it('refuses loopback, private and link-local receivers unless development settings allow them', async () => {
    const bearer = `Bearer ${await tokenFor(t.app.config.auth, { tenantId: 'ssrf', userId: 'admin' })}`;
    for (const url of [receiver.url, 'http://localhost/x', 'http://10.1.2.3/x', 'http://169.254.169.254/latest/meta-data', 'http://[::1]/x', 'http://[::ffff:127.0.0.1]/x']) {
      const res = await t.api.post('/v1/webhooks').set('Authorization', bearer).send({ url });
      assert.equal(res.status, 400, `${url}: ${res.text}`);
      assert.match(res.body.message, /not allowed/);
    }
    const ok = await t.api.post('/v1/webhooks').set('Authorization', bearer).send({ url: 'https://hooks.example.com/stackport' });
    assert.equal(ok.status, 200, ok.text);
  });

  it('refuses, at connection time, a name that resolves to a private address', async () => {
    const { postEvent } = await import('../../src/twofactor/webhooks/webhook-poster.js');
    const result = await postEvent(`http://localhost:${receiver.port}/hooks`, 'whsec_test', randomUUID(), '{}', Math.floor(Date.now() / 1000), { timeoutMs: 2000, allowPrivate: false });
    assert.deepEqual([result.ok, receiver.accepted.length + receiver.rejected], [false, 0], JSON.stringify(result));
  });
});
