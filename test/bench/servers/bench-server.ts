/**
 * A server process for HTTP benchmarks: `node bench-server.js <kind> <port>`.
 *  - `express-bare`: Express 5 with one handler returning the DTO via res.json (baseline), and a
 *    POST that parses and echoes a JSON body (the OTP-create baseline);
 *  - `stackport`: the same DTO through the full Stackport pipeline on the Express adapter;
 *  - `node-raw`: plain node:http writing JSON.stringify of the same object (baseline);
 *  - `stackport-node`: the full pipeline on the node:http adapter.
 * Prints "ready" once listening.
 */
import 'reflect-metadata';
import express from 'express';
import { createServer } from 'node:http';
import { createExpressApp, createHost, createNodeServer, Dto, Handles, Member, Returns, Route } from '../../../src/index.js';

@Dto({ namespace: 'Bench' })
class BenchResponse {
  @Member() Result?: string;
  @Member('int') Count?: number;
}

@Dto({ namespace: 'Bench' })
@Route('/hello/{Name}', 'GET')
@Returns(() => BenchResponse)
class BenchHello {
  @Member() Name?: string;
}

class BenchService {
  @Handles(BenchHello) get(req: BenchHello): BenchResponse {
    return Object.assign(new BenchResponse(), { Result: `Hello, ${req.Name}`, Count: 1 });
  }
}

const [kind, portText] = process.argv.slice(2);
const port = Number(portText);
const ready = (): void => console.log('ready');
const host = (): ReturnType<typeof createHost> => createHost().register(new BenchService());
if (kind === 'express-bare') {
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.get('/hello/:name', (req, res) => { res.json({ result: `Hello, ${req.params.name}`, count: 1 }); });
  app.post('/echo', express.json(), (req, res) => { res.json(req.body); });
  app.listen(port, '127.0.0.1', ready);
} else if (kind === 'node-raw') {
  createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '').split('/')[2] ?? '');
    const body = JSON.stringify({ result: `Hello, ${name}`, count: 1 });
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  }).listen(port, '127.0.0.1', ready);
} else if (kind === 'stackport-node') {
  createNodeServer(host()).listen(port, '127.0.0.1', ready);
} else {
  createExpressApp(host()).listen(port, '127.0.0.1', ready);
}
