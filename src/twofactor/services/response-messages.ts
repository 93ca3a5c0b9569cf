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
  1008: 'Email is not a valid email address.',
  1101: 'OtpCode must be the digits received by SMS.',
  2001: 'The user was not found.',
  3001: 'The two-factor configuration was not found.',
  3002: 'The two-factor configuration is disabled.',
  3003: 'Email one-time passwords are not available.',
  3100: 'The OTP was not found.',
  3101: 'The OTP is invalid.',
  3102: 'The OTP has expired.',
  3103: 'The OTP has already been used.',
  3104: 'A newer OTP has been sent; use that one.',
  4000: 'Max OTP request count exceeded',
  4100: 'Too many wrong codes; request a new OTP.',
  5000: 'The SMS provider rejected the message.',
  5001: 'The SMS provider did not answer in time; the SMS may still arrive.',
  5002: 'The SMS provider rejected the recipient number.',
  5003: 'The SMS service is not available (configuration).',
  5004: 'The SMS provider is unavailable.',
  5100: 'The mail server rejected the message.',
  5101: 'The mail server did not answer in time; the mail may still arrive.',
  5102: 'The mail server rejected the recipient address.',
  5103: 'The mail service is not available (configuration).',
  5104: 'The mail server is unavailable.',
  9000: 'An error has occurred.',
};

export function messageFor(code: number): string | null {
  return MESSAGES[code] ?? null;
}
