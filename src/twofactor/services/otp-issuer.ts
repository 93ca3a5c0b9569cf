/**
 * Issuing an OTP, shared by the TwoFactor API, the opt-in flow and Zitadel's phone verification:
 * resolve the configuration, normalise the number (or, for the email channel, the address),
 * combine the limits, generate and hash the code, and write the OTP and its sealed message in one
 * transaction. A sync request then sends before returning; an async one leaves
 * the message to the dispatcher. The plaintext code exists only in this function's memory and in
 * the sealed outbox body.
 */
import type { CountryCode } from 'libphonenumber-js';
import type { Clock } from '../domain/clock.js';
import { generateCode, hashCode } from '../domain/otp-code.js';
import { newOtpReference, newReferenceCode } from '../domain/otp-reference.js';
import { normalizeEmail } from '../domain/email-address.js';
import { normalizeMobileNumber, type PhoneProblem } from '../domain/phone-number.js';
import { chooseTemplate, renderSmsBody } from '../domain/message-template.js';
import type { SecretBox } from '../domain/secret-box.js';
import { effectivePolicy, type RequestedLimits } from '../domain/send-policy.js';
import type { Logger } from '../logger.js';
import { templatesOf, type ConfigurationStore } from '../persistence/configuration-store.js';
import type { OtpEntity, OutboxChannel, TwoFactorConfigurationEntity } from '../persistence/entities/index.js';
import type { OtpStore } from '../persistence/otp-store.js';
import type { SmsDispatcher } from '../sms/sms-dispatcher.js';
import type { SmsFailure } from '../sms/sms-sender.js';
import type { PumpingGuard, PumpingScope } from './pumping-guard.js';
import type { WebhookEvents } from '../webhooks/webhook-events.js';

export interface IssueRequest extends RequestedLimits {
  readonly userId: string;
  /** The SMS channel's destination. */
  readonly gsmNumber?: unknown;
  /** Set for the email channel: the address the code goes to (gsmNumber is then not read). */
  readonly email?: unknown;
  readonly configurationId: number;
  /** What the OTP may be verified for; a newer OTP supersedes older ones of the same user and purpose. */
  readonly purpose: string;
  readonly isSync: boolean;
  readonly source?: string | null | undefined;
  readonly enrollmentId?: number | null;
  /** The SMS language wanted (BCP 47); else the number's country decides, else the configuration's default. */
  readonly locale?: string | null | undefined;
  /** Counted by the pumping limits per client IP. */
  readonly clientIp?: string | undefined;
}

export type IssueOutcome =
  | { kind: 'configuration'; problem: 'not-found' | 'disabled' | 'channel-not-allowed' }
  | { kind: 'invalid'; problem: PhoneProblem | 'invalid-email' | 'channel-unavailable' | 'rate-limit-parameters' | 'expiration-period'; configuration?: TwoFactorConfigurationEntity }
  | { kind: 'rate-limited'; retryAfterSeconds: number; gsmNumber: string; scope?: PumpingScope }
  | { kind: 'issued'; otp: OtpEntity; code: string; delivery: Delivery };

/** queued: in the outbox; sent: accepted by the provider; otherwise the classified failure. */
export type Delivery = { kind: 'queued' } | { kind: 'sent' } | { kind: 'failed'; failure: SmsFailure } | { kind: 'expired' };

export interface IssuerDeps {
  configurations: ConfigurationStore;
  otps: OtpStore;
  dispatcher: SmsDispatcher;
  outboxBox: SecretBox;
  pepper: Buffer;
  pepperKeyId: string;
  defaultRegion: CountryCode;
  leaseMs: number;
  clock: Clock;
  /** The SMS-pumping limits and conversion guard; without it only the send windows apply. */
  pumping?: PumpingGuard;
  events?: WebhookEvents;
  /** The channels a sender is configured for (email may be off: MAIL_PROVIDER=none). */
  channels: ReadonlySet<OutboxChannel>;
}

export class OtpIssuer {
  constructor(private readonly d: IssuerDeps) {}

  /** The configuration and the normalised number, or why the request cannot proceed. */
  async resolve(configurationId: number, gsmNumber: unknown): Promise<
    { ok: true; configuration: TwoFactorConfigurationEntity; e164: string; country: string | undefined } | { ok: false; outcome: IssueOutcome }
  > {
    const found = await this.configuration(configurationId, 'sms');
    if (!found.ok) return found;
    const { configuration } = found;
    const region = (configuration.defaultRegion ?? this.d.defaultRegion) as CountryCode;
    const allowed = (configuration.allowedCountries ?? '').split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
    const phone = normalizeMobileNumber(gsmNumber, region, allowed);
    if (!phone.ok) return { ok: false, outcome: { kind: 'invalid', problem: phone.problem, configuration } };
    return { ok: true, configuration, e164: phone.e164, country: phone.country };
  }

