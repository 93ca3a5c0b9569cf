/**
 * OTP rows and their send throttle. Every state change is one conditional UPDATE whose WHERE
 * clause re-checks the state, so concurrent verifications consume an OTP at most once and a
 * superseded or expired OTP can never be consumed. Plain SQL (sql.ts): these are the hot paths.
 */
import type { EntityManager } from 'typeorm';
import type { Database } from './database.js';
import { OtpEntity, SmsOutboxEntity } from './entities/index.js';
import { insertSql, OTP_COLUMNS, otpValues, OUTBOX_COLUMNS, outboxValues, rowToOtp } from './row-mappers.js';
import { exec } from './sql.js';

export interface NewOtp {
  reference: string;
  referenceCode: string;
  configurationId: number;
  purpose: string;
  userId: string;
  gsmNumber: string;
  enrollmentId: number | null;
  codeHash: string;
  pepperKeyId: string;
  codeLength: number;
  source: string | null;
  isSync: boolean;
  expiresAtMs: number;
  maxAttempts: number;
}

export interface NewOutboxMessage {
  originator: string;
  /** null for a sync send, which goes out from memory. */
  bodySealed: string | null;
  /** Sync sends claim their message in the same transaction, so no dispatcher can race them. */
  claimForMs?: number;
}

export interface SendLimit {
  maxCount: number;
  intervalMs: number;
}

export type IssueResult =
  | { kind: 'issued'; otp: OtpEntity; outbox: SmsOutboxEntity }
  | { kind: 'rate-limited'; retryAfterSeconds: number };

const INSERT_OTP = insertSql('otp', OTP_COLUMNS);
const INSERT_OUTBOX = insertSql('sms_outbox', OUTBOX_COLUMNS);
// When each subject's window has room again is decided by its maxCount-th newest OTP inside the window.
const WINDOW = 'SELECT created_at_ms FROM otp WHERE {col} = ? AND created_at_ms > ? ORDER BY created_at_ms DESC LIMIT 1 OFFSET ?';
const WINDOWS = `SELECT (${WINDOW.replace('{col}', 'user_id')}) AS by_user, (${WINDOW.replace('{col}', 'gsm_number')}) AS by_gsm`;

export class OtpStore {
  constructor(private readonly db: Database) {}

  /**
   * Inserts the OTP and its outbox message unless the user or the number already had
   * `limit.maxCount` OTPs within the window; supersedes the user's older OTPs of the same purpose.
   */
  async issue(otp: NewOtp, message: NewOutboxMessage, limit: SendLimit, now: number): Promise<IssueResult> {
    return this.db.kind === 'mariadb' ? this.issueByProcedure(otp, message, limit, now) : this.issueByStatements(otp, message, limit, now);
  }

  /**
   * MariaDB: the same unit as issueByStatements, run by the `otp_issue` procedure
   * (migrations/otp-issue-procedure.ts) in one round trip. Same-subject requests serialise on the
   * lock rows, which the procedure creates if missing and X-locks in key order: on a duplicate key
   * InnoDB takes the row's X lock directly, so concurrent first requests queue rather than
   * deadlock (and a deadlock would be retried).
   */
  private async issueByProcedure(otp: NewOtp, message: NewOutboxMessage, limit: SendLimit, now: number): Promise<IssueResult> {
    const [lockA, lockB] = [`gsm:${otp.gsmNumber}`, `user:${otp.userId}`].sort();
    const r = await this.db.atomic((m) => exec(m, `CALL otp_issue(${Array(22).fill('?').join(', ')})`, [
      lockA, lockB, now, limit.intervalMs, limit.maxCount,
      otp.reference, otp.referenceCode, otp.configurationId, otp.purpose, otp.userId, otp.gsmNumber, otp.enrollmentId, otp.codeHash,
      otp.pepperKeyId, otp.codeLength, otp.source, otp.isSync ? 1 : 0, otp.expiresAtMs, otp.maxAttempts,
      message.originator, message.bodySealed, message.claimForMs ?? null,
    ]));
    const out = r.rows[0]!;
    if (out.outcome === 'rate-limited') return { kind: 'rate-limited', retryAfterSeconds: Math.max(1, Math.ceil((Number(out.full_until) - now) / 1000)) };
    const row = newOtpRow(otp, message, now);
    row.id = Number(out.otp_id);
    const outbox = newOutboxRow(row, message, now);
    outbox.id = Number(out.outbox_id);
    return { kind: 'issued', otp: row, outbox };
  }

