/**
 * The outbox's state machine. A message is claimed by one conditional UPDATE (pending → sending
 * with a lease), so however many dispatchers run, one message is handed to the provider by at most
 * one of them; settling re-checks that the row is still "sending". The OTP's delivery status moves
 * with it in the same transaction.
 */
import type { EntityManager } from 'typeorm';
import type { SmsFailure } from '../sms/sms-sender.js';
import type { Database } from './database.js';
import type { DeliveryStatus, OutboxStatus, SmsOutboxEntity } from './entities/index.js';
import { BatchQueue } from './batch-queue.js';
import { rowToOutbox } from './row-mappers.js';
import { exec } from './sql.js';

export type Settlement =
  | { kind: 'sent'; providerMessageId: string; delivered: boolean }
  | { kind: 'retry'; failure: SmsFailure; nextAttemptAtMs: number }
  | { kind: 'failed'; failure: SmsFailure }
  | { kind: 'unconfirmed'; failure: SmsFailure }
  | { kind: 'expired' };

/** A settlement as the columns it writes. */
interface SettlementRow {
  outboxId: number;
  status: OutboxStatus;
  otpStatus: DeliveryStatus;
  atMs: number;
  nextAttemptAtMs: number;
  /** Only a message that will be tried again keeps its sealed text. */
  keepBody: boolean;
  errorCode: number | null;
  error: string | null;
  providerMessageId: string | null;
}

export class OutboxStore {
  private readonly settlements: BatchQueue<SettlementRow, void> | undefined;

  constructor(private readonly db: Database) {
    if (db.kind === 'mariadb') this.settlements = new BatchQueue({ runBatch: (items) => this.settleBatch(items) });
  }

  /** Ids of messages due for an attempt, oldest first. */
  async due(now: number, limit: number): Promise<number[]> {
    const r = await this.db.run((m) => exec(m, `SELECT id FROM sms_outbox WHERE status = 'pending' AND next_attempt_at_ms <= ? ORDER BY id LIMIT ${Math.floor(limit)}`, [now]));
    return r.rows.map((x) => Number(x.id));
  }

  /** Takes the message for this process; undefined when someone else has it or it is not due. */
  async claim(id: number, now: number, leaseMs: number): Promise<SmsOutboxEntity | undefined> {
    return this.db.transaction(async (m) => {
      const r = await exec(m, "UPDATE sms_outbox SET status = 'sending', locked_until_ms = ?, attempts = attempts + 1, updated_at_ms = ? "
        + "WHERE id = ? AND status = 'pending' AND next_attempt_at_ms <= ?", [now + leaseMs, now, id, now]);
      if (r.affected !== 1) return undefined;
      const row = rowToOutbox((await exec(m, 'SELECT * FROM sms_outbox WHERE id = ?', [id])).rows[0]!);
      await setOtpDelivery(m, row.otpId, 'sending', null, null);
      return row;
    });
  }

  async findById(id: number): Promise<SmsOutboxEntity | null> {
    const r = await this.db.run((m) => exec(m, 'SELECT * FROM sms_outbox WHERE id = ?', [id]));
    return r.rows[0] ? rowToOutbox(r.rows[0]) : null;
  }

  /** Records the outcome of the attempt this process claimed. */
  async settle(row: SmsOutboxEntity, outcome: Settlement, now: number): Promise<void> {
    const s = settlementOf(row, outcome, now);
    if (this.settlements) { await this.settlements.submit(s); return; }
    await this.db.transaction(async (m) => {
      const r = await exec(m, `UPDATE sms_outbox SET status = ?, locked_until_ms = NULL, updated_at_ms = ?, next_attempt_at_ms = ?, ${s.keepBody ? '' : 'body_sealed = NULL, '}`
        + 'last_error_code = COALESCE(?, last_error_code), last_error = COALESCE(?, last_error), provider_message_id = COALESCE(?, provider_message_id) '
        + "WHERE id = ? AND status = 'sending'", [s.status, now, s.nextAttemptAtMs, s.errorCode, s.error, s.providerMessageId, s.outboxId]);
      if (r.affected === 1) await setOtpDelivery(m, row.otpId, s.otpStatus, s.providerMessageId, s.errorCode);
    });
  }

