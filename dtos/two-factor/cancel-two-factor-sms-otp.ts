/** `POST api/TwoFactor/CancelTwoFactorSmsOtp {OtpIdReference}` — revokes a pending OTP (seed 000's style). */
import { Dto, Member, Returns, Route } from '../../src/index.js';
import { CancelTwoFactorSmsOtpResponseCode } from './response-codes.js';

@Dto({ namespace: 'BusinessLayer.Dto.Response', dialect: 'aspnet', xml: 'DataContract', description: 'The outcome of a cancellation.' })
export class CancelTwoFactorSmsOtpResponse {
  @Member('string', { description: 'The reference that was canceled.' })
  OtpIdReference: string | null = null;
  @Member('bool', { description: 'True when this request canceled the OTP.' })
  Canceled = false;
  @Member('string', { description: 'A safe, generic explanation when Success is false.' })
  ExceptionMessage: string | null = null;
  @Member('bool', { description: 'Same as Canceled.' })
  Success = false;
  @Member(CancelTwoFactorSmsOtpResponseCode, { description: 'Outcome code; numbers are stable.' })
  Code: CancelTwoFactorSmsOtpResponseCode = CancelTwoFactorSmsOtpResponseCode.InternalError;
}

@Dto({ namespace: 'BusinessLayer.Dto.Request', dialect: 'aspnet', xml: 'DataContract', description: 'Cancels a pending OTP: its code no longer verifies and an SMS still queued is not sent.' })
@Route('/api/TwoFactor/CancelTwoFactorSmsOtp', 'POST')
@Returns(() => CancelTwoFactorSmsOtpResponse)
export class CancelTwoFactorSmsOtpRequest {
  @Member('string', { description: 'The OtpIdReference returned by CreateTwoFactorSmsOtp.', required: true })
  OtpIdReference?: string;
  @Member('Guid?', { description: 'Optional: the user the OTP must belong to; another user\'s OTP is answered as not found.' })
  UserId?: string | null;
}
