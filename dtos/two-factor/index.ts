export * from './response-codes.js';
export * from './create-two-factor-sms-otp.js';
export * from './create-two-factor-email-otp.js';
export * from './verify-two-factor-sms-otp.js';
export * from './get-two-factor-sms-otp.js';
export * from './base-response-model.js';
export * from './opt-in-to-2fa.js';
export * from './verify-2fa-opt-in.js';
