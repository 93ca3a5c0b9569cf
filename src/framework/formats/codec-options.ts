/** Settings every codec reads; the host fills them per request from its config and the DTO. */
import type { Dialect } from '../dto/dto-meta.js';
import type { DotNetRuntime } from '../types/number-format.js';
import type { TextCase } from '../types/text-case.js';

export interface CodecLimits {
  /** Maximum nesting of objects/lists/elements a reader accepts. */
  maxDepth: number;
  /** Maximum input length (characters) a reader accepts. */
  maxLength: number;
  /** XML: most attributes (namespace declarations included) one element may carry. */
  maxAttributes: number;
  /** XML: most namespace declarations (`xmlns`, `xmlns:p`) one document may make. */
  maxNamespaceDeclarations: number;
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

/**
 * maxAttributes 64: DataContractSerializer and XmlSerializer write at most four attributes on an
 * element (xmlns, xmlns:i, i:type/i:nil, one d{n}p{m} prefix), a WCF SOAP envelope about six, and
 * WCF services refuse start tags over 4 KB (reader quota MaxBytesPerRead), so clients keep them small.
 * maxNamespaceDeclarations 1024: DataContractSerializer redeclares a prefix on each polymorphic
 * item of a list, so a legitimate document's count grows with its items; 1024 covers any request
 * a 1 MiB body holds in practice while bounding the bindings an attacker can make.
 */
export const DEFAULT_LIMITS: CodecLimits = Object.freeze({ maxDepth: 64, maxLength: 1024 * 1024, maxAttributes: 64, maxNamespaceDeclarations: 1024 });

/** Options as callers give them: any subset, limits included. */
export type CodecOptionsInput = Partial<Omit<CodecOptions, 'limits'>> & { limits?: Partial<CodecLimits> | undefined };

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

export function codecOptions(partial: CodecOptionsInput = {}): CodecOptions {
  const dialect = partial.dialect ?? DEFAULT_CODEC_OPTIONS.dialect;
  return { ...DEFAULT_CODEC_OPTIONS, ...DIALECT_DEFAULTS[dialect], ...partial, limits: { ...DEFAULT_LIMITS, ...partial.limits } };
}
