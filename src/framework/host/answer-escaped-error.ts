/**
 * The adapters' last resort. The pipeline answers every error it catches; what escapes it (a header
 * value Node refuses, an `onError` that throws, a bug in an error renderer) must still give the
 * client a 500 it can parse — never an empty body or Express's HTML page with a stack trace — and
 * must reach a log even when the app set no `onError`. The bodies are fixed text: whatever failed
 * may be the very format or renderer a richer answer would need.
 */
import type { ServerResponse } from 'node:http';
import { splitUrl } from '../binding/query-string.js';
import type { Dialect } from '../dto/dto-meta.js';
import type { AppHost } from './app-host.js';
import type { HttpRequestData } from './http-types.js';
import { matchRequest } from './match-request.js';

/** Each dialect's 500 as its clients parse it: ResponseStatus, Web API's HttpError, grpc-gateway's status. */
const BODIES: Record<Dialect, string> = {
  servicestack: JSON.stringify({ responseStatus: { errorCode: 'Exception', message: 'An error has occurred.', errors: [] } }),
  aspnet: JSON.stringify({ Message: 'An error has occurred.' }),
  gateway: JSON.stringify({ code: 13, message: 'Internal' }),
};

/** What a host without `onError` logs: the message and stack only — never the request, which may carry secrets. */
export function logError(error: unknown): void {
  console.error('Stackport: unhandled error:', error instanceof Error ? error.stack ?? error.message : String(error));
}

export function answerEscapedError(host: AppHost, res: ServerResponse, error: unknown, request: HttpRequestData): void {
  try {
    if (res.headersSent) throw error;
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    res.statusCode = 500;
    res.statusMessage = 'Internal Server Error';
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(BODIES[dialectOf(host, request)]);
  } catch {
    // Too late for a status line (or the socket is gone): cutting the connection tells the client.
    res.destroy();
  }
  try {
    (host.config.onError ?? logError)(error, undefined, request);
  } catch (secondary) {
    logError(secondary);
  }
}

/** The dialect of the route the request addressed, if matching it still works; else the host's. */
function dialectOf(host: AppHost, request: HttpRequestData): Dialect {
  try {
    return matchRequest(host, splitUrl(request.url).segments, request.method)?.op.dialect ?? host.config.dialect;
  } catch {
    return host.config.dialect;
  }
}
