/**
 * Seed 002's family (ServiceStack dialect): generate a TOTP key, confirm it, check codes, remove
 * it, and manage recovery codes. The caller's tenant must be the request's OrganisationId; any
 * other organisation — existing or not — answers the same 404, so nothing about other tenants
 * can be learnt. Failures are typed ServiceStack errors (ResponseStatus.errorCode).
 */
import {
  ConfirmTwoFactorAuthenticationKeyRequest, ConfirmTwoFactorAuthenticationKeyResponse,
  GenerateTwoFactorAuthenticationKeyRequest, GenerateTwoFactorAuthenticationKeyResponse,
  GenerateTwoFactorRecoveryCodesRequest, GenerateTwoFactorRecoveryCodesResponse,
  GetTwoFactorRecoveryCodeCountRequest, GetTwoFactorRecoveryCodeCountResponse,
  RedeemTwoFactorRecoveryCodeRequest, RedeemTwoFactorRecoveryCodeResponse,
  RemoveTwoFactorAuthenticationKeyRequest, RemoveTwoFactorAuthenticationKeyResponse,
  VerifyTwoFactorAuthenticationCodeRequest, VerifyTwoFactorAuthenticationCodeResponse,
} from '../../../dtos/index.js';
import { Handles, HttpError, HttpResult, ValidationError, type ServiceContext } from '../../index.js';
import { principalOf, type Principal } from '../auth/principal.js';
import { STEP_UP_HEADER } from '../domain/step-up-token.js';
import type { Logger } from '../logger.js';
import { requestLog } from '../request-log.js';
import type { AuthFactorManager } from './auth-factor-manager.js';
import { FactorError, type FactorProblem, type PhoneProblem } from './factor-error.js';
import type { RecoveryCodeManager } from './recovery-code-manager.js';
import type { SecondFactorGuard } from './second-factor-guard.js';

/** Responses that carry a secret must not be cached anywhere. */
const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

/** Zitadel's phone endpoints have no ServiceStack counterpart. */
const PROBLEMS: Readonly<Record<Exclude<FactorProblem, PhoneProblem>, [number, string, string]>> = {
  'totp-ready': [409, 'TwoFactorAlreadyEnabled', 'Two-factor authentication is already enabled; remove the key before generating a new one.'],
  'totp-already-confirmed': [409, 'TwoFactorAlreadyEnabled', 'The two-factor authentication key is already confirmed.'],
  'totp-missing': [404, 'NotFound', 'No two-factor authentication key exists; generate one first.'],
  'totp-not-ready': [409, 'TwoFactorKeyNotConfirmed', 'The two-factor authentication key has not been confirmed yet.'],
  'code-invalid': [400, 'InvalidTwoFactorCode', 'The code is invalid.'],
  'code-reused': [400, 'TwoFactorCodeAlreadyUsed', 'This code has already been used; wait for the next one.'],
  locked: [429, 'TooManyRequests', 'Too many wrong codes; try again later.'],
  // 403, not 401: the caller is authenticated, and a 401 sends ServiceStack clients to re-authenticate.
  'step-up-required': [403, 'StepUpRequired', `This change needs a fresh second-factor proof: send the ${STEP_UP_HEADER} header from a successful code check.`],
  'no-second-factor': [409, 'TwoFactorNotEnabled', 'Recovery codes need two-factor authentication to be enabled.'],
  'recovery-code-invalid': [400, 'InvalidRecoveryCode', 'The recovery code is invalid.'],
  'otp-sms-exists': [409, 'Conflict', 'SMS two-factor authentication is already enabled.'],
  'otp-sms-missing': [404, 'NotFound', 'SMS two-factor authentication is not enabled.'],
  'phone-not-verified': [409, 'PhoneNotVerified', 'A verified mobile number is required.'],
  // Security keys and passkeys have gateway routes only (webauthn-service.ts); mapped for completeness.
  'webauthn-malformed': [400, 'InvalidCredential', 'The WebAuthn credential could not be read.'],
  'webauthn-origin': [400, 'InvalidCredential', 'The WebAuthn credential was refused.'],
  'webauthn-invalid': [400, 'InvalidCredential', 'The WebAuthn credential was refused.'],
  'webauthn-unknown-credential': [400, 'InvalidCredential', 'The WebAuthn credential was refused.'],
  'webauthn-challenge-unknown': [409, 'ChallengeNotFound', 'No WebAuthn challenge is open for this credential.'],
  'webauthn-challenge-expired': [409, 'ChallengeExpired', 'The WebAuthn challenge has expired.'],
  'webauthn-cloned': [409, 'CredentialCloned', 'The authenticator may have been cloned.'],
  'webauthn-exists': [409, 'Conflict', 'The credential is registered already.'],
  'webauthn-missing': [404, 'NotFound', 'No such WebAuthn credential.'],
  'webauthn-off': [501, 'NotImplemented', 'WebAuthn is not configured on this server.'],
  'otp-email-exists': [409, 'Conflict', 'Email two-factor authentication is already enabled.'],
  'otp-email-missing': [404, 'NotFound', 'Email two-factor authentication is not enabled.'],
  'email-not-verified': [409, 'EmailNotVerified', 'A verified email address is required.'],
};

export class UserAccountsService {
  constructor(private readonly factors: AuthFactorManager, private readonly recovery: RecoveryCodeManager, private readonly guard: SecondFactorGuard,
    private readonly log: Logger) {}

