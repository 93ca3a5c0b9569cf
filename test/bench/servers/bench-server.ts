/**
 * A server process for HTTP benchmarks: `node bench-server.js <kind> <port>`. Every server answers
 * `GET /hello/{name}` (a two-member DTO) and `GET /order/{id}` (the ~1 KB DTO of order-dto.ts):
 *  - `express-bare`: Express 5 returning the object via res.json (baseline), and a POST that parses
 *    and echoes a JSON body (the OTP-create baseline);
 *  - `stackport`: the full Stackport pipeline on the Express adapter;
 *  - `node-raw`: plain node:http writing JSON.stringify of the same object (baseline);
 *  - `stackport-node`: the full pipeline on the node:http adapter (JSON, XML or JSV by Accept);
 *  - `fastify`: Fastify 5 with a response schema (fast-json-stringify) (baseline);
 *  - `node-fxp-xml`: node:http writing the object with fast-xml-parser's XMLBuilder (baseline).
 * Prints "ready" once listening.
 */
import 'reflect-metadata';
import express from 'express';
import { XMLBuilder } from 'fast-xml-parser';
import Fastify from 'fastify';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createExpressApp, createHost, createNodeServer, Dto, Handles, Member, Returns, Route } from '../../../src/index.js';
import { BenchOrderService, plainOrder, plainOrderSchema } from './order-dto.js';

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
const host = (): ReturnType<typeof createHost> => createHost().register(new BenchService()).register(new BenchOrderService());
const hello = (name: string): object => ({ result: `Hello, ${name}`, count: 1 });

/** A plain node:http server answering both routes with `write(object)` as `contentType`. */
function nodeServer(contentType: string, write: (value: object) => string): void {
  createServer((req: IncomingMessage, res: ServerResponse) => {
    const [, route, arg] = (req.url ?? '').split('/');
    const body = write(route === 'order' ? plainOrder() : hello(decodeURIComponent(arg ?? '')));
    res.writeHead(200, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  }).listen(port, '127.0.0.1', ready);
}

const SERVERS: Record<string, () => void> = {
  'express-bare': () => {
    const app = express();
    app.disable('x-powered-by');
    app.disable('etag');
    app.get('/hello/:name', (req, res) => { res.json(hello(req.params.name)); });
    app.get('/order/:id', (_req, res) => { res.json(plainOrder()); });
    app.post('/echo', express.json(), (req, res) => { res.json(req.body); });
    app.listen(port, '127.0.0.1', ready);
  },
  'stackport': () => { createExpressApp(host()).listen(port, '127.0.0.1', ready); },
  'node-raw': () => nodeServer('application/json; charset=utf-8', (v) => JSON.stringify(v)),
  'stackport-node': () => { createNodeServer(host()).listen(port, '127.0.0.1', ready); },
  'fastify': () => {
    const app = Fastify({ logger: false });
    app.get('/hello/:name', (req) => hello((req.params as { name: string }).name));
    app.get('/order/:id', { schema: { response: { 200: plainOrderSchema } } }, () => plainOrder());
    app.listen({ port, host: '127.0.0.1' }).then(ready, (e: unknown) => { console.error(e); process.exit(1); });
  },
  'node-fxp-xml': () => {
    const builder = new XMLBuilder({ ignoreAttributes: false, arrayNodeName: 'item' });
    nodeServer('application/xml', (v) => builder.build({ BenchOrderResponse: v }) as string);
  },
};

const start = SERVERS[kind ?? ''];
if (!start) throw new Error(`unknown bench server ${kind}`);
start();
