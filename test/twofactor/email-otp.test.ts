/**
 * Email one-time codes over real HTTP and real SMTP (nodemailer → an in-process smtp-server), on
 * every database under test: the partner API's CreateTwoFactorEmailOtp, sync and queued, checked
 * by the SMS operation's siblings; bad input; and the outbox's exactly-once rule when the mail
 * server is down (connections refused) or answers 451, then comes back. The dispatcher is driven
 * by hand on the manual clock, so retries happen when the test says, not after sleeps.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { containsCode, newUser } from './support/helpers.js';
import { SmtpSink } from './support/smtp-sink.js';
import { DATABASES, type TestDatabase } from './support/test-databases.js';
import { startApp, testConfig, type RunningApp } from './support/test-app.js';
import { rowToOutbox } from '../../src/twofactor/persistence/row-mappers.js';
import type { SmsOutboxEntity } from '../../src/twofactor/persistence/entities/index.js';

const CREATE = '/api/TwoFactor/CreateTwoFactorEmailOtp';
const VERIFY = '/api/TwoFactor/VerifyTwoFactorSmsOtp';
const STATUS = '/api/TwoFactor/Otp/';
let seq = 0;
const newAddress = (): string => `user${Date.now().toString(36)}${++seq}@Example.COM`;

/** The seeded configurations allow SMS only (Channels null = sms); the operator opts a configuration in to email. */
const allowEmail = (t: RunningApp, configurationId: number): Promise<unknown> =>
  t.app.dataSource.query("UPDATE two_factor_configuration SET channels = 'sms,email' WHERE id = ?", [configurationId]);

const OUTAGES = [
  { name: 'connections refused', down: (s: SmtpSink) => s.stop(), up: (s: SmtpSink) => s.start() },
  { name: 'answering 451', down: async (s: SmtpSink) => { s.refuseData = true; }, up: async (s: SmtpSink) => { s.refuseData = false; } },
];

