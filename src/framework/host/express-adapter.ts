/**
 * The only file that imports Express: it turns an Express request into HttpRequestData (reading
 * the raw body up to the host's limit), runs the pipeline, and writes the response back.
 */
import express, { type Request, type RequestHandler } from 'express';
import type { AppHost } from './app-host.js';
import type { HttpRequestData } from './http-types.js';

/** Express middleware serving every Stackport route; mount it wherever the service should live. */
export function stackportMiddleware(host: AppHost): RequestHandler {
  return (req, res, next) => {
    readBody(req, host.config.maxBodyBytes)
      .then(({ body, tooLarge }) => host.handle(toRequestData(req, body, tooLarge)))
      .then((out) => {
        res.status(out.status);
        if (out.statusText) res.statusMessage = out.statusText;
        for (const [k, v] of Object.entries(out.headers)) res.setHeader(k, v);
        res.end(out.body);
      })
      .catch(next);
  };
}

/** A ready Express app with the Stackport middleware at its root. */
export function createExpressApp(host: AppHost): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.use(stackportMiddleware(host));
  return app;
}

function toRequestData(req: Request, body: Buffer | undefined, bodyTooLarge: boolean): HttpRequestData {
  return { method: req.method.toUpperCase(), url: req.url, headers: req.headers, body, bodyTooLarge, remoteAddress: req.socket.remoteAddress };
}

/** Reads the body; beyond the limit the rest is drained unbuffered and the pipeline answers 413. */
function readBody(req: Request, limit: number): Promise<{ body: Buffer | undefined; tooLarge: boolean }> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (req.headers['transfer-encoding'] === undefined && (declared === 0 || Number.isNaN(declared))) return Promise.resolve({ body: undefined, tooLarge: false });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) { over = true; chunks.length = 0; return; }
      if (!over) chunks.push(c);
    });
    req.on('end', () => resolve(over ? { body: undefined, tooLarge: true } : { body: Buffer.concat(chunks), tooLarge: false }));
    req.on('error', reject);
  });
}
