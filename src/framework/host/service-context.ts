/** What a service sees of the HTTP request, and how it adds to the response. */
import type { AuthSession } from '../auth/auth-provider.js';
import type { HttpRequestData } from './http-types.js';

export interface ServiceContext {
  readonly request: HttpRequestData;
  /** The effective verb (after X-Http-Method-Override). */
  readonly verb: string;
  readonly operationName: string;
  /** A request header (case-insensitive name). */
  header(name: string): string | undefined;
  /** Query-string values by exact key. */
  readonly query: ReadonlyMap<string, string>;
  /** Headers to add to the response. */
  readonly responseHeaders: Record<string, string>;
  /** Per-request state shared between filters and the service (e.g. the authenticated user). */
  readonly items: Map<string, unknown>;
  /** A Web API action's simple parameters by declared name (`@WebApiAction`): `FileId` → 7. */
  readonly parameters?: ReadonlyMap<string, unknown>;
  /** The authenticated caller of a protected operation (set by the authenticate step, before request filters). */
  session?: AuthSession;
}

/**
 * A response with an explicit status, headers or content type (ServiceStack's HttpResult).
 * `response` is serialized as usual unless it is a string or Buffer, which is sent as-is.
 */
export class HttpResult<T = unknown> {
  constructor(
    readonly response: T,
    readonly options: { status?: number; headers?: Record<string, string>; contentType?: string } = {},
  ) {}
}