for (const target of DATABASES) {
  describe(`email one-time codes on ${target.kind}`, { skip: target.skip }, () => {
    const sink = new SmtpSink();
    let db: TestDatabase;
    let t: RunningApp;

    before(async () => {
      await sink.start();
      db = await target.create();
      t = await startApp(testConfig(db.url, { mail: { provider: 'smtp', smtpUrl: sink.url, from: 'Stackport <otp@stackport.test>', timeoutMs: 5000 } }));
      await allowEmail(t, 1);
      t.clock.set(Date.UTC(2026, 0, 5, 9, 0, 0));
    });
    after(async () => { await t?.stop(); await sink.stop(); await db?.drop(); });

    const create = (over: Record<string, unknown>) => t.api.post(CREATE).set('Content-Type', 'application/json')
      .send(JSON.stringify({ UserId: newUser(), Email: newAddress(), TwoFactorConfigurationId: 1, OtpExpirationPeriod: 300, ...over }));
    const outboxOf = async (otpId: number): Promise<SmsOutboxEntity> =>
      rowToOutbox((await t.app.dataSource.query('SELECT * FROM sms_outbox WHERE otp_id = ?', [otpId]))[0]);

    it('a configuration whose Channels do not name email refuses email codes with 3003 before anything is stored', async () => {
      const email = newAddress();
      const sent = sink.mails.length;
      const r = await create({ Email: email, TwoFactorConfigurationId: 2, IsSync: true });
      assert.deepEqual([r.body.Success, r.body.Code, r.body.ExceptionMessage], [false, 3003, 'The two-factor configuration does not allow this channel.'], r.text);
      const stored = await t.app.dataSource.query('SELECT COUNT(*) AS n FROM otp WHERE gsm_number = ?', [email.replace('Example.COM', 'example.com')]);
      assert.equal(Number(stored[0].n), 0, 'no OTP stored');
      assert.equal(sink.mails.length, sent, 'no mail sent');
    });

    it('IsSync: the mail reaches the SMTP server before the answer; its code verifies the OTP once', async () => {
      const email = newAddress();
      const r = await create({ Email: email, IsSync: true });
      assert.equal(r.status, 200, r.text);
      assert.deepEqual([r.body.Success, r.body.Code, r.body.OtpCode], [true, 1, null], r.text);
      assert.match(r.body.Email, /^u\*\*\*\d@example\.com$/, 'the address comes back masked');
      assert.equal(r.headers['cache-control'], 'no-store');
      const mails = sink.mailsFor(r.body.OtpIdReference);
      assert.equal(mails.length, 1);
      const mail = mails[0]!;
      assert.deepEqual(mail.to, [email.replace('Example.COM', 'example.com')], 'the domain is normalised, the local part kept');
      assert.equal(mail.from, 'otp@stackport.test');
      assert.equal(mail.headers.get('subject'), 'Your verification code');
      const code = /\b(\d{6})\b/.exec(mail.text)?.[1];
      assert.ok(code, mail.text);
      assert.ok(mail.text.includes(r.body.ReferenceCode), 'the reference code is in the text');

      const status = await t.api.get(`${STATUS}${r.body.OtpIdReference}`).set('Accept', 'application/json');
      assert.equal(status.body.GsmNumber, r.body.Email, 'the status names the masked destination');
      const wrong = await t.api.post(VERIFY).send({ OtpIdReference: r.body.OtpIdReference, OtpCode: code === '000000' ? '111111' : '000000' });
      assert.deepEqual([wrong.body.Verified, wrong.body.Code], [false, 3101]);
      const ok = await t.api.post(VERIFY).send({ OtpIdReference: r.body.OtpIdReference, OtpCode: code });
      assert.deepEqual([ok.body.Verified, ok.body.Code], [true, 1], ok.text);
      const again = await t.api.post(VERIFY).send({ OtpIdReference: r.body.OtpIdReference, OtpCode: code });
      assert.deepEqual([again.body.Verified, again.body.Code], [false, 3103]);

      const outbox = await outboxOf(r.body.Id);
      assert.deepEqual([outbox.channel, outbox.status, outbox.bodySealed], ['email', 'sent', null]);
      assert.ok(!t.log.lines.some((l) => containsCode(l, code)), 'the code is in no log line');
    });

    it('IsSync=false: queued in the outbox, sent by the dispatcher; the XML dialect answers too', async () => {
      const r = await create({ IsSync: false });
      assert.deepEqual([r.body.Success, r.body.Code], [true, 2], r.text);
      assert.equal(sink.mailsFor(r.body.OtpIdReference).length, 0, 'nothing sent before the dispatcher runs');
      const queued = await outboxOf(r.body.Id);
      assert.equal(queued.status, 'pending');
      assert.notEqual(queued.bodySealed, null);
      assert.ok(!queued.bodySealed!.includes(queued.recipient), 'the body is sealed');
      await t.app.dispatcher.drain();
      assert.equal(sink.mailsFor(r.body.OtpIdReference).length, 1);
      assert.equal((await outboxOf(r.body.Id)).status, 'sent');

      const xml = await t.api.post(CREATE).set('Content-Type', 'application/xml').set('Accept', 'application/xml')
        .send(`<CreateTwoFactorEmailOtpRequest xmlns="http://schemas.datacontract.org/2004/07/BusinessLayer.Dto.Request"><Email>${newAddress()}</Email>`
          + `<IsSync>true</IsSync><TwoFactorConfigurationId>1</TwoFactorConfigurationId><UserId>${newUser()}</UserId></CreateTwoFactorEmailOtpRequest>`);
      assert.equal(xml.status, 200, xml.text);
      assert.match(xml.text, /<Code>Success<\/Code>/);
      assert.match(xml.text, /<Email>u\*\*\*\d@example\.com<\/Email>/);
    });

    it('bad input gets its code, never a crash; nothing is stored or sent', async () => {
      const before = sink.mails.length;
      for (const Email of ['not-an-address', 'a@b', 'two@@example.com', 'x'.repeat(250) + '@example.com', 'sp ace@example.com', 'a@example.com\r\nBcc: x@y.z', 42, null]) {
        const r = await create({ Email });
        assert.equal(r.status, 200, r.text);
        assert.deepEqual([r.body.Success, r.body.Code, r.body.Id], [false, 1008, 0], `${JSON.stringify(Email)}: ${r.text}`);
        assert.equal(r.body.ExceptionMessage, 'Email is not a valid email address.');
      }
      assert.equal((await create({ UserId: '00000000-0000-0000-0000-000000000000' })).body.Code, 1004);
      assert.equal((await create({ TwoFactorConfigurationId: 999 })).body.Code, 3001);
      assert.equal((await create({ OtpExpirationPeriod: 5 })).body.Code, 1006);
      assert.equal(sink.mails.length, before);
      const unreadable = await t.api.post(CREATE).set('Content-Type', 'application/json').send('{"Email": "a@b.com", "IsSync": tru');
      assert.equal(unreadable.status, 400, unreadable.text);
    });

    it('the send window holds per address: MaxEmailCount within MaxEmailInterval, then 4000 with Retry-After', async () => {
      const Email = newAddress();
      for (let i = 0; i < 2; i++) assert.equal((await create({ Email, MaxEmailCount: 2, MaxEmailInterval: 600, IsSync: false })).body.Code, 2);
      const third = await create({ Email, MaxEmailCount: 2, MaxEmailInterval: 600, IsSync: false });
      assert.deepEqual([third.body.Success, third.body.Code], [false, 4000], third.text);
      assert.ok(Number(third.headers['retry-after']) > 0, `Retry-After: ${third.headers['retry-after']}`);
      await t.app.dispatcher.drain();
    });

    it('Idempotency-Key: a retried create sends one mail and replays the first answer', async () => {
      const body = { UserId: newUser(), Email: newAddress(), TwoFactorConfigurationId: 1, IsSync: true };
      const first = await t.api.post(CREATE).set('Idempotency-Key', 'mail-retry-1').send(body);
      assert.deepEqual([first.body.Success, first.body.Code], [true, 1], first.text);
      const retry = await t.api.post(CREATE).set('Idempotency-Key', 'mail-retry-1').send(body);
      assert.equal(retry.headers['idempotent-replayed'], 'true');
      assert.equal(retry.body.OtpIdReference, first.body.OtpIdReference);
      assert.equal(sink.mailsFor(first.body.OtpIdReference).length, 1);
      const other = await t.api.post(CREATE).set('Idempotency-Key', 'mail-retry-1').send({ ...body, Email: newAddress() });
      assert.equal(other.status, 422, other.text);
    });

    it('a recipient the mail server refuses (550) answers 5102 and is not retried', async () => {
      const email = newAddress().replace('Example.COM', 'example.com');
      sink.unknownRecipients.add(email);
      const r = await create({ Email: email, IsSync: true });
      assert.deepEqual([r.body.Success, r.body.Code, r.body.ExceptionMessage], [false, 5102, 'The mail server rejected the recipient address.'], r.text);
      const o = await outboxOf(r.body.Id);
      assert.deepEqual([o.status, o.lastErrorCode, o.bodySealed], ['failed', 5002, null]);
      await t.app.dispatcher.drain();
      assert.equal(sink.mailsFor(r.body.OtpIdReference).length, 0);
      sink.unknownRecipients.delete(email);
    });

    for (const outage of OUTAGES) {
      it(`SMTP ${outage.name}, then back: every queued mail is delivered exactly once`, async () => {
        await outage.down(sink);
        const created = await Promise.all(Array.from({ length: 6 }, () => create({ IsSync: false })));
        for (const r of created) assert.deepEqual([r.body.Success, r.body.Code], [true, 2], r.text);
        const ids: number[] = created.map((r) => r.body.Id);
        const refs: string[] = created.map((r) => r.body.OtpIdReference);

        for (let round = 1; round <= 3; round++) {
          await t.app.dispatcher.drain();
          for (const id of ids) {
            const o = await outboxOf(id);
            assert.deepEqual([o.status, o.attempts, o.lastErrorCode], ['pending', round, 5004], `outbox ${id} after round ${round}: ${JSON.stringify(o)}`);
            assert.notEqual(o.bodySealed, null, 'the sealed body is kept for the next attempt');
          }
          t.clock.advance(t.app.config.dispatcher.maxBackoffMs);
        }
        for (const ref of refs) assert.equal(sink.mailsFor(ref).length, 0);

        await outage.up(sink);
        await t.app.dispatcher.drain();
        t.clock.advance(t.app.config.dispatcher.maxBackoffMs);
        await t.app.dispatcher.drain();
        for (const [i, ref] of refs.entries()) {
          assert.equal(sink.mailsFor(ref).length, 1, `${ref}: delivered exactly once`);
          const o = await outboxOf(ids[i]!);
          assert.deepEqual([o.status, o.attempts, o.bodySealed], ['sent', 4, null]);
        }
      });
    }
  });
}

