/** A persisted, per-tenant OTP configuration: what TwoFactorConfigurationId names. */
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs, int, varchar } from './column-types.js';

@Entity({ name: 'two_factor_configuration' })
export class TwoFactorConfigurationEntity {
  @PrimaryColumn({ name: 'id', type: 'int' }) id!: number;
  @Column(varchar('tenant', 64, true)) tenant!: string | null;
  @Column(varchar('name', 100)) name!: string;
  @Column({ name: 'enabled', type: 'boolean' }) enabled!: boolean;
  @Column(int('code_length')) codeLength!: number;
  /** With {code}, {ref}, {minutes} placeholders. */
  @Column(varchar('message_template', 320)) messageTemplate!: string;
  /** Alphanumeric (≤ 11) or a phone number. */
  @Column(varchar('originator', 16)) originator!: string;
  /** ISO country for national-format numbers; null = the service default. */
  @Column(varchar('default_region', 2, true)) defaultRegion!: string | null;
  /** Comma-separated ISO countries; null or empty = any. */
  @Column(varchar('allowed_countries', 200, true)) allowedCountries!: string | null;
  @Column(int('default_expiry_seconds')) defaultExpirySeconds!: number;
  @Column(int('min_expiry_seconds')) minExpirySeconds!: number;
  @Column(int('max_expiry_seconds')) maxExpirySeconds!: number;
  /** Send cap: at most this many SMS per user and per number … */
  @Column(int('max_sms_count')) maxSmsCount!: number;
  /** … within this many seconds. */
  @Column(int('sms_interval_seconds')) smsIntervalSeconds!: number;
  @Column(int('max_verify_attempts')) maxVerifyAttempts!: number;
  @Column(epochMs('created_at_ms')) createdAtMs!: number;
  @Column(epochMs('updated_at_ms')) updatedAtMs!: number;
}
