/**
 * Zitadel's auth API v1 security keys (`u2f`, a second factor) and passkeys (`passwordless`), on
 * the token's user: begin a registration (options out), verify it with the browser's credential,
 * list, remove by token id — mounted under /auth/v1 and bare, as the other factors are. The
 * `_challenge`/`_check` pairs are Stackport's: the assertion check a relying app runs at login
 * (Zitadel does that in its session API), the counterpart of the TOTP check.
 */
import { Authenticate, Dto, List, Member, Returns, Route } from '../../src/index.js';
import { ObjectDetails } from './object-details.js';
import { WebAuthNKey, WebAuthNToken, WebAuthNVerification } from './webauthn.js';

const NS = 'zitadel.auth.v1';
const U2F = '/users/me/auth_factors/u2f';
const PASSWORDLESS = '/users/me/passwordless';

@Dto({ namespace: NS, dialect: 'gateway' })
export class AddMyAuthFactorU2FResponse {
  @Member(WebAuthNKey) Key?: WebAuthNKey;
  @Member(ObjectDetails) Details?: ObjectDetails;
}

@Dto({ namespace: NS, dialect: 'gateway', description: 'Start registering a security key (U2F) for the authenticated user: `key.publicKey` is the PublicKeyCredentialCreationOptions for navigator.credentials.create, as JSON.' })
@Route(`/auth/v1${U2F}`, 'POST')
@Route(U2F, 'POST')
@Returns(() => AddMyAuthFactorU2FResponse)
@Authenticate()
export class AddMyAuthFactorU2FRequest {}

@Dto({ namespace: NS, dialect: 'gateway' })
export class VerifyMyAuthFactorU2FResponse {
  @Member(ObjectDetails) Details?: ObjectDetails;
}

@Dto({ namespace: NS, dialect: 'gateway', description: 'Finish registering a security key with the credential navigator.credentials.create returned (its toJSON(), as JSON) and a name for it.' })
@Route(`/auth/v1${U2F}/_verify`, 'POST')
@Route(`${U2F}/_verify`, 'POST')
@Returns(() => VerifyMyAuthFactorU2FResponse)
@Authenticate()
export class VerifyMyAuthFactorU2FRequest {
  @Member(WebAuthNVerification, { required: true }) Verification?: WebAuthNVerification;
}

@Dto({ namespace: NS, dialect: 'gateway' })
export class RemoveMyAuthFactorU2FResponse {
  @Member(ObjectDetails) Details?: ObjectDetails;
}

@Dto({ namespace: NS, dialect: 'gateway', description: 'Remove one security key of the authenticated user.' })
@Route(`/auth/v1${U2F}/{TokenId}`, 'DELETE')
@Route(`${U2F}/{TokenId}`, 'DELETE')
@Returns(() => RemoveMyAuthFactorU2FResponse)
@Authenticate()
export class RemoveMyAuthFactorU2FRequest {
  @Member('string', { required: true }) TokenId?: string;
}

@Dto({ namespace: NS, dialect: 'gateway' })
export class AddMyPasswordlessResponse {
  @Member(WebAuthNKey) Key?: WebAuthNKey;
  @Member(ObjectDetails) Details?: ObjectDetails;
}

@Dto({ namespace: NS, dialect: 'gateway', description: 'Start registering a passkey (resident, user-verifying credential) for the authenticated user: `key.publicKey` is the PublicKeyCredentialCreationOptions, as JSON.' })
@Route(`/auth/v1${PASSWORDLESS}`, 'POST')
@Route(PASSWORDLESS, 'POST')
@Returns(() => AddMyPasswordlessResponse)
@Authenticate()
export class AddMyPasswordlessRequest {}

@Dto({ namespace: NS, dialect: 'gateway' })
export class VerifyMyPasswordlessResponse {
  @Member(ObjectDetails) Details?: ObjectDetails;
}

@Dto({ namespace: NS, dialect: 'gateway', description: 'Finish registering a passkey with the credential navigator.credentials.create returned and a name for it.' })
@Route(`/auth/v1${PASSWORDLESS}/_verify`, 'POST')
@Route(`${PASSWORDLESS}/_verify`, 'POST')
@Returns(() => VerifyMyPasswordlessResponse)
@Authenticate()
export class VerifyMyPasswordlessRequest {
  @Member(WebAuthNVerification, { required: true }) Verification?: WebAuthNVerification;
}

