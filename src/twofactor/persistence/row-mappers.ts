/** Raw rows (snake_case, BIGINT possibly as strings) → entity objects. */
import { OtpEntity, SmsOutboxEntity, type DeliveryStatus, type OutboxChannel, type OutboxStatus } from './entities/index.js';
import { num, numOrNull, strOrNull } from './sql.js';

export const OTP_COLUMNS = [
  'reference', 'reference_code', 'configuration_id', 'purpose', 'user_id', 'gsm_number', 'enrollment_id', 'code_hash', 'pepper_key_id',
  'code_length', 'source', 'is_sync', 'created_at_ms', 'expires_at_ms', 'attempts', 'max_attempts', 'consumed_at_ms', 'superseded_at_ms',
  'delivery_status', 'provider_message_id', 'delivery_error_code',
] as const;

export function otpValues(o: OtpEntity): unknown[] {
  return [o.reference, o.referenceCode, o.configurationId, o.purpose, o.userId, o.gsmNumber, o.enrollmentId, o.codeHash, o.pepperKeyId,
    o.codeLength, o.source, o.isSync ? 1 : 0, o.createdAtMs, o.expiresAtMs, o.attempts, o.maxAttempts, o.consumedAtMs, o.supersededAtMs,
    o.deliveryStatus, o.providerMessageId, o.deliveryErrorCode];
}

export function rowToOtp(r: Record<string, unknown>): OtpEntity {
  return Object.assign(new OtpEntity(), {
    id: num(r.id), reference: String(r.reference), referenceCode: String(r.reference_code), configurationId: num(r.configuration_id),
    purpose: String(r.purpose), userId: String(r.user_id), gsmNumber: String(r.gsm_number), enrollmentId: numOrNull(r.enrollment_id),
    codeHash: String(r.code_hash), pepperKeyId: String(r.pepper_key_id), codeLength: num(r.code_length), source: strOrNull(r.source),
    isSync: Boolean(Number(r.is_sync)), createdAtMs: num(r.created_at_ms), expiresAtMs: num(r.expires_at_ms), attempts: num(r.attempts),
    maxAttempts: num(r.max_attempts), consumedAtMs: numOrNull(r.consumed_at_ms), supersededAtMs: numOrNull(r.superseded_at_ms),
    deliveryStatus: String(r.delivery_status) as DeliveryStatus, providerMessageId: strOrNull(r.provider_message_id),
    deliveryErrorCode: numOrNull(r.delivery_error_code), canceledAtMs: numOrNull(r.canceled_at_ms), expiryReportedAtMs: numOrNull(r.expiry_reported_at_ms),
  });
}

export const OUTBOX_COLUMNS = [
  'otp_id', 'recipient', 'originator', 'reference', 'body_sealed', 'status', 'attempts', 'next_attempt_at_ms', 'locked_until_ms',
  'expires_at_ms', 'last_error_code', 'last_error', 'provider_message_id', 'created_at_ms', 'updated_at_ms', 'channel',
] as const;

export function outboxValues(b: SmsOutboxEntity): unknown[] {
  return [b.otpId, b.recipient, b.originator, b.reference, b.bodySealed, b.status, b.attempts, b.nextAttemptAtMs, b.lockedUntilMs,
    b.expiresAtMs, b.lastErrorCode, b.lastError, b.providerMessageId, b.createdAtMs, b.updatedAtMs, b.channel];
}

export function rowToOutbox(r: Record<string, unknown>): SmsOutboxEntity {
  return Object.assign(new SmsOutboxEntity(), {
    id: num(r.id), otpId: num(r.otp_id), recipient: String(r.recipient), originator: String(r.originator), reference: String(r.reference),
    bodySealed: strOrNull(r.body_sealed), status: String(r.status) as OutboxStatus, attempts: num(r.attempts),
    nextAttemptAtMs: num(r.next_attempt_at_ms), lockedUntilMs: numOrNull(r.locked_until_ms), expiresAtMs: num(r.expires_at_ms),
    lastErrorCode: numOrNull(r.last_error_code), lastError: strOrNull(r.last_error), providerMessageId: strOrNull(r.provider_message_id),
    createdAtMs: num(r.created_at_ms), updatedAtMs: num(r.updated_at_ms), channel: String(r.channel ?? 'sms') as OutboxChannel,
  });
}
