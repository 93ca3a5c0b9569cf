/**
 * Attempt limits under concurrency, on every database under test: bursts of 200 guesses over
 * 200 connections released together (support/burst.ts), the right code at several positions.
 * Whatever the interleaving, at most the limit of wrong codes is checked — every other guess is
 * told the limit is reached, in the route's own words — and once it is reached the right code is
 * refused too. TOTP and recovery codes (seed 002), Zitadel's otp/_verify (the same factor and
 * budget), the opt-in's OTP (seed 001) and the SMS OTP (seed 000).
 */
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { codeFromUri } from './support/auth-helpers.js';
import { burst, type BurstRequest, type BurstResponse } from './support/burst.js';
import { callerFor, send, SS, ZITADEL, type Caller } from './support/factor-client.js';
import { createBody, newUser } from './support/helpers.js';
import { appPerDatabase } from './support/app-per-database.js';
import { MessageBirdStub } from './support/messagebird-stub.js';
import { DATABASES } from './support/test-databases.js';
import type { RunningApp } from './support/test-app.js';

const GUESSES = 200;
const POSITIONS = [0, 100, 199];
const TOTP_LIMIT = 5;
const OTP_LIMIT = 3;

/** `closed`: the right code got in first, and what it verified cannot be verified again. */
type Answer = 'wrong' | 'refused' | 'accepted' | 'closed';

/** One route's attempt limit: its guesses, how its answers read, and how to probe it afterwards. */
interface Shape {
  limit: number;
  /** The request guessing `code`. */
  guess(code: string): BurstRequest;
  classify(a: BurstResponse): Answer | undefined;
  /** A code that is right now (after the burst too, while it is not yet used). */
  right(): string;
}

/** Distinct six-digit codes none of which is in `avoid`. */
function wrongCodes(n: number, avoid: readonly string[]): string[] {
  const out = new Set<string>();
  while (out.size < n) {
    const c = String(randomInt(0, 1_000_000)).padStart(6, '0');
    if (!avoid.includes(c)) out.add(c);
  }
  return [...out];
}

