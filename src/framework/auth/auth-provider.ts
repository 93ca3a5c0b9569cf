/**
 * An authentication provider (ServiceStack's IAuthProvider that authenticates with the request):
 * it finds its own kind of credential on a request and judges it. A credential that is present
 * but fails is an answer, never a reason to try the next provider.
 */
import type { Operation } from '../host/operation.js';
import type { ServiceContext } from '../host/service-context.js';
import type { SecurityScheme } from './security-scheme.js';

/** The authenticated caller, as `ctx.session` carries it; providers may return more fields. */
export interface AuthSession {
  readonly userId: string;
  /** The provider's name (`jwt`, `apikey`, `basic`…). */
  readonly provider: string;
  readonly roles: readonly string[];
  readonly permissions: readonly string[];
}

/** `malformed`: not readable as a credential of its kind; `invalid`: readable, and refused. */
export type CredentialFailure = 'malformed' | 'invalid';

export type Credential =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly session: AuthSession }
  /** `detail` is for the log: it never holds the credential. */
  | { readonly kind: 'failed'; readonly reason: CredentialFailure; readonly detail: string };

export interface AuthProvider {
  /** ServiceStack's provider name: the ServiceStack dialect's challenge is `{name} realm="{realm}"`. */
  readonly name: string;
  readonly realm: string;
  /** The RFC 7235 challenge Web API hosts send (`Bearer`, `Basic realm="…"`). */
  readonly httpChallenge: string;
  /** The `Authorization` header scheme it reads (`Bearer`, `Basic`), if it reads that header. */
  readonly authorizationScheme?: string;
  /** Its OpenAPI security schemes, by the name `security` entries use. */
  readonly securitySchemes: Readonly<Record<string, SecurityScheme>>;
  /** The schemes it accepts on an operation; none when it does not apply there. */
  schemesFor(op: Operation): readonly string[];
  authenticate(ctx: ServiceContext, op: Operation): Promise<Credential>;
}

export const NO_CREDENTIAL: Credential = { kind: 'none' };
export const failed = (reason: CredentialFailure, detail: string): Credential => ({ kind: 'failed', reason, detail });
export const authenticated = (session: AuthSession | undefined, detail: string): Credential =>
  session ? { kind: 'ok', session } : failed('invalid', detail);

/** ServiceStack's challenge for a provider: `{name} realm="{realm}"`. */
export const serviceStackChallenge = (p: AuthProvider): string => `${p.name} realm="${p.realm}"`;
