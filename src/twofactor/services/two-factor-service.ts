/**
 * The TwoFactor API (seed 000 and its verify/status siblings), ASP.NET Web API dialect. Every
 * business outcome is an envelope (Success, Code, ExceptionMessage); see response-status-policy.ts
 * for the HTTP status it travels with.
 */
import {
  CancelTwoFactorSmsOtpRequest, CancelTwoFactorSmsOtpResponse, CancelTwoFactorSmsOtpResponseCode as K,
  CreateTwoFactorEmailOtpRequest, CreateTwoFactorEmailOtpResponse, CreateTwoFactorEmailOtpResponseCode as E,
  CreateTwoFactorSmsOtpRequest, CreateTwoFactorSmsOtpResponse, CreateTwoFactorSmsOtpResponseCode as C,
  GetTwoFactorSmsOtpRequest, GetTwoFactorSmsOtpResponse, GetTwoFactorSmsOtpResponseCode as G, TwoFactorSmsOtpStatus as S,
  VerifyTwoFactorSmsOtpRequest, VerifyTwoFactorSmsOtpResponse, VerifyTwoFactorSmsOtpResponseCode as V,
} from '../../../dtos/index.js';
import type { EntityManager } from 'typeorm';
import { EMPTY_GUID, Handles, HttpResult, parseGuid, type ServiceContext } from '../../index.js';
import type { HttpStatusMode } from '../config.js';
import type { Clock } from '../domain/clock.js';
import { maskEmail } from '../domain/email-address.js';
import { maskPhoneNumber } from '../domain/phone-number.js';
import { remainingSeconds } from '../domain/send-policy.js';
import type { Logger } from '../logger.js';
import type { OtpEntity } from '../persistence/entities/index.js';
import { IdempotencyStore } from '../persistence/idempotency-store.js';
import type { OtpStore } from '../persistence/otp-store.js';
import { requestLog } from '../request-log.js';
import type { IssueOutcome, OtpIssuer } from './otp-issuer.js';
import { stateOf, type OtpVerifier, type VerifyOutcome } from './otp-verifier.js';
import { messageFor } from './response-messages.js';
import { httpStatusFor } from './response-status-policy.js';
import type { WebhookEvents } from '../webhooks/webhook-events.js';

export interface TwoFactorServiceDeps {
  issuer: OtpIssuer;
  verifier: OtpVerifier;
  otps: OtpStore;
  clock: Clock;
  log: Logger;
  httpStatusMode: HttpStatusMode;
  /** Development only (refused in production by config): put the code in OtpCode. */
  exposeOtpCode: boolean;
  /** Idempotency-Key support on create; without it the header is ignored. */
  idempotency?: IdempotencyStore;
  events?: WebhookEvents;
}

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
/** Visible ASCII, as the IETF draft's examples (UUIDs, ULIDs, random tokens) all are. */
const ACCEPTED_IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

const PURPOSE_PREFIX = 'sms-otp:';
const INVALID_PROBLEM_CODES: Record<string, number> = {
  invalid: C.InvalidGsmNumber, 'not-mobile': C.GsmNumberNotMobile, 'country-not-allowed': C.GsmNumberCountryNotAllowed,
  'rate-limit-parameters': C.InvalidRateLimitParameters, 'expiration-period': C.InvalidOtpExpirationPeriod,
  'invalid-email': E.InvalidEmail, 'channel-unavailable': E.EmailChannelUnavailable,
};
const CONFIGURATION_PROBLEM_CODES: Record<string, C> = {
  'not-found': C.ConfigurationNotFound, disabled: C.ConfigurationDisabled, 'channel-not-allowed': C.ChannelNotAllowed,
};
/** The per-user/per-number windows answer 4000 as they always have; the pumping limits their own codes. */
const RATE_LIMIT_CODES: Record<string, C> = {
  window: C.MaxOtpRequestExceededCode, ip: C.SendLimitExceeded, tenant: C.SendLimitExceeded, prefix: C.SendLimitExceeded, conversion: C.DestinationHeld,
};
/** The response members both create operations share; the destination member is the channel's. */
type CreateResponse = Omit<CreateTwoFactorSmsOtpResponse, 'GsmNumber' | 'Code'> & { GsmNumber?: string | null; Email?: string | null; Code: number };

/** A create request, channel-neutral. */
interface CreateInput {
  UserId?: string | undefined;
  Source?: string | undefined;
  TwoFactorConfigurationId?: number | undefined;
  OtpExpirationPeriod?: number | undefined;
  IsSync?: boolean | undefined;
  destination: { gsmNumber: unknown } | { email: unknown };
  maxCount: number | undefined;
  maxInterval: number | undefined;
}

