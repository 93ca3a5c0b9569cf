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
  /** Comma-separated channels the configuration may send on; null = sms. */
  @Column(varchar('channels', 50, true)) channels!: string | null;
  /** The locale (BCP 47) messageTemplate is written in. */
  @Column(varchar('default_locale', 35, true)) defaultLocale!: string | null;
  /** JSON object: locale → template, beside messageTemplate (the default locale's). */
  @Column({ name: 'message_templates', type: 'text', nullable: true }) messageTemplates!: string | null;
  /** SMS-pumping limits per sendWindowSeconds (0 = off): per client IP, per tenant, per destination prefix. */
  @Column({ name: 'ip_send_limit', type: 'int', default: 0 }) ipSendLimit!: number;
  @Column({ name: 'tenant_send_limit', type: 'int', default: 0 }) tenantSendLimit!: number;
  @Column({ name: 'prefix_send_limit', type: 'int', default: 0 }) prefixSendLimit!: number;
  /** A destination prefix is the country calling code and this many digits after it. */
  @Column({ name: 'prefix_digits', type: 'int', default: 3 }) prefixDigits!: number;
  @Column({ name: 'send_window_seconds', type: 'int', default: 3600 }) sendWindowSeconds!: number;
  /** Conversion guard (0 = off): hold a prefix whose verified share falls below this percentage … */
  @Column({ name: 'min_conversion_percent', type: 'int', default: 0 }) minConversionPercent!: number;
  /** … over at least this many codes … */
  @Column({ name: 'conversion_min_sample', type: 'int', default: 20 }) conversionMinSample!: number;
  /** … sent within this many seconds. */
  @Column({ name: 'conversion_window_seconds', type: 'int', default: 3600 }) conversionWindowSeconds!: number;
  /** Deleted by its tenant: answers as if it did not exist; the row stays so the id is not reused. */
  @Column(epochMs('deleted_at_ms', true)) deletedAtMs!: number | null;
  @Column(epochMs('created_at_ms')) createdAtMs!: number;
  @Column(epochMs('updated_at_ms')) updatedAtMs!: number;
}
