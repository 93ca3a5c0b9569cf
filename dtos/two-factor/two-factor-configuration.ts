/**
 * Self-service configuration: a tenant's CRUD for the TwoFactorConfiguration rows its
 * TwoFactorConfigurationId names, in seed 000's style (ASP.NET Web API 2, DataContract XML,
 * flat PascalCase members, an envelope with Success/Code/ExceptionMessage) under
 * `api/TwoFactor/Configurations`. Authenticated (bearer JWT or X-WsAccessKey); a tenant sees and
 * changes only its own configurations. On update, a member left out (null) keeps its value.
 */
import { Authenticate, Dto, List, Member, Returns, Route, type Constructor } from '../../src/index.js';
import { TwoFactorConfigurationResponseCode } from './response-codes.js';

const REQUEST_NS = 'BusinessLayer.Dto.Request';
const RESPONSE_NS = 'BusinessLayer.Dto.Response';

@Dto({ namespace: RESPONSE_NS, dialect: 'aspnet', xml: 'DataContract', description: 'An SMS template for one locale.' })
export class LocalizedMessageTemplate {
  @Member('string', { description: 'BCP 47 locale, e.g. tr, en-GB.', example: 'en' })
  Locale: string | null = null;
  @Member('string', { description: 'The SMS text with {code} (required), {ref} and {minutes}; at most 320 characters.', example: 'Your code is {code}. Valid for {minutes} min.' })
  Template: string | null = null;
}

/** The settable members, shared by create and update (so both read and document them alike). */
@Dto({ namespace: REQUEST_NS, dialect: 'aspnet', xml: 'DataContract' })
export class TwoFactorConfigurationSettings {
  @Member('string', { description: 'A name for the tenant\'s own use (1–100 characters).', example: 'checkout' })
  Name?: string | null;
  @Member('bool?', { description: 'A disabled configuration answers ConfigurationDisabled (3002).' })
  Enabled?: boolean | null;
  @Member('int?', { description: 'Digits per code, 4–10 (default 6).', example: 6 })
  CodeLength?: number | null;
  @Member('int?', { description: 'Default OTP lifetime in seconds (default 180); within [MinOtpExpirationPeriod, MaxOtpExpirationPeriod].', example: 180 })
  OtpExpirationPeriod?: number | null;
  @Member('int?', { description: 'Shortest lifetime a request may ask for, seconds (30–86400, default 60).' })
  MinOtpExpirationPeriod?: number | null;
  @Member('int?', { description: 'Longest lifetime a request may ask for, seconds (30–86400, default 600).' })
  MaxOtpExpirationPeriod?: number | null;
  @Member('int?', { description: 'At most this many SMS per user and per number … (1–100, default 5).' })
  MaxSMSCount?: number | null;
  @Member('int?', { description: '… within this many seconds (1–86400, default 600).' })
  MaxSMSInterval?: number | null;
  @Member('int?', { description: 'Wrong codes allowed per OTP (1–10, default 3).' })
  MaxVerifyAttempts?: number | null;
  @Member(List('string'), { description: 'Channels the configuration may send on: sms, email (default [sms]).' })
  Channels?: string[] | null;
  @Member(List('string'), { description: 'ISO 3166 countries numbers may belong to; empty = any.' })
  AllowedCountries?: string[] | null;
  @Member('string', { description: 'ISO country for national-format numbers (default: the service\'s).', example: 'TR' })
  DefaultRegion?: string | null;
  @Member('string', { description: 'SMS sender: up to 11 letters/digits, or a phone number of up to 16 digits (default Stackport).' })
  Originator?: string | null;
  @Member('string', { description: 'The locale MessageTemplate is written in (BCP 47).', example: 'en' })
  DefaultLocale?: string | null;
  @Member('string', { description: 'The default SMS text: {code} (required), {ref}, {minutes}.', example: 'Your verification code is {code}. Valid for {minutes} min.' })
  MessageTemplate?: string | null;
  @Member(List(() => LocalizedMessageTemplate), { description: 'Templates per locale. The locale used: the request\'s Locale, else the number\'s country, else DefaultLocale.' })
  MessageTemplates?: LocalizedMessageTemplate[] | null;
  @Member('int?', { description: 'SMS-pumping limit: OTPs per client IP per SendLimitWindow (0 = off).' })
  IpSendLimit?: number | null;
  @Member('int?', { description: 'SMS-pumping limit: OTPs for the whole tenant per SendLimitWindow (0 = off).' })
  TenantSendLimit?: number | null;
  @Member('int?', { description: 'SMS-pumping limit: OTPs per destination prefix per SendLimitWindow (0 = off).' })
  PrefixSendLimit?: number | null;
  @Member('int?', { description: 'Digits after the country code that form a destination prefix (1–6, default 3: +90532…).' })
  PrefixDigits?: number | null;
  @Member('int?', { description: 'The window of the three limits above, seconds (60–86400, default 3600).' })
  SendLimitWindow?: number | null;
  @Member('int?', { description: 'Conversion guard: hold a prefix whose share of verified codes falls below this percentage (0 = off, 1–100).' })
  MinConversionPercent?: number | null;
  @Member('int?', { description: 'Conversion guard: the fewest codes sent to a prefix in the window before it can be held (1–100000, default 20).' })
  ConversionMinSample?: number | null;
  @Member('int?', { description: 'Conversion guard: the window codes are counted in, and how long a hold lasts, seconds (60–86400, default 3600).' })
  ConversionWindow?: number | null;
}

