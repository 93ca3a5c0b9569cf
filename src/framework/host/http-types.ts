/** The transport-neutral request and response the pipeline works on; adapters convert to and from these. */
export interface HttpRequestData {
  /** The transport method, upper-case. */
  readonly method: string;
  /** Path and query as received, relative to where the host is mounted. */
  readonly url: string;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** Raw body; undefined when the request had none. */
  readonly body?: Buffer | undefined;
  /** The body exceeded the host's limit and was discarded (answered with 413). */
  readonly bodyTooLarge?: boolean | undefined;
  readonly remoteAddress?: string | undefined;
}

export interface HttpResponseData {
  status: number;
  /** Reason phrase; ServiceStack puts the errorCode here for service errors. */
  statusText?: string;
  headers: Record<string, string>;
  body: string | Buffer;
}

export function header(req: HttpRequestData, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
}
