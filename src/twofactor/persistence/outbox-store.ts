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
  otpId: number;
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
   * MariaDB: every settlement of a batch (batch-queue.ts) in one transaction of two UPDATEs, one per
   * table, each value picked by id (CASE) — one round trip for the batch instead of a transaction
   * per message (every sync send settles here, on the request's critical path). Each UPDATE re-checks
   * its own row's "sending", which the claim set on both and the sweep clears on both, so a message
   * and its OTP move together. (A multi-table UPDATE joined to the values did the same with a third
   * more of mariadbd's CPU.)
   */
  private async settleBatch(items: SettlementRow[]): Promise<void[]> {
    const pick = (id: (s: SettlementRow) => number, value: (s: SettlementRow) => unknown): [string, unknown[]] =>
      [`CASE id ${items.map(() => 'WHEN ? THEN ?').join(' ')} END`, items.flatMap((s) => [id(s), value(s)])];
    const update = (table: string, sets: [string, [string, unknown[]]?][], id: (s: SettlementRow) => number, where: string): [string, unknown[]] => [
      `UPDATE ${table} SET ${sets.map(([template, c]) => (c ? template.replace('?', c[0]) : template)).join(', ')} `
        + `WHERE id IN (${items.map(() => '?').join(', ')}) AND ${where}`,
      [...sets.flatMap(([, c]) => c?.[1] ?? []), ...items.map(id)],
    ];
    const outboxId = (s: SettlementRow): number => s.outboxId;
    const otpId = (s: SettlementRow): number => s.otpId;
    await this.db.scripted((run) => run([
      ['START TRANSACTION'],
      update('sms_outbox', [
        ['status = ?', pick(outboxId, (s) => s.status)], ['locked_until_ms = NULL'], ['updated_at_ms = ?', pick(outboxId, (s) => s.atMs)],
        ['next_attempt_at_ms = ?', pick(outboxId, (s) => s.nextAttemptAtMs)], ['body_sealed = IF(? = 1, body_sealed, NULL)', pick(outboxId, (s) => (s.keepBody ? 1 : 0))],
        ['last_error_code = COALESCE(?, last_error_code)', pick(outboxId, (s) => s.errorCode)], ['last_error = COALESCE(?, last_error)', pick(outboxId, (s) => s.error)],
        ['provider_message_id = COALESCE(?, provider_message_id)', pick(outboxId, (s) => s.providerMessageId)],
      ], outboxId, "status = 'sending'"),
      update('otp', [
        ['delivery_status = ?', pick(otpId, (s) => s.otpStatus)], ['delivery_error_code = ?', pick(otpId, (s) => s.errorCode)],
        ['provider_message_id = COALESCE(?, provider_message_id)', pick(otpId, (s) => s.providerMessageId)],
      ], otpId, "delivery_status = 'sending'"),
      ['COMMIT'],
    ]));
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
  const common = { outboxId: row.id, otpId: row.otpId, atMs: now, nextAttemptAtMs: row.nextAttemptAtMs, keepBody: false, errorCode: failure?.code ?? null,
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
