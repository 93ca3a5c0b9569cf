/**
 * The SMS-pumping defence over real HTTP, on every database under test, configured through the
 * self-service API: limits per destination prefix, per client IP and per tenant answer
 * CreateTwoFactorSmsOtp's throttling envelope (SendLimitExceeded, 4010) with Retry-After, as the
 * per-user window does (4000); the conversion guard holds a prefix whose codes are not verified
 * (DestinationHeld, 4011) and tells the tenant once. A simulated attack — many numbers in one
 * prefix, none verified — is contained while other prefixes keep working, also when its requests
 * arrive together on many connections (support/burst.ts). Time is the app's manual clock.
 */
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { appPerDatabase } from './support/app-per-database.js';
import { burst } from './support/burst.js';
import { callerFor, send } from './support/factor-client.js';
import { createBody } from './support/helpers.js';
import { DATABASES } from './support/test-databases.js';
import type { RunningApp } from './support/test-app.js';

const CREATE_OTP = '/api/TwoFactor/CreateTwoFactorSmsOtp';
const VERIFY_OTP = '/api/TwoFactor/VerifyTwoFactorSmsOtp';

/** A fresh Turkish mobile number in the operator prefix `+90<operator>` (530–539). */
const numberIn = (operator: number): string => `+90${operator}${randomInt(0, 10_000_000).toString().padStart(7, '0')}`;

let tenants = 0;

