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
  | 'otp-sms-exists'
  | 'otp-sms-missing'
  | 'phone-not-verified'
  | 'no-second-factor'        // recovery codes without a ready second factor
  | 'recovery-code-invalid'
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
  | 'webauthn-off';               // production without WEBAUTHN_RP_ID and WEBAUTHN_ORIGINS

export class FactorError extends Error {
  constructor(readonly problem: FactorProblem, readonly retryAfterSeconds?: number) {
    super(problem);
    this.name = 'FactorError';
  }
}
