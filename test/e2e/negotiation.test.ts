/** Response format selection (servicestack-wire.md §2; dialects.md §2.2 for Web API routes). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { helloHost } from '../fixtures/hello-app.js';
import { http } from '../support/http.js';

const api = http(helloHost().host);
const ct = async (req: Promise<{ headers: Record<string, string> }> | { then: unknown }): Promise<string> => ((await req) as { headers: Record<string, string> }).headers['content-type']!;

describe('negotiation', () => {
  it('?format= wins over everything', async () => {
    assert.equal(await ct(api.get('/hello/x?format=xml').set('Accept', 'application/json')), 'application/xml');
    assert.equal(await ct(api.get('/json/reply/Hello?format=jsv')), 'application/jsv');
    assert.equal(await ct(api.get('/hello/x?format=json.whatever')), 'application/json; charset=utf-8');
  });
  it('unknown ?format= values are ignored', async () => {
    assert.equal(await ct(api.get('/hello/x?format=yaml')), 'application/json; charset=utf-8');
  });
  it('a /{format}/ path prefix chooses the format', async () => {
    assert.equal(await ct(api.get('/jsv/reply/Hello')), 'application/jsv');
  });
  it('.ext suffix on custom routes', async () => {
    assert.equal(await ct(api.get('/hello/x.xml').set('Accept', 'application/json')), 'application/xml');
  });
  it('Accept lists, read in ServiceStack\'s preferred order', async () => {
    assert.equal(await ct(api.get('/hello/x').set('Accept', 'application/xml')), 'application/xml');
    assert.equal(await ct(api.get('/hello/x').set('Accept', 'application/jsv')), 'application/jsv');
    assert.equal(await ct(api.get('/hello/x').set('Accept', 'text/jsv')), 'application/jsv');
    // ServiceStack reads an Accept list in its own preferred order (JSON, XML, JSV), not by q-value.
    assert.equal(await ct(api.get('/hello/x').set('Accept', 'application/xml;q=0.5, application/jsv;q=0.9')), 'application/xml');
    assert.equal(await ct(api.get('/hello/x').set('Accept', '*/*, application/xml')), 'application/xml');
    assert.equal(await ct(api.get('/hello/x').set('Accept', 'text/html;q=0, application/xml')), 'application/xml');
  });
  it('Accept */* answers in the request Content-Type format', async () => {
    const res = await api.put('/users/1').set('Accept', '*/*').set('Content-Type', 'application/xml')
      .send('<UpdateUser xmlns="http://schemas.datacontract.org/2004/07/MyApp.ServiceModel"/>');
    assert.equal(res.headers['content-type'], 'application/xml');
  });
  it('no Accept → the default (JSON)', async () => {
    assert.equal(await ct(api.get('/hello/x').unset('Accept')), 'application/json; charset=utf-8');
  });
  it('?debug pretty-prints JSV as text/plain', async () => {
    const res = await api.get('/jsv/reply/Hello?name=x&debug');
    assert.equal(res.headers['content-type'], 'text/plain');
    assert.equal(res.text, '{\n\tresult: "Hello, x"\n}');
  });
});

describe('JSONP', () => {
  it('?callback wraps JSON as text/javascript', async () => {
    const res = await api.get('/hello/x?callback=cb');
    assert.equal(res.headers['content-type'], 'text/javascript');
    assert.equal(res.text, 'cb({"result":"Hello, x"})');
  });
  it('errors are wrapped with status 200', async () => {
    const res = await api.get('/json/reply/Nope?callback=cb');
    assert.equal(res.status, 200);
    assert.match(res.text, /^cb\(\{"responseStatus":\{"errorCode":"NotImplementedException"/);
  });
  it('unsafe callback names are ignored', async () => {
    const res = await api.get('/hello/x?callback=alert(1)');
    assert.equal(res.headers['content-type'], 'application/json; charset=utf-8');
  });
});

describe('?debug errors', () => {
  it('JSV errors are pretty-printed too', async () => {
    const res = await api.get('/jsv/reply/Throw?type=FormatException&message=bad&debug');
    assert.equal(res.status, 400);
    assert.equal(res.headers['content-type'], 'text/plain');
    assert.equal(res.text, '{\n\ttotal: 0,\n\tresponseStatus: \n\t{\n\t\terrorCode: FormatException,\n\t\tmessage: bad,\n\t\terrors: []\n\t}\n}');
  });
});