describe('the development mail sink: GET /dev/mail, on the same terms as /dev/sms', () => {
  let db: TestDatabase;
  let t: RunningApp;
  before(async () => {
    db = await DATABASES[0]!.create();
    t = await startApp(testConfig(db.url, { mail: { provider: 'development', from: 'Stackport <otp@localhost>', timeoutMs: 1000, devPage: true } }));
    await allowEmail(t, 1);
  });
  after(async () => { await t?.stop(); await db?.drop(); });

  it('keeps the mail (sealed) instead of sending it and shows it to loopback clients as JSON and HTML', async () => {
    const r = await t.api.post(CREATE).send({ UserId: newUser(), Email: 'dev@example.com', TwoFactorConfigurationId: 1, IsSync: true });
    assert.deepEqual([r.body.Success, r.body.Code], [true, 1], r.text);
    const page = await t.api.get('/dev/mail?format=json');
    assert.equal(page.status, 200, page.text);
    assert.equal(page.headers['cache-control'], 'no-store');
    const mail = (page.body.messages as { to: string; reference: string; text: string }[]).find((m) => m.reference === r.body.OtpIdReference);
    assert.ok(mail, page.text);
    assert.equal(mail.to, 'dev@example.com');
    const code = /\b(\d{6})\b/.exec(mail.text)![1]!;
    const ok = await t.api.post(VERIFY).send({ OtpIdReference: r.body.OtpIdReference, OtpCode: code });
    assert.equal(ok.body.Verified, true, ok.text);
    const html = await t.api.get('/dev/mail').set('Accept', 'text/html');
    assert.match(html.text, /<title>Development mail<\/title>/);
    assert.equal((await t.api.get('/dev/mail').set('X-Forwarded-For', '203.0.113.9')).status, 404, 'not through a proxy');
    const stored = JSON.stringify(await t.app.dataSource.query('SELECT * FROM dev_mail_message'));
    assert.ok(!containsCode(stored, code), 'the stored body is sealed');
    assert.equal((await t.api.get('/dev/sms?format=json')).status, 404, 'DEV_SMS_PAGE is not implied');
  });
});

describe('no mail provider (MAIL_PROVIDER=none, production without SMTP_URL)', () => {
  it('refuses email codes with 3004 before anything is stored', async () => {
    const db = await DATABASES[0]!.create();
    const t = await startApp(testConfig(db.url, { mail: { provider: 'none', from: '', timeoutMs: 1000 } }));
    try {
      await allowEmail(t, 1);
      const r = await t.api.post(CREATE).send({ UserId: newUser(), Email: 'a@example.com', TwoFactorConfigurationId: 1, IsSync: true });
      assert.deepEqual([r.body.Success, r.body.Code, r.body.ExceptionMessage], [false, 3004, 'Email one-time passwords are not available.'], r.text);
      assert.equal((await t.app.dataSource.query('SELECT COUNT(*) AS n FROM otp'))[0].n, 0);
    } finally {
      await t.stop();
      await db.drop();
    }
  });
});
