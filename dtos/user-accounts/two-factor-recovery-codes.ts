/**
 * Recovery codes of a user with a second factor: regenerate (a new set of 10, the old set stops
 * working, shown this once), redeem one (single use), and count the unused ones.
 */
import { Authenticate, Dto, List, Member, ResponseStatus, Returns, Route } from '../../src/index.js';
import { GetOperationTenanted, PutOperationTenanted, USER_ACCOUNTS_NS } from './operation-bases.js';

@Dto({ namespace: USER_ACCOUNTS_NS, dialect: 'servicestack' })
export class GenerateTwoFactorRecoveryCodesResponse {
  @Member() ResponseStatus?: ResponseStatus;
  @Member(List('string')) RecoveryCodes?: string[];
}

@Dto({ namespace: USER_ACCOUNTS_NS, baseArgs: [() => GenerateTwoFactorRecoveryCodesResponse], description: 'Replace the recovery codes with a new set.' })
@Route('/users/2fa/recovery-codes', 'PUT')
@Returns(() => GenerateTwoFactorRecoveryCodesResponse)
@Authenticate()
export class GenerateTwoFactorRecoveryCodesRequest extends PutOperationTenanted<GenerateTwoFactorRecoveryCodesResponse> {}

/**
 * The count is nullable so that an error response — the same DTO with only ResponseStatus set —
 * leaves it out rather than claiming 0 codes remain.
 */
@Dto({ namespace: USER_ACCOUNTS_NS, dialect: 'servicestack' })
export class RedeemTwoFactorRecoveryCodeResponse {
  @Member() ResponseStatus?: ResponseStatus;
  @Member('int?') RemainingRecoveryCodes?: number;
}

@Dto({ namespace: USER_ACCOUNTS_NS, baseArgs: [() => RedeemTwoFactorRecoveryCodeResponse], description: 'Use a recovery code instead of an authenticator code.' })
@Route('/users/2fa/recovery-codes/redeem', 'PUT')
@Returns(() => RedeemTwoFactorRecoveryCodeResponse)
@Authenticate()
export class RedeemTwoFactorRecoveryCodeRequest extends PutOperationTenanted<RedeemTwoFactorRecoveryCodeResponse> {
  @Member('string', { required: true }) RecoveryCode?: string;
}

/** Nullable for the same reason as RedeemTwoFactorRecoveryCodeResponse's. */
@Dto({ namespace: USER_ACCOUNTS_NS, dialect: 'servicestack' })
export class GetTwoFactorRecoveryCodeCountResponse {
  @Member() ResponseStatus?: ResponseStatus;
  @Member('int?') RemainingRecoveryCodes?: number;
}

@Dto({ namespace: USER_ACCOUNTS_NS, baseArgs: [() => GetTwoFactorRecoveryCodeCountResponse], description: 'How many unused recovery codes are left.' })
@Route('/users/2fa/recovery-codes', 'GET')
@Returns(() => GetTwoFactorRecoveryCodeCountResponse)
@Authenticate()
export class GetTwoFactorRecoveryCodeCountRequest extends GetOperationTenanted<GetTwoFactorRecoveryCodeCountResponse> {}