/** What differs between the channels' create operations. */
interface CreateChannel {
  field: 'GsmNumber' | 'Email';
  mask: (destination: string) => string;
  /** Sender failures are 500x (sms-sender.ts); the email operation reports them as 510x. */
  providerCodeOffset: number;
}

const SMS: CreateChannel = { field: 'GsmNumber', mask: maskPhoneNumber, providerCodeOffset: 0 };
const EMAIL: CreateChannel = { field: 'Email', mask: maskEmail, providerCodeOffset: 100 };

const VERIFY_CODES: Record<VerifyOutcome, V> = {
  verified: V.Success, malformed: V.MalformedOtpCode, invalid: V.InvalidOtp, expired: V.OtpExpired,
  used: V.OtpAlreadyUsed, superseded: V.OtpSuperseded, canceled: V.OtpCanceled, 'attempts-exhausted': V.MaxVerifyAttemptsExceeded,
};
/** Why an OTP could not be canceled, by its state once the cancel lost. */
const CANCEL_REFUSALS: Partial<Record<VerifyOutcome, K>> = {
  used: K.OtpAlreadyUsed, superseded: K.OtpSuperseded, expired: K.OtpExpired, canceled: K.OtpCanceled,
};

export class TwoFactorService {
  constructor(private readonly d: TwoFactorServiceDeps) {}

  /**
   * With an Idempotency-Key (per UserId): the first request does the work and its answer is stored
   * (without OtpCode); a retry with the same key and body gets that answer again — never a second
   * OTP or SMS — with `Idempotent-Replayed: true`; 409 while the first is still running, 422 when
   * the key comes back with a different body. Stored answers expire (IDEMPOTENCY_TTL_SECONDS).
   */
  @Handles(CreateTwoFactorSmsOtpRequest)
  post_create(body: CreateTwoFactorSmsOtpRequest | null, ctx: ServiceContext): Promise<HttpResult<CreateTwoFactorSmsOtpResponse>> {
    // A Web API action (it takes ?Locale) binds an empty body as a null request: every member missing.
    const req = body ?? new CreateTwoFactorSmsOtpRequest();
    const input = { ...req, destination: { gsmNumber: req.GsmNumber }, maxCount: req.MaxSMSCount, maxInterval: req.MaxSMSInterval };
    return this.idempotent(ctx, input, 'otp-create', req.GsmNumber, () => new CreateTwoFactorSmsOtpResponse(), SMS);
  }

  /** Seed 000's operation for the email channel; the same rules, codes, envelope and Idempotency-Key. */
  @Handles(CreateTwoFactorEmailOtpRequest)
  post_create_email(req: CreateTwoFactorEmailOtpRequest, ctx: ServiceContext): Promise<HttpResult<CreateTwoFactorEmailOtpResponse>> {
    const input = { ...req, destination: { email: req.Email ?? null }, maxCount: req.MaxEmailCount, maxInterval: req.MaxEmailInterval };
    return this.idempotent(ctx, input, 'otp-create-email', req.Email, () => new CreateTwoFactorEmailOtpResponse(), EMAIL);
  }

  /**
   * With an Idempotency-Key (per UserId and operation): the first request does the work and its
   * answer is stored (without OtpCode); a retry with the same key and body gets that answer again
   * — never a second OTP or message — with `Idempotent-Replayed: true`; 409 while the first is
   * still running, 422 when the key comes back with a different body. Stored answers expire
   * (IDEMPOTENCY_TTL_SECONDS).
   */
  private async idempotent<R extends CreateResponse>(ctx: ServiceContext, req: CreateInput, scope: string, destination: unknown, fresh: () => R,
    channel: CreateChannel): Promise<HttpResult<R>> {
    const create = (): Promise<HttpResult<R>> => this.issue(fresh(), channel, req, ctx);
    const key = ctx.header(IDEMPOTENCY_KEY_HEADER);
    const store = this.d.idempotency;
    if (key === undefined || !store) return create();
    const userId = req.UserId ? parseGuid(req.UserId) : undefined;
    if (!userId || userId === EMPTY_GUID) return create();
    if (!ACCEPTED_IDEMPOTENCY_KEY.test(key)) return this.rejectKey(fresh(), 400, 'Idempotency-Key must be 1 to 255 visible ASCII characters.');
    const fingerprint = IdempotencyStore.fingerprint([userId, destination, req.TwoFactorConfigurationId, req.maxCount, req.maxInterval,
      req.OtpExpirationPeriod, req.IsSync === true, req.Source ?? null]);
    const claim = await store.begin(store.keyHash(scope, userId, key), fingerprint, this.d.clock.now());
    switch (claim.kind) {
      case 'mismatch': return this.rejectKey(fresh(), 422, 'Idempotency-Key was already used with a different request.');
      case 'in-progress': return this.rejectKey(fresh(), 409, 'A request with this Idempotency-Key is still being processed.');
      case 'replay': {
        const replayed = Object.assign(fresh(), JSON.parse(claim.body) as object);
        return new HttpResult(replayed, { status: claim.status, headers: { 'Cache-Control': 'no-store', Pragma: 'no-cache', 'Idempotent-Replayed': 'true' } });
      }
      case 'new': break;
    }
    let result: HttpResult<R>;
    try {
      result = await create();
    } catch (e) {
      await store.abandon(claim.keyHash).catch(() => undefined);
      throw e;
    }
    // The code is never stored in clear, even where development settings put it in the response.
    await store.complete(claim.keyHash, result.options.status ?? 200, JSON.stringify({ ...result.response, OtpCode: null }));
    return result;
  }