@Dto({ namespace: RESPONSE_NS, dialect: 'aspnet', xml: 'DataContract', description: 'A two-factor configuration of the caller\'s tenant.' })
export class TwoFactorConfiguration extends TwoFactorConfigurationSettings {
  @Member('int', { description: 'What TwoFactorConfigurationId names.' })
  Id = 0;
}

@Dto({ namespace: RESPONSE_NS, dialect: 'aspnet', xml: 'DataContract', description: 'One configuration, or why not.' })
export class TwoFactorConfigurationResponse {
  @Member(() => TwoFactorConfiguration, { description: 'The configuration (null when Success is false, and after a delete).' })
  Configuration: TwoFactorConfiguration | null = null;
  @Member('string', { description: 'A safe explanation when Success is false, naming the member at fault.' })
  ExceptionMessage: string | null = null;
  @Member('bool')
  Success = false;
  @Member(TwoFactorConfigurationResponseCode, { description: 'Outcome code; numbers are stable.' })
  Code: TwoFactorConfigurationResponseCode = TwoFactorConfigurationResponseCode.InternalError;
}

@Dto({ namespace: RESPONSE_NS, dialect: 'aspnet', xml: 'DataContract', description: 'The caller\'s configurations.' })
export class ListTwoFactorConfigurationsResponse {
  @Member(List(() => TwoFactorConfiguration))
  Configurations: TwoFactorConfiguration[] = [];
  @Member('string')
  ExceptionMessage: string | null = null;
  @Member('bool')
  Success = false;
  @Member(TwoFactorConfigurationResponseCode)
  Code: TwoFactorConfigurationResponseCode = TwoFactorConfigurationResponseCode.InternalError;
}

@Dto({ namespace: REQUEST_NS, dialect: 'aspnet', xml: 'DataContract', description: 'Lists the caller\'s tenant\'s configurations.' })
@Route('/api/TwoFactor/Configurations', 'GET')
@Returns(() => ListTwoFactorConfigurationsResponse)
@Authenticate()
export class ListTwoFactorConfigurationsRequest {}

@Dto({ namespace: REQUEST_NS, dialect: 'aspnet', xml: 'DataContract', description: 'Reads one of the caller\'s configurations.' })
@Route('/api/TwoFactor/Configurations/{Id}', 'GET')
@Returns(() => TwoFactorConfigurationResponse)
@Authenticate()
export class GetTwoFactorConfigurationRequest {
  @Member('int', { description: 'The configuration id (from the route).', example: 3 })
  Id?: number;
}

@Dto({ namespace: REQUEST_NS, dialect: 'aspnet', xml: 'DataContract', description: 'Creates a configuration for the caller\'s tenant; members left out take the defaults shown.' })
@Route('/api/TwoFactor/Configurations', 'POST')
@Returns(() => TwoFactorConfigurationResponse)
@Authenticate()
export class CreateTwoFactorConfigurationRequest extends TwoFactorConfigurationSettings {}

@Dto({ namespace: REQUEST_NS, dialect: 'aspnet', xml: 'DataContract', description: 'Changes one of the caller\'s configurations; members left out keep their value.' })
@Route('/api/TwoFactor/Configurations/{Id}', 'PUT')
@Returns(() => TwoFactorConfigurationResponse)
@Authenticate()
export class UpdateTwoFactorConfigurationRequest extends TwoFactorConfigurationSettings {
  @Member('int', { description: 'The configuration id (from the route).', example: 3 })
  Id?: number;
}

@Dto({ namespace: REQUEST_NS, dialect: 'aspnet', xml: 'DataContract', description: 'Deletes one of the caller\'s configurations; its id is never given out again.' })
@Route('/api/TwoFactor/Configurations/{Id}', 'DELETE')
@Returns(() => TwoFactorConfigurationResponse)
@Authenticate()
export class DeleteTwoFactorConfigurationRequest {
  @Member('int', { description: 'The configuration id (from the route).', example: 3 })
  Id?: number;
}

/** The operations above: a new administrative API, offered over HTTP (JSON, XML) but not over SOAP. */
export const CONFIGURATION_OPERATIONS: readonly Constructor[] = [
  ListTwoFactorConfigurationsRequest, GetTwoFactorConfigurationRequest, CreateTwoFactorConfigurationRequest,
  UpdateTwoFactorConfigurationRequest, DeleteTwoFactorConfigurationRequest,
];
