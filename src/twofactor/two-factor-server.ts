/**
 * The standalone HTTP server: the host's pipeline on plain node:http (no Express, whose per-request
 * cost was a large share of an OTP request), with a request id and one access-log line per request.
 * The access log records paths without query strings: those may hold a legacy WsAccessKey.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { nodeHttpHandler } from '../index.js';
import type { TwoFactorApp } from './app.js';
import { requestIdFrom, runWithRequestId } from './request-context.js';

export const REQUEST_ID_HEADER = 'X-Request-Id';

export function createTwoFactorServer(app: TwoFactorApp): Server {
  const handle = nodeHttpHandler(app.host);
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    res.once('finish', () => {
      const url = req.url ?? '/';
      const q = url.indexOf('?');
      runWithRequestId(requestId, () => app.log.info('http.request', {
        method: req.method, path: q < 0 ? url : url.slice(0, q), status: res.statusCode, ms: Math.round((performance.now() - started) * 1000) / 1000,
      }));
    });
    runWithRequestId(requestId, () => handle(req, res));
  });
}
