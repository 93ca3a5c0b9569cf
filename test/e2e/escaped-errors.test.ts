/**
 * Errors that escape the pipeline (library issue 17 item 3): both adapters, over a listening
 * socket, still answer a 500 whose body the route's clients parse — never an empty body or
 * Express's HTML error page — and the error reaches `onError`, or, without one, console.error
 * with its message and stack only (no request header, which may hold an access key).
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import {
  createExpressApp, createHost, createNodeServer, Dto, Handles, HttpResult, Member, Route, type AppHost, type HostConfigInput,
} from '../../src/index.js';

@Dto() @Route('/bad-header', 'GET')
class BadHeader { @Member() Name?: string; }
@Dto({ dialect: 'aspnet' }) @Route('/api/bad-header', 'GET')
class ApiBadHeader { @Member() Name?: string; }
@Dto() @Route('/boom', 'GET')
class Boom {}

class EscapeService {
  // Node refuses a header value with a line break: the answer fails after the pipeline built it.
  @Handles(BadHeader) get(r: BadHeader): HttpResult { return new HttpResult(r, { headers: { 'X-Trace': 'a\r\nInjected: yes' } }); }
  @Handles(ApiBadHeader) get_api(r: ApiBadHeader): HttpResult { return new HttpResult(r, { headers: { 'X-Trace': 'a\r\nInjected: yes' } }); }
  @Handles(Boom) get_boom(): never { throw new Error('service failed'); }
}

const SECRET = 'ak_live_5ecret_header_value';
const ADAPTERS: Record<string, (host: AppHost) => Server> = {
  'node:http': (host) => createNodeServer(host),
  express: (host) => createExpressApp(host).listen(0),
};

/** console.error's lines while `fn` runs. */
async function consoleErrors(fn: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => { seen.push(args.map(String).join(' ')); };
  try { await fn(); } finally { console.error = original; }
  return seen;
}

for (const [adapter, listen] of Object.entries(ADAPTERS)) {
  describe(`${adapter}: an error that escapes the pipeline`, () => {
    const servers: Server[] = [];
    const start = async (config: HostConfigInput = {}): Promise<string> => {
      const server = listen(createHost(config).register(new EscapeService()));
      servers.push(server);
      if (!server.listening) server.listen(0);
      await new Promise<void>((resolve) => { if (server.listening) resolve(); else server.once('listening', () => resolve()); });
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    };
    let base: string;
    before(async () => { base = await start(); });
    after(() => { for (const s of servers) s.close(); });

    it('ServiceStack route: 500 with a ResponseStatus JSON body, and console.error sees the message and stack, not the request', async () => {
      let res!: Response;
      let body = '';
      const logged = await consoleErrors(async () => {
        res = await fetch(`${base}/bad-header?Name=x`, { headers: { 'X-WsAccessKey': SECRET } });
        body = await res.text();
      });
      assert.equal(res.status, 500, body);
      assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
      assert.equal(res.headers.get('injected'), null);
      assert.deepEqual(JSON.parse(body), { responseStatus: { errorCode: 'Exception', message: 'An error has occurred.', errors: [] } });
      assert.equal(logged.length, 1, JSON.stringify(logged));
      assert.match(logged[0]!, /X-Trace/, logged[0]);
      assert.match(logged[0]!, /\n\s+at /, `no stack in: ${logged[0]}`);
      assert.ok(!logged[0]!.includes(SECRET), logged[0]);
    });

    it("ASP.NET route: 500 in Web API's HttpError shape", async () => {
      const res = await consoleErrors(async () => {
        const r = await fetch(`${base}/api/bad-header`, { headers: { Accept: 'application/json' } });
        assert.equal(r.status, 500);
        assert.deepEqual(await r.json(), { Message: 'An error has occurred.' });
      });
      assert.equal(res.length, 1, JSON.stringify(res));
    });

    it('with onError: it receives the error and nothing goes to console.error', async () => {
      const received: unknown[] = [];
      const url = await start({ onError: (e) => { received.push(e); } });
      const logged = await consoleErrors(async () => {
        const r = await fetch(`${url}/bad-header`);
        assert.equal(r.status, 500);
        assert.equal(JSON.parse(await r.text()).responseStatus.errorCode, 'Exception');
      });
      assert.deepEqual(logged, []);
      assert.equal(received.length, 1);
      assert.match(String((received[0] as Error).message), /X-Trace/);
    });

    it('an onError that throws: the client still gets its 500, and console.error sees the logger’s failure', async () => {
      const url = await start({ onError: () => { throw new Error('logger down'); } });
      const logged = await consoleErrors(async () => {
        const r = await fetch(`${url}/boom`);
        assert.equal(r.status, 500);
        assert.equal(JSON.parse(await r.text()).responseStatus.message, 'An error has occurred.');
      });
      assert.ok(logged.some((l) => l.includes('logger down')), JSON.stringify(logged));
    });
  });
}
