/**
 * The only file that imports Express: it turns an Express request into HttpRequestData, runs the
 * pipeline, and writes the response back. Mount `stackportMiddleware` anywhere in an Express app.
 */
import express, { type RequestHandler } from 'express';
import type { AppHost } from './app-host.js';
import { serveNodeRequest } from './serve-node-request.js';

/**
 * Express middleware serving every Stackport route. It answers every request itself, errors too:
 * Express's own error page is HTML, with a stack trace outside production.
 */
export function stackportMiddleware(host: AppHost): RequestHandler {
  return (req, res) => { void serveNodeRequest(host, req, res, req.method.toUpperCase(), req.url); };
}

/** A ready Express app with the Stackport middleware at its root. */
export function createExpressApp(host: AppHost): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.use(stackportMiddleware(host));
  return app;
}
