/**
 * What the conversion guard reads and writes: how many codes a configuration sent to a destination
 * prefix in a window and how many of them were verified (straight from the otp table, so there is
 * no second count to keep right), and the holds it places. A hold is started by one conditional
 * write, so of concurrent requests that find the same prefix failing exactly one starts it — and
 * the tenant is told once per hold.
 */
import type { Database } from './database.js';
import { exec, insertIgnore, num, numOrNull } from './sql.js';

export interface ConversionStats {
  sent: number;
  verified: number;
}

export class PrefixHoldStore {
  constructor(private readonly db: Database) {}

  async stats(configurationId: number, prefix: string, sinceMs: number): Promise<ConversionStats> {
    const r = await this.db.run((m) => exec(m, 'SELECT COUNT(*) AS sent, SUM(CASE WHEN consumed_at_ms IS NULL THEN 0 ELSE 1 END) AS verified '
      + 'FROM otp WHERE configuration_id = ? AND gsm_number LIKE ? AND created_at_ms > ?', [configurationId, `${prefix}%`, sinceMs]));
    return { sent: num(r.rows[0]?.sent ?? 0), verified: num(r.rows[0]?.verified ?? 0) };
  }

  /** When the prefix's hold ends, if it is held at `now`. */
  async heldUntil(configurationId: number, prefix: string, now: number): Promise<number | undefined> {
    const r = await this.db.run((m) => exec(m, 'SELECT held_until_ms FROM prefix_hold WHERE configuration_id = ? AND prefix = ?', [configurationId, prefix]));
    const until = numOrNull(r.rows[0]?.held_until_ms);
    return until !== null && until > now ? until : undefined;
  }

  /** Holds the prefix until `untilMs`; true when this call started the hold (none was running). */
  async hold(configurationId: number, prefix: string, untilMs: number, now: number): Promise<boolean> {
    const created = await this.db.run((m) => exec(m, `${insertIgnore(this.db.kind)} INTO prefix_hold (configuration_id, prefix, held_until_ms) VALUES (?, ?, ?)`,
      [configurationId, prefix, untilMs]));
    if (created.affected === 1) return true;
    const renewed = await this.db.run((m) => exec(m, 'UPDATE prefix_hold SET held_until_ms = ? WHERE configuration_id = ? AND prefix = ? AND held_until_ms <= ?',
      [untilMs, configurationId, prefix, now]));
    return renewed.affected === 1;
  }
}
