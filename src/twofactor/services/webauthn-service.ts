/**
 * Zitadel's security key (`u2f`) and passkey (`passwordless`) routes in the gateway dialect, on
 * WebauthnManager, plus Stackport's `_challenge`/`_check` assertion pair. Bodies carry the
 * WebAuthn JSON as proto `bytes` (base64), as Zitadel's do. Errors are gateway statuses with a
 * distinct id per reason, so a client can tell a replayed challenge from a cloned key.
 */
import {
  AddMyAuthFactorU2FRequest, AddMyAuthFactorU2FResponse, AddMyPasswordlessRequest, AddMyPasswordlessResponse, CheckMyAuthFactorU2FRequest,
  CheckMyPasswordlessRequest, CheckMyWebAuthNResponse, ListMyPasswordlessRequest, ListMyPasswordlessResponse, ObjectDetails,
  RemoveMyAuthFactorU2FRequest, RemoveMyAuthFactorU2FResponse, RemoveMyPasswordlessRequest, RemoveMyPasswordlessResponse,
  StartMyAuthFactorU2FCheckRequest, StartMyPasswordlessCheckRequest, StartMyWebAuthNCheckResponse, AuthFactorState, VerifyMyAuthFactorU2FRequest,
  VerifyMyAuthFactorU2FResponse, VerifyMyPasswordlessRequest, VerifyMyPasswordlessResponse, WebAuthNKey, WebAuthNToken, type WebAuthNVerification,
} from '../../../dtos/index.js';
import { GatewayError, Handles, type ServiceContext } from '../../index.js';
import { STEP_UP_HEADER } from '../domain/step-up-token.js';
import type { Logger } from '../logger.js';
import type { WebauthnKind } from '../persistence/entities/index.js';
import { requestLog } from '../request-log.js';
import { added, caller, changed, failures, type Problems } from './auth-factors-service.js';
import type { SecondFactorGuard } from './second-factor-guard.js';
import type { WebauthnManager } from './webauthn-manager.js';

const LOGIN_FAILED = 'Error on validating login credentials';
const NOT_FOUND = 'WebAuthN Token not found';

/** Zitadel's texts (Errors.User.WebAuthN.*) where it has one; the ids are Stackport's, one per reason. */
const PROBLEMS: Problems = {
  'webauthn-malformed': [3, 'Error on parsing credential data', 'WEBAU-Pars3'],
  'webauthn-origin': [3, LOGIN_FAILED, 'WEBAU-0rig1'],
  'webauthn-invalid': [3, LOGIN_FAILED, 'WEBAU-S1gn4'],
  'webauthn-unknown-credential': [3, LOGIN_FAILED, 'WEBAU-Cr3d5'],
  'webauthn-challenge-unknown': [9, 'No WebAuthN challenge is open for this credential: it was used already or never issued', 'WEBAU-Chal6'],
  'webauthn-challenge-expired': [9, 'The WebAuthN challenge has expired: start the ceremony again', 'WEBAU-Expd7'],
  'webauthn-cloned': [9, 'Credentials may be cloned', 'WEBAU-Cl0n8'],
  'webauthn-exists': [6, 'WebAuthN Token already exists', 'WEBAU-Ex1s9'],
  'webauthn-missing': [5, NOT_FOUND, 'WEBAU-N0tF0'],
  'webauthn-off': [12, 'WebAuthN is not configured on this server (WEBAUTHN_RP_ID, WEBAUTHN_ORIGINS)', 'WEBAU-0ff11'],
};

/** A credential is a few kilobytes at most; a short one fails parsing like any other non-credential. */
const MAX_CREDENTIAL = 64 * 1024;

export class WebauthnService {
  constructor(private readonly webauthn: WebauthnManager, private readonly guard: SecondFactorGuard, private readonly log: Logger) {}

