/** The README's "build your own service" example, verbatim, with its curls as requests. */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Server } from 'node:http';
import { createExpressApp, createHost, Dto, Handles, Member, Returns, Route } from '../../src/index.js';

@Dto({ namespace: 'MyApp.ServiceModel' })
class HelloResponse { @Member() Result?: string; }

@Dto({ namespace: 'MyApp.ServiceModel' })
@Route('/hello/{Name}', 'GET')
@Returns(() => HelloResponse)
class Hello { @Member() Name?: string; }

class HelloService {
  @Handles(Hello) get(req: Hello) { return Object.assign(new HelloResponse(), { Result: `Hello, ${req.Name}` }); }
}

let server: Server;
let base: string;
before(async () => {
  server = createExpressApp(createHost().register(new HelloService())).listen(0);
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

describe('README example', () => {
  it('answers each curl as documented', async () => {
    assert.equal(await (await fetch(`${base}/hello/World`)).text(), '{"result":"Hello, World"}');
    assert.equal(await (await fetch(`${base}/hello/World?format=xml`)).text(),
      '<?xml version="1.0" encoding="utf-8"?><HelloResponse xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/MyApp.ServiceModel"><Result>Hello, World</Result></HelloResponse>');
    assert.equal(await (await fetch(`${base}/hello/World?format=jsv`)).text(), '{result:"Hello, World"}');
    assert.equal(await (await fetch(`${base}/json/reply/Hello?Name=World`)).text(), '{"result":"Hello, World"}');
  });
});
