/**
 * Why a factor operation was refused, independent of the route family; each family's service
 * maps a problem to its own error (ServiceStack ResponseStatus, Zitadel gateway status).
 */
export type FactorProblem =
  | 'totp-ready'              // a confirmed TOTP key exists (generate / add)
  | 'totp-missing'            // no TOTP key at all
  | 'totp-not-ready'          // a key exists but was never confirmed (check)
  | 'totp-already-confirmed'  // confirm / verify on a confirmed key
  | 'code-invalid'            // wrong or malformed code
  | 'code-reused'             // a code of an already accepted time step (replay)
  | 'locked'                  // too many wrong codes; retryAfterSeconds says for how long
  | 'step-up-required'        // a change that needs a fresh second-factor proof (X-Step-Up-Token)
  | 'no-second-factor'        // recovery codes without a ready second factor
  | 'recovery-code-invalid'
  | 'otp-sms-exists'
  | 'otp-sms-missing'
  | 'phone-not-verified'
  // WebAuthn (webauthn-manager.ts)
  | 'webauthn-malformed'          // the credential is not a WebAuthn response at all (no guess)
  | 'webauthn-origin'             // signed for an origin the configuration does not allow
  | 'webauthn-challenge-unknown'  // never issued to this user, or already used (replay)
  | 'webauthn-challenge-expired'
  | 'webauthn-unknown-credential' // not one of the user's credentials in this tenant
  | 'webauthn-cloned'             // the signature counter did not move forward
  | 'webauthn-invalid'            // anything else the verification refused (signature, RP id, flags)
  | 'webauthn-exists'             // the credential is registered in this tenant already
  | 'webauthn-missing'            // no such token / no credential to check with
  | 'webauthn-off'              // production without WEBAUTHN_RP_ID and WEBAUTHN_ORIGINS
  | 'otp-email-exists'
  | 'otp-email-missing'
  | 'email-not-verified'      // the token carries no verified email (email + email_verified claims)
  | PhoneProblem;

/** Problems of Zitadel's phone endpoints only (phone-manager.ts). */
export type PhoneProblem =
  | 'phone-invalid'           // not a mobile number in E.164
  | 'phone-unchanged'         // set to the number the user has already
  | 'phone-missing'
  | 'phone-already-verified'  // resend for a verified number
  | 'phone-code-missing'      // verify with no code sent (or it was used)
  | 'phone-code-expired'
  | 'phone-code-exhausted'    // the code's attempts are used up: resend
  | 'phone-unavailable'       // the phone codes' configuration is missing or disabled
  | 'send-limited';           // too many codes sent; retryAfterSeconds says for how long

export class FactorError extends Error {
  constructor(readonly problem: FactorProblem, readonly retryAfterSeconds?: number) {
    super(problem);
    this.name = 'FactorError';
  }
}
