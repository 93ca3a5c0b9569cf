/** The host's `auth` setting: its providers, and the app's say on which operations need them. */
import type { Operation } from '../host/operation.js';
import type { ServiceContext } from '../host/service-context.js';
import type { AuthProvider, AuthSession } from './auth-provider.js';

export interface AuthConfig {
  /** Tried in order; the first one's challenge is the one a 401 sends (ServiceStack's AuthFeature order). */
  readonly providers: readonly AuthProvider[];
  /** Operations that need a caller although their DTO has no `@Authenticate` (e.g. a whole namespace). */
  requiresAuthentication?(op: Operation): boolean;
  /**
   * Checks of a protected operation that answer before a missing credential does: Web API binds
   * the URI parameters an action reads before its [Authorize] filter runs.
   */
  beforeAuthenticate?(ctx: ServiceContext, op: Operation): void | Promise<void>;
  /** Refuses an authenticated caller this one request (e.g. another tenant's resource): answered as a bad credential. */
  authorize?(session: AuthSession, ctx: ServiceContext, op: Operation): boolean | Promise<boolean>;
  /** Why a credential failed, for the log; never the credential itself. */
  onFailure?(detail: string, ctx: ServiceContext, provider: string): void;
}
