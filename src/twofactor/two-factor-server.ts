/**
 * The standalone HTTP server: the host's pipeline on plain node:http (no Express, whose per-request
 * cost was a large share of an OTP request), with a request id and one access-log line per request.
 * The access log records paths without query strings: those may hold a legacy WsAccessKey.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { nodeHttpHandler } from '../index.js';
import type { TwoFactorApp } from './app.js';
import { pathOf, REQUEST_ID_HEADER, requestIdFrom } from './request-log.js';

export function createTwoFactorServer(app: TwoFactorApp): Server {
  const handle = nodeHttpHandler(app.host);
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    const requestId = requestIdFrom(req.headers['x-request-id']);
    // The id everything below logs under (request-log.ts).
    req.headers['x-request-id'] = requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    res.once('finish', () => {
      app.log.info('http.request', {
        requestId, method: req.method, path: pathOf(req.url ?? '/'), status: res.statusCode, ms: Math.round((performance.now() - started) * 1000) / 1000,
      });
    });
    handle(req, res);
  });
}