@Dto({ namespace: NS, dialect: 'gateway' })
export class RemoveMyPasswordlessResponse {
  @Member(ObjectDetails) Details?: ObjectDetails;
}

@Dto({ namespace: NS, dialect: 'gateway', description: 'Remove one passkey of the authenticated user.' })
@Route(`/auth/v1${PASSWORDLESS}/{TokenId}`, 'DELETE')
@Route(`${PASSWORDLESS}/{TokenId}`, 'DELETE')
@Returns(() => RemoveMyPasswordlessResponse)
@Authenticate()
export class RemoveMyPasswordlessRequest {
  @Member('string', { required: true }) TokenId?: string;
}

@Dto({ namespace: NS, dialect: 'gateway' })
export class ListMyPasswordlessResponse {
  @Member(List(WebAuthNToken)) Result?: WebAuthNToken[];
}

@Dto({ namespace: NS, dialect: 'gateway', description: 'List the passkeys of the authenticated user.' })
@Route(`/auth/v1${PASSWORDLESS}/_search`, 'POST')
@Route(`${PASSWORDLESS}/_search`, 'POST')
@Returns(() => ListMyPasswordlessResponse)
@Authenticate()
export class ListMyPasswordlessRequest {}

/** Stackport: the options of an assertion (navigator.credentials.get), for either kind. */
@Dto({ namespace: NS, dialect: 'gateway' })
export class StartMyWebAuthNCheckResponse {
  @Member(WebAuthNKey) Key?: WebAuthNKey;
}

/** Stackport: a passed check; the X-Step-Up-Token header carries the proof, as after a TOTP check. */
@Dto({ namespace: NS, dialect: 'gateway' })
export class CheckMyWebAuthNResponse {
  @Member(ObjectDetails) Details?: ObjectDetails;
}

@Dto({ namespace: NS, dialect: 'gateway', description: 'Stackport: start a check with one of the user\'s security keys; `key.publicKey` is the PublicKeyCredentialRequestOptions for navigator.credentials.get, as JSON.' })
@Route(`/auth/v1${U2F}/_challenge`, 'POST')
@Route(`${U2F}/_challenge`, 'POST')
@Returns(() => StartMyWebAuthNCheckResponse)
@Authenticate()
export class StartMyAuthFactorU2FCheckRequest {}

@Dto({ namespace: NS, dialect: 'gateway', description: 'Stackport: check the assertion navigator.credentials.get returned for a security key (the counterpart of the TOTP check; wrong answers count against the attempt limit).' })
@Route(`/auth/v1${U2F}/_check`, 'POST')
@Route(`${U2F}/_check`, 'POST')
@Returns(() => CheckMyWebAuthNResponse)
@Authenticate()
export class CheckMyAuthFactorU2FRequest {
  /** The credential's toJSON(), as JSON (base64 on the wire). */
  @Member('byte[]', { required: true }) PublicKeyCredential?: Uint8Array;
}

@Dto({ namespace: NS, dialect: 'gateway', description: 'Stackport: start a check with one of the user\'s passkeys (user verification required).' })
@Route(`/auth/v1${PASSWORDLESS}/_challenge`, 'POST')
@Route(`${PASSWORDLESS}/_challenge`, 'POST')
@Returns(() => StartMyWebAuthNCheckResponse)
@Authenticate()
export class StartMyPasswordlessCheckRequest {}

@Dto({ namespace: NS, dialect: 'gateway', description: 'Stackport: check the assertion navigator.credentials.get returned for a passkey.' })
@Route(`/auth/v1${PASSWORDLESS}/_check`, 'POST')
@Route(`${PASSWORDLESS}/_check`, 'POST')
@Returns(() => CheckMyWebAuthNResponse)
@Authenticate()
export class CheckMyPasswordlessRequest {
  /** The credential's toJSON(), as JSON (base64 on the wire). */
  @Member('byte[]', { required: true }) PublicKeyCredential?: Uint8Array;
}
