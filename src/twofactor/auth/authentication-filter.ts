/**
 * Enforces `@Authenticate()` (and the partner API's FileId + WsAccessKey contract) as a host
 * request filter: it runs after binding and before validation and the service, puts the
 * Principal into `ctx.items`, and answers 401 in each route family's own format:
 *  - ServiceStack: ServiceStack's JWT provider challenge `WWW-Authenticate: jwt realm="/auth/jwt"`, with
 *    an empty body when no credential was sent (as [Authenticate] answers) and a ResponseStatus
 *    `Unauthorized` / `Not Authenticated` when one was sent and failed;
 *  - ASP.NET Web API: `{"Message":"Authorization has been denied for this request."}` with the
 *    OWIN bearer middleware's `WWW-Authenticate: Bearer`;
 *  - grpc-gateway (Zitadel): `{"code":16,…}`, whose message the gateway copies into WWW-Authenticate.
 * On the partner API a key or token opens only the file of its own tenant; another file gets the
 * same 401 as an unknown one.
 */
import { GatewayError, HttpError, type Dialect, type Operation, type RequestFilter } from '../../index.js';
import { requireFileId, takesFileParameters } from '../services/file-access.js';
import type { AuthFailure, Authenticator } from './authenticator.js';
import { PRINCIPAL_ITEM } from './principal.js';
import { fileIdOf } from './tenant.js';

export function requiresAuthentication(op: Operation): boolean {
  return op.meta.authenticate || takesFileParameters(op);
}

export function authenticationFilter(auth: Authenticator): RequestFilter {
  return async (_dto, ctx, op) => {
    if (!requiresAuthentication(op)) return;
    const fileRoute = takesFileParameters(op);
    // The partner API checks its URI parameters first, as model binding does before [Authorize].
    const fileId = fileRoute ? requireFileId(ctx) : undefined;
    const outcome = await auth.authenticate(ctx, { allowQueryKey: fileRoute });
    if (!outcome.ok) throw unauthorized(op.dialect, outcome.reason);
    if (fileId !== undefined && fileIdOf(outcome.principal.tenantId) !== fileId) throw unauthorized(op.dialect, 'invalid');
    ctx.items.set(PRINCIPAL_ITEM, outcome.principal);
  };
}

export function unauthorized(dialect: Dialect, reason: AuthFailure): Error {
  switch (dialect) {
    case 'servicestack':
      // No credential at all: ServiceStack's [Authenticate] short-circuits with the provider's
      // challenge and no body; a credential that fails is an error with a ResponseStatus.
      return new HttpError(401, 'Unauthorized', 'Not Authenticated', { headers: { 'WWW-Authenticate': 'jwt realm="/auth/jwt"' }, emptyBody: reason === 'missing' });
    case 'aspnet':
      return new HttpError(401, 'Unauthorized', 'Authorization has been denied for this request.', { headers: { 'WWW-Authenticate': 'Bearer' } });
    case 'gateway':
      if (reason === 'missing') return new GatewayError(16, 'auth header missing');
      if (reason === 'malformed-header') return new GatewayError(16, 'invalid auth header', 'AUTH-7fs1e');
      return new GatewayError(16, 'Token is invalid', 'AUTH-7fs1e');
  }
}
