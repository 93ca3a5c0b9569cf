/**
 * `@Returns` with collection and primitive types (library issue 17 item 1): a service returning a
 * plain array, record or number is written as the declared `IReturn<T>` in every format, alone and
 * in auto-batch, in both dialects.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shopHost } from '../fixtures/shop-app.js';
import { http, text } from '../support/http.js';

const api = http(shopHost());

describe('@Returns with collections and primitives', () => {
  /** Each format's exact body (or its pattern, for XML's namespaces) of every declared type. */
  const WRITTEN: Record<string, [path: string, body: string | RegExp][]> = {
    json: [
      ['/orders?Count=2', '[{"id":1,"name":"o1"},{"id":2,"name":"o2"}]'],
      ['/orders?Count=0', '[]'],
      ['/names', '["a","b"]'],
      ['/stock', '{"apple":3,"pear":0}'],
      ['/ids', '[3,1,2]'],
      ['/count', '7'],
    ],
    xml: [
      ['/orders?Count=1', /^<\?xml[^>]*><ArrayOfOrder xmlns:i="http:\/\/www.w3.org\/2001\/XMLSchema-instance" xmlns="http:\/\/schemas.datacontract.org\/2004\/07\/Shop.ServiceModel"><Order><Id>1<\/Id><Name>o1<\/Name><\/Order><\/ArrayOfOrder>$/],
      ['/names', /<ArrayOfstring [^>]*xmlns="http:\/\/schemas.microsoft.com\/2003\/10\/Serialization\/Arrays"[^>]*><string>a<\/string><string>b<\/string><\/ArrayOfstring>$/],
      ['/stock', /<ArrayOfKeyValueOfstringint [^>]*><KeyValueOfstringint><Key>apple<\/Key><Value>3<\/Value><\/KeyValueOfstringint>/],
      ['/ids', /<ArrayOfint [^>]*><int>3<\/int><int>1<\/int><int>2<\/int><\/ArrayOfint>$/],
      ['/count', /<long [^>]*>7<\/long>$/],
    ],
    jsv: [
      ['/orders?Count=2', '[{id:1,name:o1},{id:2,name:o2}]'],
      ['/names', '[a,b]'],
      ['/stock', '{apple:3,pear:0}'],
      ['/ids', '[3,1,2]'],
      ['/count', '7'],
    ],
  };
  for (const [format, cases] of Object.entries(WRITTEN)) {
    it(`${format}: List<Order>, List<string>, Dictionary<string,int>, int[], long as .NET writes them`, async () => {
      for (const [path, body] of cases) {
        const res = await api.get(`${path}${path.includes('?') ? '&' : '?'}format=${format}`);
        assert.equal(res.status, 200, `${path}: ${res.status} ${text(res)}`);
        if (typeof body === 'string') assert.equal(text(res), body, path);
        else assert.match(text(res), body, path);
      }
    });
  }

  it('auto-batch: each result is written as the declared type', async () => {
    const res = await api.post('/json/reply/GetOrders[]').set('Content-Type', 'application/json').send('[{"Count":1},{"Count":0}]');
    assert.equal(res.status, 200, text(res));
    assert.equal(text(res), '[[{"id":1,"name":"o1"}],[]]');
    const ids = await api.post('/json/reply/GetIds[]').set('Content-Type', 'application/json').send('[{},{}]');
    assert.equal(ids.status, 200, text(ids));
    assert.equal(text(ids), '[[3,1,2],[3,1,2]]');
  });

  it('aspnet dialect: string[] negotiated in JSON and XML', async () => {
    const json = await api.get('/api/names').set('Accept', 'application/json');
    assert.equal(json.status, 200, text(json));
    assert.equal(text(json), '["x","y"]');
    const xml = await api.get('/api/names').set('Accept', 'application/xml');
    assert.equal(xml.status, 200, text(xml));
    assert.match(text(xml), /<ArrayOfstring [^>]*><string>x<\/string><string>y<\/string><\/ArrayOfstring>$/);
  });
});
