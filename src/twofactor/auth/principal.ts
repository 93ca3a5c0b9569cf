/** The authenticated caller, as the framework's authenticate step leaves it on `ctx.session`. */
import { HttpError, type AuthSession, type ServiceContext } from '../../index.js';

export interface Principal extends AuthSession {
  readonly tenantId: string;
  /** Shown in authenticator apps (login name or e-mail when the token has one, else the user id). */
  readonly accountName: string;
  /** The token's `email` when its `email_verified` is true (Zitadel's claims): what otp_email needs. */
  readonly verifiedEmail?: string;
}

/** The caller of an authenticated operation; a missing session is a wiring bug, not a 401. */
export function principalOf(ctx: ServiceContext): Principal {
  const p = ctx.session as Principal | undefined;
  if (!p) throw new HttpError(500, 'InvalidOperationException', 'The operation ran without authentication');
  return p;
}
