/**
 * Recovery codes for users with a second factor: a set of 10 shown once, each usable once;
 * regenerating invalidates the previous set. Redeeming compares against every unused code (no
 * early exit), and wrong codes count towards the same temporary lock as TOTP codes.
 */
import type { Principal } from '../auth/principal.js';
import type { Clock } from '../domain/clock.js';
import { newRecoveryCode, normaliseRecoveryCode, RECOVERY_CODE_COUNT, type RecoveryCodeHasher } from '../domain/recovery-code.js';
import type { Logger } from '../logger.js';
import type { AttemptPolicy, AuthFactorStore, ChangeDetails } from '../persistence/auth-factor-store.js';
import type { RecoveryCodeStore } from '../persistence/recovery-code-store.js';
import { assertNotLocked } from './auth-factor-manager.js';
import { FactorError } from './factor-error.js';

export interface RecoveryCodeManagerDeps {
  factors: AuthFactorStore;
  codes: RecoveryCodeStore;
  hasher: RecoveryCodeHasher;
  clock: Clock;
  policy: AttemptPolicy;
}

export class RecoveryCodeManager {
  constructor(private readonly d: RecoveryCodeManagerDeps) {}

  /** `log`: the request's (request-log.ts). */
  async generate(p: Principal, log: Logger): Promise<{ codes: string[]; details: ChangeDetails }> {
    if (!(await this.d.factors.hasSecondFactor(p))) throw new FactorError('no-second-factor');
    const codes = new Set<string>();
    while (codes.size < RECOVERY_CODE_COUNT) codes.add(newRecoveryCode());
    const list = [...codes];
    const details = await this.d.codes.replace(p, list.map((c) => this.d.hasher.hash(c)), this.d.clock.now());
    log.info('factor.recovery_codes.generated', { tenant: p.tenantId, user: p.userId, sequence: details.sequence });
    return { codes: list, details };
  }

  /** Uses a code; returns how many unused codes are left. */
  async redeem(p: Principal, input: string, log: Logger): Promise<number> {
    const now = this.d.clock.now();
    const counter = await this.d.factors.find(p, 'recovery');
    if (!counter) throw new FactorError('recovery-code-invalid');
    assertNotLocked(counter, now);
    const code = normaliseRecoveryCode(input);
    if (!code) throw new FactorError('recovery-code-invalid');
    let match: number | undefined;
    for (const c of await this.d.codes.unused(p)) {
      if (this.d.hasher.matches(code, c.salt, c.codeHash) && match === undefined) match = c.id;
    }
    if (match === undefined || !(await this.d.codes.consume(p, match, now))) {
      await this.d.factors.recordFailure(counter.id, this.d.policy, now);
      log.warn('factor.recovery_code.refused', { tenant: p.tenantId, user: p.userId });
      throw new FactorError('recovery-code-invalid');
    }
    await this.d.factors.resetFailures(counter.id);
    const left = await this.d.codes.count(p);
    log.info('factor.recovery_code.used', { tenant: p.tenantId, user: p.userId, remaining: left });
    return left;
  }

  count(p: Principal): Promise<number> {
    return this.d.codes.count(p);
  }
}
