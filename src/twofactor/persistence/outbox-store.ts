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
import { rowToOutbox } from './row-mappers.js';
import { exec } from './sql.js';

export type Settlement =
  | { kind: 'sent'; providerMessageId: string; delivered: boolean }
  | { kind: 'retry'; failure: SmsFailure; nextAttemptAtMs: number }
  | { kind: 'failed'; failure: SmsFailure }
  | { kind: 'unconfirmed'; failure: SmsFailure }
  | { kind: 'expired' };

export class OutboxStore {
  constructor(private readonly db: Database) {}

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
    let status: OutboxStatus;
    let otpStatus: DeliveryStatus;
    let keepBody = false;
    let nextAttemptAtMs = row.nextAttemptAtMs;
    switch (outcome.kind) {
      case 'sent': status = 'sent'; otpStatus = outcome.delivered ? 'delivered' : 'sent'; break;
      case 'retry': status = 'pending'; otpStatus = 'queued'; keepBody = true; nextAttemptAtMs = outcome.nextAttemptAtMs; break;
      default: status = outcome.kind; otpStatus = outcome.kind;
    }
    const failure = 'failure' in outcome ? outcome.failure : undefined;
    const providerId = outcome.kind === 'sent' ? outcome.providerMessageId : null;
    const params = [status, now, nextAttemptAtMs, failure?.code ?? null, failure?.detail ?? null, providerId];
    if (this.db.kind === 'mariadb') {
      // One multi-table UPDATE instead of a transaction of two: the same all-or-nothing, one round
      // trip instead of five (every sync send settles here, on the request's critical path).
      await this.db.run((m) => exec(m, `UPDATE sms_outbox o JOIN otp t ON t.id = o.otp_id SET o.status = ?, o.locked_until_ms = NULL, o.updated_at_ms = ?, `
        + `o.next_attempt_at_ms = ?, ${keepBody ? '' : 'o.body_sealed = NULL, '}o.last_error_code = COALESCE(?, o.last_error_code), o.last_error = COALESCE(?, o.last_error), `
        + 'o.provider_message_id = COALESCE(?, o.provider_message_id), t.delivery_status = ?, t.delivery_error_code = ?, t.provider_message_id = COALESCE(?, t.provider_message_id) '
        + "WHERE o.id = ? AND o.status = 'sending'", [...params, otpStatus, failure?.code ?? null, providerId, row.id]));
      return;
    }
    await this.db.transaction(async (m) => {
      const r = await exec(m, `UPDATE sms_outbox SET status = ?, locked_until_ms = NULL, updated_at_ms = ?, next_attempt_at_ms = ?, ${keepBody ? '' : 'body_sealed = NULL, '}`
        + 'last_error_code = COALESCE(?, last_error_code), last_error = COALESCE(?, last_error), provider_message_id = COALESCE(?, provider_message_id) '
        + "WHERE id = ? AND status = 'sending'", [...params, row.id]);
      if (r.affected === 1) await setOtpDelivery(m, row.otpId, otpStatus, providerId, failure?.code ?? null);
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
          if (r.affected === 1) await setOtpDelivery(m, Number(s.otp_id), status, null, null);
        }
      }
    });
  }
}

async function setOtpDelivery(m: EntityManager, otpId: number, status: DeliveryStatus, providerMessageId: string | null, errorCode: number | null): Promise<void> {
  await exec(m, 'UPDATE otp SET delivery_status = ?, delivery_error_code = ?, provider_message_id = COALESCE(?, provider_message_id) WHERE id = ?',
    [status, errorCode, providerMessageId, otpId]);
}
