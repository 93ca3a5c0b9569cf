/** Settings every codec reads; the host fills them per request from its config and the DTO. */
import type { Dialect } from '../dto/dto-meta.js';
import type { DotNetRuntime } from '../types/number-format.js';
import type { TextCase } from '../types/text-case.js';

export interface CodecLimits {
  /** Maximum nesting of objects/lists/elements a reader accepts. */
  maxDepth: number;
  /** Maximum input length (characters) a reader accepts. */
  maxLength: number;
}

export interface CodecOptions {
  /** Which .NET stack's conventions to write: ServiceStack.Text, Json.NET/Web API, or grpc-gateway. */
  dialect: Dialect;
  /** ServiceStack member-name casing for JSON/JSV (XML element names never change case). */
  textCase: TextCase;
  /** IANA zone of the emulated server, for Local/Unspecified DateTimes; undefined = the process's zone. */
  timeZone?: string;
  /** Number formatting of the emulated runtime: ServiceStack hosts are .NET Core, Web API 2 is .NET Framework. */
  runtime: DotNetRuntime;
  /**
   * ServiceStack JSON DateTimeOffset: `legacy` (≤ v6.10, what older .NET clients read: the local
   * clock read as UTC before the offset) or `v6.11` (the UTC instant before the offset).
   */
  dateTimeOffset: 'legacy' | 'v6.11';
  /** Newline written for line breaks inside XML text and pretty-printed JSV. */
  newline: '\n' | '\r\n';
  /** Pretty output: indented JSV (JsvFormatter) / indented XML, for `?debug` and metadata pages. */
  pretty: boolean;
  /** XML only: write `<?xml version="1.0" encoding="utf-8"?>` (ServiceStack does, Web API does not). */
  xmlDeclaration: boolean;
  limits: CodecLimits;
  /**
   * ServiceStack's JsConfig.ThrowOnError, for the ServiceStack JSON and JSV readers: true rejects a
   * member value that does not parse (and a truncated body); false leaves the member at its default,
   * keeps what was read before a truncation, and goes on, as ServiceStack does by default.
   */
  throwOnError: boolean;
  /** ServiceStack JSON/JSV readers: DateTimes read from ISO text become server-local as ServiceStack 5 does (asServerLocal). */
  localDateTimes: boolean;
}

export const DEFAULT_LIMITS: CodecLimits = { maxDepth: 64, maxLength: 1024 * 1024 };

export const DEFAULT_CODEC_OPTIONS: CodecOptions = Object.freeze({
  dialect: 'servicestack',
  textCase: 'camelCase',
  runtime: 'core',
  dateTimeOffset: 'legacy',
  newline: '\n',
  pretty: false,
  xmlDeclaration: true,
  limits: DEFAULT_LIMITS,
  throwOnError: true,
  localDateTimes: false,
}) as CodecOptions;

/** Options a dialect implies when the caller does not say otherwise. */
export const DIALECT_DEFAULTS: Record<Dialect, Partial<CodecOptions>> = {
  servicestack: {},
  aspnet: { textCase: 'PascalCase', runtime: 'framework', xmlDeclaration: false },
  gateway: { textCase: 'camelCase' },
};

export function codecOptions(partial: Partial<CodecOptions> = {}): CodecOptions {
  const dialect = partial.dialect ?? DEFAULT_CODEC_OPTIONS.dialect;
  return { ...DEFAULT_CODEC_OPTIONS, ...DIALECT_DEFAULTS[dialect], ...partial };
}
