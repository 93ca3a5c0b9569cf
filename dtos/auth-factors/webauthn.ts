/**
 * zitadel.user.v1's WebAuthn messages: the options a ceremony starts from (`public_key`, JSON
 * bytes) and the browser's answer (`public_key_credential`, JSON bytes) with the token's name.
 */
import { Dto, Member } from '../../src/index.js';
import { AuthFactorState } from './auth-factor.js';

const NS = 'zitadel.user.v1';

@Dto({ name: 'WebAuthNKey', namespace: NS, dialect: 'gateway' })
export class WebAuthNKey {
  /** `{"publicKey": PublicKeyCredentialCreationOptions | PublicKeyCredentialRequestOptions}` as JSON (base64 on the wire). */
  @Member('byte[]') PublicKey?: Uint8Array;
}

@Dto({ name: 'WebAuthNVerification', namespace: NS, dialect: 'gateway' })
export class WebAuthNVerification {
  /** The credential's toJSON() as JSON (base64 on the wire); protoc-gen-validate: min_len 55. */
  @Member('byte[]', { required: true }) PublicKeyCredential?: Uint8Array;
  /** protoc-gen-validate: min_len 1, max_len 200. */
  @Member('string', { required: true }) TokenName?: string;
}

@Dto({ name: 'WebAuthNToken', namespace: NS, dialect: 'gateway' })
export class WebAuthNToken {
  @Member() Id?: string;
  @Member(AuthFactorState) State?: AuthFactorState;
  @Member() Name?: string;
}
