/**
 * One interface for every wire format. JSON, XML and JSV each implement it, register in the
 * format registry, and pass the shared conformance suite (test/conformance/formats.cases.ts).
 */
import type { Dialect } from '../dto/dto-meta.js';
import type { SerializationException } from '../errors/exceptions.js';
import type { TypeRef } from '../types/type-ref.js';
import type { CodecOptions } from './codec-options.js';

export interface Format {
  /** `?format=` name and `/{name}/reply/` prefix: `json`, `xml`, `jsv`. */
  readonly name: string;
  /** `.ext` suffix (without the dot). */
  readonly extension: string;
  /** The Content-Type ServiceStack sends for this format. */
  readonly contentType: string;
  /** Media types this format reads and answers to in Accept, preferred first (no parameters). */
  readonly mediaTypes: readonly string[];
  /** The dialects whose DTOs it can write; every dialect when absent. Accept naming it elsewhere is answered 406. */
  readonly dialects?: readonly Dialect[];
  /**
   * Chosen by Accept only when its media type is the request's first range (a browser's
   * `text/html`), never by a later range, `type/*` or `*\/*`: programmatic clients never get it.
   */
  readonly firstAcceptRangeOnly?: boolean;
  /** Successful answers are downloads: `Content-Disposition: attachment;filename="{Operation}.{extension}"`. */
  readonly attachment?: boolean;
  /** The page describes the request it answers: the pipeline passes `PageOptions` (page-options.ts). */
  readonly describesRequest?: boolean;
  /** Serializes `value` as .NET would serialize a value of `type`. Never returns undefined: null → ''. */
  write(value: unknown, type: TypeRef, options: CodecOptions): string;
  /**
   * Reads `text` as a value of `type` (DTO classes come back as instances). Throws
   * SerializationException on malformed or hostile input, never anything else. With `errors`, a
   * format that can read on past a member that does not convert records it there instead.
   */
  read(text: string, type: TypeRef, options: CodecOptions, errors?: SerializationException[]): unknown;
}
