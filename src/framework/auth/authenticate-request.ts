/**
 * The pipeline's authenticate step, before request filters and the service (as ServiceStack's
 * [Authenticate] filter runs first): finds the caller through the host's providers, puts the
 * session on the context, then checks `@RequiredRole` and `@RequiredPermission`.
 */
import type { Operation } from '../host/operation.js';
import type { ServiceContext } from '../host/service-context.js';
import type { AuthConfig } from './auth-config.js';
import { failed, NO_CREDENTIAL, type AuthProvider, type AuthSession, type Credential } from './auth-provider.js';
import { refusal } from './auth-refusal.js';

/** ServiceStack's RoleNames.Admin: it has every role and every permission. */
const ADMIN_ROLE = 'Admin';

export function requiresAuthentication(auth: AuthConfig | undefined, op: Operation): boolean {
  const m = op.meta;
  return m.authenticate || m.requiredRoles.length > 0 || m.requiredPermissions.length > 0 || (auth?.requiresAuthentication?.(op) ?? false);
}

/** The providers that apply to an operation, in the host's order. */
export function providersFor(auth: AuthConfig | undefined, op: Operation): AuthProvider[] {
  return (auth?.providers ?? []).filter((p) => p.schemesFor(op).length > 0);
}

export async function authenticateRequest(auth: AuthConfig | undefined, op: Operation, ctx: ServiceContext): Promise<void> {
  if (!requiresAuthentication(auth, op)) return;
  await auth?.beforeAuthenticate?.(ctx, op);
  const providers = providersFor(auth, op);
  const challenger = providers[0];
  const credential = await findCredential(providers, ctx, op);
  if (credential.kind === 'none') throw refusal(op.dialect, 'missing', challenger);
  if (credential.kind === 'failed') {
    auth?.onFailure?.(credential.detail, ctx, challenger?.name ?? '');
    throw refusal(op.dialect, credential.reason, challenger);
  }
  const session = credential.session;
  if (auth?.authorize && !(await auth.authorize(session, ctx, op))) throw refusal(op.dialect, 'invalid', challenger);
  ctx.session = session;
  if (!hasAll(session, session.roles, op.meta.requiredRoles)) throw refusal(op.dialect, 'role', challenger);
  if (!hasAll(session, session.permissions, op.meta.requiredPermissions)) throw refusal(op.dialect, 'permission', challenger);
}

function hasAll(session: AuthSession, held: readonly string[], required: readonly string[]): boolean {
  return session.roles.includes(ADMIN_ROLE) || required.every((r) => held.includes(r));
}

/**
 * The first credential a provider recognises decides. An `Authorization` header no provider reads
 * is a bad credential, not an absent one: it must not fall through to, say, an API key.
 */
async function findCredential(providers: readonly AuthProvider[], ctx: ServiceContext, op: Operation): Promise<Credential> {
  const authorization = ctx.header('authorization');
  if (authorization !== undefined) {
    const scheme = /^\S*/.exec(authorization.trim())![0].toLowerCase();
    if (!providers.some((p) => p.authorizationScheme?.toLowerCase() === scheme)) return failed('malformed', 'the authorization header names no accepted scheme');
  }
  for (const p of providers) {
    const credential = await p.authenticate(ctx, op);
    if (credential.kind !== 'none') return credential;
  }
  return NO_CREDENTIAL;
}
