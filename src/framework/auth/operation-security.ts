/**
 * What the documentation surfaces say about credentials, from the same providers and decorators
 * the authenticate step enforces, so the two cannot drift apart.
 */
import type { Operation } from '../host/operation.js';
import type { AuthConfig } from './auth-config.js';
import { serviceStackChallenge } from './auth-provider.js';
import { providersFor, requiresAuthentication } from './authenticate-request.js';
import type { SecurityScheme } from './security-scheme.js';

/** Every scheme of every provider, by name. */
export function securitySchemesOf(auth: AuthConfig | undefined): Record<string, SecurityScheme> {
  return Object.assign({}, ...(auth?.providers ?? []).map((p) => p.securitySchemes)) as Record<string, SecurityScheme>;
}

/** The ServiceStack-dialect challenge of an operation's 401: its first provider's. */
export function challengeOf(auth: AuthConfig | undefined, op: Operation): string | undefined {
  const p = providersFor(auth, op)[0];
  return p && serviceStackChallenge(p);
}

/** The schemes an operation accepts, any one of them; empty when it needs no credential. */
export function operationSchemes(auth: AuthConfig | undefined, op: Operation): string[] {
  return requiresAuthentication(auth, op) ? providersFor(auth, op).flatMap((p) => [...p.schemesFor(op)]) : [];
}