  /** SQLite: the unit runs alone (Database serialises it, and SQLite has one writer). */
  private async issueByStatements(otp: NewOtp, message: NewOutboxMessage, limit: SendLimit, now: number): Promise<IssueResult> {
    return this.db.transaction(async (m) => {
      const since = now - limit.intervalMs;
      const offset = limit.maxCount - 1;
      const w = (await exec(m, WINDOWS, [otp.userId, since, offset, otp.gsmNumber, since, offset])).rows[0] ?? {};
      const fullUntil = Math.max(...[w.by_user, w.by_gsm].map((v) => (v === null || v === undefined ? 0 : Number(v) + limit.intervalMs)));
      if (fullUntil > now) return { kind: 'rate-limited', retryAfterSeconds: Math.max(1, Math.ceil((fullUntil - now) / 1000)) };

      await this.supersedeActive(m, otp.userId, otp.purpose, now);
      const row = newOtpRow(otp, message, now);
      row.id = (await exec(m, INSERT_OTP, otpValues(row))).insertId!;
      const outbox = newOutboxRow(row, message, now);
      outbox.id = (await exec(m, INSERT_OUTBOX, outboxValues(outbox))).insertId!;
      return { kind: 'issued', otp: row, outbox };
    });
  }

  private async supersedeActive(m: EntityManager, userId: string, purpose: string, now: number): Promise<void> {
    const r = await exec(m, 'UPDATE otp SET superseded_at_ms = ? WHERE user_id = ? AND purpose = ? AND consumed_at_ms IS NULL AND superseded_at_ms IS NULL', [now, userId, purpose]);
    if (!r.affected) return;
    // Their SMS, if still waiting, would only confuse: never send them.
    await exec(m, "UPDATE sms_outbox SET status = 'expired', body_sealed = NULL, updated_at_ms = ? WHERE status = 'pending' AND otp_id IN "
      + '(SELECT id FROM otp WHERE user_id = ? AND purpose = ? AND superseded_at_ms = ?)', [now, userId, purpose, now]);
  }

  async findByReference(reference: string): Promise<OtpEntity | null> {
    const r = await this.db.run((m) => exec(m, 'SELECT * FROM otp WHERE reference = ?', [reference]));
    return r.rows[0] ? rowToOtp(r.rows[0]) : null;
  }

  async findById(id: number): Promise<OtpEntity | null> {
    const r = await this.db.run((m) => exec(m, 'SELECT * FROM otp WHERE id = ?', [id]));
    return r.rows[0] ? rowToOtp(r.rows[0]) : null;
  }

  async latestForEnrollment(enrollmentId: number): Promise<OtpEntity | null> {
    const r = await this.db.run((m) => exec(m, 'SELECT * FROM otp WHERE enrollment_id = ? ORDER BY id DESC LIMIT 1', [enrollmentId]));
    return r.rows[0] ? rowToOtp(r.rows[0]) : null;
  }

  /** Marks the OTP used if — at this instant — it is unused, current, unexpired and not burnt. */
  async consume(id: number, now: number): Promise<boolean> {
    const r = await this.db.run((m) => exec(m, 'UPDATE otp SET consumed_at_ms = ? WHERE id = ? AND consumed_at_ms IS NULL '
      + 'AND superseded_at_ms IS NULL AND expires_at_ms > ? AND attempts < max_attempts', [now, id, now]));
    return r.affected === 1;
  }

  /** Counts a wrong code against the OTP (id -1: the same work for an unknown reference). */
  async recordWrongCode(id: number): Promise<void> {
    await this.db.run((m) => exec(m, 'UPDATE otp SET attempts = attempts + 1 WHERE id = ? AND attempts < max_attempts AND consumed_at_ms IS NULL', [id]));
  }
}

/** The rows a new OTP starts as (ids still to be given by the database); a claimed message is a sync send. */
function newOtpRow(otp: NewOtp, message: NewOutboxMessage, now: number): OtpEntity {
  return Object.assign(new OtpEntity(), otp, {
    createdAtMs: now, attempts: 0, consumedAtMs: null, supersededAtMs: null,
    deliveryStatus: message.claimForMs !== undefined ? 'sending' : 'queued', providerMessageId: null, deliveryErrorCode: null,
  });
}

function newOutboxRow(otp: OtpEntity, message: NewOutboxMessage, now: number): SmsOutboxEntity {
  const claimed = message.claimForMs !== undefined;
  return Object.assign(new SmsOutboxEntity(), {
    otpId: otp.id, recipient: otp.gsmNumber, originator: message.originator, reference: otp.reference,
    bodySealed: message.bodySealed, status: claimed ? 'sending' : 'pending', attempts: claimed ? 1 : 0,
    nextAttemptAtMs: now, lockedUntilMs: claimed ? now + message.claimForMs! : null, expiresAtMs: otp.expiresAtMs,
    lastErrorCode: null, lastError: null, providerMessageId: null, createdAtMs: now, updatedAtMs: now,
  });
}
