/** `POST api/TwoFactor/VerifyTwoFactorSmsOtp {OtpIdReference, OtpCode}` — the check for seed 000's OTPs. */
import { Dto, Member, Returns, Route } from '../../src/index.js';
import { VerifyTwoFactorSmsOtpResponseCode } from './response-codes.js';

@Dto({ namespace: 'BusinessLayer.Dto.Response', dialect: 'aspnet', xml: 'DataContract', description: 'The outcome of a verification.' })
export class VerifyTwoFactorSmsOtpResponse {
  @Member('string', { description: 'The reference that was checked.' })
  OtpIdReference: string | null = null;
  @Member('bool', { description: 'True only when the code was right and the OTP was still usable.' })
  Verified = false;
  @Member('string', { description: 'A safe, generic explanation when Success is false.' })
  ExceptionMessage: string | null = null;
  @Member('bool', { description: 'Same as Verified.' })
  Success = false;
  @Member(VerifyTwoFactorSmsOtpResponseCode, { description: 'Outcome code; numbers are stable.' })
  Code: VerifyTwoFactorSmsOtpResponseCode = VerifyTwoFactorSmsOtpResponseCode.InternalError;
}

@Dto({ namespace: 'BusinessLayer.Dto.Request', dialect: 'aspnet', xml: 'DataContract', description: 'Checks a code against an OTP; each OTP verifies once.' })
@Route('/api/TwoFactor/VerifyTwoFactorSmsOtp', 'POST')
@Returns(() => VerifyTwoFactorSmsOtpResponse)
export class VerifyTwoFactorSmsOtpRequest {
  @Member('string', { description: 'The OtpIdReference returned by CreateTwoFactorSmsOtp.', required: true })
  OtpIdReference?: string;
  @Member('string', { description: 'The code the user received by SMS.', required: true })
  OtpCode?: string;
  @Member('Guid?', { description: 'Optional: the user the OTP must belong to; another user\'s OTP is answered like a wrong code.' })
  UserId?: string | null;
}