  private rejectKey<R extends CreateResponse>(res: R, status: number, message: string): HttpResult<R> {
    this.envelope(res, C.InvalidRequest);
    res.ExceptionMessage = message;
    return new HttpResult(res, { status, headers: { 'Cache-Control': 'no-store', Pragma: 'no-cache' } });
  }

  private async issue<R extends CreateResponse>(res: R, channel: CreateChannel, req: CreateInput, ctx: ServiceContext): Promise<HttpResult<R>> {
    const userId = req.UserId ? parseGuid(req.UserId) : undefined;
    if (!userId || userId === EMPTY_GUID) return this.envelope(res, C.InvalidUserId);
    if (req.Source && req.Source.length > 100) return this.envelope(res, C.InvalidSource);
    const configurationId = req.TwoFactorConfigurationId ?? 0;
    const outcome: IssueOutcome = await this.d.issuer.issue({
      userId, ...req.destination, configurationId, purpose: `${PURPOSE_PREFIX}${configurationId}`,
      isSync: req.IsSync === true, source: req.Source ?? null, locale: localeOf(ctx), clientIp: ctx.request.remoteAddress,
      maxSmsCount: req.maxCount, maxSmsInterval: req.maxInterval, otpExpirationPeriod: req.OtpExpirationPeriod,
    }, requestLog(this.d.log, ctx.request));
    switch (outcome.kind) {
      case 'configuration':
        return this.envelope(res, CONFIGURATION_PROBLEM_CODES[outcome.problem]!);
      case 'invalid':
        return this.envelope(res, INVALID_PROBLEM_CODES[outcome.problem]!);
      case 'rate-limited':
        ctx.responseHeaders['Retry-After'] = String(outcome.retryAfterSeconds);
        res[channel.field] = channel.mask(outcome.gsmNumber);
        return this.envelope(res, RATE_LIMIT_CODES[outcome.scope ?? 'window']!);
      case 'issued': {
        const { otp, delivery } = outcome;
        Object.assign(res, {
          Id: otp.id, OtpIdReference: otp.reference, ReferenceCode: otp.referenceCode, [channel.field]: channel.mask(otp.gsmNumber),
          OtpCode: this.d.exposeOtpCode ? outcome.code : null,
          RemainingExpirationSeconds: remainingSeconds(otp.expiresAtMs, this.d.clock.now()),
        });
        const code = delivery.kind === 'sent' ? C.Success : delivery.kind === 'queued' ? C.Queued
          : delivery.kind === 'failed' ? delivery.failure.code + channel.providerCodeOffset : C.InternalError;
        return this.envelope(res, code);
      }
    }
  }

  @Handles(VerifyTwoFactorSmsOtpRequest)
  async post_verify(req: VerifyTwoFactorSmsOtpRequest, ctx: ServiceContext): Promise<HttpResult<VerifyTwoFactorSmsOtpResponse>> {
    const res = new VerifyTwoFactorSmsOtpResponse();
    const named = await this.named(req);
    if (!named) return this.envelope(res, V.InvalidRequest);
    const { userId, otp } = named;
    res.OtpIdReference = named.reference;
    const outcome = await this.d.verifier.verify(otp, req.OtpCode, (o) =>
      o.purpose.startsWith(PURPOSE_PREFIX) && (userId === undefined || o.userId === userId), requestLog(this.d.log, ctx.request));
    res.Verified = outcome === 'verified';
    return this.envelope(res, VERIFY_CODES[outcome]);
  }

