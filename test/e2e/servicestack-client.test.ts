/**
 * The real @servicestack/client JsonServiceClient against the test app on a listening port,
 * through both /json/reply/{Op} and /api/{Op} — as it would call a ServiceStack server: typed
 * calls, auto-batching (on a service answering HttpResult, and with a failing element), what a
 * JsvServiceClient asks of an ASP.NET-dialect route, unknown operations on every predefined route,
 * an unmatched path and an [Authenticate] operation without credentials.
 */
import { JsonApiClient, JsonServiceClient, type IReturn, type IReturnVoid } from '@servicestack/client';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createServer, type Server } from 'node:http';
import { SignJWT } from 'jose';
import { Authenticate, createExpressApp, Dto, Handles, Member, Returns, jwtBearerProvider } from '../../src/index.js';
import { addBatchItems, BatchItemResponse } from '../fixtures/dialects-app.js';
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

class BatchItemDto { id?: number; result?: string; responseStatus?: unknown; constructor(init?: Partial<BatchItemDto>) { Object.assign(this, init); } }
class BatchItem implements IReturn<BatchItemDto> {
  id?: number; fail?: boolean;
  constructor(init?: Partial<BatchItem>) { Object.assign(this, init); }
  getTypeName(): string { return 'BatchItem'; }
  getMethod(): string { return 'POST'; }
  createResponse(): BatchItemDto { return new BatchItemDto(); }
}
class NoSuchOperation implements IReturn<HelloResponse> {
  getTypeName(): string { return 'NoSuchOperation'; }
  getMethod(): string { return 'POST'; }
  createResponse(): HelloResponse { return new HelloResponse(); }
}
class Secured implements IReturn<HelloResponse> {
  getTypeName(): string { return 'Secured'; }
  getMethod(): string { return 'POST'; }
  createResponse(): HelloResponse { return new HelloResponse(); }
}

/** An [Authenticate] operation, judged by the framework's JWT provider. */
@Dto({ name: 'Secured', namespace: 'MyApp.ServiceModel' })
@Returns(() => BatchItemResponse)
@Authenticate()
class SecuredRequest { @Member() Name?: string; }
class SecuredService { @Handles(SecuredRequest) any(): BatchItemResponse { return new BatchItemResponse(); } }

const SECRET = 'servicestack-client-test-secret-0123456789';
const { host, service } = helloHost({ auth: { providers: [jwtBearerProvider({ secret: SECRET })] } });
const bearerToken = (): Promise<string> => new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('u1').setExpirationTime('5m')
  .sign(new TextEncoder().encode(SECRET));
addBatchItems(host).register(new SecuredService());
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
    it('sendAll on a service answering HttpResult gets each response', async () => {
      const results = await make().sendAll([new BatchItem({ id: 1 }), new BatchItem({ id: 2 })]);
      assert.deepEqual(results.map((r) => ({ ...r })), [{ id: 1, result: 'ok 1' }, { id: 2, result: 'ok 2' }]);
    });
    it('sendAll whose second element fails throws that element\'s error, naming its index', async () => {
      await assert.rejects(make().sendAll([new BatchItem({ id: 1 }), new BatchItem({ id: 2, fail: true }), new BatchItem({ id: 3 })]),
        (e: { responseStatus: { errorCode: string; message: string; meta: Record<string, string>; errors: { fieldName: string }[] } }) => {
          assert.equal(e.responseStatus.errorCode, 'ArgumentException');
          assert.equal(e.responseStatus.message, "Item 2 failed (Parameter 'Fail')");
          assert.equal(e.responseStatus.errors[0]?.fieldName, 'Fail');
          assert.deepEqual(e.responseStatus.meta, { AutoBatchIndex: '1' });
          return true;
        });
    });
    it('an unknown operation is a 405 NotImplementedException', async () => {
      await assert.rejects(make().post(new NoSuchOperation()), (e: { responseStatus: { errorCode: string } }) => {
        assert.equal(e.responseStatus.errorCode, 'NotImplementedException');
        return true;
      });
    });
    it('an [Authenticate] operation without credentials is refused (401)', async () => {
      await assert.rejects(make().post(new Secured()), (e: { responseStatus: { errorCode: string } }) => {
        assert.ok(['Unauthorized', '401'].includes(e.responseStatus.errorCode), e.responseStatus.errorCode);
        return true;
      });
    });
    it('with a bearer token the client is the caller', async () => {
      const client = make();
      client.bearerToken = await bearerToken();
      assert.ok(await client.post(new Secured()));
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

describe('what other ServiceStack clients see on the same host', () => {
  it('JsvServiceClient-style Accept: application/jsv on an ASP.NET-dialect route answers JSV', async () => {
    const res = await fetch(`${baseUrl}/api/web/batch-item`, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/jsv' }, body: '{"Id":4}' });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/jsv');
    assert.equal(await res.text(), '{Id:4,Result:ok 4}');
  });

  const PREDEFINED = ['/json/reply', '/json/oneway', '/xml/reply', '/xml/oneway', '/jsv/reply', '/jsv/oneway', '/api'];
  it('an unknown operation on every predefined route: 405 NotImplementedException in the route\'s format', async () => {
    for (const prefix of PREDEFINED) {
      const res = await fetch(`${baseUrl}${prefix}/NoSuchOperation`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      const body = await res.text();
      assert.equal(res.status, 405, `${prefix}: ${res.status} ${body}`);
      assert.match(body, /NotImplementedException/, `${prefix}: ${body}`);
    }
  });
  // ServiceStack 5.4 names the operation (corpus: "The operation 'NoSuchOp[]' does not exist for this service").
  it('…with ServiceStack\'s message naming the operation', async () => {
    const res = await fetch(`${baseUrl}/json/reply/NoSuchOperation`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    assert.equal(await res.text(), '{"responseStatus":{"errorCode":"NotImplementedException","message":"The operation \'NoSuchOperation\' does not exist for this service"}}');
  });

  it('an unmatched path is a 404 the client reports', async () => {
    await assert.rejects(new JsonServiceClient(baseUrl).get('/no/such/path'), (e: { responseStatus: { errorCode: string } }) => {
      assert.ok(['NotFound', '404'].includes(e.responseStatus.errorCode), e.responseStatus.errorCode);
      return true;
    });
  });
  // ServiceStack answers a plain `404` text/plain without a ResponseStatus.
  it('…as ServiceStack\'s plain 404 (the client makes errorCode "404")', async () => {
    await assert.rejects(new JsonServiceClient(baseUrl).get('/no/such/path'), (e: { responseStatus: { errorCode: string } }) => {
      assert.equal(e.responseStatus.errorCode, '404');
      return true;
    });
  });
  // ServiceStack's auth providers answer 401 with the challenge in WWW-Authenticate and an empty body.
  it('[Authenticate] without credentials: 401, WWW-Authenticate, empty body', async () => {
    const res = await fetch(`${baseUrl}/json/reply/Secured`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    assert.equal(res.status, 401);
    assert.ok(res.headers.get('www-authenticate'));
    assert.equal(await res.text(), '');
  });
});
