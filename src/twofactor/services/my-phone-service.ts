/**
 * Zitadel's "my phone" (auth.proto, gateway dialect) on phone-manager.ts: set, verify, resend,
 * remove and read the caller's number. Errors carry Zitadel's codes and texts (i18n en.yaml); the
 * ids are Zitadel's where its command code names one (user_human_phone.go), else this service's.
 */
import {
  GetMyPhoneRequest, GetMyPhoneResponse, ObjectDetails, Phone, RemoveMyPhoneRequest, RemoveMyPhoneResponse, ResendMyPhoneVerificationRequest,
  ResendMyPhoneVerificationResponse, SetMyPhoneRequest, SetMyPhoneResponse, VerifyMyPhoneRequest, VerifyMyPhoneResponse,
} from '../../../dtos/index.js';
import { GatewayError, Handles, type ServiceContext } from '../../index.js';
import { STEP_UP_HEADER } from '../domain/step-up-token.js';
import type { Logger } from '../logger.js';
import { requestLog } from '../request-log.js';
import { caller, changed, failures, type Problems } from './auth-factors-service.js';
import type { PhoneManager } from './phone-manager.js';

const PHONE_NOT_FOUND: Problems = { 'phone-missing': [5, 'Phone not found', 'COMMAND-p6rsc'] };
const CODE_PROBLEMS: Problems = {
  ...PHONE_NOT_FOUND,
  'phone-already-verified': [9, 'Phone already verified', 'COMMAND-2M0fs'],
  'phone-code-missing': [5, 'Code not found', 'COMMAND-Rsj8c'],
  'phone-code-expired': [3, 'Code is expired', 'CODE-QvUQ4P'],
  'phone-code-exhausted': [9, 'Too many wrong codes; request a new code', 'PHONE-Att3m'],
  'code-invalid': [3, 'Code is invalid', 'CODE-woT0xc'],
};
const SEND_PROBLEMS: Problems = {
  'send-limited': [8, 'Too many codes sent, try again later', 'PHONE-S3ndL'],
  'phone-unavailable': [14, 'Phone verification is not available', 'PHONE-n0cfg'],
};

export class MyPhoneService {
  constructor(private readonly phones: PhoneManager, private readonly log: Logger) {}

  @Handles(GetMyPhoneRequest)
  async get_phone(_req: GetMyPhoneRequest, ctx: ServiceContext): Promise<GetMyPhoneResponse> {
    const p = caller(ctx);
    const phone = await this.phones.find(p);
    if (!phone) throw new GatewayError(...PHONE_NOT_FOUND['phone-missing']!);
    const details = Object.assign(new ObjectDetails(), { CreationDate: new Date(phone.createdAtMs), ChangeDate: new Date(phone.changedAtMs), ResourceOwner: p.tenantId });
    return Object.assign(new GetMyPhoneResponse(), { Phone: Object.assign(new Phone(), { Details: details, Phone_: phone.e164, IsPhoneVerified: phone.verified }) });
  }

  @Handles(SetMyPhoneRequest)
  async put_phone(req: SetMyPhoneRequest, ctx: ServiceContext): Promise<SetMyPhoneResponse> {
    const p = caller(ctx);
    const phone = typeof req.Phone === 'string' ? req.Phone : '';
    // protoc-gen-validate's rules on `phone`, as Zitadel's validation interceptor words them.
    if (phone.length < 1 || phone.length > 50) throw new GatewayError(3, 'invalid SetMyPhoneRequest.Phone: value length must be between 1 and 50 runes, inclusive');
    if (!phone.startsWith('+')) throw new GatewayError(3, 'invalid SetMyPhoneRequest.Phone: value does not have prefix "+"');
    const details = await failures(ctx, this.phones.set(p, phone, ctx.header(STEP_UP_HEADER), requestLog(this.log, ctx.request)), {
      ...SEND_PROBLEMS, 'phone-invalid': [3, 'Phone is invalid', 'PHONE-so0wa'], 'phone-unchanged': [9, 'Phone not changed', 'COMMAND-wF94r'],
    });
    return Object.assign(new SetMyPhoneResponse(), { Details: changed(p, details) });
  }

  @Handles(VerifyMyPhoneRequest)
  async post_verify_phone(req: VerifyMyPhoneRequest, ctx: ServiceContext): Promise<VerifyMyPhoneResponse> {
    const p = caller(ctx);
    if (typeof req.Code !== 'string' || req.Code.length < 1 || req.Code.length > 200) {
      throw new GatewayError(3, 'invalid VerifyMyPhoneRequest.Code: value length must be between 1 and 200 runes, inclusive');
    }
    const details = await failures(ctx, this.phones.verify(p, req.Code, requestLog(this.log, ctx.request)), CODE_PROBLEMS);
    return Object.assign(new VerifyMyPhoneResponse(), { Details: changed(p, details) });
  }

  @Handles(ResendMyPhoneVerificationRequest)
  async post_resend(_req: ResendMyPhoneVerificationRequest, ctx: ServiceContext): Promise<ResendMyPhoneVerificationResponse> {
    const p = caller(ctx);
    const details = await failures(ctx, this.phones.resend(p, requestLog(this.log, ctx.request)), { ...CODE_PROBLEMS, ...SEND_PROBLEMS });
    return Object.assign(new ResendMyPhoneVerificationResponse(), { Details: changed(p, details) });
  }

  @Handles(RemoveMyPhoneRequest)
  async delete_phone(_req: RemoveMyPhoneRequest, ctx: ServiceContext): Promise<RemoveMyPhoneResponse> {
    const p = caller(ctx);
    const details = await failures(ctx, this.phones.remove(p, ctx.header(STEP_UP_HEADER), requestLog(this.log, ctx.request)), PHONE_NOT_FOUND);
    return Object.assign(new RemoveMyPhoneResponse(), { Details: changed(p, details) });
  }
}