  @Handles(AddMyAuthFactorU2FRequest)
  post_add_u2f(_req: AddMyAuthFactorU2FRequest, ctx: ServiceContext): Promise<AddMyAuthFactorU2FResponse> {
    return this.begin('u2f', ctx, new AddMyAuthFactorU2FResponse());
  }

  @Handles(VerifyMyAuthFactorU2FRequest)
  post_verify_u2f(req: VerifyMyAuthFactorU2FRequest, ctx: ServiceContext): Promise<VerifyMyAuthFactorU2FResponse> {
    return this.verify('u2f', 'VerifyMyAuthFactorU2FRequest', req.Verification, ctx, new VerifyMyAuthFactorU2FResponse());
  }

  @Handles(RemoveMyAuthFactorU2FRequest)
  delete_u2f(req: RemoveMyAuthFactorU2FRequest, ctx: ServiceContext): Promise<RemoveMyAuthFactorU2FResponse> {
    return this.remove('u2f', req.TokenId, ctx, new RemoveMyAuthFactorU2FResponse());
  }

  @Handles(StartMyAuthFactorU2FCheckRequest)
  post_challenge_u2f(_req: StartMyAuthFactorU2FCheckRequest, ctx: ServiceContext): Promise<StartMyWebAuthNCheckResponse> {
    return this.challenge('u2f', ctx);
  }

  @Handles(CheckMyAuthFactorU2FRequest)
  post_check_u2f(req: CheckMyAuthFactorU2FRequest, ctx: ServiceContext): Promise<CheckMyWebAuthNResponse> {
    return this.check('u2f', 'CheckMyAuthFactorU2FRequest', req.PublicKeyCredential, ctx);
  }

  @Handles(AddMyPasswordlessRequest)
  post_add_passwordless(_req: AddMyPasswordlessRequest, ctx: ServiceContext): Promise<AddMyPasswordlessResponse> {
    return this.begin('passwordless', ctx, new AddMyPasswordlessResponse());
  }

  @Handles(VerifyMyPasswordlessRequest)
  post_verify_passwordless(req: VerifyMyPasswordlessRequest, ctx: ServiceContext): Promise<VerifyMyPasswordlessResponse> {
    return this.verify('passwordless', 'VerifyMyPasswordlessRequest', req.Verification, ctx, new VerifyMyPasswordlessResponse());
  }

  @Handles(RemoveMyPasswordlessRequest)
  delete_passwordless(req: RemoveMyPasswordlessRequest, ctx: ServiceContext): Promise<RemoveMyPasswordlessResponse> {
    return this.remove('passwordless', req.TokenId, ctx, new RemoveMyPasswordlessResponse());
  }

  @Handles(ListMyPasswordlessRequest)
  async post_search_passwordless(_req: ListMyPasswordlessRequest, ctx: ServiceContext): Promise<ListMyPasswordlessResponse> {
    const rows = await this.webauthn.list(caller(ctx), 'passwordless');
    const result = rows.map((r) => Object.assign(new WebAuthNToken(), { Id: String(r.id), State: AuthFactorState.AUTH_FACTOR_STATE_READY, Name: r.name }));
    return Object.assign(new ListMyPasswordlessResponse(), { Result: result });
  }

  @Handles(StartMyPasswordlessCheckRequest)
  post_challenge_passwordless(_req: StartMyPasswordlessCheckRequest, ctx: ServiceContext): Promise<StartMyWebAuthNCheckResponse> {
    return this.challenge('passwordless', ctx);
  }

  @Handles(CheckMyPasswordlessRequest)
  post_check_passwordless(req: CheckMyPasswordlessRequest, ctx: ServiceContext): Promise<CheckMyWebAuthNResponse> {
    return this.check('passwordless', 'CheckMyPasswordlessRequest', req.PublicKeyCredential, ctx);
  }

