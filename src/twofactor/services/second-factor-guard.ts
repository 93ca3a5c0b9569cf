/**
 * What stands between a bearer token and the user's second factor, for both route families:
 * - every code check (TOTP, recovery code) first claims a slot of the user's one attempt budget
 *   (attempt-budget-store.ts), so neither concurrency nor switching between TOTP and recovery
 *   codes buys more than `maxFailures` wrong guesses per window;
 * - changes that would weaken the second factor (adding or removing a factor while one is ready,
 *   new recovery codes) need a step-up token from a successful check and are refused while the
 *   user is locked out. With no second factor yet (first enrolment) there is nothing to prove.
 */
import type { Owner } from '../persistence/auth-factor-store.js';
import type { AuthFactorStore } from '../persistence/auth-factor-store.js';
import type { AttemptBudgetStore } from '../persistence/attempt-budget-store.js';
import type { Clock } from '../domain/clock.js';
import type { StepUpTokens } from '../domain/step-up-token.js';
import { FactorError } from './factor-error.js';

export interface SecondFactorGuardDeps {
  budget: AttemptBudgetStore;
  factors: AuthFactorStore;
  tokens: StepUpTokens;
  clock: Clock;
}

export class SecondFactorGuard {
  constructor(private readonly d: SecondFactorGuardDeps) {}

  /**
   * Runs `check` on a claimed attempt. `check` answers undefined for a wrong code, which keeps
   * the attempt counted; a right code — or a throw, which is no guess — gives it back.
   */
  async attempt<T>(o: Owner, check: () => Promise<T | undefined>): Promise<T | undefined> {
    const claim = await this.d.budget.claim(o, this.d.clock.now());
    if (claim !== true) throw locked(claim);
    let wrong = false;
    try {
      const result = await check();
      wrong = result === undefined;
      if (wrong) await this.d.budget.fail(o, this.d.clock.now());
      return result;
    } finally {
      if (!wrong) await this.d.budget.refund(o);
    }
  }

  /** A token proving the check that just succeeded. */
  async stepUpToken(o: Owner): Promise<string> {
    return this.d.tokens.issue({ ...o, lastChange: await this.d.factors.lastChange(o) }, this.d.clock.now());
  }

  /** Refuses a change of a user who has a second factor, unless proven (`token`) and not locked out. */
  async requireStepUp(o: Owner, token: string | undefined): Promise<void> {
    if (!(await this.d.factors.hasSecondFactor(o))) return;
    const now = this.d.clock.now();
    const lockedFor = await this.d.budget.lockedUntil(o, now);
    if (lockedFor !== undefined) throw locked(lockedFor);
    if (!this.d.tokens.valid(token, { ...o, lastChange: await this.d.factors.lastChange(o) }, now)) throw new FactorError('step-up-required');
  }
}

function locked(ms: number): FactorError {
  return new FactorError('locked', Math.max(1, Math.ceil(ms / 1000)));
}
