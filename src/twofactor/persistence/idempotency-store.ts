/**
 * Idempotency-Key records. `begin` claims a key with one INSERT-if-absent (the unique index
 * decides between concurrent retries, in one process or many), so exactly one request per key
 * does the work; the others get the stored answer, or "in progress" while there is none yet.
 * Keys are stored as an HMAC bound to their scope and caller, never in clear.
 */
import { createHash, createHmac } from 'node:crypto';
import type { Database } from './database.js';
import { exec, insertIgnore } from './sql.js';

export type IdempotencyBegin =
  | { kind: 'new'; keyHash: string }
  | { kind: 'replay'; status: number; body: string }
  | { kind: 'in-progress' }
  | { kind: 'mismatch' };

/** Expired rows are purged on every this many claims (one indexed DELETE). */
const PURGE_EVERY = 500;

export class IdempotencyStore {
  private claims = 0;

  constructor(private readonly db: Database, private readonly pepper: Buffer, readonly ttlMs: number) {}

  keyHash(scope: string, caller: string, key: string): string {
    return createHmac('sha256', this.pepper).update(`idempotency\0${scope}\0${caller}\0${key}`).digest('hex');
  }

  static fingerprint(request: unknown): string {
    return createHash('sha256').update(JSON.stringify(request)).digest('hex');
  }

  async begin(keyHash: string, requestHash: string, now: number): Promise<IdempotencyBegin> {
    if (++this.claims % PURGE_EVERY === 0) await this.db.run((m) => exec(m, 'DELETE FROM idempotency_key WHERE expires_at_ms <= ?', [now]));
    await this.db.run((m) => exec(m, 'DELETE FROM idempotency_key WHERE key_hash = ? AND expires_at_ms <= ?', [keyHash, now]));
    const inserted = await this.db.run((m) => exec(m,
      `${insertIgnore(this.db.kind)} INTO idempotency_key (key_hash, request_hash, state, created_at_ms, expires_at_ms) VALUES (?, ?, 'pending', ?, ?)`,
      [keyHash, requestHash, now, now + this.ttlMs]));
    if (inserted.affected === 1) return { kind: 'new', keyHash };
    const row = (await this.db.run((m) => exec(m, 'SELECT request_hash, state, response_status, response_body FROM idempotency_key WHERE key_hash = ?', [keyHash]))).rows[0];
    // Deleted between our INSERT and SELECT (its request failed and was abandoned): the caller may retry.
    if (!row) return { kind: 'in-progress' };
    if (row.request_hash !== requestHash) return { kind: 'mismatch' };
    if (row.state !== 'done') return { kind: 'in-progress' };
    return { kind: 'replay', status: Number(row.response_status), body: String(row.response_body) };
  }

  async complete(keyHash: string, status: number, body: string): Promise<void> {
    await this.db.run((m) => exec(m, "UPDATE idempotency_key SET state = 'done', response_status = ?, response_body = ? WHERE key_hash = ? AND state = 'pending'",
      [status, body, keyHash]));
  }

  /** The request failed without an answer: free the key so a retry can do the work. */
  async abandon(keyHash: string): Promise<void> {
    await this.db.run((m) => exec(m, "DELETE FROM idempotency_key WHERE key_hash = ? AND state = 'pending'", [keyHash]));
  }
}
