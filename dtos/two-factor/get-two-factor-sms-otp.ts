/** `GET api/TwoFactor/Otp/{OtpIdReference}` — where an OTP is in its life (never its code). */
import { Dto, Member, Returns, Route } from '../../src/index.js';
import { GetTwoFactorSmsOtpResponseCode, TwoFactorSmsOtpStatus } from './response-codes.js';

@Dto({ namespace: 'BusinessLayer.Dto.Response', dialect: 'aspnet', xml: 'DataContract', description: 'The state of one OTP.' })
export class GetTwoFactorSmsOtpResponse {
  @Member('int', { description: 'Numeric id of the OTP (0 when not found).' })
  Id = 0;
  @Member('string', { description: 'The reference asked for.' })
  OtpIdReference: string | null = null;
  @Member('string', { description: 'The short reference printed in the SMS.' })
  ReferenceCode: string | null = null;
  @Member(TwoFactorSmsOtpStatus, { description: 'Pending, Sent, Delivered, Verified, Expired, Superseded, Failed, AttemptsExhausted, SentUnconfirmed or Canceled.' })
  Status: TwoFactorSmsOtpStatus = TwoFactorSmsOtpStatus.Pending;
  @Member('int', { description: 'Seconds until the OTP expires (0 once expired).' })
  RemainingExpirationSeconds = 0;
  @Member('int', { description: 'Verification attempts left.' })
  RemainingAttempts = 0;
  @Member('string', { description: 'The masked number the SMS went to.' })
  GsmNumber: string | null = null;
  @Member('string', { description: 'A safe, generic explanation when Success is false.' })
  ExceptionMessage: string | null = null;
  @Member('bool', { description: 'True when the OTP was found.' })
  Success = false;
  @Member(GetTwoFactorSmsOtpResponseCode, { description: 'Outcome code; numbers are stable.' })
  Code: GetTwoFactorSmsOtpResponseCode = GetTwoFactorSmsOtpResponseCode.InternalError;
}

@Dto({ namespace: 'BusinessLayer.Dto.Request', dialect: 'aspnet', xml: 'DataContract', description: 'Reads the state of an OTP.' })
@Route('/api/TwoFactor/Otp/{OtpIdReference}', 'GET')
@Returns(() => GetTwoFactorSmsOtpResponse)
export class GetTwoFactorSmsOtpRequest {
  @Member('string', { description: 'The OtpIdReference returned by CreateTwoFactorSmsOtp.', required: true })
  OtpIdReference?: string;
}
