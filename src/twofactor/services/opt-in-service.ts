/**
 * The partner API's 2FA opt-in (seed 001): register a mobile number (an SMS goes out through the
 * outbox), then confirm it with the OTP. Responses are BaseResponseModel-shaped with hypermedia
 * links to the next possible actions; failures use plain HTTP statuses (400, 429), as that API does.
 * An empty body binds a null request (Web API): it is answered as one with every member missing.
 */
import {
  BaseResponseModel, Link, OptInTo2FARequest, OptInTo2FAResponse, Verify2FAOptInRequest,
} from '../../../dtos/index.js';
import { Handles, HttpResult, ValidationError, type ServiceContext } from '../../index.js';
import { principalOf } from '../auth/principal.js';
import type { Clock } from '../domain/clock.js';
import type { Logger } from '../logger.js';
import type { EnrollmentStore } from '../persistence/enrollment-store.js';
import type { OtpStore } from '../persistence/otp-store.js';
import { requestLog } from '../request-log.js';
import { requireFileId } from './file-access.js';
import type { OtpIssuer } from './otp-issuer.js';
import type { OtpVerifier, VerifyOutcome } from './otp-verifier.js';

export interface OptInServiceDeps {
  issuer: OtpIssuer;
  verifier: OtpVerifier;
  otps: OtpStore;
  enrollments: EnrollmentStore;
  clock: Clock;
  log: Logger;
  configurationId: number;
}

const VERIFY_FAILURES: Record<Exclude<VerifyOutcome, 'verified'>, string> = {
  malformed: 'The OTP is invalid.',
  invalid: 'The OTP is invalid.',
  expired: 'The OTP has expired. Opt in again to receive a new one.',
  used: 'The OTP has already been used.',
  superseded: 'A newer OTP has been sent; use that one.',
  canceled: 'The OTP was canceled. Opt in again to receive a new one.',
  'attempts-exhausted': 'Too many wrong OTPs. Opt in again to receive a new one.',
};

export class OptInService {
  constructor(private readonly d: OptInServiceDeps) {}

  @Handles(OptInTo2FARequest)
  async post_opt_in(body: OptInTo2FARequest | null, ctx: ServiceContext): Promise<HttpResult<BaseResponseModel>> {
    const principal = caller(ctx);
    const req = body ?? new OptInTo2FARequest();
    if (typeof req.MobileNumber !== 'string' || !req.MobileNumber.trim()) throw required('MobileNumber');
    const resolved = await this.d.issuer.resolve(this.d.configurationId, req.MobileNumber);
    if (!resolved.ok) {
      const message = resolved.outcome.kind === 'configuration' ? 'Two-factor authentication is not available.' : 'The mobile number is not a valid mobile number.';
      return this.reply(resolved.outcome.kind === 'configuration' ? 503 : 400, message, principal.fileId, ['opt-in']);
    }
    const enrollment = await this.d.enrollments.upsert(principal.fileId, principal.userId, resolved.e164, this.d.clock.now());
    const outcome = await this.d.issuer.issue({
      userId: principal.userId, gsmNumber: resolved.e164, configurationId: this.d.configurationId,
      purpose: `opt-in:${principal.fileId}`, isSync: false, enrollmentId: enrollment.id, source: 'opt-in-to-2fa',
      clientIp: ctx.request.remoteAddress,
    }, requestLog(this.d.log, ctx.request));
    if (outcome.kind === 'rate-limited') {
      ctx.responseHeaders['Retry-After'] = String(outcome.retryAfterSeconds);
      return this.reply(429, `Too many OTP requests. Try again in ${outcome.retryAfterSeconds} seconds.`, principal.fileId, ['opt-in']);
    }
    if (outcome.kind !== 'issued') return this.reply(400, 'The mobile number is not a valid mobile number.', principal.fileId, ['opt-in']);
    const res = Object.assign(new OptInTo2FAResponse(), {
      ProviderUserId: enrollment.id,
      StatusMessage: 'An OTP has been sent to the mobile number. Verify it with verify-2fa-opt-in.',
      _links: links(principal.fileId, ['verify', 'opt-in']),
    });
    return new HttpResult(res, { headers: NO_STORE });
  }

  @Handles(Verify2FAOptInRequest)
  async post_verify(body: Verify2FAOptInRequest | null, ctx: ServiceContext): Promise<HttpResult<BaseResponseModel>> {
    const principal = caller(ctx);
    const req = body ?? new Verify2FAOptInRequest();
    const problems = [];
    if (!Number.isInteger(req.ProviderUserId) || req.ProviderUserId! < 1) problems.push(required('ProviderUserId').fieldErrors[0]!);
    if (typeof req.Otp !== 'string' || !req.Otp.trim()) problems.push(required('Otp').fieldErrors[0]!);
    if (problems.length) throw new ValidationError(problems);
    const enrollment = await this.d.enrollments.find(req.ProviderUserId!, principal.fileId, principal.userId);
    const otp = enrollment ? await this.d.otps.latestForEnrollment(enrollment.id) : null;
    const outcome = await this.d.verifier.verify(otp, req.Otp!.trim(), (o) =>
      o.purpose === `opt-in:${principal.fileId}` && o.userId === principal.userId && o.enrollmentId === enrollment?.id, requestLog(this.d.log, ctx.request));
    if (outcome !== 'verified') return this.reply(400, VERIFY_FAILURES[outcome], principal.fileId, ['verify', 'opt-in']);
    await this.d.enrollments.activate(enrollment!.id, this.d.clock.now());
    return this.reply(200, 'Two-factor authentication is now enabled for this mobile number.', principal.fileId, ['opt-in']);
  }

  /** Headers set on ctx.responseHeaders (Retry-After) are sent as well. */
  private reply(status: number, message: string, fileId: number, next: LinkName[]): HttpResult<BaseResponseModel> {
    const res = Object.assign(new BaseResponseModel(), { StatusMessage: message, _links: links(fileId, next) });
    return new HttpResult(res, { status, headers: NO_STORE });
  }
}

/** The authenticated user and the file (tenant) the filter matched against it. */
function caller(ctx: ServiceContext): { fileId: number; userId: string } {
  return { fileId: requireFileId(ctx), userId: principalOf(ctx).userId };
}

type LinkName = 'verify' | 'opt-in';

/** Links carry FileId only — never the access key, even when the request had it in its URL. */
function links(fileId: number, names: LinkName[]): Link[] {
  return names.map((n) => n === 'verify'
    ? Link.to('verify', `/User/verify-2fa-opt-in?FileId=${fileId}`, 'POST', 'Verify the 2FA opt-in with the OTP sent by SMS')
    : Link.to('opt-in', `/User/opt-in-to-2fa?FileId=${fileId}`, 'POST', 'Opt in to 2FA with a mobile number (sends a new OTP)'));
}

const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

function required(field: string): ValidationError {
  return new ValidationError([{ errorCode: 'Required', fieldName: field, message: `The ${field} field is required.` }]);
}
