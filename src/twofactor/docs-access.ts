/**
 * What the documentation pages say about credentials and URI parameters: exactly what
 * authentication-filter.ts and authenticator.ts enforce. Every authenticated operation takes a
 * bearer token or an access key in X-WsAccessKey; the partner API (seed 001) also takes the key
 * in its legacy WsAccessKey query parameter, and requires FileId.
 */
import type { OperationAccess } from '../../metadata/shared/operation-access.js';
import { requiresAuthentication } from './auth/authentication-filter.js';
import { FILE_URI_PARAMETERS, takesFileParameters } from './services/file-access.js';

export const twoFactorAccess: OperationAccess = {
  schemes: {
    bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A bearer JWT: `Authorization: Bearer <token>` (`npm run dev:credentials` prints one in development).' },
    wsAccessKey: { type: 'apiKey', in: 'header', name: 'X-WsAccessKey', description: 'An access key in the `X-WsAccessKey` header (issued per user and file; `npm run dev:credentials` prints one in development).' },
    wsAccessKeyQuery: { type: 'apiKey', in: 'query', name: 'WsAccessKey', description: 'The legacy `WsAccessKey` query parameter (partner API only; prefer the header, which stays out of URLs and logs).' },
  },
  schemesOf: (op) => (!requiresAuthentication(op) ? [] : takesFileParameters(op) ? ['bearer', 'wsAccessKey', 'wsAccessKeyQuery'] : ['bearer', 'wsAccessKey']),
  uriParameters: (op) => (takesFileParameters(op) ? FILE_URI_PARAMETERS : undefined),
  // Seed 002's C# listing shows this request bare, so its summary lives here rather than on the DTO.
  summaries: { GenerateTwoFactorAuthenticationKeyRequest: 'Start turning TOTP two-factor authentication on: a new key, as an otpauth:// URI for the authenticator app.' },
};
