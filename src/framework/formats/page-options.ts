/**
 * Codec options for a format that describes the request it answers (HTML links to the same
 * request in the other formats): the pipeline adds the request to the options it already has.
 */
import type { CodecOptions } from './codec-options.js';

export interface PageRequest {
  /** The operation's name, or undefined when the path matched none. */
  readonly operationName?: string | undefined;
  /** The request's path and query string, as received. */
  readonly url: string;
  /** The error status the page answers with (the error renderers set it), for its heading. */
  readonly status?: number;
}

/** The options an error page is written with: its status added when the format describes the request. */
export function withPageStatus(options: CodecOptions, status: number): CodecOptions {
  const page = (options as PageOptions).page;
  return page ? { ...options, page: { ...page, status } } as PageOptions : options;
}

export interface PageOptions extends CodecOptions {
  readonly page?: PageRequest;
}
