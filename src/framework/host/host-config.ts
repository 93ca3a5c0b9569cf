/** Host settings, with the defaults of a ServiceStack .NET Core host. */
import type { Dialect } from '../dto/dto-meta.js';
import { DEFAULT_LIMITS, type CodecLimits } from '../formats/codec-options.js';
import type { TextCase } from '../types/text-case.js';
import type { HttpRequestData } from './http-types.js';

export interface CorsConfig {
  /** `'*'` or a whitelist of origins (echoed back when matched). */
  allowOrigin: '*' | readonly string[];
  allowMethods: string;
  allowHeaders: string;
  allowCredentials: boolean;
  exposeHeaders?: string;
  maxAge: number;
}

export interface HostConfig {
  /** Title of metadata pages. */
  serviceName: string;
  /** Dialect of DTOs that do not name one, and of errors for unmatched paths. */
  dialect: Dialect;
  /** ServiceStack JSON/JSV member casing: camelCase like .NET Core hosts, PascalCase like .NET Framework ones. */
  textCase: TextCase;
  /** Format when nothing in the request chooses one. */
  defaultFormat: string;
  /** Debug mode: stack traces and internal error messages in responses. Never on in production. */
  debug: boolean;
  /** IANA zone the emulated .NET server runs in (Local/Unspecified DateTimes); undefined = the process's. */
  timeZone?: string;
  /** ServiceStack JSON DateTimeOffset convention: `legacy` (≤ v6.10 clients) or `v6.11`. */
  dateTimeOffset: 'legacy' | 'v6.11';
  /** Largest request body accepted, in bytes; larger → 413. */
  maxBodyBytes: number;
  limits: CodecLimits;
  /** First path segment of the predefined JSON API route (`/api/{Op}`); null disables it. */
  apiSegment: string | null;
  cors?: CorsConfig;
  /** Receives errors that are not framework exceptions (bugs, driver failures), with the request they failed. */
  onError?: (error: unknown, operation: string | undefined, request: HttpRequestData | undefined) => void;
  /** A client went away before its request body arrived (the adapters' ClientAbortedError): not an error of the service. */
  onClientAbort?: (request: HttpRequestData) => void;
}

export const DEFAULT_HOST_CONFIG: HostConfig = {
  serviceName: 'Stackport',
  dialect: 'servicestack',
  textCase: 'camelCase',
  defaultFormat: 'json',
  debug: false,
  dateTimeOffset: 'legacy',
  maxBodyBytes: 1024 * 1024,
  limits: DEFAULT_LIMITS,
  apiSegment: 'api',
};

export const DEFAULT_CORS: CorsConfig = {
  allowOrigin: '*',
  allowMethods: 'GET, POST, PUT, DELETE, PATCH, OPTIONS, HEAD',
  allowHeaders: 'Content-Type',
  allowCredentials: false,
  maxAge: 600,
};
