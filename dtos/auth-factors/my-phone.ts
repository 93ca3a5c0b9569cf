/**
 * Zitadel's auth API v1 "my phone" (auth.proto: GetMyPhone, SetMyPhone, VerifyMyPhone,
 * ResendMyPhoneVerification, RemoveMyPhone), acting on the token's user; mounted under /auth/v1
 * and bare, as the auth factors are. Setting a number sends a code to it by SMS.
 */
import { Authenticate, Dto, Member, Returns, Route } from '../../src/index.js';
import { ObjectDetails } from './object-details.js';

const NS = 'zitadel.auth.v1';
const BASE = '/users/me/phone';

/** zitadel.user.v1.Phone. */
@Dto({ name: 'Phone', namespace: 'zitadel.user.v1', dialect: 'gateway' })
export class Phone {
  @Member(ObjectDetails) Details?: ObjectDetails;
  // protoc's C# generator writes a field named like its message `Phone_` (CS0542 otherwise); the wire name stays `phone`.
  @Member('string', { protoName: 'phone' }) Phone_?: string;
  @Member('bool', { protoName: 'is_phone_verified' }) IsPhoneVerified?: boolean;
}

@Dto({ namespace: NS, dialect: 'gateway' })
export class GetMyPhoneResponse {
  @Member(Phone) Phone?: Phone;
}

@Dto({ namespace: NS, dialect: 'gateway', description: 'Returns the phone number of the authenticated user and whether it is verified.' })
@Route(`/auth/v1${BASE}`, 'GET')
@Route(BASE, 'GET')
@Returns(() => GetMyPhoneResponse)
@Authenticate()
export class GetMyPhoneRequest {}

@Dto({ namespace: NS, dialect: 'gateway' })
export class SetMyPhoneResponse {
  @Member(ObjectDetails) Details?: ObjectDetails;
}

@Dto({ namespace: NS, dialect: 'gateway', description: 'Sets the phone number of the authenticated user; an SMS with a verification code is sent to it.' })
@Route(`/auth/v1${BASE}`, 'PUT')
@Route(BASE, 'PUT')
@Returns(() => SetMyPhoneResponse)
@Authenticate()
export class SetMyPhoneRequest {
  /** protoc-gen-validate: min_len 1, max_len 50, prefix "+". */
  @Member('string', { required: true, example: '+41791234567' }) Phone?: string;
}

@Dto({ namespace: NS, dialect: 'gateway' })
export class VerifyMyPhoneResponse {
  @Member(ObjectDetails) Details?: ObjectDetails;
}

@Dto({ namespace: NS, dialect: 'gateway', description: 'Sets the phone number to verified with the code sent to it.' })
@Route(`/auth/v1${BASE}/_verify`, 'POST')
@Route(`${BASE}/_verify`, 'POST')
@Returns(() => VerifyMyPhoneResponse)
@Authenticate()
export class VerifyMyPhoneRequest {
  /** protoc-gen-validate: min_len 1, max_len 200. */
  @Member('string', { required: true }) Code?: string;
}

@Dto({ namespace: NS, dialect: 'gateway' })
export class ResendMyPhoneVerificationResponse {
  @Member(ObjectDetails) Details?: ObjectDetails;
}

@Dto({ namespace: NS, dialect: 'gateway', description: 'Resends an SMS with a new code to the last given phone number, to verify it.' })
@Route(`/auth/v1${BASE}/_resend_verification`, 'POST')
@Route(`${BASE}/_resend_verification`, 'POST')
@Returns(() => ResendMyPhoneVerificationResponse)
@Authenticate()
export class ResendMyPhoneVerificationRequest {}

@Dto({ namespace: NS, dialect: 'gateway' })
export class RemoveMyPhoneResponse {
  @Member(ObjectDetails) Details?: ObjectDetails;
}

@Dto({ namespace: NS, dialect: 'gateway', description: 'Removes the phone number of the authenticated user.' })
@Route(`/auth/v1${BASE}`, 'DELETE')
@Route(BASE, 'DELETE')
@Returns(() => RemoveMyPhoneResponse)
@Authenticate()
export class RemoveMyPhoneRequest {}
