/**
 * The ExceptionMessage text of each code: fixed, generic English that names the problem without
 * echoing input, internals or provider wording.
 */
const MESSAGES: Readonly<Record<number, string>> = {
  1000: 'The request is invalid.',
  1001: 'The GSM number is not a valid phone number.',
  1002: 'The GSM number is not a mobile number.',
  1003: 'SMS to this country is not allowed.',
  1004: 'UserId is required.',
  1005: 'MaxSMSCount and MaxSMSInterval must be between 0 and their maximum (MaxSMSInterval: 86400 seconds).',
  1006: 'OtpExpirationPeriod is outside the allowed range.',
  1007: 'Source must be at most 100 characters.',
  1010: 'CodeLength must be from 4 to 10.',
  1011: 'The OTP lifetimes are out of range.',
  1012: 'MaxSMSCount or MaxSMSInterval is out of range.',
  1013: 'MaxVerifyAttempts is out of range.',
  1014: 'Channels names an unknown channel.',
  1015: 'A country code is not an ISO 3166 code.',
  1016: 'A message template must contain {code} and only the {code}, {ref} and {minutes} placeholders.',
  1017: 'A locale is not a BCP 47 tag.',
  1018: 'An SMS-pumping limit is out of range.',
  1019: 'Name, Originator or Enabled is not valid.',
  1101: 'OtpCode must be the digits received by SMS.',
  2001: 'The user was not found.',
  3001: 'The two-factor configuration was not found.',
  3002: 'The two-factor configuration is disabled.',
  3003: 'The two-factor configuration does not allow SMS.',
  3100: 'The OTP was not found.',
  3101: 'The OTP is invalid.',
  3102: 'The OTP has expired.',
  3103: 'The OTP has already been used.',
  3104: 'A newer OTP has been sent; use that one.',
  3105: 'The OTP was canceled.',
  4000: 'Max OTP request count exceeded',
  4010: 'Too many OTP requests; try again later.',
  4011: 'OTPs to this destination are on hold; try again later.',
  4100: 'Too many wrong codes; request a new OTP.',
  5000: 'The SMS provider rejected the message.',
  5001: 'The SMS provider did not answer in time; the SMS may still arrive.',
  5002: 'The SMS provider rejected the recipient number.',
  5003: 'The SMS service is not available (configuration).',
  5004: 'The SMS provider is unavailable.',
  9000: 'An error has occurred.',
};

export function messageFor(code: number): string | null {
  return MESSAGES[code] ?? null;
}
