/**
 * Recovery codes for users with a second factor: a set of 10 shown once, each usable once;
 * regenerating invalidates the previous set and, like any change, needs a step-up proof. Redeeming
 * compares against every unused code (no early exit) on a claimed attempt of the same budget as
 * TOTP codes (second-factor-guard.ts), so switching between the two buys no extra guesses.
 */
import type { Principal } from '../auth/principal.js';
import type { Clock } from '../domain/clock.js';
import { newRecoveryCode, normaliseRecoveryCode, RECOVERY_CODE_COUNT, type RecoveryCodeHasher } from '../domain/recovery-code.js';
import type { Logger } from '../logger.js';
import type { AuthFactorStore, ChangeDetails } from '../persistence/auth-factor-store.js';
import type { RecoveryCodeStore } from '../persistence/recovery-code-store.js';
import { FactorError } from './factor-error.js';
import type { SecondFactorGuard } from './second-factor-guard.js';

export interface RecoveryCodeManagerDeps {
  factors: AuthFactorStore;
  codes: RecoveryCodeStore;
  hasher: RecoveryCodeHasher;
  clock: Clock;
  guard: SecondFactorGuard;
}

export class RecoveryCodeManager {
  constructor(private readonly d: RecoveryCodeManagerDeps) {}

  /** `proof`: the request's step-up token; `log`: the request's (request-log.ts). */
  async generate(p: Principal, proof: string | undefined, log: Logger): Promise<{ codes: string[]; details: ChangeDetails }> {
    if (!(await this.d.factors.hasSecondFactor(p))) throw new FactorError('no-second-factor');
    await this.d.guard.requireStepUp(p, proof);
    return this.issue(p, log);
  }

  /**
   * The set a TOTP key comes with once confirmed, whichever door confirmed it (seed 002's
   * confirm-key shows it; Zitadel's otp/_verify has no room to). The code just checked is the
   * proof: wrong guesses arriving meanwhile may lock the user, but not undo the confirmation.
   */
  async firstSet(p: Principal, log: Logger): Promise<string[]> {
    return (await this.issue(p, log)).codes;
  }

  private async issue(p: Principal, log: Logger): Promise<{ codes: string[]; details: ChangeDetails }> {
    const codes = new Set<string>();
    while (codes.size < RECOVERY_CODE_COUNT) codes.add(newRecoveryCode());
    const list = [...codes];
    const details = await this.d.codes.replace(p, list.map((c) => this.d.hasher.hash(c)), this.d.clock.now());
    log.info('factor.recovery_codes.generated', { tenant: p.tenantId, user: p.userId, sequence: details.sequence });
    return { codes: list, details };
  }

  /** Uses a code; returns how many unused codes are left. */
  async redeem(p: Principal, input: string, log: Logger): Promise<number> {
    const used = await this.d.guard.attempt(p, async () => {
      const code = normaliseRecoveryCode(input);
      if (!code) throw new FactorError('recovery-code-invalid');
      let match: number | undefined;
      for (const c of await this.d.codes.unused(p)) {
        if (this.d.hasher.matches(code, c.salt, c.codeHash) && match === undefined) match = c.id;
      }
      return match !== undefined && (await this.d.codes.consume(p, match, this.d.clock.now())) ? true : undefined;
    });
    if (!used) {
      log.warn('factor.recovery_code.refused', { tenant: p.tenantId, user: p.userId });
      throw new FactorError('recovery-code-invalid');
    }
    const left = await this.d.codes.count(p);
    log.info('factor.recovery_code.used', { tenant: p.tenantId, user: p.userId, remaining: left });
    return left;
  }

  count(p: Principal): Promise<number> {
    return this.d.codes.count(p);
  }
}
