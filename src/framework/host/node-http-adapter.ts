/**
 * The standalone server: the same pipeline on plain `node:http`, without Express's per-request
 * overhead. Express remains the way to embed Stackport in an existing app.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AppHost } from './app-host.js';
import { readRequestBody } from './read-request-body.js';

export function nodeHttpHandler(host: AppHost): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    readRequestBody(req, host.config.maxBodyBytes)
      .then(({ body, tooLarge }) => host.handle({
        method: (req.method ?? 'GET').toUpperCase(), url: req.url ?? '/', headers: req.headers, body, bodyTooLarge: tooLarge, remoteAddress: req.socket.remoteAddress,
      }))
      .then((out) => {
        res.statusCode = out.status;
        if (out.statusText) res.statusMessage = out.statusText;
        for (const [k, v] of Object.entries(out.headers)) res.setHeader(k, v);
        res.end(out.body);
      })
      .catch((error: unknown) => {
        host.config.onError?.(error, undefined, { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers });
        if (!res.headersSent) { res.statusCode = 500; res.end(); } else res.destroy();
      });
  };
}

export function createNodeServer(host: AppHost): Server {
  return createServer(nodeHttpHandler(host));
}
