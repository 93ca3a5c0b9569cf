/**
 * Zitadel's "my auth factors" (seeds 003/004; gateway dialect) on the shared factor rules.
 * `resourceOwner` is the caller's tenant; a request that names another organisation in
 * `x-zitadel-orgid` gets the answer for a user that does not exist there. Errors carry Zitadel's
 * codes, texts and ids (internal/command/user_human_otp.go, i18n en.yaml).
 */
import {
  AddMyAuthFactorOTPEmailRequest, AddMyAuthFactorOTPEmailResponse, AuthFactorOTPEmail, RemoveMyAuthFactorOTPEmailRequest, RemoveMyAuthFactorOTPEmailResponse,
  AddMyAuthFactorOTPRequest, AddMyAuthFactorOTPResponse, AddMyAuthFactorOTPSMSRequest, AddMyAuthFactorOTPSMSResponse, AuthFactor,
  AuthFactorOTP, AuthFactorOTPSMS, AuthFactorState, AuthFactorU2F, ListMyAuthFactorsRequest, ListMyAuthFactorsResponse, ObjectDetails,
  RemoveMyAuthFactorOTPRequest, RemoveMyAuthFactorOTPResponse, RemoveMyAuthFactorOTPSMSRequest, RemoveMyAuthFactorOTPSMSResponse,
  VerifyMyAuthFactorOTPRequest, VerifyMyAuthFactorOTPResponse,
} from '../../../dtos/index.js';
import { GatewayError, Handles, HttpResult, type ServiceContext } from '../../index.js';
import { principalOf, type Principal } from '../auth/principal.js';
import { STEP_UP_HEADER } from '../domain/step-up-token.js';
import type { Logger } from '../logger.js';
import type { ChangeDetails } from '../persistence/auth-factor-store.js';
import type { FactorKind } from '../persistence/entities/index.js';
import { requestLog } from '../request-log.js';
import type { AuthFactorManager } from './auth-factor-manager.js';
import { FactorError, type FactorProblem } from './factor-error.js';
import type { RecoveryCodeManager } from './recovery-code-manager.js';
import type { SecondFactorGuard } from './second-factor-guard.js';
import type { WebauthnManager } from './webauthn-manager.js';

const ALREADY_READY = 'Multifactor OTP (OneTimePassword) is already set up';
const NOT_EXISTING = "Multifactor OTP (OneTimePassword) doesn't exist";
const NOT_READY = "Multifactor OTP (OneTimePassword) isn't ready";
const INVALID_CODE: Gw = [3, 'Invalid code', 'EVENT-8isk2'];
const LOCKED: Gw = [8, 'Too many failed attempts, try again later', 'MFA-L0ck5'];

export type Gw = [code: number, message: string, id: string];
export type Problems = Partial<Record<FactorProblem, Gw>>;

/** Problems every operation may meet, whatever it maps itself. */
const COMMON: Problems = {
  'step-up-required': [7, `A fresh second-factor proof is required: send the ${STEP_UP_HEADER} header from a successful code check`, 'MFA-StepUp'],
};

export class AuthFactorsService {
  constructor(private readonly factors: AuthFactorManager, private readonly recovery: RecoveryCodeManager, private readonly guard: SecondFactorGuard,
    private readonly log: Logger, private readonly webauthn?: WebauthnManager) {}

  @Handles(AddMyAuthFactorOTPSMSRequest)
  async post_add_otp_sms(_req: AddMyAuthFactorOTPSMSRequest, ctx: ServiceContext): Promise<AddMyAuthFactorOTPSMSResponse> {
    const p = caller(ctx);
    const details = await failures(ctx, this.factors.addMessageFactor('otp_sms', p, ctx.header(STEP_UP_HEADER), requestLog(this.log, ctx.request)), {
      'otp-sms-exists': [6, ALREADY_READY, 'COMMAND-Ad3g2'], 'phone-not-verified': [9, NOT_READY, 'COMMAND-Q54j2'],
    });
    return Object.assign(new AddMyAuthFactorOTPSMSResponse(), { Details: added(p, details) });
  }