  /** A configuration lists the channels it may be used for (`channels`, null: SMS only). */
  private async configuration(configurationId: number, channel: OutboxChannel): Promise<{ ok: true; configuration: TwoFactorConfigurationEntity } | { ok: false; outcome: IssueOutcome }> {
    const configuration = Number.isInteger(configurationId) && configurationId > 0 ? await this.d.configurations.find(configurationId) : null;
    if (!configuration) return { ok: false, outcome: { kind: 'configuration', problem: 'not-found' } };
    if (!configuration.enabled) return { ok: false, outcome: { kind: 'configuration', problem: 'disabled' } };
    if (!(configuration.channels ?? 'sms').split(',').includes(channel)) return { ok: false, outcome: { kind: 'configuration', problem: 'channel-not-allowed' } };
    return { ok: true, configuration };
  }

  /** The configuration, the channel and the normalised destination of a request. */
  private async destinationOf(req: IssueRequest): Promise<
    { ok: true; configuration: TwoFactorConfigurationEntity; channel: OutboxChannel; destination: string; country?: string | undefined } | { ok: false; outcome: IssueOutcome }
  > {
    if (req.email === undefined) {
      const resolved = await this.resolve(req.configurationId, req.gsmNumber);
      return resolved.ok ? { ok: true, configuration: resolved.configuration, channel: 'sms', destination: resolved.e164, country: resolved.country } : resolved;
    }
    const found = await this.configuration(req.configurationId, 'email');
    if (!found.ok) return found;
    const email = normalizeEmail(req.email);
    if (!email.ok) return { ok: false, outcome: { kind: 'invalid', problem: 'invalid-email', configuration: found.configuration } };
    if (!this.d.channels.has('email')) return { ok: false, outcome: { kind: 'invalid', problem: 'channel-unavailable', configuration: found.configuration } };
    return { ok: true, configuration: found.configuration, channel: 'email', destination: email.address };
  }

  /** `log`: the request's (request-log.ts). */
  async issue(req: IssueRequest, log: Logger): Promise<IssueOutcome> {
    const resolved = await this.destinationOf(req);
    if (!resolved.ok) return resolved.outcome;
    const { configuration: c, destination: e164, channel } = resolved;
    const policy = effectivePolicy(c, req);
    if (!policy.ok) return { kind: 'invalid', problem: policy.problem, configuration: c };

    const now = this.d.clock.now();
    // SMS pumping (toll fraud on premium-rate number ranges) has no email counterpart; a prefix of an address means nothing.
    const admitted = this.d.pumping && channel === 'sms' ? await this.d.pumping.admit(c, e164, req.clientIp, now) : { ok: true as const, counted: [] };
    if (!admitted.ok) {
      log.warn('otp.pumping_limited', { configurationId: c.id, scope: admitted.scope, retryAfterSeconds: admitted.retryAfterSeconds });
      return { kind: 'rate-limited', retryAfterSeconds: admitted.retryAfterSeconds, gsmNumber: e164, scope: admitted.scope };
    }
    const code = generateCode(c.codeLength);
    const reference = newOtpReference();
    const referenceCode = newReferenceCode();
    const template = chooseTemplate(templatesOf(c), req.locale ?? undefined, resolved.country);
    const body = renderSmsBody(template, { code, referenceCode, expirySeconds: policy.policy.expirySeconds });
    const result = await this.d.otps.issue({
      reference, referenceCode, configurationId: c.id, purpose: req.purpose, userId: req.userId, gsmNumber: e164,
      enrollmentId: req.enrollmentId ?? null, codeHash: hashCode(this.d.pepper, { reference, userId: req.userId, purpose: req.purpose }, code).toString('base64'),
      pepperKeyId: this.d.pepperKeyId, codeLength: c.codeLength, source: req.source ?? null, isSync: req.isSync,
      expiresAtMs: now + policy.policy.expirySeconds * 1000, maxAttempts: c.maxVerifyAttempts,
    }, {
      // A sync message is sent from memory and never retried (its caller hears the outcome), so
      // its text is not stored at all; an async one waits, sealed, for the dispatcher.
      channel, originator: c.originator, bodySealed: req.isSync ? null : this.d.outboxBox.seal(body), ...(req.isSync ? { claimForMs: this.d.leaseMs } : {}),
    }, { maxCount: policy.policy.maxSmsCount, intervalMs: policy.policy.intervalSeconds * 1000 }, now);

    if (result.kind === 'rate-limited') {
      await this.d.pumping?.refund(admitted.counted);
      log.info('otp.rate_limited', { configurationId: c.id, retryAfterSeconds: result.retryAfterSeconds });
      return { kind: 'rate-limited', retryAfterSeconds: result.retryAfterSeconds, gsmNumber: e164 };
    }
    await this.d.events?.emit('verification.created', result.otp, { channel, configurationId: c.id });
    let delivery: Delivery = { kind: 'queued' };
    if (req.isSync) {
      const sent = await this.d.dispatcher.deliverClaimed(result.outbox, 'sync', body, log);
      delivery = sent.ok ? { kind: 'sent' } : 'failure' in sent ? { kind: 'failed', failure: sent.failure } : { kind: 'expired' };
    } else {
      this.d.dispatcher.wake();
    }
    log.info('otp.issued', { otpId: result.otp.id, configurationId: c.id, channel, sync: req.isSync, delivery: delivery.kind });
    return { kind: 'issued', otp: result.otp, code, delivery };
  }
}
