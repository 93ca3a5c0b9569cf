/**
 * WebAuthn credentials and challenges. Every read and write names the tenant and the user, so a
 * credential registered in another tenant is simply not found. A challenge is consumed by a
 * DELETE that only one request can win, so it serves one ceremony; the signature counter moves
 * forward by a conditional UPDATE, so two assertions with the same counter cannot both pass.
 * Changes and refusals each write their audit event (audit-log.ts, via AuthFactorStore.audit).
 */
import type { AuthFactorStore, ChangeDetails, Owner } from './auth-factor-store.js';
import type { Database } from './database.js';
import type { WebauthnKind } from './entities/index.js';
import { exec, isDuplicateKey, num, numOrNull, strOrNull } from './sql.js';

export interface WebauthnCredentialRow {
  id: number;
  kind: WebauthnKind;
  credentialId: string;
  publicKey: string;
  signCount: number;
  name: string;
  transports: string[];
  createdAtMs: number;
}

export interface NewCredential {
  credentialId: string;
  publicKey: string;
  signCount: number;
  transports: string[];
}

/** What consuming a challenge found: it was issued and is still valid, had expired, or is unknown (never issued or used). */
export type ChallengeState = 'valid' | 'expired' | 'unknown';

const toRow = (r: Record<string, unknown>): WebauthnCredentialRow => ({
  id: num(r.id), kind: String(r.kind) as WebauthnKind, credentialId: String(r.credential_id), publicKey: String(r.public_key),
  signCount: num(r.sign_count), name: String(r.name), transports: (strOrNull(r.transports) ?? '').split(',').filter(Boolean),
  createdAtMs: num(r.created_at_ms),
});

const OWNER = 'tenant_id = ? AND user_id = ?';

export class WebauthnStore {
  constructor(private readonly db: Database, private readonly factors: AuthFactorStore) {}

  async list(o: Owner, kind: WebauthnKind): Promise<WebauthnCredentialRow[]> {
    const r = await this.db.run((m) => exec(m, `SELECT * FROM webauthn_credential WHERE ${OWNER} AND kind = ? ORDER BY id`, [o.tenantId, o.userId, kind]));
    return r.rows.map(toRow);
  }

  /** Every credential id the user has, of either kind (a registration excludes them all). */
  async credentialIds(o: Owner): Promise<string[]> {
    const r = await this.db.run((m) => exec(m, `SELECT credential_id FROM webauthn_credential WHERE ${OWNER} ORDER BY id`, [o.tenantId, o.userId]));
    return r.rows.map((x) => String(x.credential_id));
  }

  async find(o: Owner, kind: WebauthnKind, credentialId: string): Promise<WebauthnCredentialRow | undefined> {
    const r = await this.db.run((m) => exec(m, `SELECT * FROM webauthn_credential WHERE ${OWNER} AND kind = ? AND credential_id = ?`, [o.tenantId, o.userId, kind, credentialId]));
    return r.rows[0] ? toRow(r.rows[0]) : undefined;
  }

  /** Stores a new challenge, dropping the user's expired ones. */
  async issueChallenge(o: Owner, purpose: string, challenge: string, expiresAtMs: number, now: number): Promise<void> {
    await this.db.transaction(async (m) => {
      await exec(m, `DELETE FROM webauthn_challenge WHERE ${OWNER} AND expires_at_ms < ?`, [o.tenantId, o.userId, now]);
      await exec(m, 'INSERT INTO webauthn_challenge (tenant_id, user_id, purpose, challenge, expires_at_ms) VALUES (?, ?, ?, ?, ?)',
        [o.tenantId, o.userId, purpose, challenge, expiresAtMs]);
    });
  }

  /** Uses up the challenge: only the request whose DELETE removes the row may go on. */
  consumeChallenge(o: Owner, purpose: string, challenge: string, now: number): Promise<ChallengeState> {
    return this.db.transaction(async (m) => {
      const r = await exec(m, `SELECT id, expires_at_ms FROM webauthn_challenge WHERE ${OWNER} AND purpose = ? AND challenge = ?`, [o.tenantId, o.userId, purpose, challenge]);
      const row = r.rows[0];
      if (!row) return 'unknown';
      const gone = await exec(m, 'DELETE FROM webauthn_challenge WHERE id = ?', [row.id]);
      if (gone.affected !== 1) return 'unknown';
      return (numOrNull(row.expires_at_ms) ?? 0) < now ? 'expired' : 'valid';
    });
  }

  /** A verified registration; `exists` when the tenant has this credential already. */
  add(o: Owner, kind: WebauthnKind, c: NewCredential, name: string, now: number): Promise<ChangeDetails | 'exists'> {
    return this.db.transaction(async (m) => {
      const taken = await exec(m, 'SELECT id FROM webauthn_credential WHERE tenant_id = ? AND credential_id = ?', [o.tenantId, c.credentialId]);
      if (taken.rows.length > 0) return 'exists';
      await exec(m, 'INSERT INTO webauthn_credential (tenant_id, user_id, kind, credential_id, public_key, sign_count, name, transports, created_at_ms, last_used_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)',
        [o.tenantId, o.userId, kind, c.credentialId, c.publicKey, c.signCount, name, c.transports.join(',') || null, now]);
      return this.factors.audit(m, o, `${kind}.added`, now);
    }).catch((e: unknown) => (isDuplicateKey(e) ? 'exists' as const : Promise.reject(e)));
  }

  /** Removes one credential by its token id; undefined when the user has no such credential. */
  remove(o: Owner, kind: WebauthnKind, id: number, now: number): Promise<ChangeDetails | undefined> {
    return this.db.transaction(async (m) => {
      const r = await exec(m, `DELETE FROM webauthn_credential WHERE ${OWNER} AND kind = ? AND id = ?`, [o.tenantId, o.userId, kind, id]);
      if (r.affected !== 1) return undefined;
      return this.factors.afterRemoval(m, o, await this.factors.audit(m, o, `${kind}.removed`, now), now);
    });
  }

  /**
   * Moves the counter to `signCount` when it goes forward (or both stay 0: authenticators without
   * a counter); false when another assertion got there first or the counter did not advance.
   */
  async advance(o: Owner, id: number, signCount: number, now: number): Promise<boolean> {
    const r = await this.db.run((m) => exec(m, `UPDATE webauthn_credential SET sign_count = ?, last_used_at_ms = ? WHERE ${OWNER} AND id = ? AND (sign_count < ? OR (sign_count = 0 AND ? = 0))`,
      [signCount, now, o.tenantId, o.userId, id, signCount, signCount]));
    return r.affected === 1;
  }

  /** One audit event outside a change: a check that succeeded, a ceremony that was refused. */
  record(o: Owner, type: string, now: number): Promise<ChangeDetails> {
    return this.db.transaction((m) => this.factors.audit(m, o, type, now));
  }
}
