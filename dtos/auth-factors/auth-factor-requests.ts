/**
 * Zitadel's auth API v1 "my auth factors" (seeds 003/004 and their siblings), acting on the
 * token's user: mounted under /auth/v1 as the seed's curl shows, and bare as the docs list them.
 * Request messages are empty except the verify call's code.
 */
import { Authenticate, Dto, List, Member, Returns, Route } from '../../src/index.js';
import { AuthFactor } from './auth-factor.js';
import { ObjectDetails } from './object-details.js';

const NS = 'zitadel.auth.v1';
const BASE = '/users/me/auth_factors';

@Dto({ namespace: NS, dialect: 'gateway' })
export class AddMyAuthFactorOTPSMSResponse {
  @Member(ObjectDetails) Details?: ObjectDetails;
}

@Dto({ namespace: NS, dialect: 'gateway', description: 'Add a new One-Time-Password (OTP) SMS factor to the authenticated user. OTP SMS will enable the user to verify a OTP with the latest verified phone number. The phone number has to be verified to add the second factor.' })
@Route(`/auth/v1${BASE}/otp_sms`, 'POST')
@Route(`${BASE}/otp_sms`, 'POST')
@Returns(() => AddMyAuthFactorOTPSMSResponse)
@Authenticate()
export class AddMyAuthFactorOTPSMSRequest {}

@Dto({ namespace: NS, dialect: 'gateway' })
export class RemoveMyAuthFactorOTPSMSResponse {
  @Member(ObjectDetails) Details?: ObjectDetails;
}

@Dto({ namespace: NS, dialect: 'gateway', description: 'Remove the One-Time-Password (OTP) SMS factor of the authenticated user.' })
@Route(`/auth/v1${BASE}/otp_sms`, 'DELETE')
@Route(`${BASE}/otp_sms`, 'DELETE')
@Returns(() => RemoveMyAuthFactorOTPSMSResponse)
@Authenticate()
export class RemoveMyAuthFactorOTPSMSRequest {}

@Dto({ namespace: NS, dialect: 'gateway' })
export class AddMyAuthFactorOTPEmailResponse {
  @Member(ObjectDetails) Details?: ObjectDetails;
}

@Dto({ namespace: NS, dialect: 'gateway', description: 'Add a new One-Time-Password (OTP) Email factor to the authenticated user. OTP Email will enable the user to verify a OTP with the latest verified email. The email has to be verified (the token\'s email_verified claim) to add the second factor.' })
@Route(`/auth/v1${BASE}/otp_email`, 'POST')
@Route(`${BASE}/otp_email`, 'POST')
@Returns(() => AddMyAuthFactorOTPEmailResponse)
@Authenticate()
export class AddMyAuthFactorOTPEmailRequest {}

@Dto({ namespace: NS, dialect: 'gateway' })
export class RemoveMyAuthFactorOTPEmailResponse {
  @Member(ObjectDetails) Details?: ObjectDetails;
}

@Dto({ namespace: NS, dialect: 'gateway', description: 'Remove the One-Time-Password (OTP) Email factor of the authenticated user.' })
@Route(`/auth/v1${BASE}/otp_email`, 'DELETE')
@Route(`${BASE}/otp_email`, 'DELETE')
@Returns(() => RemoveMyAuthFactorOTPEmailResponse)
@Authenticate()
export class RemoveMyAuthFactorOTPEmailRequest {}

@Dto({ namespace: NS, dialect: 'gateway' })
export class AddMyAuthFactorOTPResponse {
  @Member() Url?: string;
  @Member() Secret?: string;
  @Member(ObjectDetails) Details?: ObjectDetails;
}

@Dto({ namespace: NS, dialect: 'gateway', description: 'Add a TOTP generator (authenticator app) factor to the authenticated user; verify it with a first code to make it ready.' })
@Route(`/auth/v1${BASE}/otp`, 'POST')
@Route(`${BASE}/otp`, 'POST')
@Returns(() => AddMyAuthFactorOTPResponse)
@Authenticate()
export class AddMyAuthFactorOTPRequest {}

@Dto({ namespace: NS, dialect: 'gateway' })
export class VerifyMyAuthFactorOTPResponse {
  @Member(ObjectDetails) Details?: ObjectDetails;
}

@Dto({ namespace: NS, dialect: 'gateway', description: 'Verify the last added TOTP factor with a code from the authenticator app.' })
@Route(`/auth/v1${BASE}/otp/_verify`, 'POST')
@Route(`${BASE}/otp/_verify`, 'POST')
@Returns(() => VerifyMyAuthFactorOTPResponse)
@Authenticate()
export class VerifyMyAuthFactorOTPRequest {
  /** protoc-gen-validate: min_len 1, max_len 200. */
  @Member('string', { required: true }) Code?: string;
}

@Dto({ namespace: NS, dialect: 'gateway' })
export class RemoveMyAuthFactorOTPResponse {
  @Member(ObjectDetails) Details?: ObjectDetails;
}

@Dto({ namespace: NS, dialect: 'gateway', description: 'Remove the TOTP factor of the authenticated user.' })
@Route(`/auth/v1${BASE}/otp`, 'DELETE')
@Route(`${BASE}/otp`, 'DELETE')
@Returns(() => RemoveMyAuthFactorOTPResponse)
@Authenticate()
export class RemoveMyAuthFactorOTPRequest {}

@Dto({ namespace: NS, dialect: 'gateway' })
export class ListMyAuthFactorsResponse {
  @Member(List(AuthFactor)) Result?: AuthFactor[];
}

@Dto({ namespace: NS, dialect: 'gateway', description: 'List the second factors of the authenticated user.' })
@Route(`/auth/v1${BASE}/_search`, 'POST')
@Route(`${BASE}/_search`, 'POST')
@Returns(() => ListMyAuthFactorsResponse)
@Authenticate()
export class ListMyAuthFactorsRequest {}
