/**
 * The real @servicestack/client JsonServiceClient against the test app on a listening port,
 * through both /json/reply/{Op} and /api/{Op} — as it would call a ServiceStack server.
 */
import { JsonApiClient, JsonServiceClient, type IReturn, type IReturnVoid } from '@servicestack/client';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createServer, type Server } from 'node:http';
import { createExpressApp } from '../../src/index.js';
import { helloHost } from '../fixtures/hello-app.js';

// Client-side DTOs, as `npx typescript-ref` generates them.
class HelloResponse { result?: string; responseStatus?: unknown; constructor(init?: Partial<HelloResponse>) { Object.assign(this, init); } }
class Hello implements IReturn<HelloResponse> {
  name?: string;
  constructor(init?: Partial<Hello>) { Object.assign(this, init); }
  getTypeName(): string { return 'Hello'; }
  getMethod(): string { return 'POST'; }
  createResponse(): HelloResponse { return new HelloResponse(); }
}
class UpdateUser implements IReturn<UpdateUser> {
  id?: number; name?: string; age?: number;
  constructor(init?: Partial<UpdateUser>) { Object.assign(this, init); }
  getTypeName(): string { return 'UpdateUser'; }
  getMethod(): string { return 'PUT'; }
  createResponse(): UpdateUser { return new UpdateUser(); }
}
class DoNothing implements IReturnVoid {
  id?: number;
  constructor(init?: Partial<DoNothing>) { Object.assign(this, init); }
  getTypeName(): string { return 'DoNothing'; }
  getMethod(): string { return 'POST'; }
  createResponse(): void {}
}
class Validated implements IReturn<HelloResponse> {
  name?: string; age?: number; code?: string;
  constructor(init?: Partial<Validated>) { Object.assign(this, init); }
  getTypeName(): string { return 'Validated'; }
  getMethod(): string { return 'POST'; }
  createResponse(): HelloResponse { return new HelloResponse(); }
}
class Throw implements IReturn<HelloResponse> {
  type?: string; message?: string;
  constructor(init?: Partial<Throw>) { Object.assign(this, init); }
  getTypeName(): string { return 'Throw'; }
  getMethod(): string { return 'GET'; }
  createResponse(): HelloResponse { return new HelloResponse(); }
}

const { host, service } = helloHost();
let server: Server;
let baseUrl: string;

before(async () => {
  server = createServer(createExpressApp(host));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

for (const [label, make] of [
  ['JsonServiceClient (/json/reply)', () => new JsonServiceClient(baseUrl)],
  ['JsonApiClient (/api)', () => JsonApiClient.create(baseUrl)],
] as const) {
  describe(label, () => {
    it('get, post, put and delete return typed responses', async () => {
      const client = make();
      // The client returns the parsed JSON (it calls createResponse only to pick string/blob handling).
      const got = await client.get(new Hello({ name: 'get' }));
      assert.deepEqual(got, { result: 'Hello, get' });
      assert.equal((await client.post(new Hello({ name: 'post' }))).result, 'Hello, post');
      const put = await client.put(new UpdateUser({ id: 5, name: 'n', age: 2 }));
      assert.deepEqual({ ...put }, { id: 5, name: 'n', age: 2 });
      assert.equal((await client.delete(new Hello({ name: 'del' }))).result, 'Hello, del');
    });
    it('sendAll auto-batches', async () => {
      const results = await make().sendAll([new Hello({ name: 'a' }), new Hello({ name: 'b' })]);
      assert.deepEqual(results.map((r) => r.result), ['Hello, a', 'Hello, b']);
    });
    it('sendOneWay and void responses', async () => {
      const before = service.calls.length;
      await make().sendOneWay(new DoNothing({ id: 1 }));
      await make().post(new DoNothing({ id: 2 }) as unknown as IReturn<void>);
      assert.equal(service.calls.length, before + 2);
    });
    it('errors are thrown as ResponseStatus with errorCode, message and field errors', async () => {
      await assert.rejects(make().post(new Validated({ name: '', age: 0 })), (e: { responseStatus: { errorCode: string; message: string; errors: { fieldName: string; errorCode: string }[] } }) => {
        assert.equal(e.responseStatus.errorCode, 'NotEmpty');
        assert.equal(e.responseStatus.message, "'Name' must not be empty.");
        assert.deepEqual(e.responseStatus.errors.map((x) => `${x.fieldName}:${x.errorCode}`), ['Name:NotEmpty', 'Age:GreaterThanOrEqual']);
        return true;
      });
      await assert.rejects(make().get(new Throw({ type: 'NotFound', message: 'missing' })), (e: { responseStatus: { errorCode: string; message: string } }) => {
        assert.equal(e.responseStatus.errorCode, 'NotFound');
        assert.equal(e.responseStatus.message, 'missing');
        return true;
      });
    });
    it('api() wraps results and errors', async () => {
      const ok = await make().api(new Hello({ name: 'api' }));
      assert.ok(ok.succeeded);
      assert.equal(ok.response?.result, 'Hello, api');
      const bad = await make().api(new Validated({ name: '' , age: 3 }));
      assert.ok(bad.failed);
      assert.equal(bad.errorCode, 'NotEmpty');
    });
  });
}
