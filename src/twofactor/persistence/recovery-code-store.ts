/**
 * Recovery codes, stored as salted HMACs and owned by (tenant, user). Regenerating replaces the
 * whole set in one transaction with its audit event; redeeming is a conditional UPDATE on the
 * unused code, so a code is accepted once even under concurrency.
 */
import type { AuthFactorStore, ChangeDetails, Owner } from './auth-factor-store.js';
import type { Database } from './database.js';
import { exec, num } from './sql.js';

export interface StoredRecoveryCode {
  id: number;
  codeHash: string;
  salt: string;
}

export class RecoveryCodeStore {
  constructor(private readonly db: Database, private readonly factors: AuthFactorStore) {}

  replace(o: Owner, hashes: readonly { hash: string; salt: string }[], now: number): Promise<ChangeDetails> {
    return this.db.transaction(async (m) => {
      await exec(m, 'DELETE FROM recovery_code WHERE tenant_id = ? AND user_id = ?', [o.tenantId, o.userId]);
      for (const h of hashes) {
        await exec(m, 'INSERT INTO recovery_code (tenant_id, user_id, code_hash, salt, created_at_ms, used_at_ms) VALUES (?, ?, ?, ?, ?, NULL)', [o.tenantId, o.userId, h.hash, h.salt, now]);
      }
      return this.factors.audit(m, o, 'recovery_codes.generated', now);
    });
  }

  async unused(o: Owner): Promise<StoredRecoveryCode[]> {
    const r = await this.db.run((m) => exec(m, 'SELECT id, code_hash, salt FROM recovery_code WHERE tenant_id = ? AND user_id = ? AND used_at_ms IS NULL ORDER BY id', [o.tenantId, o.userId]));
    return r.rows.map((x) => ({ id: num(x.id), codeHash: String(x.code_hash), salt: String(x.salt) }));
  }

  /** Marks the code used; false if it was used (or replaced) meanwhile. */
  consume(o: Owner, codeId: number, now: number): Promise<boolean> {
    return this.db.transaction(async (m) => {
      const r = await exec(m, 'UPDATE recovery_code SET used_at_ms = ? WHERE id = ? AND tenant_id = ? AND user_id = ? AND used_at_ms IS NULL', [now, codeId, o.tenantId, o.userId]);
      if (r.affected !== 1) return false;
      await this.factors.audit(m, o, 'recovery_code.used', now);
      return true;
    });
  }

  async count(o: Owner): Promise<number> {
    const r = await this.db.run((m) => exec(m, 'SELECT COUNT(*) AS n FROM recovery_code WHERE tenant_id = ? AND user_id = ? AND used_at_ms IS NULL', [o.tenantId, o.userId]));
    return num(r.rows[0]!.n);
  }
}
