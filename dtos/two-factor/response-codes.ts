/**
 * The response-code registry of the two-factor API. One numeric registry serves every
 * operation: a number means the same outcome wherever it appears, so a number in a log line is
 * unambiguous. Numbers are stable API — never renumber or reuse one; add new members instead.
 *
 *   1          success
 *   2          success, SMS queued in the outbox (IsSync=false)
 *   1000–1099  request validation (the request can never succeed as sent)
 *   2000–2099  users / subjects
 *   3000–3099  configuration
 *   3100–3199  OTP state (verification and status)
 *   4000–4099  send throttling;  4100–4199  verification throttling
 *   5000–5099  SMS provider;  5100–5199  mail server (the same failures, + 100)
 *   9000       internal error
 *
 * The seed-era values (Success=1, InvalidGsmNumber=1001, UserNotFound=2001,
 * ConfigurationNotFound=3001, MaxOtpRequestExceededCode=4000, SmsProviderError=5000) come from the
 * original service's catalogue and are kept as they are.
 *
 * DataContractSerializer and XmlSerializer refuse enum values that are not members, so every
 * value a service returns must be a member of the enum of that response.
 */
import { defineEnum } from '../../src/index.js';

const RESPONSE_NS = 'BusinessLayer.Dto.Response';

export enum CreateTwoFactorSmsOtpResponseCode {
  /** OTP created and the SMS provider accepted the message (IsSync=true). */
  Success = 1,
  /** OTP created; the SMS is in the durable outbox and will be sent by the dispatcher (IsSync=false). */
  Queued = 2,
  InvalidRequest = 1000,
  /** GsmNumber is not a phone number (after normalisation to E.164). */
  InvalidGsmNumber = 1001,
  /** GsmNumber is a valid number but not a mobile one (fixed line, premium rate…). */
  GsmNumberNotMobile = 1002,
  /** GsmNumber belongs to a country the configuration does not allow. */
  GsmNumberCountryNotAllowed = 1003,
  /** UserId is missing or the empty Guid. */
  InvalidUserId = 1004,
  /** MaxSMSCount / MaxSMSInterval are negative or outside the server's bounds. */
  InvalidRateLimitParameters = 1005,
  /** OtpExpirationPeriod (seconds) is outside the configuration's [min, max] range. */
  InvalidOtpExpirationPeriod = 1006,
  /** Source is longer than 100 characters. */
  InvalidSource = 1007,
  /** Reserved by the original catalogue (the service keeps no user registry). */
  UserNotFound = 2001,
  /** TwoFactorConfigurationId names no configuration. */
  ConfigurationNotFound = 3001,
  /** The configuration exists but is disabled. */
  ConfigurationDisabled = 3002,
  /** The configuration does not allow the SMS channel. */
  ChannelNotAllowed = 3003,
  /** More than MaxSMSCount SMS within MaxSMSInterval seconds for this user or number. */
  MaxOtpRequestExceededCode = 4000,
  /** An SMS-pumping limit of the configuration is reached: per client IP, per tenant or per destination prefix. */
  SendLimitExceeded = 4010,
  /** Too few codes sent to this destination prefix were verified: new sends to it are held for a while. */
  DestinationHeld = 4011,
  /** The provider refused the message for a reason not listed below. */
  SmsProviderError = 5000,
  /** No answer from the provider in time: the SMS may still arrive, so the OTP stays valid. */
  SmsProviderTimeout = 5001,
  /** The provider rejected the recipient number. */
  SmsProviderRejectedRecipient = 5002,
  /** Provider credentials, balance or originator are wrong: an operator must act. */
  SmsProviderConfigurationError = 5003,
  /** The provider failed (5xx, unreadable answer, no message id, unreachable). */
  SmsProviderUnavailable = 5004,
  InternalError = 9000,
}
defineEnum(CreateTwoFactorSmsOtpResponseCode, { name: 'CreateTwoFactorSmsOtpResponseCode', namespace: RESPONSE_NS });

/** The email operation's codes: the SMS operation's, with the email channel's own (1008, 3004, 51xx). */
export enum CreateTwoFactorEmailOtpResponseCode {
  Success = 1,
  /** OTP created; the mail is in the durable outbox (IsSync=false). */
  Queued = 2,
  InvalidRequest = 1000,
  InvalidUserId = 1004,
  InvalidRateLimitParameters = 1005,
  InvalidOtpExpirationPeriod = 1006,
  InvalidSource = 1007,
  /** Email is not an address this service sends to. */
  InvalidEmail = 1008,
  ConfigurationNotFound = 3001,
  ConfigurationDisabled = 3002,
  /** No mail server is configured (MAIL_PROVIDER=none). */
  EmailChannelUnavailable = 3004,
  /** The configuration does not allow the email channel. */
  ChannelNotAllowed = 3003,
  /** More than MaxEmailCount mails within MaxEmailInterval seconds for this user or address. */
  MaxOtpRequestExceededCode = 4000,
  /** The mail server refused the message (5xx). */
  MailServerError = 5100,
  /** The connection broke after the message may have been taken: it may still arrive, so the OTP stays valid. */
  MailServerTimeout = 5101,
  /** The mail server refused the recipient address. */
  MailServerRejectedRecipient = 5102,
  /** SMTP credentials or settings are wrong: an operator must act. */
  MailServerConfigurationError = 5103,
  /** The mail server was unreachable or answered 4xx (try later). */
  MailServerUnavailable = 5104,
  InternalError = 9000,
}
defineEnum(CreateTwoFactorEmailOtpResponseCode, { name: 'CreateTwoFactorEmailOtpResponseCode', namespace: RESPONSE_NS });