for (const target of DATABASES) {
  describe(`attempt limits under concurrency on ${target.kind}`, { skip: target.skip }, () => {
    const suite = appPerDatabase(target, { exposeOtpCode: true });
    const { stub } = suite;
    let t: RunningApp;
    before(() => { t = suite.t; });

    const at = (uri: string, offsetMs = 0): string => codeFromUri(uri, t.clock.now() + offsetMs);
    /** The codes the server accepts now (one step either side): never used as wrong guesses. */
    const window = (uri: string): string[] => [at(uri, -30_000), at(uri), at(uri, 30_000)];
    const nextStep = (): void => t.clock.set((Math.floor(t.clock.now() / 30_000) + 1) * 30_000 + 1234);

    async function withTotp(tenantId = '1', confirm = true): Promise<{ c: Caller; uri: string; recovery: string[] }> {
      const c = await callerFor(t, tenantId);
      const uri = (await send(t, c, 'put', SS.generate, { organisationId: tenantId })).body.twoFactorUri as string;
      if (!confirm) return { c, uri, recovery: [] };
      const ok = await send(t, c, 'put', SS.confirm, { organisationId: tenantId, code: at(uri) });
      assert.equal(ok.status, 200, ok.text);
      nextStep();
      return { c, uri, recovery: ok.body.recoveryCodes as string[] };
    }

    /**
     * The burst with the right code at `position`, then wrong guesses one by one until refused:
     * all told, exactly `limit` wrong codes were checked; then the right code is refused.
     */
    async function assertHolds(shape: Shape, position: number, wrongs: string[]): Promise<void> {
      const right = shape.right();
      const guesses = wrongs.map((w, i) => shape.guess(i === position ? right : w));
      const answers = await burst(t.baseUrl, guesses);
      const kinds = answers.map((a) => shape.classify(a));
      const expected = (k: Answer | undefined, i: number): boolean =>
        k === 'wrong' || k === 'refused' || (i === position && k === 'accepted') || (k === 'closed' && kinds[position] === 'accepted');
      const odd = answers.find((_, i) => !expected(kinds[i], i));
      assert.ok(!odd, `an answer that is neither "wrong", "limit reached" nor the right code's: ${odd?.status} ${odd?.text}`);
      const checked = kinds.filter((k) => k === 'wrong').length;
      assert.ok(checked <= shape.limit, `${checked} wrong codes of ${GUESSES} concurrent guesses were checked; the limit is ${shape.limit}`);
      if (kinds[position] === 'accepted') return;
      let more = 0;
      for (let i = 0; i <= shape.limit; i++) {
        const k = shape.classify((await burst(t.baseUrl, [shape.guess(wrongs[(position + 1 + i) % wrongs.length]!)]))[0]!);
        if (k === 'refused') break;
        more++;
      }
      assert.equal(checked + more, shape.limit, `wrong codes checked: ${checked} in the burst, ${more} after it`);
      const late = (await burst(t.baseUrl, [shape.guess(shape.right())]))[0]!;
      assert.equal(shape.classify(late), 'refused', `the right code once the limit is reached: ${late.status} ${late.text}`);
    }

    const servicestack = (errorCode: string) => (a: BurstResponse): Answer | undefined => {
      if (a.status === 200) return 'accepted';
      const code = a.json().responseStatus?.errorCode;
      if (a.status === 429 && code === 'TooManyRequests' && Number(a.headers['retry-after']) >= 1) return 'refused';
      return a.status === 400 && code === errorCode ? 'wrong' : undefined;
    };

    for (const position of POSITIONS) {
      it(`TOTP verify-code: ${GUESSES} concurrent guesses, the right code at #${position}`, async () => {
        const { c, uri } = await withTotp();
        await assertHolds({
          limit: TOTP_LIMIT, right: () => { nextStep(); return at(uri); }, classify: servicestack('InvalidTwoFactorCode'),
          guess: (code) => ({ method: 'PUT', path: SS.verify, headers: c.auth, body: { organisationId: '1', code } }),
        }, position, wrongCodes(GUESSES, window(uri)));
      });

      it(`recovery codes: ${GUESSES} concurrent guesses, a right code at #${position}`, async () => {
        const { c, recovery } = await withTotp();
        let next = 0;
        await assertHolds({
          limit: TOTP_LIMIT, right: () => recovery[next++]!, classify: servicestack('InvalidRecoveryCode'),
          guess: (recoveryCode) => ({ method: 'PUT', path: SS.redeem, headers: c.auth, body: { organisationId: '1', recoveryCode } }),
        }, position, Array.from({ length: GUESSES }, (_, i) => `BBBBB-${String(i).padStart(5, '2').replace(/[01]/g, 'C')}`));
      });

      it(`Zitadel otp/_verify of a new key: ${GUESSES} concurrent guesses, the right code at #${position}`, async () => {
        const { c, uri } = await withTotp('69629023906488334', false);
        await assertHolds({
          limit: TOTP_LIMIT, right: () => at(uri),
          classify: (a) => (a.status === 200 ? 'accepted' : a.status === 429 && a.json().code === 8 ? 'refused'
            : a.status === 400 ? ({ 3: 'wrong', 9: 'closed' } as Record<number, Answer>)[a.json().code as number] : undefined),
          guess: (code) => ({ method: 'POST', path: `${ZITADEL}/otp/_verify`, headers: c.auth, body: { code } }),
        }, position, wrongCodes(GUESSES, window(uri)));
      });

      it(`opt-in verify: ${GUESSES} concurrent guesses, the right OTP at #${position}`, async () => {
        // The partner API's usual credential: an API key for file 7.
        const c = { auth: { 'X-WsAccessKey': await t.app.accessKeys.create({ tenantId: '7', userId: newUser() }) } };
        const res = await send(t, c, 'post', '/User/opt-in-to-2fa?FileId=7', { MobileNumber: `040${randomInt(0, 10_000_000).toString().padStart(7, '0')}` });
        assert.equal(res.status, 200, res.text);
        await t.app.dispatcher.drain();
        const otp = MessageBirdStub.codeIn(stub.requests.at(-1)!);
        const says = (a: BurstResponse): string => a.json().StatusMessage as string;
        await assertHolds({
          limit: OTP_LIMIT, right: () => otp,
          classify: (a) => (a.status === 200 ? 'accepted' : a.status !== 400 ? undefined
            : ({ 'The OTP is invalid.': 'wrong', 'The OTP has already been used.': 'closed' } as Record<string, Answer>)[says(a)]
              ?? (says(a).startsWith('Too many wrong OTPs.') ? 'refused' : undefined)),
          guess: (code) => ({ method: 'POST', path: '/User/verify-2fa-opt-in?FileId=7', headers: c.auth, body: { ProviderUserId: res.body.ProviderUserId, Otp: code } }),
        }, position, wrongCodes(GUESSES, [otp]));
      });

      it(`SMS OTP verify: ${GUESSES} concurrent guesses, the right code at #${position}; every guess past the limit answers 4100`, async () => {
        const created = await t.api.post('/api/TwoFactor/CreateTwoFactorSmsOtp').send(createBody());
        assert.equal(created.body.Success, true, created.text);
        const { OtpIdReference: reference, OtpCode: otp } = created.body as { OtpIdReference: string; OtpCode: string };
        await assertHolds({
          limit: OTP_LIMIT, right: () => otp,
          classify: (a) => ({ 1: 'accepted', 3101: 'wrong', 4100: 'refused', 3103: 'closed' } as Record<number, Answer>)[a.json().Code as number],
          guess: (code) => ({ method: 'POST', path: '/api/TwoFactor/VerifyTwoFactorSmsOtp', body: { OtpIdReference: reference, OtpCode: code } }),
        }, position, wrongCodes(GUESSES, [otp]));
      });
    }

    it(`TOTP and recovery codes share one budget: ${GUESSES} concurrent guesses of both kinds`, async () => {
      const { c, uri, recovery } = await withTotp();
      const wrongs = wrongCodes(GUESSES, window(uri));
      const kind = (a: BurstResponse): Answer | undefined => servicestack('InvalidTwoFactorCode')(a) ?? servicestack('InvalidRecoveryCode')(a);
      const guesses: BurstRequest[] = wrongs.map((code, i) => (i % 2
        ? { method: 'PUT', path: SS.verify, headers: c.auth, body: { organisationId: '1', code } }
        : { method: 'PUT', path: SS.redeem, headers: c.auth, body: { organisationId: '1', recoveryCode: `CCCCC-${code.replace(/[01]/g, '9').slice(0, 5)}` } }));
      const answers = await burst(t.baseUrl, guesses);
      const checked = answers.filter((a) => kind(a) === 'wrong').length;
      assert.ok(answers.every((a) => kind(a) === 'wrong' || kind(a) === 'refused'), answers.map((a) => a.status).join());
      assert.ok(checked <= TOTP_LIMIT, `${checked} wrong TOTP and recovery codes were checked together; the budget is ${TOTP_LIMIT}`);
      // Sequentially too: what is left of the budget goes to either kind, then both are locked.
      for (let i = checked; i < TOTP_LIMIT; i++) assert.equal((await send(t, c, 'put', SS.redeem, { organisationId: '1', recoveryCode: 'DDDDD-DDDDD' })).status, 400);
      nextStep();
      assert.equal((await send(t, c, 'put', SS.verify, { organisationId: '1', code: at(uri) })).status, 429, 'TOTP locked by the shared budget');
      assert.equal((await send(t, c, 'put', SS.redeem, { organisationId: '1', recoveryCode: recovery[0] })).status, 429, 'recovery codes too');
      t.clock.advance(5 * 60_000 + 1000);
      assert.equal((await send(t, c, 'put', SS.redeem, { organisationId: '1', recoveryCode: recovery[0] })).status, 200, 'the lock ends after 5 minutes');
    });
  });
}
