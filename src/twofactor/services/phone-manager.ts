/**
 * Zitadel's "my phone": set a number (a code goes out by SMS, through the outbox like every other
 * code), verify it with that code, send another, remove it. A verified number is what
 * AddMyAuthFactorOTPSMS requires (auth-factor-manager.ts). The code is an ordinary OTP of purpose
 * `phone:<tenant>`: stored hashed, limited by its configuration's send window and attempts.
 * Changing or removing the number needs a step-up proof once a second factor is ready (the
 * product's rule for changes, second-factor-guard.ts): otherwise a stolen token could move the
 * SMS factor's codes to another phone.
 */
import type { CountryCode } from 'libphonenumber-js';
import type { Principal } from '../auth/principal.js';
import type { Clock } from '../domain/clock.js';
import { normalizeMobileNumber } from '../domain/phone-number.js';
import type { Logger } from '../logger.js';
import type { ChangeDetails } from '../persistence/auth-factor-store.js';
import type { OtpStore } from '../persistence/otp-store.js';
import type { PhoneRow, UserPhoneStore } from '../persistence/user-phone-store.js';
import { FactorError, type FactorProblem } from './factor-error.js';
import type { OtpIssuer } from './otp-issuer.js';
import type { OtpVerifier, VerifyOutcome } from './otp-verifier.js';
import type { SecondFactorGuard } from './second-factor-guard.js';

export interface PhoneManagerDeps {
  phones: UserPhoneStore;
  issuer: OtpIssuer;
  verifier: OtpVerifier;
  otps: OtpStore;
  clock: Clock;
  configurationId: number;
  defaultRegion: CountryCode;
  guard: SecondFactorGuard;
}

const VERIFY_PROBLEMS: Record<Exclude<VerifyOutcome, 'verified'>, FactorProblem> = {
  malformed: 'code-invalid', invalid: 'code-invalid', expired: 'phone-code-expired', used: 'phone-code-missing',
  superseded: 'phone-code-missing', canceled: 'phone-code-missing', 'attempts-exhausted': 'phone-code-exhausted',
};

const purposeOf = (p: Principal): string => `phone:${p.tenantId}`;

export class PhoneManager {
  constructor(private readonly d: PhoneManagerDeps) {}

  find(p: Principal): Promise<PhoneRow | undefined> {
    return this.d.phones.find(p);
  }

  async set(p: Principal, phone: string, proof: string | undefined, log: Logger): Promise<ChangeDetails> {
    const normalized = normalizeMobileNumber(phone, this.d.defaultRegion);
    if (!normalized.ok) throw new FactorError('phone-invalid');
    await this.d.guard.requireStepUp(p, proof);
    // The code goes out first: a number refused by the send window is not stored either.
    if ((await this.d.phones.find(p))?.e164 === normalized.e164) throw new FactorError('phone-unchanged');
    await this.sendCode(p, normalized.e164, log);
    const details = await this.d.phones.set(p, normalized.e164, this.d.clock.now());
    if (details === 'unchanged') throw new FactorError('phone-unchanged');
    log.info('phone.set', { tenant: p.tenantId, user: p.userId, sequence: details.sequence });
    return details;
  }

  async resend(p: Principal, log: Logger): Promise<ChangeDetails> {
    const phone = await this.d.phones.find(p);
    if (!phone) throw new FactorError('phone-missing');
    if (phone.verified) throw new FactorError('phone-already-verified');
    await this.sendCode(p, phone.e164, log);
    return this.d.phones.codeSent(p, this.d.clock.now());
  }

  async verify(p: Principal, code: string, log: Logger): Promise<ChangeDetails> {
    const phone = await this.d.phones.find(p);
    if (!phone) throw new FactorError('phone-missing');
    if (phone.verified) throw new FactorError('phone-already-verified');
    const otp = await this.d.otps.latestFor(p.userId, purposeOf(p));
    if (!otp || otp.gsmNumber !== phone.e164) throw new FactorError('phone-code-missing');
    const outcome = await this.d.verifier.verify(otp, code.trim(), (o) => o.purpose === purposeOf(p) && o.userId === p.userId, log);
    if (outcome !== 'verified') throw new FactorError(VERIFY_PROBLEMS[outcome]);
    const details = await this.d.phones.verify(p, phone.e164, this.d.clock.now());
    // The number changed between the look-up and now: the code was for the old one.
    if (!details) throw new FactorError('phone-code-missing');
    log.info('phone.verified', { tenant: p.tenantId, user: p.userId, sequence: details.sequence });
    return details;
  }

  async remove(p: Principal, proof: string | undefined, log: Logger): Promise<ChangeDetails> {
    await this.d.guard.requireStepUp(p, proof);
    const details = await this.d.phones.remove(p, this.d.clock.now());
    if (!details) throw new FactorError('phone-missing');
    log.info('phone.removed', { tenant: p.tenantId, user: p.userId, sequence: details.sequence });
    return details;
  }

  private async sendCode(p: Principal, e164: string, log: Logger): Promise<void> {
    const outcome = await this.d.issuer.issue({
      userId: p.userId, gsmNumber: e164, configurationId: this.d.configurationId, purpose: purposeOf(p), isSync: false, source: 'zitadel-phone',
    }, log);
    if (outcome.kind === 'rate-limited') throw new FactorError('send-limited', outcome.retryAfterSeconds);
    if (outcome.kind === 'configuration') throw new FactorError('phone-unavailable');
    if (outcome.kind === 'invalid') throw new FactorError('phone-invalid');
  }
}
