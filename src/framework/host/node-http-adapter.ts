/**
 * The standalone server: the same pipeline on plain `node:http`, without Express's per-request
 * overhead. Express remains the way to embed Stackport in an existing app.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AppHost } from './app-host.js';
import { serveNodeRequest } from './serve-node-request.js';

export function nodeHttpHandler(host: AppHost): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    serveNodeRequest(host, req, res, (req.method ?? 'GET').toUpperCase(), req.url ?? '/').catch((error: unknown) => {
      host.config.onError?.(error, undefined, { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers });
      if (!res.headersSent) { res.statusCode = 500; res.end(); } else res.destroy();
    });
  };
}

export function createNodeServer(host: AppHost): Server {
  return createServer(nodeHttpHandler(host));
}
