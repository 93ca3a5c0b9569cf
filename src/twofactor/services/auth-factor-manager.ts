/**
 * The second-factor rules both route families share: one TOTP key, one SMS and one email factor
 * per user and tenant; a TOTP key is unconfirmed until a first code proves the authenticator app has it;
 * every accepted code's time step is stored by compare-and-set, so a code is accepted once; every
 * check claims an attempt of the user's budget and changes need a step-up proof once a second
 * factor is ready (second-factor-guard.ts); adding a message factor needs a verified destination
 * (verifiedDestination below).
 */
import type { Principal } from '../auth/principal.js';
import { fileIdOf } from '../auth/tenant.js';
import type { Clock } from '../domain/clock.js';
import type { SecretBox } from '../domain/secret-box.js';
import { checkTotp, newTotpSecret, totpUri } from '../domain/totp.js';
import type { Logger } from '../logger.js';
import type { AttemptPolicy } from '../persistence/attempt-budget-store.js';
import type { AuthFactorStore, ChangeDetails, FactorRow, MessageFactorKind } from '../persistence/auth-factor-store.js';
import type { EnrollmentStore } from '../persistence/enrollment-store.js';
import type { UserPhoneStore } from '../persistence/user-phone-store.js';
import { FactorError, type FactorProblem } from './factor-error.js';
import type { SecondFactorGuard } from './second-factor-guard.js';

export interface AuthFactorManagerDeps {
  factors: AuthFactorStore;
  enrollments: EnrollmentStore;
  phones: UserPhoneStore;
  /** SecretBox for TOTP secrets at rest. */
  secrets: SecretBox;
  clock: Clock;
  totpIssuer: string;
  guard: SecondFactorGuard;
}

const MESSAGE_FACTORS: Readonly<Record<MessageFactorKind, { exists: FactorProblem; missing: FactorProblem; unverified: FactorProblem }>> = {
  otp_sms: { exists: 'otp-sms-exists', missing: 'otp-sms-missing', unverified: 'phone-not-verified' },
  otp_email: { exists: 'otp-email-exists', missing: 'otp-email-missing', unverified: 'email-not-verified' },
};

export const DEFAULT_ATTEMPT_POLICY: AttemptPolicy = { maxFailures: 5, lockMs: 5 * 60_000 };

/**
 * Each change takes the request's logger (request-log.ts) for its log line, and `proof`, the
 * request's step-up token if it sent one.
 */
export class AuthFactorManager {
  constructor(private readonly d: AuthFactorManagerDeps) {}

  /** A new (unconfirmed) key: its Base32 secret and otpauth URI, returned this once. */
  async addTotp(p: Principal, proof: string | undefined, log: Logger): Promise<{ secret: string; uri: string; details: ChangeDetails }> {
    if ((await this.d.factors.find(p, 'totp'))?.state === 'ready') throw new FactorError('totp-ready');
    await this.d.guard.requireStepUp(p, proof);
    const secret = newTotpSecret();
    const details = await this.d.factors.setPendingTotp(p, this.d.secrets.seal(secret), this.d.clock.now());
    if (details === 'ready') throw new FactorError('totp-ready');
    log.info('factor.totp.added', this.ids(p, details));
    return { secret, uri: totpUri(this.d.totpIssuer, p.accountName, secret), details };
  }

  /** Confirms the unconfirmed key with a first code. */
  async confirmTotp(p: Principal, code: string, log: Logger): Promise<ChangeDetails> {
    const factor = await this.d.factors.find(p, 'totp');
    if (!factor) throw new FactorError('totp-missing');
    if (factor.state === 'ready') throw new FactorError('totp-already-confirmed');
    const step = await this.checkCode(p, factor, code, log);
    const details = await this.d.factors.confirmTotp(p, factor, step, this.d.clock.now());
    if (!details) {
      // Lost a race: another request confirmed (or replaced) the key in between.
      const now = await this.d.factors.find(p, 'totp');
      throw new FactorError(now?.state === 'ready' ? 'totp-already-confirmed' : 'code-reused');
    }
    log.info('factor.totp.confirmed', this.ids(p, details));
    return details;
  }

