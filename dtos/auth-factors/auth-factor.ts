/** zitadel.user.v1.AuthFactor: a state and one of the factor kinds (each an empty message here). */
import { defineEnum, Dto, Member } from '../../src/index.js';

export enum AuthFactorState {
  AUTH_FACTOR_STATE_UNSPECIFIED = 0,
  AUTH_FACTOR_STATE_NOT_READY = 1,
  AUTH_FACTOR_STATE_READY = 2,
  AUTH_FACTOR_STATE_REMOVED = 3,
}
defineEnum(AuthFactorState, { name: 'AuthFactorState', namespace: 'zitadel.user.v1' });

const NS = 'zitadel.user.v1';

@Dto({ name: 'AuthFactorOTP', namespace: NS, dialect: 'gateway' })
export class AuthFactorOTP {}

@Dto({ name: 'AuthFactorOTPSMS', namespace: NS, dialect: 'gateway' })
export class AuthFactorOTPSMS {}

@Dto({ name: 'AuthFactorOTPEmail', namespace: NS, dialect: 'gateway' })
export class AuthFactorOTPEmail {}

@Dto({ name: 'AuthFactor', namespace: NS, dialect: 'gateway' })
export class AuthFactor {
  @Member(AuthFactorState) State?: AuthFactorState;
  @Member(AuthFactorOTP) Otp?: AuthFactorOTP;
  @Member(AuthFactorOTPSMS, { protoName: 'otp_sms' }) OtpSms?: AuthFactorOTPSMS;
  @Member(AuthFactorOTPEmail, { protoName: 'otp_email' }) OtpEmail?: AuthFactorOTPEmail;
}
