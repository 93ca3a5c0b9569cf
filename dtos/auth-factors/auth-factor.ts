/** zitadel.user.v1.AuthFactor: a state and one of the factor kinds (otp and otp_sms are empty messages). */
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

/** A registered security key: its token id (for DELETE …/u2f/{tokenId}) and the name given at registration. */
@Dto({ name: 'AuthFactorU2F', namespace: NS, dialect: 'gateway' })
export class AuthFactorU2F {
  @Member() Id?: string;
  @Member() Name?: string;
}

@Dto({ name: 'AuthFactorOTPSMS', namespace: NS, dialect: 'gateway' })
export class AuthFactorOTPSMS {}

@Dto({ name: 'AuthFactorOTPEmail', namespace: NS, dialect: 'gateway' })
export class AuthFactorOTPEmail {}

@Dto({ name: 'AuthFactor', namespace: NS, dialect: 'gateway' })
export class AuthFactor {
  @Member(AuthFactorState) State?: AuthFactorState;
  @Member(AuthFactorOTP) Otp?: AuthFactorOTP;
  @Member(AuthFactorU2F) U2f?: AuthFactorU2F;
  @Member(AuthFactorOTPSMS, { protoName: 'otp_sms' }) OtpSms?: AuthFactorOTPSMS;
  @Member(AuthFactorOTPEmail, { protoName: 'otp_email' }) OtpEmail?: AuthFactorOTPEmail;
}
