/** Checks a code of the confirmed key (a login's second step). Each code is accepted once. */
import { Authenticate, Dto, Member, ResponseStatus, Returns, Route } from '../../src/index.js';
import { PutOperationTenanted, USER_ACCOUNTS_NS } from './operation-bases.js';

@Dto({ namespace: USER_ACCOUNTS_NS, dialect: 'servicestack' })
export class VerifyTwoFactorAuthenticationCodeResponse {
  @Member() ResponseStatus?: ResponseStatus;
  @Member('bool') IsValid?: boolean;
}

@Dto({ namespace: USER_ACCOUNTS_NS, baseArgs: [() => VerifyTwoFactorAuthenticationCodeResponse], description: 'Check a code from the authenticator app.' })
@Route('/users/2fa/verify-code', 'PUT')
@Returns(() => VerifyTwoFactorAuthenticationCodeResponse)
@Authenticate()
export class VerifyTwoFactorAuthenticationCodeRequest extends PutOperationTenanted<VerifyTwoFactorAuthenticationCodeResponse> {
  @Member('string', { description: 'The 6-digit code the authenticator app shows.', required: true })
  Code?: string;
}
