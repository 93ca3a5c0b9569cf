/**
 * Confirms the key from generate-key with a first code from the authenticator app: two-factor
 * authentication is then on, and the first set of recovery codes comes back (shown this once).
 */
import { Authenticate, Dto, List, Member, ResponseStatus, Returns, Route } from '../../src/index.js';
import { PutOperationTenanted, USER_ACCOUNTS_NS } from './operation-bases.js';

@Dto({ namespace: USER_ACCOUNTS_NS, dialect: 'servicestack' })
export class ConfirmTwoFactorAuthenticationKeyResponse {
  @Member() ResponseStatus?: ResponseStatus;
  @Member(List('string'), { description: 'One-time recovery codes; store them safely, they are not shown again.' })
  RecoveryCodes?: string[];
}

@Dto({ namespace: USER_ACCOUNTS_NS, baseArgs: [() => ConfirmTwoFactorAuthenticationKeyResponse], description: 'Turn two-factor authentication on with a first code from the authenticator app.' })
@Route('/users/2fa/confirm-key', 'PUT')
@Returns(() => ConfirmTwoFactorAuthenticationKeyResponse)
@Authenticate()
export class ConfirmTwoFactorAuthenticationKeyRequest extends PutOperationTenanted<ConfirmTwoFactorAuthenticationKeyResponse> {
  @Member('string', { description: 'The 6-digit code the authenticator app shows.', required: true })
  Code?: string;
}
