/**
 * What the documentation surfaces say about credentials, from the same providers and decorators
 * the authenticate step enforces, so the two cannot drift apart.
 */
import type { Operation } from '../host/operation.js';
import type { AuthConfig } from './auth-config.js';
import { providersFor, requiresAuthentication } from './authenticate-request.js';
import type { SecurityScheme } from './security-scheme.js';

/** Every scheme of every provider, by name. */
export function securitySchemesOf(auth: AuthConfig | undefined): Record<string, SecurityScheme> {
  return Object.assign({}, ...(auth?.providers ?? []).map((p) => p.securitySchemes)) as Record<string, SecurityScheme>;
}

/** The schemes an operation accepts, any one of them; empty when it needs no credential. */
export function operationSchemes(auth: AuthConfig | undefined, op: Operation): string[] {
  return requiresAuthentication(auth, op) ? providersFor(auth, op).flatMap((p) => [...p.schemesFor(op)]) : [];
}
