/**
 * Fixed-window send counters for the SMS-pumping limits (one row per scope key: client IP, tenant,
 * destination prefix). A send is counted by one conditional UPDATE before the OTP is written, the
 * same claim attempt-budget-store.ts makes, so concurrent requests cannot all see the same unspent
 * count: on MariaDB the UPDATE locks the row and re-reads it, on SQLite statements run one at a
 * time. A window opens with the first claim after the previous one ended.
 */
import type { Database } from './database.js';
import { exec, insertIgnore, numOrNull } from './sql.js';

// SET runs left to right on MariaDB, SQLite reads only old values: window_start_ms, which `used`
// reads, is therefore assigned last.
const CLAIM = `UPDATE send_counter SET used = CASE WHEN window_start_ms <= ? THEN 1 ELSE used + 1 END,
  window_start_ms = CASE WHEN window_start_ms <= ? THEN ? ELSE window_start_ms END
  WHERE counter_key = ? AND (window_start_ms <= ? OR used < ?)`;

export interface SendLimitScope {
  readonly key: string;
  readonly limit: number;
  readonly windowMs: number;
}

export class SendCounterStore {
  constructor(private readonly db: Database) {}

  /** True when the send was counted; otherwise how long (ms) until the window has room. */
  async claim(s: SendLimitScope, now: number): Promise<true | number> {
    if (await this.update(s, now)) return true;
    const created = await this.db.run((m) => exec(m, `${insertIgnore(this.db.kind)} INTO send_counter (counter_key, window_start_ms, used) VALUES (?, ?, 1)`,
      [s.key, now]));
    // Ignored: a concurrent first claim created the row after this one's UPDATE found none.
    if (created.affected === 1 || (await this.update(s, now))) return true;
    const r = await this.db.run((m) => exec(m, 'SELECT window_start_ms FROM send_counter WHERE counter_key = ?', [s.key]));
    const start = numOrNull(r.rows[0]?.window_start_ms);
    return start === null ? 1000 : Math.max(1000, start + s.windowMs - now);
  }

  /** Gives a counted send back (the OTP was not written after all). */
  async refund(key: string): Promise<void> {
    await this.db.run((m) => exec(m, 'UPDATE send_counter SET used = used - 1 WHERE counter_key = ? AND used > 0', [key]));
  }

  private async update(s: SendLimitScope, now: number): Promise<boolean> {
    const expired = now - s.windowMs;
    const r = await this.db.run((m) => exec(m, CLAIM, [expired, expired, now, s.key, expired, s.limit]));
    return r.affected === 1;
  }
}
