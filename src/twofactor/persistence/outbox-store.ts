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
import { batchedOn } from './batch-queue.js';
import { rowToOutbox } from './row-mappers.js';
import { exec, repeated, textBySize } from './sql.js';

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
  private readonly settleShared: (s: SettlementRow) => Promise<void>;

  constructor(private readonly db: Database) {
    this.settleShared = batchedOn(db.kind, { runBatch: (items) => this.settleBatch(items) });
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
      await setOtpDelivery(m, row.otpId, 'sending');
      return row;
    });
  }

  async findById(id: number): Promise<SmsOutboxEntity | null> {
    const r = await this.db.run((m) => exec(m, 'SELECT * FROM sms_outbox WHERE id = ?', [id]));
    return r.rows[0] ? rowToOutbox(r.rows[0]) : null;
  }

  /** Records the outcome of the attempt this process claimed. */
  async settle(row: SmsOutboxEntity, outcome: Settlement, now: number): Promise<void> {
    await this.settleShared(settlementOf(row, outcome, now));
  }

  /**
   * Settlements as two UPDATEs, one per table, each value picked by id — on MariaDB for every
   * settlement of a batch (batch-queue.ts) in one scripted round trip (every sync send settles
   * here, on the request's critical path). Each UPDATE re-checks its own row's "sending", which the
   * claim sets on both tables and the sweep clears on both, so a message and its OTP move together.
   * (A multi-table UPDATE joined to the values did the same with half as much again of mariadbd's CPU.)
   */
  private async settleBatch(items: SettlementRow[]): Promise<void[]> {
    const statements = settlementStatements(items);
    if (this.db.kind === 'mariadb') await this.db.scripted((run) => run([['START TRANSACTION'], ...statements, ['COMMIT']]));
    else await this.db.transaction(async (m) => { for (const statement of statements) await exec(m, ...statement); });
    return items.map(() => undefined);
  }

  /**
   * A provider's final report on a message it accepted (or may have: unconfirmed). Only the first
   * report moves it; a message id, once known, must match. Returns the OTP it moved, if any;
   * `andThen` runs in the same transaction after a move (queuing its event: both happen, or neither).
   */
  async recordDeliveryReport(reference: string, providerMessageId: string, status: 'delivered' | 'undeliverable', now: number,
    andThen?: (m: EntityManager, otpId: number) => Promise<void>): Promise<number | undefined> {
    return this.db.transaction(async (m) => {
      const otp = (await exec(m, 'SELECT id FROM otp WHERE reference = ?', [reference])).rows[0];
      if (!otp) return undefined;
      const r = await exec(m, "UPDATE sms_outbox SET status = ?, provider_message_id = ?, updated_at_ms = ? WHERE otp_id = ? AND status IN ('sent', 'unconfirmed') "
        + 'AND (provider_message_id IS NULL OR provider_message_id = ?)', [status, providerMessageId, now, otp.id, providerMessageId]);
      if (r.affected !== 1) return undefined;
      await exec(m, 'UPDATE otp SET delivery_status = ?, provider_message_id = ? WHERE id = ?', [status === 'delivered' ? 'delivered' : 'failed', providerMessageId, otp.id]);
      await andThen?.(m, Number(otp.id));
      return Number(otp.id);
    });
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
          if (r.affected === 1) await setOtpDelivery(m, Number(s.otp_id), status);
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

type Pick = [assignment: string, value: (s: SettlementRow) => unknown];

/**
 * One table's UPDATE for a batch of settlements: each `?` of an assignment becomes
 * `CASE id WHEN ? THEN ? … END`, the value picked by the row's id.
 */
class SettlementUpdate {
  private readonly text: (count: number) => string;

  constructor(table: string, private readonly idOf: (s: SettlementRow) => number, private readonly picks: readonly Pick[], fixed: readonly string[], where: string) {
    this.text = textBySize((count) => {
      const byId = `CASE id ${'WHEN ? THEN ? '.repeat(count)}END`;
      const sets = [...picks.map(([assignment]) => assignment.replace('?', byId)), ...fixed];
      return `UPDATE ${table} SET ${sets.join(', ')} WHERE id IN (${repeated('?', count)}) AND ${where}`;
    });
  }

  of(items: readonly SettlementRow[]): [string, unknown[]] {
    const params: unknown[] = [];
    for (const [, value] of this.picks) for (const s of items) params.push(this.idOf(s), value(s));
    for (const s of items) params.push(this.idOf(s));
    return [this.text(items.length), params];
  }
}

const SETTLE_OUTBOX = new SettlementUpdate('sms_outbox', (s) => s.outboxId, [
  ['status = ?', (s) => s.status], ['updated_at_ms = ?', (s) => s.atMs], ['next_attempt_at_ms = ?', (s) => s.nextAttemptAtMs],
  ['body_sealed = CASE WHEN ? = 1 THEN body_sealed END', (s) => (s.keepBody ? 1 : 0)],
  ['last_error_code = COALESCE(?, last_error_code)', (s) => s.errorCode], ['last_error = COALESCE(?, last_error)', (s) => s.error],
  ['provider_message_id = COALESCE(?, provider_message_id)', (s) => s.providerMessageId],
], ['locked_until_ms = NULL'], "status = 'sending'");

const SETTLE_OTP = new SettlementUpdate('otp', (s) => s.otpId, [
  ['delivery_status = ?', (s) => s.otpStatus], ['delivery_error_code = ?', (s) => s.errorCode],
  ['provider_message_id = COALESCE(?, provider_message_id)', (s) => s.providerMessageId],
], [], "delivery_status = 'sending'");

function settlementStatements(items: SettlementRow[]): [string, unknown[]][] {
  return [SETTLE_OUTBOX.of(items), SETTLE_OTP.of(items)];
}

async function setOtpDelivery(m: EntityManager, otpId: number, status: DeliveryStatus): Promise<void> {
  await exec(m, 'UPDATE otp SET delivery_status = ?, delivery_error_code = NULL WHERE id = ?', [status, otpId]);
}
