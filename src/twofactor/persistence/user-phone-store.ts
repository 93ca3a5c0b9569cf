/**
 * Users' phones (Zitadel's `/users/me/phone`). Every read and write names the tenant and the user;
 * each change is one transaction with its audit event, and verifying is a conditional UPDATE that
 * re-checks the number, so a code sent to an old number cannot verify a new one.
 */
import type { EntityManager } from 'typeorm';
import { appendAuditEvent } from './audit-log.js';
import type { ChangeDetails, Owner } from './auth-factor-store.js';
import type { Database } from './database.js';
import { exec, num, numOrNull } from './sql.js';

export interface PhoneRow {
  e164: string;
  verified: boolean;
  createdAtMs: number;
  changedAtMs: number;
}

export class UserPhoneStore {
  constructor(private readonly db: Database) {}

  async find(o: Owner): Promise<PhoneRow | undefined> {
    const r = await this.db.run((m) => exec(m, 'SELECT * FROM user_phone WHERE tenant_id = ? AND user_id = ?', [o.tenantId, o.userId]));
    const row = r.rows[0];
    return row && { e164: String(row.e164), verified: numOrNull(row.verified_at_ms) !== null, createdAtMs: num(row.created_at_ms), changedAtMs: num(row.changed_at_ms) };
  }

  async isVerified(o: Owner): Promise<boolean> {
    return (await this.find(o))?.verified === true;
  }

  /** A new, unverified number; `unchanged` when the user has this number already. */
  set(o: Owner, e164: string, now: number): Promise<ChangeDetails | 'unchanged'> {
    return this.db.transaction(async (m) => {
      const r = await exec(m, 'UPDATE user_phone SET e164 = ?, verified_at_ms = NULL, changed_at_ms = ? WHERE tenant_id = ? AND user_id = ? AND e164 <> ?',
        [e164, now, o.tenantId, o.userId, e164]);
      if (r.affected === 0) {
        const existing = await exec(m, 'SELECT id FROM user_phone WHERE tenant_id = ? AND user_id = ?', [o.tenantId, o.userId]);
        if (existing.rows.length) return 'unchanged';
        await exec(m, 'INSERT INTO user_phone (tenant_id, user_id, e164, verified_at_ms, created_at_ms, changed_at_ms) VALUES (?, ?, ?, NULL, ?, ?)',
          [o.tenantId, o.userId, e164, now, now]);
      }
      return this.audit(m, o, 'phone.changed', now);
    });
  }

  /** Marks `e164` verified if it is still the user's unverified number. */
  verify(o: Owner, e164: string, now: number): Promise<ChangeDetails | undefined> {
    return this.db.transaction(async (m) => {
      const r = await exec(m, 'UPDATE user_phone SET verified_at_ms = ?, changed_at_ms = ? WHERE tenant_id = ? AND user_id = ? AND e164 = ? AND verified_at_ms IS NULL',
        [now, now, o.tenantId, o.userId, e164]);
      return r.affected === 1 ? this.audit(m, o, 'phone.verified', now) : undefined;
    });
  }

  /** Records that a new code went to the number. */
  codeSent(o: Owner, now: number): Promise<ChangeDetails> {
    return this.db.transaction((m) => this.audit(m, o, 'phone.code_added', now));
  }

  remove(o: Owner, now: number): Promise<ChangeDetails | undefined> {
    return this.db.transaction(async (m) => {
      const r = await exec(m, 'DELETE FROM user_phone WHERE tenant_id = ? AND user_id = ?', [o.tenantId, o.userId]);
      return r.affected === 1 ? this.audit(m, o, 'phone.removed', now) : undefined;
    });
  }

  private async audit(m: EntityManager, o: Owner, type: string, now: number): Promise<ChangeDetails> {
    return { sequence: await appendAuditEvent(m, this.db.kind, { tenantId: o.tenantId, userId: o.userId, type, atMs: now }), atMs: now };
  }
}
