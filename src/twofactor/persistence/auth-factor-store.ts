/**
 * Second factors. Every read and write names the tenant and the user, so a factor of another
 * tenant is simply not found. Each change is one transaction holding the change and its audit
 * event; state transitions are conditional UPDATEs that re-check the state they start from, so
 * concurrent requests cannot both win (e.g. two confirmations, or a TOTP code used twice).
 * Wrong codes count against the user's attempt budget (attempt-budget-store.ts).
 */
import type { EntityManager } from 'typeorm';
import { appendAuditEvent } from './audit-log.js';
import type { Database } from './database.js';
import type { FactorKind, FactorState } from './entities/index.js';
import { exec, isDuplicateKey, num, numOrNull, strOrNull } from './sql.js';

/** The factors whose codes travel by a message (SMS, email). */
export type MessageFactorKind = Exclude<FactorKind, 'totp'>;

export interface Owner {
  readonly tenantId: string;
  readonly userId: string;
}

export interface FactorRow {
  id: number;
  kind: FactorKind;
  state: FactorState;
  secretSealed: string | null;
  lastUsedStep: number | null;
  createdAtMs: number;
  changedAtMs: number;
}

/** What a change reports: Zitadel's ObjectDetails ingredients. */
export interface ChangeDetails {
  sequence: number;
  atMs: number;
}

/** The kinds that are second factors (the table's `kind` column holds nothing else today). */
const SECOND_FACTOR_KINDS = "('totp', 'otp_sms', 'otp_email')";

const toRow = (r: Record<string, unknown>): FactorRow => ({
  id: num(r.id), kind: String(r.kind) as FactorKind, state: String(r.state) as FactorState, secretSealed: strOrNull(r.secret_sealed),
  lastUsedStep: numOrNull(r.last_used_step),
  createdAtMs: num(r.created_at_ms), changedAtMs: num(r.changed_at_ms),
});

export class AuthFactorStore {
  constructor(private readonly db: Database) {}

  find(o: Owner, kind: FactorKind): Promise<FactorRow | undefined> {
    return this.db.run((m) => this.findIn(m, o, kind));
  }

  async list(o: Owner): Promise<FactorRow[]> {
    const r = await this.db.run((m) => exec(m, `SELECT * FROM auth_factor WHERE tenant_id = ? AND user_id = ? AND kind IN ${SECOND_FACTOR_KINDS} ORDER BY id`, [o.tenantId, o.userId]));
    return r.rows.map(toRow);
  }

  /** A new unconfirmed TOTP secret (replacing an unconfirmed one); `ready` when one is already confirmed. */
  setPendingTotp(o: Owner, secretSealed: string, now: number): Promise<ChangeDetails | 'ready'> {
    // A concurrent first add may win the unique index: then this one replaces its secret instead.
    return retryOnDuplicate(() => this.db.transaction(async (m) => {
      const existing = await this.findIn(m, o, 'totp');
      if (existing?.state === 'ready') return 'ready';
      if (existing) {
        const r = await exec(m, "UPDATE auth_factor SET secret_sealed = ?, last_used_step = NULL, created_at_ms = ?, changed_at_ms = ? WHERE id = ? AND state = 'not_ready'",
          [secretSealed, now, now, existing.id]);
        if (r.affected !== 1) return 'ready';
      } else {
        await this.insert(m, o, 'totp', 'not_ready', secretSealed, now);
      }
      return this.audit(m, o, 'totp.added', now);
    }));
  }

  /**
   * Confirms the TOTP factor with a checked code's time step — only if it is still the same
   * unconfirmed secret and the step is newer than any accepted before.
   */
  confirmTotp(o: Owner, factor: FactorRow, timeStep: number, now: number): Promise<ChangeDetails | undefined> {
    return this.db.transaction(async (m) => {
      const r = await exec(m, "UPDATE auth_factor SET state = 'ready', last_used_step = ?, changed_at_ms = ? WHERE id = ? AND tenant_id = ? AND user_id = ? AND state = 'not_ready' AND secret_sealed = ? AND (last_used_step IS NULL OR last_used_step < ?)",
        [timeStep, now, factor.id, o.tenantId, o.userId, factor.secretSealed, timeStep]);
      return r.affected === 1 ? this.audit(m, o, 'totp.verified', now) : undefined;
    });
  }

