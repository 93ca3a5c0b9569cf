/**
 * `POST api/TwoFactor/CreateTwoFactorEmailOtp`: seed 000's operation for the email channel, in
 * the same contract style (Web API 2, DataContract XML, PascalCase members, Success/Code
 * envelope), so a client of the SMS operation needs only another name and `Email` for `GsmNumber`.
 * Seed 000's own contract stays exactly as it was. The OTP is verified and looked up by the SMS
 * operation's siblings (VerifyTwoFactorSmsOtp, GET Otp/{OtpIdReference}): they work by reference.
 */
import { Dto, Member, Returns, Route } from '../../src/index.js';
import { CreateTwoFactorEmailOtpResponseCode } from './response-codes.js';

@Dto({ namespace: 'BusinessLayer.Dto.Response', dialect: 'aspnet', xml: 'DataContract', description: 'The outcome of an email OTP request: HTTP 200 with Success/Code for every business outcome.' })
export class CreateTwoFactorEmailOtpResponse {
  @Member('int', { description: 'Numeric id of the OTP (0 when none was created).' })
  Id = 0;
  @Member('string', { description: 'Public, unguessable reference of the OTP; pass it to VerifyTwoFactorSmsOtp.' })
  OtpIdReference: string | null = null;
  @Member('string', { description: 'Short code printed in the mail so the user can match it to the screen.' })
  ReferenceCode: string | null = null;
  @Member('string', { description: 'Always null, unless the server runs with the development setting OTP_EXPOSE_CODE.' })
  OtpCode: string | null = null;
  @Member('int', { description: 'Seconds until the OTP expires, measured when the response was written.' })
  RemainingExpirationSeconds = 0;
  @Member('string', { description: 'The normalised address, masked (a***e@example.com).' })
  Email: string | null = null;
  @Member('string', { description: 'A safe, generic explanation when Success is false.' })
  ExceptionMessage: string | null = null;
  @Member('bool', { description: 'True when an OTP was created and its mail accepted or queued.' })
  Success = false;
  @Member(CreateTwoFactorEmailOtpResponseCode, { description: 'Outcome code; numbers are stable and mean the same as in CreateTwoFactorSmsOtpResponseCode.' })
  Code: CreateTwoFactorEmailOtpResponseCode = CreateTwoFactorEmailOtpResponseCode.InternalError;
}

@Dto({ namespace: 'BusinessLayer.Dto.Request', dialect: 'aspnet', xml: 'DataContract', description: 'Creates a one-time password and sends it by email.' })
@Route('/api/TwoFactor/CreateTwoFactorEmailOtp', 'POST')
@Returns(() => CreateTwoFactorEmailOtpResponse)
export class CreateTwoFactorEmailOtpRequest {
  @Member('Guid', { description: 'The user the OTP is for (globally unique identifier).', example: '3f2504e0-4f89-11d3-9a0c-0305e82c3301' })
  UserId?: string;
  @Member('string', { description: 'The address the code is mailed to (at most 254 characters).', example: 'alice@example.com' })
  Email?: string;
  @Member('int', { description: 'Id of the TwoFactorConfiguration (digits, message, expiry bounds, send caps) to use.', example: 1 })
  TwoFactorConfigurationId?: number;
  @Member('int', { description: 'At most this many mails per user and per address within MaxEmailInterval; 0 = the configuration cap. Can only tighten the cap.' })
  MaxEmailCount?: number;
  @Member('int', { description: 'The throttling window in seconds; 0 = the configuration window. Can only lengthen it (at most 86400).' })
  MaxEmailInterval?: number;
  @Member('int', { description: 'OTP lifetime in seconds; 0 = the configuration default. Must lie within the configuration bounds (default 60–600).' })
  OtpExpirationPeriod?: number;
  @Member('bool?', { description: 'True: send before answering and report the mail server outcome. False: queue the mail and answer at once.', example: false })
  IsSync?: boolean;
  @Member('string', { description: 'Free text naming the calling channel (up to 100 characters), kept with the OTP.' })
  Source?: string;
}
