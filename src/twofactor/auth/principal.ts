/** The authenticated caller, as the authentication filter leaves it in `ctx.items`. */
import { HttpError, type ServiceContext } from '../../index.js';

export interface Principal {
  readonly tenantId: string;
  readonly userId: string;
  /** Shown in authenticator apps (login name or e-mail when the token has one, else the user id). */
  readonly accountName: string;
  readonly via: 'jwt' | 'access-key';
}

export const PRINCIPAL_ITEM = 'stackport.principal';

/** The caller of an authenticated operation; a missing principal is a wiring bug, not a 401. */
export function principalOf(ctx: ServiceContext): Principal {
  const p = ctx.items.get(PRINCIPAL_ITEM) as Principal | undefined;
  if (!p) throw new HttpError(500, 'InvalidOperationException', 'The operation ran without authentication');
  return p;
}