  /** Same lookup rules as verify: an unknown reference and another user's OTP are one answer. */
  @Handles(CancelTwoFactorSmsOtpRequest)
  async post_cancel(req: CancelTwoFactorSmsOtpRequest, ctx: ServiceContext): Promise<HttpResult<CancelTwoFactorSmsOtpResponse>> {
    const res = new CancelTwoFactorSmsOtpResponse();
    const named = await this.named(req);
    if (!named) return this.envelope(res, K.InvalidRequest);
    const { userId, otp } = named;
    res.OtpIdReference = named.reference;
    if (!otp || !otp.purpose.startsWith(PURPOSE_PREFIX) || (userId !== undefined && otp.userId !== userId)) return this.envelope(res, K.OtpNotFound);
    const now = this.d.clock.now();
    const events = this.d.events;
    // The event commits with the cancellation.
    const queueEvent = events && ((m: EntityManager): Promise<void> => events.emit('verification.canceled', otp, {}, 0, m));
    if (!(await this.d.otps.cancel(otp.id, now, queueEvent))) {
      const fresh = await this.d.otps.findById(otp.id);
      return this.envelope(res, CANCEL_REFUSALS[(fresh && stateOf(fresh, now)) || 'invalid'] ?? K.InternalError);
    }
    requestLog(this.d.log, ctx.request).info('otp.canceled', { otpId: otp.id });
    res.Canceled = true;
    return this.envelope(res, K.Success);
  }

  /** The OTP a verify or cancel request names (null when none has that reference), or undefined without a reference. */
  private async named(req: { OtpIdReference?: unknown; UserId?: string | null }): Promise<{ reference: string; userId: string | undefined; otp: OtpEntity | null } | undefined> {
    const reference = typeof req.OtpIdReference === 'string' ? req.OtpIdReference.trim() : '';
    if (!reference) return undefined;
    const userId = req.UserId ? parseGuid(req.UserId) : undefined;
    return { reference, userId, otp: parseGuid(reference) ? await this.d.otps.findByReference(reference.toLowerCase()) : null };
  }

  @Handles(GetTwoFactorSmsOtpRequest)
  async get_status(req: GetTwoFactorSmsOtpRequest): Promise<HttpResult<GetTwoFactorSmsOtpResponse>> {
    const res = new GetTwoFactorSmsOtpResponse();
    const reference = (req.OtpIdReference ?? '').trim().toLowerCase();
    res.OtpIdReference = req.OtpIdReference ?? null;
    const otp = parseGuid(reference) ? await this.d.otps.findByReference(reference) : null;
    if (!otp || !otp.purpose.startsWith(PURPOSE_PREFIX)) return this.envelope(res, G.OtpNotFound);
    const now = this.d.clock.now();
    Object.assign(res, {
      Id: otp.id, ReferenceCode: otp.referenceCode, Status: statusOf(otp, now), GsmNumber: (otp.gsmNumber.includes('@') ? maskEmail : maskPhoneNumber)(otp.gsmNumber),
      RemainingExpirationSeconds: otp.consumedAtMs === null && otp.supersededAtMs === null && otp.canceledAtMs === null ? remainingSeconds(otp.expiresAtMs, now) : 0,
      RemainingAttempts: Math.max(0, otp.maxAttempts - otp.attempts),
    });
    return this.envelope(res, G.Success);
  }

  private envelope<T extends { Success: boolean; Code: number; ExceptionMessage: string | null }>(res: T, code: number): HttpResult<T> {
    const success = code === C.Success || code === C.Queued;
    res.Success = success;
    res.Code = code;
    res.ExceptionMessage = success ? null : messageFor(code);
    // Headers the handler put on ctx (Retry-After) are added by the host.
    return new HttpResult(res, { status: httpStatusFor(code, this.d.httpStatusMode), headers: { 'Cache-Control': 'no-store', Pragma: 'no-cache' } });
  }
}

/** The optional `Locale` action parameter (dtos/two-factor/create-two-factor-sms-otp.ts). */
function localeOf(ctx: ServiceContext): string | undefined {
  const locale = ctx.parameters?.get('Locale');
  return typeof locale === 'string' ? locale : undefined;
}

/** The status an OTP reports: its own state first, then how far its SMS got. */
export function statusOf(otp: OtpEntity, now: number): S {
  switch (stateOf(otp, now)) {
    case 'used': return S.Verified;
    case 'superseded': return S.Superseded;
    case 'expired': return S.Expired;
    case 'attempts-exhausted': return S.AttemptsExhausted;
    case 'canceled': return S.Canceled;
    default:
      switch (otp.deliveryStatus) {
        case 'sent': return S.Sent;
        case 'delivered': return S.Delivered;
        case 'failed': return S.Failed;
        case 'unconfirmed': return S.SentUnconfirmed;
        case 'expired': return S.Failed;
        default: return S.Pending;
      }
  }
}
