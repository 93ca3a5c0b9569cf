/**
 * Seed 000: `POST api/TwoFactor/CreateTwoFactorSmsOtp`, an ASP.NET Web API 2 action with
 * DataContractSerializer XML. Member names, types and order are the original contract's.
 */
import { Dto, Member, Returns, Route, WebApiAction } from '../../src/index.js';
import { CreateTwoFactorSmsOtpResponseCode } from './response-codes.js';

@Dto({ namespace: 'BusinessLayer.Dto.Response', dialect: 'aspnet', xml: 'DataContract', description: 'The outcome of an OTP request: HTTP 200 with Success/Code for every business outcome.' })
export class CreateTwoFactorSmsOtpResponse {
  @Member('int', { description: 'Numeric id of the OTP (0 when none was created).' })
  Id = 0;
  @Member('string', { description: 'Public, unguessable reference of the OTP; pass it to VerifyTwoFactorSmsOtp.' })
  OtpIdReference: string | null = null;
  @Member('string', { description: 'Short code printed in the SMS so the user can match it to the screen.' })
  ReferenceCode: string | null = null;
  @Member('string', { description: 'Always null, unless the server runs with the development setting OTP_EXPOSE_CODE.' })
  OtpCode: string | null = null;
  @Member('int', { description: 'Seconds until the OTP expires, measured when the response was written.' })
  RemainingExpirationSeconds = 0;
  @Member('string', { description: 'The normalised number, masked (+90******4567).' })
  GsmNumber: string | null = null;
  @Member('string', { description: 'A safe, generic explanation when Success is false.' })
  ExceptionMessage: string | null = null;
  @Member('bool', { description: 'True when an OTP was created and its SMS accepted or queued.' })
  Success = false;
  @Member(CreateTwoFactorSmsOtpResponseCode, { description: 'Outcome code; numbers are stable (see CreateTwoFactorSmsOtpResponseCode).' })
  Code: CreateTwoFactorSmsOtpResponseCode = CreateTwoFactorSmsOtpResponseCode.InternalError;
}

@Dto({ namespace: 'BusinessLayer.Dto.Request', dialect: 'aspnet', xml: 'DataContract', description: 'Creates a one-time password and sends it by SMS.' })
@Route('/api/TwoFactor/CreateTwoFactorSmsOtp', 'POST')
@Returns(() => CreateTwoFactorSmsOtpResponse)
// The SMS language as an optional action parameter (`?Locale=tr`): the body keeps the original
// contract member for member, which existing .NET clients serialise byte for byte.
@WebApiAction({ body: 'request', uri: { Locale: { type: 'string', default: null } } })
export class CreateTwoFactorSmsOtpRequest {
  @Member('Guid', { description: 'The user the OTP is for (globally unique identifier).', example: '3f2504e0-4f89-11d3-9a0c-0305e82c3301' })
  UserId?: string;
  @Member('string', { description: 'Mobile number: E.164 (+905321234567) or national format of the default region (05321234567).', example: '05321234567' })
  GsmNumber?: string;
  // A fresh install has 1 (the default one) and 2 (the opt-in's); 0 is no configuration at all (3001).
  @Member('int', { description: 'Id of the TwoFactorConfiguration (digits, message, originator, expiry bounds, send caps) to use.', example: 1 })
  TwoFactorConfigurationId?: number;
  @Member('int', { description: 'At most this many SMS per user and per number within MaxSMSInterval; 0 = the configuration cap. Can only tighten the cap.' })
  MaxSMSCount?: number;
  @Member('int', { description: 'The throttling window in seconds; 0 = the configuration window. Can only lengthen it (at most 86400).' })
  MaxSMSInterval?: number;
  @Member('int', { description: 'OTP lifetime in seconds; 0 = the configuration default. Must lie within the configuration bounds (default 60–600).' })
  OtpExpirationPeriod?: number;
  // bool? as in the original: seed 000's Help sample numbers Source 7, and only a nullable bool
  // leaves the Help Page generator's counter where it was (help-pages.md).
  @Member('bool?', { description: 'True: send before answering and report the provider outcome. False: queue the SMS and answer at once.', example: true })
  IsSync?: boolean;
  @Member('string', { description: 'Free text naming the calling channel (up to 100 characters), kept with the OTP.' })
  Source?: string;
}