  @Handles(RemoveMyAuthFactorOTPSMSRequest)
  async delete_otp_sms(_req: RemoveMyAuthFactorOTPSMSRequest, ctx: ServiceContext): Promise<RemoveMyAuthFactorOTPSMSResponse> {
    const p = caller(ctx);
    const details = await failures(ctx, this.factors.removeMessageFactor('otp_sms', p, ctx.header(STEP_UP_HEADER), requestLog(this.log, ctx.request)), { 'otp-sms-missing': [5, NOT_EXISTING, 'COMMAND-Sr3h3'] });
    return Object.assign(new RemoveMyAuthFactorOTPSMSResponse(), { Details: changed(p, details) });
  }

  @Handles(AddMyAuthFactorOTPEmailRequest)
  async post_add_otp_email(_req: AddMyAuthFactorOTPEmailRequest, ctx: ServiceContext): Promise<AddMyAuthFactorOTPEmailResponse> {
    const p = caller(ctx);
    const details = await failures(ctx, this.factors.addMessageFactor('otp_email', p, ctx.header(STEP_UP_HEADER), requestLog(this.log, ctx.request)), {
      'otp-email-exists': [6, ALREADY_READY, 'COMMAND-MKL2s'], 'email-not-verified': [9, NOT_READY, 'COMMAND-KLJ2d'],
    });
    return Object.assign(new AddMyAuthFactorOTPEmailResponse(), { Details: added(p, details) });
  }

  @Handles(RemoveMyAuthFactorOTPEmailRequest)
  async delete_otp_email(_req: RemoveMyAuthFactorOTPEmailRequest, ctx: ServiceContext): Promise<RemoveMyAuthFactorOTPEmailResponse> {
    const p = caller(ctx);
    const details = await failures(ctx, this.factors.removeMessageFactor('otp_email', p, ctx.header(STEP_UP_HEADER), requestLog(this.log, ctx.request)), { 'otp-email-missing': [5, NOT_EXISTING, 'COMMAND-b1s4h'] });
    return Object.assign(new RemoveMyAuthFactorOTPEmailResponse(), { Details: changed(p, details) });
  }

  @Handles(AddMyAuthFactorOTPRequest)
  async post_add_otp(_req: AddMyAuthFactorOTPRequest, ctx: ServiceContext): Promise<HttpResult<AddMyAuthFactorOTPResponse>> {
    const p = caller(ctx);
    const r = await failures(ctx, this.factors.addTotp(p, ctx.header(STEP_UP_HEADER), requestLog(this.log, ctx.request)), { 'totp-ready': [6, ALREADY_READY, 'COMMAND-do9se'] });
    const res = Object.assign(new AddMyAuthFactorOTPResponse(), { Url: r.uri, Secret: r.secret, Details: added(p, r.details) });
    return new HttpResult(res, { headers: { 'Cache-Control': 'no-store', Pragma: 'no-cache' } });
  }

  @Handles(VerifyMyAuthFactorOTPRequest)
  async post_verify_otp(req: VerifyMyAuthFactorOTPRequest, ctx: ServiceContext): Promise<VerifyMyAuthFactorOTPResponse> {
    const p = caller(ctx);
    if (typeof req.Code !== 'string' || req.Code.length < 1 || req.Code.length > 200) {
      // protoc-gen-validate's rule on `code` (min_len 1, max_len 200), as Zitadel's validation interceptor words it.
      throw new GatewayError(3, 'invalid VerifyMyAuthFactorOTPRequest.Code: value length must be between 1 and 200 runes, inclusive');
    }
    const log = requestLog(this.log, ctx.request);
    const details = await failures(ctx, this.factors.confirmTotp(p, req.Code, log), {
      'totp-missing': [5, NOT_EXISTING, 'COMMAND-3Mif9s'], 'totp-already-confirmed': [9, ALREADY_READY, 'COMMAND-qx4ls'],
      'code-invalid': INVALID_CODE, 'code-reused': INVALID_CODE,
    });
    // The same set as seed 002's confirm-key, unseen here: PUT /users/2fa/recovery-codes with this answer's step-up token shows a new one.
    await failures(ctx, this.recovery.firstSet(p, log), {});
    Object.assign(ctx.responseHeaders, { 'Cache-Control': 'no-store', Pragma: 'no-cache', [STEP_UP_HEADER]: await this.guard.stepUpToken(p) });
    return Object.assign(new VerifyMyAuthFactorOTPResponse(), { Details: changed(p, details) });
  }

