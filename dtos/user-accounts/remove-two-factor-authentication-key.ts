/** Removes the TOTP key (confirmed or not); recovery codes go too when no second factor is left. */
import { Authenticate, Dto, Member, ResponseStatus, Returns, Route } from '../../src/index.js';
import { DeleteOperationTenanted, USER_ACCOUNTS_NS } from './operation-bases.js';

@Dto({ namespace: USER_ACCOUNTS_NS, dialect: 'servicestack' })
export class RemoveTwoFactorAuthenticationKeyResponse {
  @Member() ResponseStatus?: ResponseStatus;
}

@Dto({ namespace: USER_ACCOUNTS_NS, baseArgs: [() => RemoveTwoFactorAuthenticationKeyResponse], description: 'Turn TOTP two-factor authentication off.' })
@Route('/users/2fa/key', 'DELETE')
@Returns(() => RemoveTwoFactorAuthenticationKeyResponse)
@Authenticate()
export class RemoveTwoFactorAuthenticationKeyRequest extends DeleteOperationTenanted<RemoveTwoFactorAuthenticationKeyResponse> {}
