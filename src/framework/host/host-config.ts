/** Host settings, with the defaults of a ServiceStack .NET Core host. */
import type { ConventionRouteSpec } from '../routing/convention-route.js';
import type { AuthConfig } from '../auth/auth-config.js';
import type { Dialect } from '../dto/dto-meta.js';
import { DEFAULT_LIMITS, type CodecLimits } from '../formats/codec-options.js';
import type { HttpRequestData } from './http-types.js';
import { PLATFORM_PROFILES, type Platform, type PlatformSettings } from './platform-profile.js';

export interface CorsConfig {
  /** `'*'` or a whitelist of origins (echoed back when matched). */
  allowOrigin: '*' | readonly string[];
  allowMethods: string;
  allowHeaders: string;
  allowCredentials: boolean;
  exposeHeaders?: string;
  maxAge: number;
}

/** Web API's IncludeErrorDetailPolicy. */
export type ErrorDetailPolicy = 'LocalOnly' | 'Always' | 'Never';

export interface HostConfig extends PlatformSettings {
  /** The ServiceStack platform emulated: sets the PlatformSettings defaults (each still overridable). */
  platform: Platform;
  /** Title of metadata pages. */
  serviceName: string;
  /** Dialect of DTOs that do not name one, and of errors for unmatched paths. */
  dialect: Dialect;
  /** Format when nothing in the request chooses one. */
  defaultFormat: string;
  /** Debug mode: stack traces and internal error messages in responses. Never on in production. */
  debug: boolean;
  /**
   * Web API's IncludeErrorDetailPolicy for `aspnet` routes: whether an HttpError carries the
   * exception (ExceptionMessage, ExceptionType, StackTrace, InnerException). `LocalOnly` (Web API's
   * default) shows it to loopback clients only — behind a reverse proxy on the same machine every
   * client is loopback, so such a deployment sets `Never`. Debug mode shows it always.
   */
  errorDetail: ErrorDetailPolicy;
  /** IANA zone the emulated .NET server runs in (Local/Unspecified DateTimes); undefined = the process's. */
  timeZone?: string;
  /** Largest request body accepted, in bytes; larger → 413. */
  maxBodyBytes: number;
  /** Parser limits for request bodies and query strings (see CodecLimits; past them: 400). */
  limits: CodecLimits;
  /**
   * ServiceStack's JsConfig.ThrowOnError for ServiceStack-route JSON/JSV bodies: off (the default, as
   * in ServiceStack) leaves a member that does not parse at its default and keeps what a truncated body
   * held; on answers 400. A service that must not act on a damaged request turns it on.
   */
  throwOnError: boolean;
  /**
   * A ServiceStack-dialect path that matches no route, or matches only under other verbs: `plain`
   * answers `404` `text/plain` `404` as ServiceStack does; `responseStatus` answers a 404 ResponseStatus
   * (`Handler for Request not found`) and a 405 with `Allow` for other verbs.
   */
  notFound: 'plain' | 'responseStatus';
  /**
   * First path segment of the predefined JSON API route (`/api/{Op}`); null disables it. Unset, a
   * host whose dialect is `aspnet` has none: it would shadow Web API's `api/{controller}` routes.
   */
  apiSegment: string | null;
  cors?: CorsConfig;
  /**
   * Web API convention routes (`/api/{controller}/{id?}`), tried after the declared routes: they
   * reach the `aspnet` operations that declare no route, choosing the action by verb
   * (routing/convention-route.ts).
   */
  conventionRoutes?: readonly (ConventionRouteSpec | string)[];
  /**
   * Query parameters that carry credentials (`WsAccessKey`): Web API's 404 quotes the request URI,
   * and their values are written there as `***`, never echoed.
   */
  secretQueryParameters?: readonly string[];
  /**
   * Authentication providers for `@Authenticate`, `@RequiredRole` and `@RequiredPermission`
   * operations. Unset, those operations refuse every request: a protected operation is never open.
   */
  auth?: AuthConfig;
  /** Receives errors that are not framework exceptions (bugs, driver failures), with the request they failed. */
  onError?: (error: unknown, operation: string | undefined, request: HttpRequestData | undefined) => void;
  /** A client went away before its request body arrived (the adapters' ClientAbortedError): not an error of the service. */
  onClientAbort?: (request: HttpRequestData) => void;
}

/** HostConfig as callers give it: any subset, `limits` included (the rest keep their defaults). */
export type HostConfigInput = Omit<Partial<HostConfig>, 'limits'> & { limits?: Partial<CodecLimits> | undefined };

export const DEFAULT_HOST_CONFIG: HostConfig = {
  serviceName: 'Stackport',
  platform: 'netcore',
  ...PLATFORM_PROFILES.netcore,
  dialect: 'servicestack',
  defaultFormat: 'json',
  debug: false,
  errorDetail: 'LocalOnly',
  maxBodyBytes: 1024 * 1024,
  limits: DEFAULT_LIMITS,
  throwOnError: false,
  apiSegment: 'api',
  notFound: 'plain',
};

export const DEFAULT_CORS: CorsConfig = {
  allowOrigin: '*',
  allowMethods: 'GET, POST, PUT, DELETE, PATCH, OPTIONS, HEAD',
  allowHeaders: 'Content-Type',
  allowCredentials: false,
  maxAge: 600,
};

/** A host's settings: its platform profile's, then its own. */
export function resolveHostConfig(config: HostConfigInput): HostConfig {
  const apiSegment = config.apiSegment !== undefined ? config.apiSegment : config.dialect === 'aspnet' ? null : DEFAULT_HOST_CONFIG.apiSegment;
  return { ...DEFAULT_HOST_CONFIG, ...PLATFORM_PROFILES[config.platform ?? DEFAULT_HOST_CONFIG.platform], ...config, apiSegment, limits: { ...DEFAULT_LIMITS, ...config.limits } };
}
