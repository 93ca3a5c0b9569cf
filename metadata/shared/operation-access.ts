/**
 * What a host enforces outside its DTOs, for every documentation surface to describe the same
 * way: the credentials an operation accepts (OpenAPI security schemes, the /metadata badge) and
 * the URI parameters the service reads itself (the Help tables, OpenAPI parameters). Credentials
 * come from the host's auth providers — what the authenticate step enforces; a host without
 * providers gets the DTOs' own word: `@Authenticate()` means a bearer token.
 */
import { challengeOf, operationSchemes, securitySchemesOf, type AppHost, type Operation, type SecurityScheme } from '../../src/index.js';
import type { UriParameter } from '../help/api-descriptions.js';

export interface OperationAccess {
  /** Every scheme the host knows, by the name OpenAPI's `security` entries use. */
  readonly schemes: Readonly<Record<string, SecurityScheme>>;
  /** The schemes an operation accepts, any one of them; empty when it needs no credential. */
  schemesOf(op: Operation): readonly string[];
  /** The `WWW-Authenticate` challenge a ServiceStack-dialect 401 sends (the first provider's). */
  challengeOf?(op: Operation): string | undefined;
  /** URI parameters the service reads itself (not DTO members); `Required` among the annotations makes one required. */
  uriParameters?(op: Operation): readonly UriParameter[] | undefined;
  /** OpenAPI summaries of operations whose DTO a seed fixes without a description (its C# listing shows none). */
  summaries?: Readonly<Record<string, string>>;
}

export const DEFAULT_ACCESS: OperationAccess = {
  schemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A bearer token: `Authorization: Bearer <token>`.' } },
  schemesOf: (op) => (op.meta.authenticate ? ['bearer'] : []),
};

/** The host's providers' word on credentials, with the app's additions (URI parameters, summaries) over it. */
export function accessOf(host: AppHost, given: Partial<OperationAccess> = {}): OperationAccess {
  const auth = host.config.auth;
  const credentials: OperationAccess = auth?.providers.length
    ? { schemes: securitySchemesOf(auth), schemesOf: (op) => operationSchemes(auth, op), challengeOf: (op) => challengeOf(auth, op) }
    : DEFAULT_ACCESS;
  return { ...credentials, ...given };
}

export const isRequired = (p: UriParameter): boolean => (p.annotations ?? []).includes('Required');