  @Handles(RemoveMyAuthFactorOTPRequest)
  async delete_otp(_req: RemoveMyAuthFactorOTPRequest, ctx: ServiceContext): Promise<RemoveMyAuthFactorOTPResponse> {
    const p = caller(ctx);
    const details = await failures(ctx, this.factors.removeTotp(p, ctx.header(STEP_UP_HEADER), requestLog(this.log, ctx.request)), { 'totp-missing': [5, NOT_EXISTING, 'COMMAND-Hd9sd'] });
    return Object.assign(new RemoveMyAuthFactorOTPResponse(), { Details: changed(p, details) });
  }

  @Handles(ListMyAuthFactorsRequest)
  async post_search(_req: ListMyAuthFactorsRequest, ctx: ServiceContext): Promise<ListMyAuthFactorsResponse> {
    const p = caller(ctx);
    const rows = await this.factors.list(p);
    const result: AuthFactor[] = rows.map((r) => Object.assign(new AuthFactor(), {
      State: r.state === 'ready' ? AuthFactorState.AUTH_FACTOR_STATE_READY : AuthFactorState.AUTH_FACTOR_STATE_NOT_READY,
      ...FACTOR_MEMBERS[r.kind](),
    }));
    // Security keys are listed here (as Zitadel does); passkeys by …/passwordless/_search.
    for (const k of (await this.webauthn?.list(p, 'u2f')) ?? []) {
      result.push(Object.assign(new AuthFactor(), { State: AuthFactorState.AUTH_FACTOR_STATE_READY, U2f: Object.assign(new AuthFactorU2F(), { Id: String(k.id), Name: k.name }) }));
    }
    return Object.assign(new ListMyAuthFactorsResponse(), { Result: result });
  }
}

/** The `oneof type` member each kind fills in AuthFactor. */
const FACTOR_MEMBERS: Readonly<Record<FactorKind, () => Partial<AuthFactor>>> = {
  totp: () => ({ Otp: new AuthFactorOTP() }),
  otp_sms: () => ({ OtpSms: new AuthFactorOTPSMS() }),
  otp_email: () => ({ OtpEmail: new AuthFactorOTPEmail() }),
};

/** "me", within the organisation the request addresses (x-zitadel-orgid, if sent). */
export function caller(ctx: ServiceContext): Principal {
  const p = principalOf(ctx);
  const org = ctx.header('x-zitadel-orgid');
  if (org !== undefined && org.trim() !== p.tenantId) throw new GatewayError(5, 'User could not be found', 'AUTH-nx0rg');
  return p;
}

/** Add calls: as Zitadel's DomainToAddDetailsPb, plus changeDate = creationDate (dialects.md §3.3.3). */
export function added(p: Principal, d: ChangeDetails): ObjectDetails {
  const at = new Date(d.atMs);
  return Object.assign(new ObjectDetails(), { Sequence: d.sequence, CreationDate: at, ChangeDate: at, ResourceOwner: p.tenantId });
}

/** Other changes: DomainToChangeDetailsPb (no creation date). */
export function changed(p: Principal, d: ChangeDetails): ObjectDetails {
  return Object.assign(new ObjectDetails(), { Sequence: d.sequence, ChangeDate: new Date(d.atMs), ResourceOwner: p.tenantId });
}

export async function failures<T>(ctx: ServiceContext, work: Promise<T>, problems: Problems): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (!(e instanceof FactorError)) throw e;
    if (e.problem === 'locked' || e.retryAfterSeconds !== undefined) ctx.responseHeaders['Retry-After'] = String(e.retryAfterSeconds ?? 60);
    if (e.problem === 'locked') throw new GatewayError(...LOCKED);
    const mapped = problems[e.problem] ?? COMMON[e.problem];
    if (!mapped) throw new GatewayError(13, 'An internal error occurred', 'MFA-Unmap1');
    throw new GatewayError(...mapped);
  }
}
