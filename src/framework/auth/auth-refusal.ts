/**
 * How each dialect refuses a caller, as the platform it emulates does:
 *  - ServiceStack (5.4): no credential at all short-circuits with the first provider's challenge and
 *    no body (AuthProvider.HandleFailedAuth); a credential that fails is a 401 ResponseStatus; a missing
 *    role or permission short-circuits too: 403 with the status description `Invalid Role` /
 *    `Invalid Permission` and no body (HandleShortCircuitedErrors without a service exception handler);
 *  - ASP.NET Web API: [Authorize]'s 401 `Authorization has been denied for this request.` for all of
 *    them, roles included (AuthorizeAttribute does not tell the two apart), with the HTTP challenge;
 *  - grpc-gateway (Zitadel): UNAUTHENTICATED (16) and PERMISSION_DENIED (7) with Zitadel's ids.
 */
import type { Dialect } from '../dto/dto-meta.js';
import { GatewayError } from '../errors/gateway-error.js';
import { HttpError } from '../errors/exceptions.js';
import { serviceStackChallenge, type AuthProvider, type CredentialFailure } from './auth-provider.js';

export type Refusal = 'missing' | CredentialFailure | 'role' | 'permission';

const challenge = (header: string | undefined): Record<string, string> => (header ? { 'WWW-Authenticate': header } : {});

const WEB_API_DENIED = 'Authorization has been denied for this request.';

const GATEWAY: Readonly<Record<Refusal, () => GatewayError>> = {
  missing: () => new GatewayError(16, 'auth header missing'),
  malformed: () => new GatewayError(16, 'invalid auth header', 'AUTH-7fs1e'),
  invalid: () => new GatewayError(16, 'Token is invalid', 'AUTH-7fs1e'),
  role: () => new GatewayError(7, 'No matching permissions found', 'AUTH-5mWD2'),
  permission: () => new GatewayError(7, 'No matching permissions found', 'AUTH-5mWD2'),
};

const SERVICESTACK_FORBIDDEN: Readonly<Partial<Record<Refusal, string>>> = { role: 'Invalid Role', permission: 'Invalid Permission' };

const REFUSALS: Readonly<Record<Dialect, (refusal: Refusal, challenger: AuthProvider | undefined) => Error>> = {
  servicestack: (refusal, p) => {
    const forbidden = SERVICESTACK_FORBIDDEN[refusal];
    if (forbidden) return new HttpError(403, forbidden, forbidden, { emptyBody: true });
    const headers = challenge(p && serviceStackChallenge(p));
    return new HttpError(401, 'Unauthorized', 'Not Authenticated', { headers, emptyBody: refusal === 'missing' });
  },
  aspnet: (_refusal, p) => new HttpError(401, 'Unauthorized', WEB_API_DENIED, { headers: challenge(p?.httpChallenge) }),
  gateway: (refusal) => GATEWAY[refusal](),
};

export function refusal(dialect: Dialect, why: Refusal, challenger: AuthProvider | undefined): Error {
  return REFUSALS[dialect](why, challenger);
}
