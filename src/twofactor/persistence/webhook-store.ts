/**
 * Webhook endpoints per tenant, and the durable queue of events for them. An event is queued by one
 * INSERT … SELECT that finds the OTP's tenant (its configuration's) and that tenant's live
 * endpoints, so a tenant without endpoints costs one statement that inserts nothing. Event ids are
 * deterministic per OTP and occurrence and (event_id, endpoint_id) is unique, so the same
 * occurrence reported twice (a repeated delivery report, two racing requests) is queued once.
 * Posting is leased like the SMS outbox: one conditional UPDATE claims a row; a lease that runs out
 * (a crashed worker) makes the row claimable again — at least once, never lost.
 */
import type { EntityManager } from 'typeorm';
import type { Database } from './database.js';
import type { OtpEntity } from './entities/index.js';
import { rowToOtp } from './row-mappers.js';
import { exec, insertIgnore, num } from './sql.js';

export interface EndpointRow {
  id: number;
  url: string;
  createdAtMs: number;
}

export interface QueuedEvent {
  eventId: string;
  type: string;
  payload: string;
}

/** A claimed event with where it goes. */
export interface ClaimedEvent extends QueuedEvent {
  id: number;
  attempts: number;
  url: string;
  secretSealed: string;
}

export type EventSettlement = { kind: 'delivered'; httpStatus: number } | { kind: 'retry'; httpStatus: number | null; nextAttemptAtMs: number }
  | { kind: 'failed'; httpStatus: number | null };

const CLAIMABLE = "((status = 'pending' AND next_attempt_at_ms <= ?) OR (status = 'sending' AND locked_until_ms < ?))";

export class WebhookStore {
  constructor(private readonly db: Database) {}

  async createEndpoint(tenantId: string, url: string, secretSealed: string, now: number): Promise<number> {
    const r = await this.db.run((m) => exec(m, 'INSERT INTO webhook_endpoint (tenant_id, url, secret_sealed, created_at_ms, deleted_at_ms) VALUES (?, ?, ?, ?, NULL)',
      [tenantId, url, secretSealed, now]));
    return r.insertId!;
  }

  async listEndpoints(tenantId: string): Promise<EndpointRow[]> {
    const r = await this.db.run((m) => exec(m, 'SELECT id, url, created_at_ms FROM webhook_endpoint WHERE tenant_id = ? AND deleted_at_ms IS NULL ORDER BY id', [tenantId]));
    return r.rows.map((x) => ({ id: num(x.id), url: String(x.url), createdAtMs: num(x.created_at_ms) }));
  }

  /** False when the tenant has no such live endpoint. Its queued events are dropped with it. */
  async deleteEndpoint(tenantId: string, id: number, now: number): Promise<boolean> {
    return this.db.transaction(async (m) => {
      const r = await exec(m, 'UPDATE webhook_endpoint SET deleted_at_ms = ? WHERE id = ? AND tenant_id = ? AND deleted_at_ms IS NULL', [now, id, tenantId]);
      if (r.affected !== 1) return false;
      await exec(m, "UPDATE webhook_event SET status = 'failed', locked_until_ms = NULL, updated_at_ms = ? WHERE endpoint_id = ? AND status IN ('pending', 'sending')", [now, id]);
      return true;
    });
  }

  /** Queues the event for every live endpoint of the OTP's tenant; `m`: the caller's transaction. */
  async enqueue(otpId: number, e: QueuedEvent, now: number, m?: EntityManager): Promise<number> {
    const insert = (em: EntityManager): Promise<{ affected: number }> => exec(em, `${insertIgnore(this.db.kind)} INTO webhook_event `
      + '(event_id, endpoint_id, event_type, payload, status, attempts, next_attempt_at_ms, locked_until_ms, last_http_status, created_at_ms, updated_at_ms) '
      + "SELECT ?, e.id, ?, ?, 'pending', 0, ?, NULL, NULL, ?, ? FROM otp o JOIN two_factor_configuration c ON c.id = o.configuration_id "
      + 'JOIN webhook_endpoint e ON e.tenant_id = c.tenant AND e.deleted_at_ms IS NULL WHERE o.id = ?',
    [e.eventId, e.type, e.payload, now, now, now, otpId]);
    return (await (m ? insert(m) : this.db.run(insert))).affected;
  }

  /** Ids of events due for an attempt (or whose lease ran out), oldest first. */
  async due(now: number, limit: number): Promise<number[]> {
    const r = await this.db.run((m) => exec(m, `SELECT id FROM webhook_event WHERE ${CLAIMABLE} ORDER BY id LIMIT ${Math.floor(limit)}`, [now, now]));
    return r.rows.map((x) => num(x.id));
  }

  async claim(id: number, now: number, leaseMs: number): Promise<ClaimedEvent | undefined> {
    return this.db.transaction(async (m) => {
      const r = await exec(m, `UPDATE webhook_event SET status = 'sending', locked_until_ms = ?, attempts = attempts + 1, updated_at_ms = ? WHERE id = ? AND ${CLAIMABLE}`,
        [now + leaseMs, now, id, now, now]);
      if (r.affected !== 1) return undefined;
      const row = (await exec(m, 'SELECT w.id, w.event_id, w.event_type, w.payload, w.attempts, e.url, e.secret_sealed FROM webhook_event w '
        + 'JOIN webhook_endpoint e ON e.id = w.endpoint_id WHERE w.id = ?', [id])).rows[0]!;
      return {
        id, eventId: String(row.event_id), type: String(row.event_type), payload: String(row.payload), attempts: num(row.attempts),
        url: String(row.url), secretSealed: String(row.secret_sealed),
      };
    });
  }

  /** Records the attempt this worker claimed (same attempt number: the lease was not taken over). */
  async settle(event: ClaimedEvent, outcome: EventSettlement, now: number): Promise<void> {
    const status = outcome.kind === 'retry' ? 'pending' : outcome.kind;
    const next = outcome.kind === 'retry' ? outcome.nextAttemptAtMs : now;
    await this.db.run((m) => exec(m, 'UPDATE webhook_event SET status = ?, next_attempt_at_ms = ?, locked_until_ms = NULL, last_http_status = ?, updated_at_ms = ? '
      + "WHERE id = ? AND status = 'sending' AND attempts = ?", [status, next, outcome.httpStatus, now, event.id, event.attempts]));
  }

  /**
   * OTPs whose expiry has not been looked at yet, each marked in `m`'s transaction so that it is
   * reported at most once; the caller queues the events in the same transaction.
   */
  async takeExpired(m: EntityManager, now: number, limit: number): Promise<OtpEntity[]> {
    const r = await exec(m, `SELECT * FROM otp WHERE expiry_reported_at_ms IS NULL AND expires_at_ms <= ? ORDER BY expires_at_ms LIMIT ${Math.floor(limit)}`, [now]);
    const taken: OtpEntity[] = [];
    for (const row of r.rows) {
      const u = await exec(m, 'UPDATE otp SET expiry_reported_at_ms = ? WHERE id = ? AND expiry_reported_at_ms IS NULL', [now, row.id]);
      if (u.affected === 1) taken.push(rowToOtp(row));
    }
    return taken;
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
