/**
 * The standalone server: the same pipeline on plain `node:http`, without Express's per-request
 * overhead. Express remains the way to embed Stackport in an existing app.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AppHost } from './app-host.js';
import { serveNodeRequest } from './serve-node-request.js';

export function nodeHttpHandler(host: AppHost): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => { void serveNodeRequest(host, req, res, (req.method ?? 'GET').toUpperCase(), req.url ?? '/'); };
}

export function createNodeServer(host: AppHost): Server {
  return createServer(nodeHttpHandler(host));
}