  /**
   * MariaDB: every settlement of a batch (batch-queue.ts) in one multi-table UPDATE, the values
   * joined in as a derived table — all-or-nothing for each message and its OTP, and one statement
   * for the batch instead of a transaction per message (every sync send settles here, on the
   * request's critical path).
   */
  private async settleBatch(items: SettlementRow[]): Promise<void[]> {
    const derived = items.map((_, i) => (i ? 'SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?' : 'SELECT ? AS id, ? AS status, ? AS at_ms, ? AS next_at, '
      + '? AS keep_body, ? AS error_code, ? AS error, ? AS provider_id, ? AS otp_status')).join(' UNION ALL ');
    await this.db.atomic((m) => exec(m, `UPDATE sms_outbox o JOIN (${derived}) v ON v.id = o.id JOIN otp t ON t.id = o.otp_id `
      + 'SET o.status = v.status, o.locked_until_ms = NULL, o.updated_at_ms = v.at_ms, o.next_attempt_at_ms = v.next_at, '
      + 'o.body_sealed = IF(v.keep_body = 1, o.body_sealed, NULL), o.last_error_code = COALESCE(v.error_code, o.last_error_code), '
      + 'o.last_error = COALESCE(v.error, o.last_error), o.provider_message_id = COALESCE(v.provider_id, o.provider_message_id), '
      + 't.delivery_status = v.otp_status, t.delivery_error_code = v.error_code, t.provider_message_id = COALESCE(v.provider_id, t.provider_message_id) '
      + "WHERE o.status = 'sending'", items.flatMap((s) => [s.outboxId, s.status, s.atMs, s.nextAttemptAtMs, s.keepBody ? 1 : 0, s.errorCode, s.error,
      s.providerMessageId, s.otpStatus])));
    return items.map(() => undefined);
  }

  /**
   * Housekeeping after a crash or a long stop: a message still "sending" past its lease may have
   * reached the provider, so it becomes unconfirmed (never resent); a pending one whose OTP has
   * expired is not worth sending any more.
   */
  async sweep(now: number): Promise<void> {
    await this.db.transaction(async (m) => {
      for (const [where, status] of [
        ["status = 'sending' AND locked_until_ms < ?", 'unconfirmed'],
        ["status = 'pending' AND expires_at_ms <= ?", 'expired'],
      ] as const) {
        const stale = (await exec(m, `SELECT id, otp_id FROM sms_outbox WHERE ${where}`, [now])).rows;
        for (const s of stale) {
          const r = await exec(m, `UPDATE sms_outbox SET status = ?, body_sealed = NULL, locked_until_ms = NULL, updated_at_ms = ? WHERE id = ? AND ${where}`,
            [status, now, s.id, now]);
          if (r.affected === 1) await setOtpDelivery(m, Number(s.otp_id), status, null, null);
        }
      }
    });
  }
}

function settlementOf(row: SmsOutboxEntity, outcome: Settlement, now: number): SettlementRow {
  const failure = 'failure' in outcome ? outcome.failure : undefined;
  const common = { outboxId: row.id, atMs: now, nextAttemptAtMs: row.nextAttemptAtMs, keepBody: false, errorCode: failure?.code ?? null,
    error: failure?.detail ?? null, providerMessageId: outcome.kind === 'sent' ? outcome.providerMessageId : null };
  switch (outcome.kind) {
    case 'sent': return { ...common, status: 'sent', otpStatus: outcome.delivered ? 'delivered' : 'sent' };
    case 'retry': return { ...common, status: 'pending', otpStatus: 'queued', keepBody: true, nextAttemptAtMs: outcome.nextAttemptAtMs };
    default: return { ...common, status: outcome.kind, otpStatus: outcome.kind };
  }
}

async function setOtpDelivery(m: EntityManager, otpId: number, status: DeliveryStatus, providerMessageId: string | null, errorCode: number | null): Promise<void> {
  await exec(m, 'UPDATE otp SET delivery_status = ?, delivery_error_code = ?, provider_message_id = COALESCE(?, provider_message_id) WHERE id = ?',
    [status, errorCode, providerMessageId, otpId]);
}
