/**
 * Host hardening over real sockets, on both adapters (Express and node:http): the verb a request
 * may act under (X-Http-Method-Override), who gets JSONP, empty batches before the request
 * filters, `nosniff` on every response, and client aborts reported apart from errors.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { addMetadataPages } from '../../metadata/metadata-feature.js';
import { createExpressApp, createNodeServer, HttpError, type AppHost, type HostConfig } from '../../src/index.js';
import { helloHost, type HelloService } from '../fixtures/hello-app.js';
import { PATIENCE_MS } from '../support/patience.js';

interface Served { host: AppHost; service: HelloService; aborts: string[]; errors: unknown[]; url: string; server: Server }

const ADAPTERS: Record<string, (host: AppHost) => Server> = {
  express: (host) => createServer(createExpressApp(host).set('env', 'test')),
  'node:http': (host) => createNodeServer(host),
};

/** The hello app with metadata pages, a filter that wants an Authorization header on `[]` batches' operation, and a raw handler that breaks outside the pipeline. */
async function serve(adapter: (host: AppHost) => Server): Promise<Served> {
  const aborts: string[] = [];
  const errors: unknown[] = [];
  const config: Partial<HostConfig> = {
    maxBodyBytes: 64, onError: (e) => errors.push(e), onClientAbort: (r) => aborts.push(`${r.method} ${r.url}`),
  };
  const { host, service } = helloHost(config);
  host.addRequestFilter((_dto, ctx, op) => {
    if (op.name === 'Hello' && ctx.header('authorization') === undefined && ctx.query.get('open') === undefined) throw HttpError.unauthorized('Not Authenticated');
  });
  // A header value Node refuses to write: the adapter fails after the pipeline answered.
  host.addRawHandler((_req, path) => (path === '/broken' ? { status: 200, headers: { 'X-Broken': 'a\nb' }, body: 'x' } : undefined));
  addMetadataPages(host);
  const server = adapter(host);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { host, service, aborts, errors, server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Sends the head of a POST with a body it never finishes, then drops the connection. */
function abortMidBody(url: string, path: string): Promise<void> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => {
      socket.write(`POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 60\r\n\r\n{"name":`, () => {
        socket.destroy();
        resolve();
      });
    });
    socket.on('error', reject);
  });
}