for (const target of DATABASES) {
  describe(`SMS-pumping defence on ${target.kind}`, { skip: target.skip }, () => {
    const suite = appPerDatabase(target, { exposeOtpCode: true });
    let t: RunningApp;
    before(() => { t = suite.t; });

    /** A configuration of a tenant of its own (so no counter is shared with another test). */
    async function configuration(settings: object, tenant = `pump-${process.pid}-${++tenants}`): Promise<number> {
      const res = await send(t, await callerFor(t, tenant), 'post', '/api/TwoFactor/Configurations', { ...settings, MaxSMSCount: 100, MaxSMSInterval: 60 });
      assert.equal(res.status, 201, res.text);
      return res.body.Configuration.Id as number;
    }

    const otp = (configurationId: number, gsm: string) => t.api.post(CREATE_OTP).set('Content-Type', 'application/json')
      .send(createBody({ GsmNumber: gsm, TwoFactorConfigurationId: configurationId, IsSync: false, OtpExpirationPeriod: 0 }));

    const otpsIn = async (configurationId: number, prefix: string): Promise<number> =>
      Number((await t.app.dataSource.query('SELECT COUNT(*) AS n FROM otp WHERE configuration_id = ? AND gsm_number LIKE ?', [configurationId, `${prefix}%`]))[0].n);

    const heldEvents = (): string[] => t.log.lines.filter((l) => l.includes('pumping.prefix_held'));

    it('a prefix limit contains an attack on one prefix; other prefixes keep working; the window ends', async () => {
      const id = await configuration({ PrefixSendLimit: 10, SendLimitWindow: 3600 });
      const answers = [];
      for (let i = 0; i < 25; i++) answers.push(await otp(id, numberIn(532)));
      assert.deepEqual(answers.map((r) => r.body.Code), [...Array(10).fill(2), ...Array(15).fill(4010)], answers.map((r) => r.text).join('\n'));
      const refused = answers[10]!;
      assert.deepEqual([refused.status, refused.headers['retry-after'], refused.body.Success, refused.body.OtpIdReference], [200, '3600', false, null]);
      assert.equal(refused.body.ExceptionMessage, 'Too many OTP requests; try again later.');
      for (let i = 0; i < 5; i++) assert.equal((await otp(id, numberIn(533))).body.Code, 2, 'another prefix is not affected');
      assert.equal(await otpsIn(id, '+90532'), 10);
      t.clock.advance(1000_000);
      assert.equal((await otp(id, numberIn(532))).headers['retry-after'], '2600', 'Retry-After counts down with the window');
      t.clock.advance(2600_000);
      assert.equal((await otp(id, numberIn(532))).body.Code, 2, 'a new window has room');
    });

    it('per client IP and per tenant: each limit refuses with Retry-After, and only its own scope', async () => {
      const byIp = await configuration({ IpSendLimit: 4, SendLimitWindow: 600 });
      const ip = [];
      for (const operator of [530, 531, 532, 533, 534]) ip.push(await otp(byIp, numberIn(operator)));
      assert.deepEqual(ip.map((r) => r.body.Code), [2, 2, 2, 2, 4010]);
      assert.equal(ip[4]!.headers['retry-after'], '600');

      const tenant = `pump-tenant-${process.pid}-${++tenants}`;
      const first = await configuration({ TenantSendLimit: 3 }, tenant);
      const second = await configuration({ TenantSendLimit: 3 }, tenant);
      const other = await configuration({ TenantSendLimit: 3 });
      const codes = [];
      for (const id of [first, second, first, second, first]) codes.push((await otp(id, numberIn(535))).body.Code);
      assert.deepEqual(codes, [2, 2, 2, 4010, 4010], 'the tenant\'s configurations share its limit');
      assert.equal((await otp(other, numberIn(535))).body.Code, 2, 'another tenant has its own');
    });

    it('the conversion guard holds a prefix whose codes are not verified, tells the tenant once, and lets converting prefixes through', async () => {
      const id = await configuration({ MinConversionPercent: 30, ConversionMinSample: 10, ConversionWindow: 3600 });
      const eventsBefore = heldEvents().length;
      for (let i = 0; i < 10; i++) assert.equal((await otp(id, numberIn(532))).body.Code, 2);
      // A prefix whose users verify: 4 of 10 (40 % ≥ 30 %).
      for (let i = 0; i < 10; i++) {
        const res = await otp(id, numberIn(533));
        if (i < 4) {
          const ok = await t.api.post(VERIFY_OTP).set('Content-Type', 'application/json').send({ OtpIdReference: res.body.OtpIdReference, OtpCode: res.body.OtpCode });
          assert.equal(ok.body.Code, 1, ok.text);
        }
      }
      const held = await otp(id, numberIn(532));
      assert.deepEqual([held.body.Code, held.headers['retry-after'], held.body.ExceptionMessage], [4011, '3600', 'OTPs to this destination are on hold; try again later.']);
      t.clock.advance(600_000);
      const still = await otp(id, numberIn(532));
      assert.deepEqual([still.body.Code, still.headers['retry-after']], [4011, '3000']);
      assert.equal((await otp(id, numberIn(533))).body.Code, 2, 'the converting prefix keeps working');
      const events = heldEvents().slice(eventsBefore);
      assert.equal(events.length, 1, events.join('\n'));
      assert.deepEqual(JSON.parse(events[0]!), { ...JSON.parse(events[0]!), configurationId: id, prefix: '+90532', sent: 10, verified: 0 });
      assert.equal(await otpsIn(id, '+90532'), 10);
      // The hold ends with its window, and the unverified codes have left it by then.
      t.clock.advance(3000_000);
      assert.equal((await otp(id, numberIn(532))).body.Code, 2);
    });

    it('an attack arriving all at once on 60 connections: exactly the limit is sent, the hold is announced once', async () => {
      const id = await configuration({ PrefixSendLimit: 10, MinConversionPercent: 50, ConversionMinSample: 5 });
      const request = () => ({ method: 'POST', path: CREATE_OTP, body: createBody({ GsmNumber: numberIn(536), TwoFactorConfigurationId: id, IsSync: false, OtpExpirationPeriod: 0 }) });
      const before = heldEvents().length;
      const answers = await burst(t.baseUrl, Array.from({ length: 60 }, request));
      const codes = answers.map((a) => a.json().Code as number);
      const sent = codes.filter((c) => c === 2).length;
      assert.ok(sent >= 5 && sent <= 10, `between the guard's sample and the prefix limit were sent: ${sent} (${codes.join(',')})`);
      assert.ok(codes.every((c) => c === 2 || c === 4010 || c === 4011), codes.join(','));
      assert.ok(answers.every((a) => a.json().Code === 2 || Number(a.headers['retry-after']) > 0), 'every refusal says when to retry');
      assert.equal(await otpsIn(id, '+90536'), sent);
      // Sent unverified: the guard holds the prefix, announced once however many requests find it.
      const again = await burst(t.baseUrl, Array.from({ length: 40 }, request));
      assert.ok(again.every((a) => a.json().Code === 4011), again.map((a) => a.text).join('\n'));
      assert.equal(heldEvents().length - before, 1);

      const limitOnly = await configuration({ PrefixSendLimit: 10 });
      const flood = await burst(t.baseUrl, Array.from({ length: 60 }, () => ({ ...request(), body: createBody({ GsmNumber: numberIn(537), TwoFactorConfigurationId: limitOnly, IsSync: false, OtpExpirationPeriod: 0 }) })));
      const floodCodes = flood.map((a) => a.json().Code as number);
      assert.deepEqual([floodCodes.filter((c) => c === 2).length, floodCodes.filter((c) => c === 4010).length], [10, 50], floodCodes.join(','));
      assert.equal(await otpsIn(limitOnly, '+90537'), 10);
    });
  });
}
