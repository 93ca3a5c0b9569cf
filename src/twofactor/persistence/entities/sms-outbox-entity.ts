/**
 * The durable outbox of both channels: one row per OTP (unique otp_id), written in the OTP's own transaction.
 * The body is sealed (domain/secret-box.ts) and erased once the message is settled.
 */
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs, int, varchar } from './column-types.js';

/** Which sender carries the message (sms-dispatcher.ts picks it by this). */
export type OutboxChannel = 'sms' | 'email';

/**
 * pending → sending → sent | failed | unconfirmed | expired; sending → pending again only on a
 * retryable failure; sent | unconfirmed → delivered | undeliverable on the provider's delivery report.
 */
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'unconfirmed' | 'expired' | 'delivered' | 'undeliverable';

@Entity({ name: 'sms_outbox' })
@Index('ix_outbox_due', ['status', 'nextAttemptAtMs'])
@Index('ix_outbox_lease', ['status', 'lockedUntilMs'])
export class SmsOutboxEntity {
  @PrimaryGeneratedColumn({ name: 'id', type: 'int' }) id!: number;
  @Index('ux_outbox_otp', { unique: true })
  @Column(int('otp_id')) otpId!: number;
  @Column({ name: 'channel', type: 'varchar', length: 8, default: 'sms' }) channel!: OutboxChannel;
  /** E.164 for SMS, an address for email. */
  @Column(varchar('recipient', 254)) recipient!: string;
  @Column(varchar('originator', 16)) originator!: string;
  @Column(varchar('reference', 36)) reference!: string;
  @Column({ name: 'body_sealed', type: 'text', nullable: true }) bodySealed!: string | null;
  @Column(varchar('status', 16)) status!: OutboxStatus;
  @Column({ name: 'attempts', type: 'int', default: 0 }) attempts!: number;
  @Column(epochMs('next_attempt_at_ms')) nextAttemptAtMs!: number;
  @Column(epochMs('locked_until_ms', true)) lockedUntilMs!: number | null;
  @Column(epochMs('expires_at_ms')) expiresAtMs!: number;
  @Column(int('last_error_code', true)) lastErrorCode!: number | null;
  @Column(varchar('last_error', 200, true)) lastError!: string | null;
  @Column(varchar('provider_message_id', 64, true)) providerMessageId!: string | null;
  @Column(epochMs('created_at_ms')) createdAtMs!: number;
  @Column(epochMs('updated_at_ms')) updatedAtMs!: number;
}
