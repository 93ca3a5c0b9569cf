/**
 * Checking a code. Unknown references, OTPs of another user or purpose, and wrong codes all get
 * the same answer after the same work (an HMAC and a conditional UPDATE), so none of them tells
 * an attacker more than the others. Every guess first claims one of the OTP's attempts (one
 * conditional UPDATE), so however many arrive at once, at most max_attempts codes are checked and
 * every other guess is told the attempts are exhausted. A right code wins only through the one
 * conditional UPDATE that consumes the OTP, so two concurrent right answers verify once.
 */
import type { Clock } from '../domain/clock.js';
import { codeMatches, dummyCodeCheck, isWellFormedCode } from '../domain/otp-code.js';
import type { Logger } from '../logger.js';
import type { OtpEntity } from '../persistence/entities/index.js';
import type { OtpStore } from '../persistence/otp-store.js';
import type { WebhookEvents } from '../webhooks/webhook-events.js';

export type VerifyOutcome = 'verified' | 'malformed' | 'invalid' | 'expired' | 'used' | 'superseded' | 'canceled' | 'attempts-exhausted';

export class OtpVerifier {
  constructor(
    private readonly otps: OtpStore,
    private readonly peppers: ReadonlyMap<string, Buffer>,
    private readonly currentPepper: Buffer,
    private readonly clock: Clock,
    private readonly events?: WebhookEvents,
  ) {}

  /**
   * `belongs` decides whether the OTP may be verified by this caller (user, purpose, tenant);
   * `log`: the request's (request-log.ts).
   */
  async verify(otp: OtpEntity | null, code: unknown, belongs: (otp: OtpEntity) => boolean, log: Logger): Promise<VerifyOutcome> {
    if (!isWellFormedCode(code)) return 'malformed';
    const now = this.clock.now();
    if (!otp || !belongs(otp)) {
      dummyCodeCheck(this.currentPepper, code);
      await this.otps.claimAttempt(-1, now);
      return 'invalid';
    }
    const state = stateOf(otp, now);
    if (state) return report(log, otp, state);
    // Only a guess that got one of the OTP's attempts is checked; the others learn why not.
    if (!(await this.otps.claimAttempt(otp.id, now))) return report(log, otp, await this.stateNow(otp, now));
    const pepper = this.peppers.get(otp.pepperKeyId);
    const right = pepper !== undefined && codeMatches(pepper, { reference: otp.reference, userId: otp.userId, purpose: otp.purpose }, code, otp.codeHash);
    if (!right) {
      await this.reportWrongCode(otp);
      return report(log, otp, 'invalid');
    }
    if (await this.otps.consume(otp.id, now)) {
      await this.events?.emit('verification.approved', otp);
      return report(log, otp, 'verified');
    }
    // Lost a race (a concurrent verification, a newer OTP, the clock): say what won.
    return report(log, otp, await this.stateNow(otp, now));
  }

  /** A failed attempt, numbered; the one that used up the attempts also reports that. */
  private async reportWrongCode(otp: OtpEntity): Promise<void> {
    if (!this.events) return;
    const attempts = (await this.otps.findById(otp.id))?.attempts ?? otp.attempts + 1;
    await this.events.emit('verification.failed_attempt', otp, { attempt: attempts }, attempts);
    if (attempts >= otp.maxAttempts) await this.events.emit('verification.max_attempts_reached', otp, { attempts });
  }

  private async stateNow(otp: OtpEntity, now: number): Promise<VerifyOutcome> {
    const fresh = await this.otps.findById(otp.id);
    return (fresh && stateOf(fresh, now)) || 'invalid';
  }
}

function report(log: Logger, otp: OtpEntity, outcome: VerifyOutcome): VerifyOutcome {
  log.info('otp.verify', { otpId: otp.id, outcome });
  return outcome;
}

/** Why an OTP can no longer be verified, or undefined while it can. */
export function stateOf(otp: OtpEntity, now: number): Exclude<VerifyOutcome, 'verified' | 'malformed' | 'invalid'> | undefined {
  if (otp.consumedAtMs !== null) return 'used';
  if (otp.supersededAtMs !== null) return 'superseded';
  if (otp.canceledAtMs !== null) return 'canceled';
  if (otp.expiresAtMs <= now) return 'expired';
  if (otp.attempts >= otp.maxAttempts) return 'attempts-exhausted';
  return undefined;
}
