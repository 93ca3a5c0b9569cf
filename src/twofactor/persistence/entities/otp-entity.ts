/**
 * One OTP. The code itself is never stored: `codeHash` is an HMAC bound to reference, user and
 * purpose (domain/otp-code.ts). Verification and supersession are conditional updates on the
 * nullable *_at_ms columns, so each state change happens at most once.
 */
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs, int, varchar } from './column-types.js';

export type DeliveryStatus = 'queued' | 'sending' | 'sent' | 'delivered' | 'failed' | 'unconfirmed' | 'expired';

@Entity({ name: 'otp' })
@Index('ix_otp_user_created', ['userId', 'createdAtMs'])
@Index('ix_otp_gsm_created', ['gsmNumber', 'createdAtMs'])
@Index('ix_otp_user_purpose', ['userId', 'purpose'])
@Index('ix_otp_enrollment', ['enrollmentId'])
@Index('ix_otp_configuration_created', ['configurationId', 'createdAtMs'])
@Index('ix_otp_expiry_report', ['expiryReportedAtMs', 'expiresAtMs'])
export class OtpEntity {
  @PrimaryGeneratedColumn({ name: 'id', type: 'int' }) id!: number;
  @Index('ux_otp_reference', { unique: true })
  @Column(varchar('reference', 36)) reference!: string;
  @Column(varchar('reference_code', 8)) referenceCode!: string;
  @Column(int('configuration_id')) configurationId!: number;
  /** What the OTP may be used for: `sms-otp:<configurationId>` or `opt-in:<fileId>`. */
  @Column(varchar('purpose', 64)) purpose!: string;
  @Column(varchar('user_id', 64)) userId!: string;
  /** The destination: E.164 for SMS, an email address for email (the outbox row names the channel). */
  @Column(varchar('gsm_number', 254)) gsmNumber!: string;
  @Column(int('enrollment_id', true)) enrollmentId!: number | null;
  /** base64 HMAC-SHA256. */
  @Column(varchar('code_hash', 64)) codeHash!: string;
  @Column(varchar('pepper_key_id', 16)) pepperKeyId!: string;
  @Column(int('code_length')) codeLength!: number;
  @Column(varchar('source', 100, true)) source!: string | null;
  @Column({ name: 'is_sync', type: 'boolean' }) isSync!: boolean;
  @Column(epochMs('created_at_ms')) createdAtMs!: number;
  @Column(epochMs('expires_at_ms')) expiresAtMs!: number;
  @Column({ name: 'attempts', type: 'int', default: 0 }) attempts!: number;
  @Column(int('max_attempts')) maxAttempts!: number;
  @Column(epochMs('consumed_at_ms', true)) consumedAtMs!: number | null;
  @Column(epochMs('superseded_at_ms', true)) supersededAtMs!: number | null;
  @Column(varchar('delivery_status', 16)) deliveryStatus!: DeliveryStatus;
  @Column(varchar('provider_message_id', 64, true)) providerMessageId!: string | null;
  @Column(int('delivery_error_code', true)) deliveryErrorCode!: number | null;
  /** Revoked by its issuer (CancelTwoFactorSmsOtp): never verifies, its SMS is not sent. */
  @Column(epochMs('canceled_at_ms', true)) canceledAtMs!: number | null;
  /** When the webhook worker looked at its expiry (at most once per OTP). */
  @Column(epochMs('expiry_reported_at_ms', true)) expiryReportedAtMs!: number | null;
}