  /** The replay guard: one compare-and-set of the last accepted time step. False = already used. */
  async acceptTimeStep(o: Owner, factor: FactorRow, timeStep: number): Promise<boolean> {
    const r = await this.db.run((m) => exec(m, "UPDATE auth_factor SET last_used_step = ? WHERE id = ? AND tenant_id = ? AND user_id = ? AND state = 'ready' AND (last_used_step IS NULL OR last_used_step < ?)",
      [timeStep, factor.id, o.tenantId, o.userId, timeStep]));
    return r.affected === 1;
  }

  /** Adds a factor that is ready at once (otp_sms, otp_email); `exists` when the user has it already. */
  addReady(o: Owner, kind: MessageFactorKind, now: number): Promise<ChangeDetails | 'exists'> {
    return retryOnDuplicate(() => this.db.transaction(async (m) => {
      if (await this.findIn(m, o, kind)) return 'exists';
      await this.insert(m, o, kind, 'ready', null, now);
      return this.audit(m, o, `${kind}.added`, now);
    }));
  }

  /**
   * Removes a factor; with no second factor left, the recovery codes go too (they exist for
   * users with a second factor). Undefined when there was nothing to remove.
   */
  remove(o: Owner, kind: FactorKind, now: number): Promise<ChangeDetails | undefined> {
    return this.db.transaction(async (m) => {
      const r = await exec(m, 'DELETE FROM auth_factor WHERE tenant_id = ? AND user_id = ? AND kind = ?', [o.tenantId, o.userId, kind]);
      if (r.affected !== 1) return undefined;
      return this.afterRemoval(m, o, await this.audit(m, o, `${kind}.removed`, now), now);
    });
  }

  /** Inside a removal's transaction: with no second factor left, the recovery codes go too. */
  async afterRemoval(m: EntityManager, o: Owner, removed: ChangeDetails, now: number): Promise<ChangeDetails> {
    if (await this.hasSecondFactorIn(m, o)) return removed;
    const codes = await exec(m, 'DELETE FROM recovery_code WHERE tenant_id = ? AND user_id = ?', [o.tenantId, o.userId]);
    return codes.affected > 0 ? this.audit(m, o, 'recovery_codes.removed', now) : removed;
  }

  hasSecondFactor(o: Owner): Promise<boolean> {
    return this.db.run((m) => this.hasSecondFactorIn(m, o));
  }

  /**
   * The sequence of the user's latest factor change (any add, confirm or removal, recovery codes
   * generated or used), 0 before the first: a step-up proof is bound to it.
   */
  async lastChange(o: Owner): Promise<number> {
    const r = await this.db.run((m) => exec(m, 'SELECT MAX(sequence) AS s FROM audit_event WHERE tenant_id = ? AND user_id = ?', [o.tenantId, o.userId]));
    return numOrNull(r.rows[0]?.s) ?? 0;
  }

  async audit(m: EntityManager, o: Owner, type: string, now: number): Promise<ChangeDetails> {
    return { sequence: await appendAuditEvent(m, this.db.kind, { tenantId: o.tenantId, userId: o.userId, type, atMs: now }), atMs: now };
  }

  private async hasSecondFactorIn(m: EntityManager, o: Owner): Promise<boolean> {
    // A registered security key or passkey (webauthn-store.ts) is a second factor too.
    const r = await exec(m, `SELECT (SELECT COUNT(*) FROM auth_factor WHERE tenant_id = ? AND user_id = ? AND state = 'ready' AND kind IN ${SECOND_FACTOR_KINDS})`
      + ' + (SELECT COUNT(*) FROM webauthn_credential WHERE tenant_id = ? AND user_id = ?) AS n', [o.tenantId, o.userId, o.tenantId, o.userId]);
    return num(r.rows[0]!.n) > 0;
  }

  private async findIn(m: EntityManager, o: Owner, kind: FactorKind): Promise<FactorRow | undefined> {
    const r = await exec(m, 'SELECT * FROM auth_factor WHERE tenant_id = ? AND user_id = ? AND kind = ?', [o.tenantId, o.userId, kind]);
    return r.rows[0] ? toRow(r.rows[0]) : undefined;
  }

  private async insert(m: EntityManager, o: Owner, kind: FactorKind, state: FactorState, secretSealed: string | null, now: number): Promise<void> {
    await exec(m, 'INSERT INTO auth_factor (tenant_id, user_id, kind, state, secret_sealed, last_used_step, created_at_ms, changed_at_ms) VALUES (?, ?, ?, ?, ?, NULL, ?, ?)',
      [o.tenantId, o.userId, kind, state, secretSealed, now, now]);
  }
}

/** Runs a unit of work again once if it lost a race on a unique index (MariaDB; SQLite serialises). */
async function retryOnDuplicate<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (!isDuplicateKey(e)) throw e;
    return work();
  }
}
