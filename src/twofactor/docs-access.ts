/**
 * What the documentation pages add to what the host's providers say about credentials (those
 * come from two-factor-auth.ts, the same configuration that enforces them): the partner API's
 * URI parameters, and summaries a seed's C# listing does not give.
 */
import type { OperationAccess } from '../../metadata/shared/operation-access.js';
import { FILE_URI_PARAMETERS, takesFileParameters } from './services/file-access.js';

export const twoFactorAccess: Partial<OperationAccess> = {
  uriParameters: (op) => (takesFileParameters(op) ? FILE_URI_PARAMETERS : undefined),
  // Seed 002's C# listing shows this request bare, so its summary lives here rather than on the DTO.
  summaries: { GenerateTwoFactorAuthenticationKeyRequest: 'Start turning TOTP two-factor authentication on: a new key, as an otpauth:// URI for the authenticator app.' },
};