  private async begin<R extends { Key?: WebAuthNKey; Details?: ObjectDetails }>(kind: WebauthnKind, ctx: ServiceContext, res: R): Promise<R> {
    const p = caller(ctx);
    const r = await failures(ctx, this.webauthn.beginRegistration(p, kind, ctx.header(STEP_UP_HEADER)), PROBLEMS);
    noStore(ctx);
    // Nothing is written until the verify call: the details name the tenant and the time, no event sequence.
    const at = new Date(r.atMs);
    return Object.assign(res, { Key: key(r.options), Details: Object.assign(new ObjectDetails(), { CreationDate: at, ChangeDate: at, ResourceOwner: p.tenantId }) });
  }

  private async verify<R extends { Details?: ObjectDetails }>(kind: WebauthnKind, op: string, v: WebAuthNVerification | undefined, ctx: ServiceContext, res: R): Promise<R> {
    const p = caller(ctx);
    if (!v) throw new GatewayError(3, `invalid ${op}.Verification: value is required`);
    const credential = credentialBytes('WebAuthNVerification', v.PublicKeyCredential);
    const name = typeof v.TokenName === 'string' ? v.TokenName.trim() : '';
    if (name.length < 1 || [...name].length > 200) throw new GatewayError(3, 'invalid WebAuthNVerification.TokenName: value length must be between 1 and 200 runes, inclusive');
    const details = await failures(ctx, this.webauthn.finishRegistration(p, kind, credential, name, requestLog(this.log, ctx.request)), PROBLEMS);
    return Object.assign(res, { Details: added(p, details) });
  }

  private async remove<R extends { Details?: ObjectDetails }>(kind: WebauthnKind, tokenId: string | undefined, ctx: ServiceContext, res: R): Promise<R> {
    const p = caller(ctx);
    if (typeof tokenId !== 'string' || tokenId.length < 1 || tokenId.length > 200) throw new GatewayError(3, 'invalid token_id: value length must be between 1 and 200 runes, inclusive');
    const details = await failures(ctx, this.webauthn.remove(p, kind, tokenId, ctx.header(STEP_UP_HEADER), requestLog(this.log, ctx.request)), PROBLEMS);
    return Object.assign(res, { Details: changed(p, details) });
  }

  private async challenge(kind: WebauthnKind, ctx: ServiceContext): Promise<StartMyWebAuthNCheckResponse> {
    const options = await failures(ctx, this.webauthn.beginCheck(caller(ctx), kind), PROBLEMS);
    noStore(ctx);
    return Object.assign(new StartMyWebAuthNCheckResponse(), { Key: key(options) });
  }

  private async check(kind: WebauthnKind, op: string, bytes: Uint8Array | undefined, ctx: ServiceContext): Promise<CheckMyWebAuthNResponse> {
    const p = caller(ctx);
    const credential = credentialBytes(op, bytes);
    const atMs = await failures(ctx, this.webauthn.checkAssertion(p, kind, credential, requestLog(this.log, ctx.request)), PROBLEMS);
    Object.assign(ctx.responseHeaders, { 'Cache-Control': 'no-store', Pragma: 'no-cache', [STEP_UP_HEADER]: await this.guard.stepUpToken(p) });
    return Object.assign(new CheckMyWebAuthNResponse(), { Details: Object.assign(new ObjectDetails(), { ChangeDate: new Date(atMs), ResourceOwner: p.tenantId }) });
  }
}

function key(options: string): WebAuthNKey {
  return Object.assign(new WebAuthNKey(), { PublicKey: Buffer.from(options, 'utf8') });
}

function noStore(ctx: ServiceContext): void {
  Object.assign(ctx.responseHeaders, { 'Cache-Control': 'no-store', Pragma: 'no-cache' });
}

/** A missing credential in protoc-gen-validate's words; an oversized one is no credential. */
function credentialBytes(message: string, bytes: Uint8Array | undefined): Uint8Array {
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) throw new GatewayError(3, `invalid ${message}.PublicKeyCredential: value is required`);
  if (bytes.length > MAX_CREDENTIAL) throw new GatewayError(...PROBLEMS['webauthn-malformed']!);
  return bytes;
}
