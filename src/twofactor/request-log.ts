/**
 * A request's id in its log lines. The server (two-factor-server.ts) settles the id — the caller's
 * X-Request-Id when acceptable, otherwise a new one — and writes it back into the request's
 * headers, so everything that sees the request can log under it: services pass the logger from
 * `requestLog` down to what they call. (AsyncLocalStorage did this implicitly, but its promise
 * hooks cost every request about a tenth of its CPU on Node 20.)
 */
import { randomUUID } from 'node:crypto';
import type { HttpRequestData } from '../index.js';
import type { Logger } from './logger.js';

export const REQUEST_ID_HEADER = 'X-Request-Id';
/** What a caller may send as X-Request-Id: short, printable, nothing that could forge a log field. */
const ACCEPTED_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

/** The caller's X-Request-Id when it is acceptable, otherwise a new one. */
export function requestIdFrom(value: string | string[] | undefined): string {
  return acceptedId(value) ?? randomUUID();
}

/**
 * `log` with the request's id on every line. A request that did not come through the server (an
 * embedding app, a test) logs its id only if it carries an acceptable one.
 */
export function requestLog(log: Logger, request: HttpRequestData | undefined): Logger {
  const id = acceptedId(request?.headers['x-request-id']);
  return id !== undefined ? log.child({ requestId: id }) : log;
}

function acceptedId(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v !== undefined && ACCEPTED_ID.test(v) ? v : undefined;
}

/** A request's path without its query string, which may hold a legacy WsAccessKey: what logs record. */
export function pathOf(url: string): string {
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
}
