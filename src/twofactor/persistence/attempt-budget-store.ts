/**
 * The attempt budget of a user's second factor (TOTP and recovery codes share it): at most
 * `maxFailures` wrong codes per window. An attempt is claimed — counted — by one conditional
 * UPDATE before its code is checked, so concurrent requests cannot all see the same unspent
 * budget: only a request holding a slot has its code checked. A wrong code keeps its slot, and
 * the one that fills the budget locks it for `lockMs`; a right code gives its slot back but
 * leaves earlier wrong codes counted until their window ends. The window opens with the first
 * claim after the previous one ended and lasts `lockMs`.
 * On MariaDB the UPDATE locks the row and re-reads it, so concurrent claims queue on it; on
 * SQLite statements run one at a time anyway.
 */
import type { Owner } from './auth-factor-store.js';
import type { Database } from './database.js';
import { exec, insertIgnore, numOrNull } from './sql.js';

export interface AttemptPolicy {
  maxFailures: number;
  lockMs: number;
}

const KEY = 'tenant_id = ? AND user_id = ?';

// SET runs left to right on MariaDB (later terms see earlier ones' new values), SQLite reads only
// old values: window_start_ms, which `used` and `failures` read, is therefore assigned last.
const CLAIM = `UPDATE attempt_budget SET used = CASE WHEN window_start_ms <= ? THEN 1 ELSE used + 1 END,
  failures = CASE WHEN window_start_ms <= ? THEN 0 ELSE failures END, locked_until_ms = NULL,
  window_start_ms = CASE WHEN window_start_ms <= ? THEN ? ELSE window_start_ms END
  WHERE ${KEY} AND (locked_until_ms IS NULL OR locked_until_ms <= ?) AND (window_start_ms <= ? OR used < ?)`;

export class AttemptBudgetStore {
  constructor(private readonly db: Database, private readonly policy: AttemptPolicy) {}

  /** True when this attempt got a slot; otherwise how long (ms) until one may be free. */
  async claim(o: Owner, now: number): Promise<true | number> {
    if (await this.update(o, now)) return true;
    const created = await this.db.run((m) => exec(m, `${insertIgnore(this.db.kind)} INTO attempt_budget (tenant_id, user_id, used, failures, window_start_ms, locked_until_ms) VALUES (?, ?, 1, 0, ?, NULL)`,
      [o.tenantId, o.userId, now]));
    // Ignored: a concurrent first claim created the row after this one's UPDATE found none.
    if (created.affected === 1 || (await this.update(o, now))) return true;
    return (await this.lockedUntil(o, now)) ?? 1000;
  }

  /**
   * Counts the claimed attempt as a wrong code; the one that fills the budget sets the lock
   * (assigned first, so it reads the count before this one on both databases).
   */
  async fail(o: Owner, now: number): Promise<void> {
    await this.db.run((m) => exec(m, `UPDATE attempt_budget SET locked_until_ms = CASE WHEN failures + 1 >= ? THEN ? ELSE locked_until_ms END,
      failures = failures + 1 WHERE ${KEY}`, [this.policy.maxFailures, now + this.policy.lockMs, o.tenantId, o.userId]));
  }

  /** Gives a claimed slot back (the code was right, or no guess at all). */
  async refund(o: Owner): Promise<void> {
    await this.db.run((m) => exec(m, `UPDATE attempt_budget SET used = used - 1 WHERE ${KEY} AND used > 0`, [o.tenantId, o.userId]));
  }

  /** How long (ms) the lock still holds, or undefined when there is none. */
  async lockedUntil(o: Owner, now: number): Promise<number | undefined> {
    const r = await this.db.run((m) => exec(m, `SELECT locked_until_ms FROM attempt_budget WHERE ${KEY}`, [o.tenantId, o.userId]));
    const until = numOrNull(r.rows[0]?.locked_until_ms);
    return until !== null && until > now ? until - now : undefined;
  }

  private async update(o: Owner, now: number): Promise<boolean> {
    const expired = now - this.policy.lockMs;
    const r = await this.db.run((m) => exec(m, CLAIM, [expired, expired, expired, now, o.tenantId, o.userId, now, expired, this.policy.maxFailures]));
    return r.affected === 1;
  }
}
