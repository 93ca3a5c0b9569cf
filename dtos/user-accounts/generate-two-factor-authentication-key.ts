/**
 * Seed 002, exactly: `PUT /users/2fa/generate-key` → `{ResponseStatus, TwoFactorUri}` (an
 * otpauth:// URI holding a new TOTP secret, shown this once). The key stays unconfirmed until
 * ConfirmTwoFactorAuthenticationKeyRequest proves the authenticator app has it.
 */
import { Authenticate, Dto, Member, ResponseStatus, Returns, Route } from '../../src/index.js';
import { PutOperationTenanted, USER_ACCOUNTS_NS } from './operation-bases.js';

@Dto({ namespace: USER_ACCOUNTS_NS, dialect: 'servicestack' })
export class GenerateTwoFactorAuthenticationKeyResponse {
  @Member() ResponseStatus?: ResponseStatus;
  @Member() TwoFactorUri?: string;
}

@Dto({ namespace: USER_ACCOUNTS_NS, baseArgs: [() => GenerateTwoFactorAuthenticationKeyResponse] })
@Route('/users/2fa/generate-key', 'PUT')
@Returns(() => GenerateTwoFactorAuthenticationKeyResponse)
@Authenticate()
export class GenerateTwoFactorAuthenticationKeyRequest extends PutOperationTenanted<GenerateTwoFactorAuthenticationKeyResponse> {}
