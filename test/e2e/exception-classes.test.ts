/**
 * The exported `Exception` base and HttpError's .NET constructor shapes, in each dialect's error
 * shape: a subclass's errorCode is its class name, its status ServiceStack's exception table's.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ArgumentException, createHost, Dto, Exception, Handles, HttpError, Member, ResponseStatus, Returns, Route } from '../../src/index.js';
import { http, reasonPhrase } from '../support/http.js';

class OrderNotFound extends Exception {}
class OrderInvalid extends ArgumentException {}
class OrderGone extends OrderNotFound {}

/** What each case throws: the .NET constructor shapes side by side. */
const THROWN: Record<string, () => unknown> = {
  OrderNotFound: () => new OrderNotFound('Order 7 not found'),
  OrderGone: () => new OrderGone('Order 7 was deleted'),
  OrderInvalid: () => new OrderInvalid('Order 7 has no lines'),
  Exception: () => new Exception('Orders are closed'),
  HttpStatus: () => new HttpError(404),
  HttpStatusMessage: () => new HttpError(404, 'No order 7'),
  HttpStatusCodeMessage: () => new HttpError(409, 'OrderLocked', 'Order 7 is locked'),
};

@Dto({ namespace: 'Shop.ServiceModel' })
class FailResponse { @Member() ResponseStatus?: ResponseStatus; }
@Dto({ namespace: 'Shop.ServiceModel' }) @Route('/fail/{Case}') @Returns(() => FailResponse)
class Fail { @Member() Case?: string; }
@Dto({ namespace: 'Shop.ServiceModel', dialect: 'aspnet' }) @Route('/api/fail/{Case}')
class WebFail { @Member() Case?: string; }
@Dto({ namespace: 'shop.v1', dialect: 'gateway' }) @Route('/v1/fail/{Case}')
class GatewayFail { @Member() Case?: string; }

class FailService {
  @Handles(Fail) get(r: Fail): never { throw THROWN[r.Case!]!(); }
  @Handles(WebFail) get_web(r: WebFail): never { throw THROWN[r.Case!]!(); }
  @Handles(GatewayFail) get_gateway(r: GatewayFail): never { throw THROWN[r.Case!]!(); }
}

const api = http(createHost().register(new FailService()));

describe('Exception and HttpError in the ServiceStack dialect', () => {
  const table: [string, number, string, string][] = [
    ['OrderNotFound', 500, 'OrderNotFound', 'Order 7 not found'],
    ['OrderGone', 500, 'OrderGone', 'Order 7 was deleted'],
    ['OrderInvalid', 400, 'OrderInvalid', 'Order 7 has no lines'],
    ['Exception', 500, 'Exception', 'Orders are closed'],
    ['HttpStatus', 404, 'NotFound', 'NotFound'],
    ['HttpStatusMessage', 404, 'NotFound', 'No order 7'],
    ['HttpStatusCodeMessage', 409, 'OrderLocked', 'Order 7 is locked'],
  ];
  for (const [name, status, errorCode, message] of table) {
    it(`${name} → ${status} ${errorCode} "${message}"`, async () => {
      const res = await api.get(`/fail/${name}`);
      assert.equal(res.status, status, res.text);
      assert.equal(reasonPhrase(res), errorCode);
      assert.equal(res.text, `{"responseStatus":{"errorCode":"${errorCode}","message":"${message}","errors":[]}}`);
    });
  }
  it('an Exception subclass in XML and JSV', async () => {
    const xml = await api.get('/fail/OrderNotFound?format=xml');
    assert.match(xml.text, /<d2p1:ErrorCode>OrderNotFound<\/d2p1:ErrorCode><d2p1:Message>Order 7 not found<\/d2p1:Message>/);
    const jsv = await api.get('/fail/OrderNotFound?format=jsv');
    assert.match(jsv.text, /errorCode:OrderNotFound,message:Order 7 not found/);
  });
  it('every exception is an Exception, as in .NET', () => {
    assert.ok(new HttpError(400) instanceof Exception);
    assert.ok(new OrderInvalid('x') instanceof Exception);
  });
});

describe('Exception and HttpError in the ASP.NET dialect', () => {
  it('HttpError(status, message) answers its status and message', async () => {
    const res = await api.get('/api/fail/HttpStatusMessage');
    assert.equal(res.status, 404);
    assert.equal(res.text, '{"Message":"No order 7"}');
  });
  it('an Exception subclass is a 500 named by its class under the error-detail policy (a local request)', async () => {
    const res = await api.get('/api/fail/OrderNotFound');
    assert.equal(res.status, 500);
    const body = JSON.parse(res.text);
    assert.deepEqual([body.Message, body.ExceptionMessage, body.ExceptionType], ['An error has occurred.', 'Order 7 not found', 'OrderNotFound'], res.text);
  });
});

describe('Exception and HttpError in the gateway dialect', () => {
  const table: [string, number, number, string][] = [
    ['OrderNotFound', 500, 13, 'Order 7 not found'],
    ['OrderInvalid', 400, 3, 'Order 7 has no lines'],
    ['HttpStatusMessage', 404, 5, 'No order 7'],
    ['HttpStatusCodeMessage', 409, 6, 'Order 7 is locked'],
  ];
  for (const [name, status, code, message] of table) {
    it(`${name} → ${status} {code: ${code}}`, async () => {
      const res = await api.get(`/v1/fail/${name}`);
      assert.equal(res.status, status, res.text);
      assert.deepEqual(JSON.parse(res.text), { code, message });
    });
  }
});
