/**
 * MariaDB/MySQL only: `otp_issue`, the whole of OtpStore.issue — lock rows, send window, supersede,
 * OTP and outbox inserts, COMMIT — as one stored procedure, so an OTP costs the request one round
 * trip to the database instead of eight. Every statement is the one otp-issue.ts runs on SQLite, in
 * the same order; the lifecycle suites run the same assertions against both. An error anywhere
 * rolls the transaction back and is re-raised unchanged (a deadlock keeps its errno, so the caller's
 * retry still sees 1213). SQLite has no stored procedures and needs none: its statements are calls
 * into the same process.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The released text; email-channel-schema.ts and lock-row-always-written.ts derive their successors from it. */
export const PROCEDURE = `
CREATE PROCEDURE otp_issue(
  IN p_lock_a VARCHAR(100), IN p_lock_b VARCHAR(100), IN p_now BIGINT, IN p_interval_ms BIGINT, IN p_max_count INT,
  IN p_reference VARCHAR(36), IN p_reference_code VARCHAR(8), IN p_configuration_id INT, IN p_purpose VARCHAR(64),
  IN p_user_id VARCHAR(64), IN p_gsm_number VARCHAR(16), IN p_enrollment_id INT, IN p_code_hash VARCHAR(64),
  IN p_pepper_key_id VARCHAR(16), IN p_code_length INT, IN p_source VARCHAR(100), IN p_is_sync BOOLEAN,
  IN p_expires_at_ms BIGINT, IN p_max_attempts INT, IN p_originator VARCHAR(16), IN p_body_sealed TEXT, IN p_claim_ms BIGINT)
BEGIN
  DECLARE v_by_user BIGINT DEFAULT NULL;
  DECLARE v_by_gsm BIGINT DEFAULT NULL;
  DECLARE v_full_until BIGINT;
  DECLARE v_since BIGINT DEFAULT p_now - p_interval_ms;
  DECLARE v_offset INT DEFAULT p_max_count - 1;
  DECLARE v_otp_id BIGINT;
  DECLARE v_claimed BOOLEAN DEFAULT p_claim_ms IS NOT NULL;
  -- An empty window leaves its variable NULL; that is not an error.
  DECLARE CONTINUE HANDLER FOR NOT FOUND BEGIN END;
  DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN ROLLBACK; RESIGNAL; END;

  START TRANSACTION;
  -- Both lock rows, created if missing, X-locked in key order (the caller sorts the keys).
  INSERT INTO rate_limit_lock (lock_key, touched_at_ms) VALUES (p_lock_a, p_now), (p_lock_b, p_now)
    ON DUPLICATE KEY UPDATE touched_at_ms = VALUES(touched_at_ms);
  -- The window is full until its maxCount-th newest OTP is older than the interval.
  SELECT created_at_ms INTO v_by_user FROM otp WHERE user_id = p_user_id AND created_at_ms > v_since
    ORDER BY created_at_ms DESC LIMIT 1 OFFSET v_offset;
  SELECT created_at_ms INTO v_by_gsm FROM otp WHERE gsm_number = p_gsm_number AND created_at_ms > v_since
    ORDER BY created_at_ms DESC LIMIT 1 OFFSET v_offset;
  SET v_full_until = GREATEST(COALESCE(v_by_user + p_interval_ms, 0), COALESCE(v_by_gsm + p_interval_ms, 0));
  IF v_full_until > p_now THEN
    COMMIT;
    SELECT 'rate-limited' AS outcome, v_full_until AS full_until, NULL AS otp_id, NULL AS outbox_id;
  ELSE
    UPDATE otp SET superseded_at_ms = p_now
      WHERE user_id = p_user_id AND purpose = p_purpose AND consumed_at_ms IS NULL AND superseded_at_ms IS NULL;
    IF ROW_COUNT() > 0 THEN
      UPDATE sms_outbox SET status = 'expired', body_sealed = NULL, updated_at_ms = p_now WHERE status = 'pending' AND otp_id IN
        (SELECT id FROM otp WHERE user_id = p_user_id AND purpose = p_purpose AND superseded_at_ms = p_now);
    END IF;
    INSERT INTO otp (reference, reference_code, configuration_id, purpose, user_id, gsm_number, enrollment_id, code_hash, pepper_key_id,
        code_length, source, is_sync, created_at_ms, expires_at_ms, attempts, max_attempts, consumed_at_ms, superseded_at_ms,
        delivery_status, provider_message_id, delivery_error_code)
      VALUES (p_reference, p_reference_code, p_configuration_id, p_purpose, p_user_id, p_gsm_number, p_enrollment_id, p_code_hash, p_pepper_key_id,
        p_code_length, p_source, p_is_sync, p_now, p_expires_at_ms, 0, p_max_attempts, NULL, NULL,
        IF(v_claimed, 'sending', 'queued'), NULL, NULL);
    SET v_otp_id = LAST_INSERT_ID();
    INSERT INTO sms_outbox (otp_id, recipient, originator, reference, body_sealed, status, attempts, next_attempt_at_ms, locked_until_ms,
        expires_at_ms, last_error_code, last_error, provider_message_id, created_at_ms, updated_at_ms)
      VALUES (v_otp_id, p_gsm_number, p_originator, p_reference, p_body_sealed, IF(v_claimed, 'sending', 'pending'), IF(v_claimed, 1, 0),
        p_now, IF(v_claimed, p_now + p_claim_ms, NULL), p_expires_at_ms, NULL, NULL, NULL, p_now, p_now);
    COMMIT;
    SELECT 'issued' AS outcome, NULL AS full_until, v_otp_id AS otp_id, LAST_INSERT_ID() AS outbox_id;
  END IF;
END`;

export class OtpIssueProcedure1763900000004 implements MigrationInterface {
  name = 'OtpIssueProcedure1763900000004';

  async up(q: QueryRunner): Promise<void> {
    if (q.connection.options.type === 'better-sqlite3') return;
    await q.query('DROP PROCEDURE IF EXISTS otp_issue');
    await q.query(PROCEDURE);
  }

  async down(q: QueryRunner): Promise<void> {
    if (q.connection.options.type === 'better-sqlite3') return;
    await q.query('DROP PROCEDURE IF EXISTS otp_issue');
  }
}