  /** Checks a code of the confirmed key (a login's second step); each code is accepted once. */
  async checkTotpCode(p: Principal, code: string, log: Logger): Promise<void> {
    const factor = await this.d.factors.find(p, 'totp');
    if (!factor) throw new FactorError('totp-missing');
    if (factor.state !== 'ready') throw new FactorError('totp-not-ready');
    const step = await this.checkCode(p, factor, code, log);
    if (!(await this.d.factors.acceptTimeStep(p, factor, step))) {
      log.warn('factor.totp.replay_refused', { tenant: p.tenantId, user: p.userId });
      throw new FactorError('code-reused');
    }
    log.info('factor.totp.checked', { tenant: p.tenantId, user: p.userId });
  }

  async removeTotp(p: Principal, proof: string | undefined, log: Logger): Promise<ChangeDetails> {
    await this.d.guard.requireStepUp(p, proof);
    const details = await this.d.factors.remove(p, 'totp', this.d.clock.now());
    if (!details) throw new FactorError('totp-missing');
    log.info('factor.totp.removed', this.ids(p, details));
    return details;
  }

  /** Zitadel's order: an existing factor is reported before an unverified phone or email. */
  async addMessageFactor(kind: MessageFactorKind, p: Principal, proof: string | undefined, log: Logger): Promise<ChangeDetails> {
    const rule = MESSAGE_FACTORS[kind];
    if (await this.d.factors.find(p, kind)) throw new FactorError(rule.exists);
    if (!(await this.verifiedDestination[kind](p))) throw new FactorError(rule.unverified);
    await this.d.guard.requireStepUp(p, proof);
    const details = await this.d.factors.addReady(p, kind, this.d.clock.now());
    if (details === 'exists') throw new FactorError(rule.exists);
    log.info(`factor.${kind}.added`, this.ids(p, details));
    return details;
  }

  async removeMessageFactor(kind: MessageFactorKind, p: Principal, proof: string | undefined, log: Logger): Promise<ChangeDetails> {
    await this.d.guard.requireStepUp(p, proof);
    const details = await this.d.factors.remove(p, kind, this.d.clock.now());
    if (!details) throw new FactorError(MESSAGE_FACTORS[kind].missing);
    log.info(`factor.${kind}.removed`, this.ids(p, details));
    return details;
  }

  /**
   * Where each message factor's codes go must be verified: the phone by Zitadel's phone endpoints
   * or the partner API's opt-in (seed 001, in the file whose FileId is the tenant id); the email
   * by the identity provider (the token's email_verified).
   */
  private readonly verifiedDestination: Readonly<Record<MessageFactorKind, (p: Principal) => Promise<boolean>>> = {
    otp_sms: async (p) => {
      if (await this.d.phones.isVerified(p)) return true;
      const fileId = fileIdOf(p.tenantId);
      return fileId !== undefined && this.d.enrollments.hasVerifiedNumber(fileId, p.userId);
    },
    otp_email: async (p) => p.verifiedEmail !== undefined,
  };

  list(p: Principal): Promise<FactorRow[]> {
    return this.d.factors.list(p);
  }

  /** The code's time step, or a FactorError; a wrong code spends an attempt, a malformed one gives it back. */
  private async checkCode(p: Principal, factor: FactorRow, code: string, log: Logger): Promise<number> {
    const step = await this.d.guard.attempt(p, async () => {
      const r = await checkTotp(this.d.secrets.open(factor.secretSealed!), code.trim(), Math.floor(this.d.clock.now() / 1000));
      if (r.valid) return r.timeStep;
      return r.malformed ? refuse(p, log, true) : undefined;
    });
    return step ?? refuse(p, log, false);
  }

  private ids(p: Principal, details: ChangeDetails): Record<string, unknown> {
    return { tenant: p.tenantId, user: p.userId, sequence: details.sequence };
  }
}

function refuse(p: Principal, log: Logger, malformed: boolean): never {
  log.warn('factor.totp.code_refused', { tenant: p.tenantId, user: p.userId, malformed });
  throw new FactorError('code-invalid');
}
