/**
 * Request filters that answer (an HttpResult or a DTO) instead of throwing, and response filters,
 * global and per operation, over HTTP in JSON, XML and JSV, in auto-batches and over SOAP.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addSoapEndpoints, createHost, Dto, Handles, HttpError, HttpResult, Member, Returns, Route } from '../../src/index.js';
import { http } from '../support/http.js';

const NS = 'Shop.ServiceModel';

@Dto({ namespace: NS })
class ProductResponse { @Member('int') Id?: number; @Member() Name?: string; @Member() Source?: string; }

@Dto({ namespace: NS }) @Route('/products/{Id}') @Returns(() => ProductResponse)
class GetProduct { @Member('int') Id?: number; }

@Dto({ namespace: NS }) @Route('/stock/{Id}') @Returns(() => ProductResponse)
class GetStock { @Member('int') Id?: number; }

const ran: string[] = [];
class ShopService {
  @Handles(GetProduct) any(r: GetProduct): ProductResponse { ran.push(`GetProduct ${r.Id}`); return product(r.Id!, 'service'); }
  @Handles(GetStock) get(r: GetStock): ProductResponse { ran.push(`GetStock ${r.Id}`); return product(r.Id!, 'service'); }
}
const product = (id: number, source: string): ProductResponse => Object.assign(new ProductResponse(), { Id: id, Name: `Product ${id}`, Source: source });

const host = createHost({ serviceName: 'Shop' }).register(new ShopService())
  // Global: a client without an API version is told so with a 400 DTO of the operation's type, not an exception.
  .addRequestFilter((_req, ctx) => (ctx.header('x-api-version') === 'none' ? new HttpResult(product(0, 'version filter'), { status: 400, headers: { 'X-Api-Version': '2' } }) : undefined))
  .addRequestFilter((_req, ctx) => { if (ctx.header('x-deny') !== undefined) throw HttpError.forbidden('Denied'); })
  // Per operation: product 42 is answered from a cache, the service never runs.
  .addRequestFilter(GetProduct, (req) => (req?.Id === 42 ? product(42, 'cache') : undefined))
  .addResponseFilter((_res, _req, ctx) => { ctx.responseHeaders['X-Served-By'] = 'Shop'; })
  .addResponseFilter(GetStock, (res, req) => new HttpResult(res, { headers: { 'Cache-Control': 'max-age=60', ETag: `"stock-${req?.Id}"` } }));
addSoapEndpoints(host);
const api = http(host);

describe('request filters that answer', () => {
  it('a per-operation filter answers with a DTO: the service does not run, every format writes it', async () => {
    ran.length = 0;
    assert.equal((await api.get('/products/42')).text, '{"id":42,"name":"Product 42","source":"cache"}');
    assert.match((await api.get('/products/42?format=xml')).text, /<Id>42<\/Id><Name>Product 42<\/Name><Source>cache<\/Source>/);
    assert.equal((await api.get('/products/42?format=jsv')).text, '{id:42,name:Product 42,source:cache}');
    assert.deepEqual(ran, []);
  });
  it('the per-operation filter leaves other requests and operations to their services', async () => {
    ran.length = 0;
    assert.equal((await api.get('/products/7')).body.source, 'service');
    assert.equal((await api.get('/stock/42')).body.source, 'service');
    assert.deepEqual(ran, ['GetProduct 7', 'GetStock 42']);
  });
  it('a global filter answers with an HttpResult: its status, headers and body', async () => {
    ran.length = 0;
    const res = await api.get('/stock/1').set('X-Api-Version', 'none');
    assert.equal(res.status, 400);
    assert.equal(res.headers['x-api-version'], '2');
    assert.equal(res.text, '{"id":0,"name":"Product 0","source":"version filter"}');
    assert.deepEqual(ran, []);
  });
  it('global filters judge the request before the operation\'s own can answer', async () => {
    const res = await api.get('/products/42').set('X-Deny', '1');
    assert.equal(res.status, 403);
    assert.equal(res.body.responseStatus.errorCode, 'Forbidden');
  });
  it('in an auto-batch, a filter answers for its element only', async () => {
    ran.length = 0;
    const res = await api.post('/json/reply/GetProduct[]').send([{ id: 42 }, { id: 5 }]);
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.body.map((p: { source: string }) => p.source), ['cache', 'service']);
    assert.deepEqual(ran, ['GetProduct 5']);
  });
  it('an empty auto-batch is judged by the filters too, and answered by them', async () => {
    const res = await api.post('/json/reply/GetProduct[]').set('X-Api-Version', 'none').send([]);
    assert.equal(res.status, 400);
    assert.equal(res.text, '{"id":0,"name":"Product 0","source":"version filter"}');
  });
  it('over SOAP, the filter\'s answer is the reply and the service does not run', async () => {
    ran.length = 0;
    const res = await api.post('/soap11').set('Content-Type', 'text/xml; charset=utf-8').set('SOAPAction', '"GetProduct"')
      .send(`<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><GetProduct xmlns="http://schemas.datacontract.org/2004/07/${NS}"><Id>42</Id></GetProduct></s:Body></s:Envelope>`);
    assert.match(res.text, /<Source>cache<\/Source>/, res.text);
    assert.deepEqual(ran, []);
  });
});

describe('response filters', () => {
  it('a global response filter adds a header to every operation\'s response', async () => {
    assert.equal((await api.get('/products/7')).headers['x-served-by'], 'Shop');
    assert.equal((await api.get('/stock/7?format=xml')).headers['x-served-by'], 'Shop');
  });
  it('a per-operation response filter wraps its response with caching headers, in every format', async () => {
    for (const format of ['json', 'xml', 'jsv']) {
      const res = await api.get(`/stock/9?format=${format}`);
      assert.equal(res.status, 200);
      assert.equal(res.headers['cache-control'], 'max-age=60', format);
      assert.equal(res.headers['etag'], '"stock-9"', format);
      assert.match(res.text, /Product 9/, format);
    }
    assert.equal((await api.get('/products/9')).headers['cache-control'], undefined);
  });
  it('no response filter runs on a request filter\'s answer', async () => {
    assert.equal((await api.get('/products/42')).headers['x-served-by'], undefined);
  });
});

describe('a filter that returns something that is not an answer', () => {
  const careless = createHost().register(new ShopService())
    .addRequestFilter((_req, ctx) => ctx.items.set('seen', true));
  const carelessApi = http(careless);
  it('is refused with a 500 naming the mistake, not sent as the response or ignored', async () => {
    ran.length = 0;
    const res = await carelessApi.get('/products/7');
    assert.equal(res.status, 500);
    assert.equal(res.body.responseStatus.errorCode, 'InvalidOperationException');
    assert.equal(res.body.responseStatus.message, 'A request filter of GetProduct returned a Map: return an HttpResult, a DTO or nothing.');
    assert.deepEqual(ran, []);
  });
});
