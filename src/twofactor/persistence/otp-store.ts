/**
 * OTP rows and their send throttle. Every state change is one conditional UPDATE whose WHERE
 * clause re-checks the state, so concurrent verifications consume an OTP at most once and a
 * superseded or expired OTP can never be consumed. Plain SQL (sql.ts): these are the hot paths.
 */
import type { EntityManager } from 'typeorm';
import type { Database } from './database.js';
import type { OtpEntity } from './entities/index.js';
import { OtpIssue, type IssueResult, type NewOtp, type NewOutboxMessage, type SendLimit } from './otp-issue.js';
import { rowToOtp } from './row-mappers.js';
import { exec } from './sql.js';

export type { IssueResult, NewOtp, NewOutboxMessage, SendLimit } from './otp-issue.js';

export class OtpStore {
  private readonly issuing: OtpIssue;

  constructor(private readonly db: Database) {
    this.issuing = new OtpIssue(db);
  }

  /**
   * Inserts the OTP and its outbox message unless the user or the number already had
   * `limit.maxCount` OTPs within the window; supersedes the user's older OTPs of the same purpose.
   */
  issue(otp: NewOtp, message: NewOutboxMessage, limit: SendLimit, now: number): Promise<IssueResult> {
    return this.issuing.issue(otp, message, limit, now);
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

  /** The user's newest OTP of a purpose (Zitadel's phone code: `phone:<tenant>`). */
  async latestFor(userId: string, purpose: string): Promise<OtpEntity | null> {
    const r = await this.db.run((m) => exec(m, 'SELECT * FROM otp WHERE user_id = ? AND purpose = ? ORDER BY id DESC LIMIT 1', [userId, purpose]));
    return r.rows[0] ? rowToOtp(r.rows[0]) : null;
  }

  /**
   * Counts an attempt before its code is checked, if — at this instant — the OTP is unused,
   * current, unexpired and has attempts left; false when it has not. Counting first is what keeps
   * concurrent guesses within max_attempts (id -1: the same work for an unknown reference).
   */
  async claimAttempt(id: number, now: number): Promise<boolean> {
    const r = await this.db.run((m) => exec(m, 'UPDATE otp SET attempts = attempts + 1 WHERE id = ? AND attempts < max_attempts '
      + 'AND consumed_at_ms IS NULL AND superseded_at_ms IS NULL AND canceled_at_ms IS NULL AND expires_at_ms > ?', [id, now]));
    return r.affected === 1;
  }

  /** Marks the OTP used, giving back the attempt its right code claimed, if it is still unused and current. */
  async consume(id: number, now: number): Promise<boolean> {
    const r = await this.db.run((m) => exec(m, 'UPDATE otp SET consumed_at_ms = ?, attempts = attempts - 1 WHERE id = ? AND consumed_at_ms IS NULL '
      + 'AND superseded_at_ms IS NULL AND canceled_at_ms IS NULL AND expires_at_ms > ? AND attempts > 0', [now, id, now]));
    return r.affected === 1;
  }

  /**
   * Revokes the OTP if it is still unused, current and unexpired; an SMS still waiting in the
   * outbox expires with it, so the dispatcher settles it unsent. `andThen` runs in the same
   * transaction once it is canceled (queuing its event: both happen, or neither).
   */
  async cancel(id: number, now: number, andThen?: (m: EntityManager) => Promise<void>): Promise<boolean> {
    return this.db.transaction(async (m) => {
      const r = await exec(m, 'UPDATE otp SET canceled_at_ms = ? WHERE id = ? AND consumed_at_ms IS NULL AND superseded_at_ms IS NULL '
        + 'AND canceled_at_ms IS NULL AND expires_at_ms > ?', [now, id, now]);
      if (r.affected !== 1) return false;
      await exec(m, "UPDATE sms_outbox SET expires_at_ms = ? WHERE otp_id = ? AND status = 'pending'", [now, id]);
      await andThen?.(m);
      return true;
    });
  }
}