export enum VerifyTwoFactorSmsOtpResponseCode {
  /** The code was right; the OTP is now used up. */
  Success = 1,
  InvalidRequest = 1000,
  /** OtpCode is not a string of 4–10 digits (no attempt is consumed). */
  MalformedOtpCode = 1101,
  /** Unknown reference, a reference of another user or purpose, or a wrong code — deliberately one answer. */
  InvalidOtp = 3101,
  OtpExpired = 3102,
  OtpAlreadyUsed = 3103,
  /** A newer OTP was issued for the same user and purpose. */
  OtpSuperseded = 3104,
  /** The issuer canceled the OTP (CancelTwoFactorSmsOtp). */
  OtpCanceled = 3105,
  /** The OTP's verification attempts are used up; request a new one. */
  MaxVerifyAttemptsExceeded = 4100,
  InternalError = 9000,
}
defineEnum(VerifyTwoFactorSmsOtpResponseCode, { name: 'VerifyTwoFactorSmsOtpResponseCode', namespace: RESPONSE_NS });

export enum GetTwoFactorSmsOtpResponseCode {
  Success = 1,
  InvalidRequest = 1000,
  OtpNotFound = 3100,
  InternalError = 9000,
}
defineEnum(GetTwoFactorSmsOtpResponseCode, { name: 'GetTwoFactorSmsOtpResponseCode', namespace: RESPONSE_NS });

export enum TwoFactorConfigurationResponseCode {
  Success = 1,
  InvalidRequest = 1000,
  InvalidCodeLength = 1010,
  /** OtpExpirationPeriod outside [Min, Max], or the bounds outside 30–86400 s. */
  InvalidExpiry = 1011,
  /** MaxSMSCount or MaxSMSInterval out of range. */
  InvalidSendLimits = 1012,
  InvalidAttemptLimit = 1013,
  /** Channels empty or naming an unknown channel. */
  InvalidChannels = 1014,
  /** AllowedCountries or DefaultRegion is not an ISO 3166 country code. */
  InvalidCountries = 1015,
  /** A template without {code}, with an unknown placeholder, or too long. */
  InvalidMessageTemplate = 1016,
  /** A locale that is not a BCP 47 tag, or a locale given twice. */
  InvalidLocale = 1017,
  /** An SMS-pumping limit or the conversion guard out of range. */
  InvalidPumpingLimits = 1018,
  /** Name or Originator missing or malformed. */
  InvalidName = 1019,
  /** No configuration of the caller's tenant has this id. */
  ConfigurationNotFound = 3001,
  InternalError = 9000,
}
defineEnum(TwoFactorConfigurationResponseCode, { name: 'TwoFactorConfigurationResponseCode', namespace: RESPONSE_NS });

/** Where an OTP is in its life; reported by the status operation. */
export enum TwoFactorSmsOtpStatus {
  /** Created; the SMS is waiting in the outbox. */
  Pending = 0,
  /** The provider accepted the SMS. */
  Sent = 1,
  /** The provider reported delivery to the handset. */
  Delivered = 2,
  /** Verified with the right code. */
  Verified = 3,
  Expired = 4,
  Superseded = 5,
  /** The SMS could not be sent. */
  Failed = 6,
  /** Too many wrong codes. */
  AttemptsExhausted = 7,
  /** The provider did not answer; the SMS may or may not arrive. */
  SentUnconfirmed = 8,
  /** Canceled by its issuer before it was verified. */
  Canceled = 9,
}
defineEnum(TwoFactorSmsOtpStatus, { name: 'TwoFactorSmsOtpStatus', namespace: RESPONSE_NS });

export enum CancelTwoFactorSmsOtpResponseCode {
  /** Canceled: the code can no longer verify and a queued SMS is not sent. */
  Success = 1,
  InvalidRequest = 1000,
  /** Unknown reference, or one of another user or purpose (one answer). */
  OtpNotFound = 3100,
  OtpExpired = 3102,
  OtpAlreadyUsed = 3103,
  OtpSuperseded = 3104,
  OtpCanceled = 3105,
  InternalError = 9000,
}
defineEnum(CancelTwoFactorSmsOtpResponseCode, { name: 'CancelTwoFactorSmsOtpResponseCode', namespace: RESPONSE_NS });