  @Handles(GenerateTwoFactorAuthenticationKeyRequest)
  async put_generate(req: GenerateTwoFactorAuthenticationKeyRequest, ctx: ServiceContext): Promise<HttpResult<GenerateTwoFactorAuthenticationKeyResponse>> {
    const { uri } = await failures(this.factors.addTotp(tenantCaller(req, ctx), ctx.header(STEP_UP_HEADER), requestLog(this.log, ctx.request)));
    return new HttpResult(Object.assign(new GenerateTwoFactorAuthenticationKeyResponse(), { TwoFactorUri: uri }), { headers: NO_STORE });
  }

  @Handles(ConfirmTwoFactorAuthenticationKeyRequest)
  async put_confirm(req: ConfirmTwoFactorAuthenticationKeyRequest, ctx: ServiceContext): Promise<HttpResult<ConfirmTwoFactorAuthenticationKeyResponse>> {
    const p = tenantCaller(req, ctx);
    const log = requestLog(this.log, ctx.request);
    await failures(this.factors.confirmTotp(p, requiredCode(req.Code, 'Code'), log));
    const codes = await failures(this.recovery.firstSet(p, log));
    return new HttpResult(Object.assign(new ConfirmTwoFactorAuthenticationKeyResponse(), { RecoveryCodes: codes }), { headers: await this.proven(p) });
  }

  @Handles(VerifyTwoFactorAuthenticationCodeRequest)
  async put_verify(req: VerifyTwoFactorAuthenticationCodeRequest, ctx: ServiceContext): Promise<HttpResult<VerifyTwoFactorAuthenticationCodeResponse>> {
    const p = tenantCaller(req, ctx);
    await failures(this.factors.checkTotpCode(p, requiredCode(req.Code, 'Code'), requestLog(this.log, ctx.request)));
    return new HttpResult(Object.assign(new VerifyTwoFactorAuthenticationCodeResponse(), { IsValid: true }), { headers: await this.proven(p) });
  }

  @Handles(RemoveTwoFactorAuthenticationKeyRequest)
  async delete_key(req: RemoveTwoFactorAuthenticationKeyRequest, ctx: ServiceContext): Promise<RemoveTwoFactorAuthenticationKeyResponse> {
    await failures(this.factors.removeTotp(tenantCaller(req, ctx), ctx.header(STEP_UP_HEADER), requestLog(this.log, ctx.request)));
    return new RemoveTwoFactorAuthenticationKeyResponse();
  }

  @Handles(GenerateTwoFactorRecoveryCodesRequest)
  async put_recovery(req: GenerateTwoFactorRecoveryCodesRequest, ctx: ServiceContext): Promise<HttpResult<GenerateTwoFactorRecoveryCodesResponse>> {
    const { codes } = await failures(this.recovery.generate(tenantCaller(req, ctx), ctx.header(STEP_UP_HEADER), requestLog(this.log, ctx.request)));
    return new HttpResult(Object.assign(new GenerateTwoFactorRecoveryCodesResponse(), { RecoveryCodes: codes }), { headers: NO_STORE });
  }

  @Handles(RedeemTwoFactorRecoveryCodeRequest)
  async put_redeem(req: RedeemTwoFactorRecoveryCodeRequest, ctx: ServiceContext): Promise<HttpResult<RedeemTwoFactorRecoveryCodeResponse>> {
    const p = tenantCaller(req, ctx);
    const left = await failures(this.recovery.redeem(p, requiredCode(req.RecoveryCode, 'RecoveryCode'), requestLog(this.log, ctx.request)));
    return new HttpResult(Object.assign(new RedeemTwoFactorRecoveryCodeResponse(), { RemainingRecoveryCodes: left }), { headers: await this.proven(p) });
  }

  /** Headers of a successful check: its step-up token, which no cache may keep. */
  private async proven(p: Principal): Promise<Record<string, string>> {
    return { ...NO_STORE, [STEP_UP_HEADER]: await this.guard.stepUpToken(p) };
  }

  @Handles(GetTwoFactorRecoveryCodeCountRequest)
  async get_count(req: GetTwoFactorRecoveryCodeCountRequest, ctx: ServiceContext): Promise<GetTwoFactorRecoveryCodeCountResponse> {
    const left = await this.recovery.count(tenantCaller(req, ctx));
    return Object.assign(new GetTwoFactorRecoveryCodeCountResponse(), { RemainingRecoveryCodes: left });
  }
}

/** The authenticated caller, after checking the request names the caller's own organisation. */
function tenantCaller(req: { OrganisationId?: string }, ctx: ServiceContext): Principal {
  const p = principalOf(ctx);
  const org = typeof req.OrganisationId === 'string' ? req.OrganisationId.trim() : '';
  if (!org) throw notEmpty('OrganisationId', 'Organisation Id');
  if (org !== p.tenantId) throw HttpError.notFound('Organisation not found.');
  return p;
}

function requiredCode(value: string | undefined, field: string): string {
  if (typeof value !== 'string' || !value.trim()) throw notEmpty(field, field.replace(/([a-z])([A-Z])/g, '$1 $2'));
  return value;
}

/** FluentValidation's NotEmpty failure, as ServiceStack's ValidationFeature reports it. */
function notEmpty(field: string, displayName: string): ValidationError {
  return new ValidationError([{ errorCode: 'NotEmpty', fieldName: field, message: `'${displayName}' must not be empty.`, meta: { PropertyName: displayName } }]);
}

async function failures<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (!(e instanceof FactorError)) throw e;
    const [status, code, message] = PROBLEMS[e.problem as keyof typeof PROBLEMS] ?? [500, 'InternalServerError', 'An error has occurred.'];
    const headers: Record<string, string> = e.retryAfterSeconds ? { 'Retry-After': String(e.retryAfterSeconds) } : {};
    throw new HttpError(status, code, message, { headers });
  }
}
