/** The README's "build your own service" example, verbatim, with its curls as requests. */
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Server } from 'node:http';
import { createExpressApp, createHost, Dto, Handles, Member, Returns, Route } from '../../src/index.js';
import { assertReadmeCurls } from './readme-curls.js';

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
  it('answers each curl as documented', () => assertReadmeCurls(base));
});