for (const [name, adapter] of Object.entries(ADAPTERS)) {
  describe(`host hardening on the ${name} adapter`, () => {
    let s: Served;
    let api: ReturnType<typeof request>;
    before(async () => {
      s = await serve(adapter);
      api = request(s.url);
    });
    after(() => new Promise<void>((r) => { s.server.closeAllConnections(); s.server.close(() => r()); }));

    describe('X-Http-Method-Override', () => {
      it('is honoured as a header on a POST', async () => {
        const res = await api.post('/users/5').set('X-Http-Method-Override', 'PUT').send({ name: 'n' });
        assert.equal(res.status, 200, res.text);
        assert.equal(res.headers['x-verb'], 'PUT');
      });
      it('is ignored in the query string, on POST and on GET', async () => {
        const post = await api.post('/users/6?X-Http-Method-Override=PUT').send({});
        assert.equal(post.status, 404, `POST + query override: ${post.status} ${post.text}`);
        assert.equal(post.headers['x-verb'], undefined);
        const get = await api.get('/users/6?X-Http-Method-Override=PUT');
        assert.equal(get.status, 404, `GET + query override: ${get.status} ${get.text}`);
      });
      it('never turns a GET into another verb, even as a header', async () => {
        const res = await api.get('/users/7').set('X-Http-Method-Override', 'PUT');
        assert.equal(res.status, 404, `${res.status} ${res.text}`);
        assert.equal(res.headers['x-verb'], undefined);
      });
    });

    describe('JSONP', () => {
      it('is refused on a POST, in the route\'s error shape, before the service runs', async () => {
        const res = await api.post('/hello?callback=cb&open').send({ name: 'p' });
        assert.equal(res.status, 400, res.text);
        assert.equal(res.headers['content-type'], 'application/json; charset=utf-8');
        assert.equal(res.text, '{"responseStatus":{"errorCode":"JsonpNotAllowed","message":"JSONP (?callback=) is only available on GET operations.","errors":[]}}');
      });
      it('is refused on a GET of an operation that is not a GET operation (an `any` method on a route open to every verb)', async () => {
        const calls = s.service.calls.length;
        const res = await api.get('/void/1?callback=cb');
        assert.equal(res.status, 400, `${res.status} ${res.text}`);
        assert.match(res.text, /"errorCode":"JsonpNotAllowed"/);
        assert.equal(s.service.calls.length, calls, 'the service did not run');
      });
    });

    describe('auto-batching', () => {
      it('an empty batch is judged by the request filters: 401, not 200 []', async () => {
        const res = await api.post('/json/reply/Hello[]').set('Content-Type', 'application/json').send('[]');
        assert.equal(res.status, 401, `${res.status} ${res.text}`);
        assert.equal(res.text, '{"responseStatus":{"errorCode":"Unauthorized","message":"Not Authenticated","errors":[]}}');
        const authorized = await api.post('/json/reply/Hello[]').set('Authorization', 'x').set('Content-Type', 'application/json').send('[]');
        assert.equal(authorized.status, 200);
        assert.equal(authorized.text, '[]');
      });
    });

    describe('X-Content-Type-Options: nosniff', () => {
      const WALK: [string, string, number][] = [
        ['GET', '/hello/x?open', 200],
        ['GET', '/hello/x?callback=cb&open', 200],
        ['GET', '/jsv/reply/Throw?type=<script>alert(1)</script>', 400],
        ['GET', '/files/%3Cscript%3E', 200],
        ['GET', '/types/csharp?IncludeTypes=<script>alert(1)</script>', 200],
        ['GET', '/types/typescript', 200],
        ['GET', '/metadata', 200],
        ['GET', '/json/metadata?op=Hello', 200],
        ['GET', '/openapi', 200],
        ['GET', '/no/such/thing', 404],
        ['GET', '/json/reply/NoSuchOp', 405],
        ['DELETE', '/hello', 404],
        ['POST', '/hello?callback=cb', 400],
        ['POST', '/validated', 400],
        ['GET', '/throw/TypeError', 500],
        ['OPTIONS', '/hello', 404],
        ['HEAD', '/void/1', 200],
        ['GET', '/broken', 500],
      ];
      for (const [verb, path, status] of WALK) {
        it(`${verb} ${path} → ${status}`, async () => {
          const req = request(s.url)[verb.toLowerCase() as 'get'](path);
          const res = path === '/validated' ? await req.send({}) : await req;
          assert.equal(res.status, status, `${verb} ${path}: ${res.status}`);
          assert.equal(res.headers['x-content-type-options'], 'nosniff', `${verb} ${path} (${res.status}): ${JSON.stringify(res.headers)}`);
        });
      }
      it('on a 413 (body over the limit)', async () => {
        const res = await api.post('/hello').set('Content-Type', 'application/json').send(JSON.stringify({ name: 'x'.repeat(200) }));
        assert.equal(res.status, 413);
        assert.equal(res.headers['x-content-type-options'], 'nosniff');
      });
    });

    describe('client aborts', () => {
      it('go to onClientAbort, not onError', async () => {
        const n = 20;
        const before = { aborts: s.aborts.length, errors: s.errors.length };
        await Promise.all(Array.from({ length: n }, () => abortMidBody(s.url, '/hello?open')));
        // The barrier: every abort reported one way or the other (a 10 s guard instead of hanging).
        const deadline = Date.now() + PATIENCE_MS;
        while (s.aborts.length + s.errors.length - before.aborts - before.errors < n && Date.now() < deadline) await new Promise((r) => setImmediate(r));
        const errors = s.errors.slice(before.errors).map((e) => (e as Error)?.message);
        assert.deepEqual(errors, [], `aborts reported as errors: ${errors.length}`);
        assert.equal(s.aborts.length - before.aborts, n, `aborts reported: ${s.aborts.length - before.aborts} of ${n}`);
        assert.equal(s.aborts.at(-1), 'POST /hello?open');
      });
    });
  });
}
