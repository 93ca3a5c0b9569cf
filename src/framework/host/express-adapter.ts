/**
 * The only file that imports Express: it turns an Express request into HttpRequestData, runs the
 * pipeline, and writes the response back. Mount `stackportMiddleware` anywhere in an Express app.
 */
import express, { type RequestHandler } from 'express';
import type { AppHost } from './app-host.js';
import { readRequestBody } from './read-request-body.js';

/** Express middleware serving every Stackport route. */
export function stackportMiddleware(host: AppHost): RequestHandler {
  return (req, res, next) => {
    readRequestBody(req, host.config.maxBodyBytes)
      .then(({ body, tooLarge }) => host.handle({
        method: req.method.toUpperCase(), url: req.url, headers: req.headers, body, bodyTooLarge: tooLarge, remoteAddress: req.socket.remoteAddress,
      }))
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
