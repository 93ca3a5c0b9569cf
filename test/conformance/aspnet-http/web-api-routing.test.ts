/**
 * Issue 25 item 6 (the part done): a host whose dialect is `aspnet` mounts no ServiceStack
 * predefined `/api/{Op}` route unless it asks for one, so `api/…` paths answer Web API's 404, in
 * JSON and XML; a host that sets `apiSegment` (as the product does) keeps the route.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { http } from '../../support/http.js';
import { webRefApp } from './ref-app.js';

const text = (res: { text?: string; body?: unknown }): string => res.text ?? String(res.body);

describe('Web API routing: no predefined /api/{Op} in an aspnet host (issue 25 item 6)', () => {
  const api = http(webRefApp({ errorDetail: 'Never' }));
  it("GET /api/Nope answers Web API's 404 (JSON)", async () => {
    const res = await api.get('/api/Nope').set('Host', 'localhost:5961').set('Accept', 'application/json');
    assert.equal(res.status, 404);
    assert.equal(text(res), `{"Message":"No HTTP resource was found that matches the request URI 'http://localhost:5961/api/Nope'."}`);
  });
  it("GET /api/Nope answers Web API's 404 (XML)", async () => {
    const res = await api.get('/api/Nope').set('Host', 'localhost:5961').set('Accept', 'application/xml').buffer(true);
    assert.equal(res.status, 404);
    assert.equal(text(res), "<Error><Message>No HTTP resource was found that matches the request URI 'http://localhost:5961/api/Nope'.</Message></Error>");
  });
  it('an operation name under /api/ is no route of its own: /api/GetFixture is a 404', async () => {
    assert.equal((await api.get('/api/GetFixture')).status, 404);
    assert.equal((await api.get('/api/Types/Fixture')).status, 200);
  });
  it('a host that sets apiSegment keeps the predefined route', async () => {
    const res = await http(webRefApp({ apiSegment: 'api' })).get('/api/GetFixture').set('Accept', 'application/json');
    assert.equal(res.status, 200, text(res).slice(0, 200));
    assert.match(text(res), /^\{"Utc":"2024-01-02T03:04:05Z"/);
  });
});

describe("Web API routing: a wrong verb answers Web API's 405 with Allow (issue 25 item 6)", () => {
  const api = http(webRefApp({ errorDetail: 'Never' }));
  const cases: [string, string, string][] = [
    ['PUT', '/api/TwoFactor/CreateTwoFactorSmsOtp', 'POST'],
    ['GET', '/api/TwoFactor/VerifyTwoFactorSmsOtp', 'POST'],
    ['DELETE', '/api/Types/Fixture', 'GET'],
  ];
  for (const [verb, path, allow] of cases) {
    it(`${verb} ${path}: 405, Allow: ${allow}, in JSON and XML`, async () => {
      const json = await api[verb.toLowerCase() as 'get'](path).set('Accept', 'application/json');
      assert.equal(json.status, 405, `${json.status} ${text(json)}`);
      assert.equal(json.headers.allow, allow);
      assert.equal(json.headers['content-type'], 'application/json; charset=utf-8');
      assert.equal(text(json), `{"Message":"The requested resource does not support http method '${verb}'."}`);
      const xml = await api[verb.toLowerCase() as 'get'](path).set('Accept', 'application/xml').buffer(true);
      assert.equal(xml.status, 405, `${xml.status} ${text(xml)}`);
      assert.equal(xml.headers.allow, allow);
      assert.equal(text(xml), `<Error><Message>The requested resource does not support http method '${verb}'.</Message></Error>`);
    });
  }
});

describe('Web API convention routes: api/{controller}/{id}, the action chosen by verb (issue 25 item 6)', () => {
  const api = http(webRefApp({ errorDetail: 'Never' }));
  it('GET /api/Items is Get(), GET /api/Items/5 is Get(int id): the action that uses the most route values', async () => {
    assert.match(text(await api.get('/api/Items').set('Accept', 'application/json')), /^\[\{"Id":1,/);
    assert.equal(text(await api.get('/api/Items/5').set('Accept', 'application/json')), '{"Id":5,"Name":"item5","Price":9.90,"Tags":["t5"]}');
  });
  it('POST /api/Items/5 is Post(Item item), which ignores {id}; PUT and DELETE take it (204)', async () => {
    const post = await api.post('/api/Items/5').set('Content-Type', 'application/json').send('{"Id":7,"Name":"p"}');
    assert.equal(post.status, 201);
    assert.equal(post.headers.location, 'http://localhost/api/Items/7');
    assert.equal((await api.put('/api/Items/5').set('Content-Type', 'application/json').send('{"Name":"q"}')).status, 204);
    assert.equal((await api.delete('/api/Items/5')).status, 204);
  });
  it('{id} is the action parameter, converted as Web API converts it: 5.xml is no Int32 (no .ext mapping)', async () => {
    const res = await api.get('/api/Items/5.xml').set('Accept', 'application/xml').buffer(true);
    assert.equal(res.status, 400);
    assert.equal(text(res), "<Error><Message>The request is invalid.</Message><ModelState><id>The value '5.xml' is not valid for Int32.</id></ModelState></Error>");
  });
  it('another verb: 405, Allow naming the verbs of the actions that use the most route values (JSON, XML)', async () => {
    const options = await api.options('/api/Items/5').set('Accept', 'application/json');
    assert.equal(options.status, 405);
    assert.equal(options.headers.allow, 'GET, PUT, DELETE');
    assert.equal(text(options), `{"Message":"The requested resource does not support http method 'OPTIONS'."}`);
    const patch = await api.patch('/api/Items').set('Accept', 'application/xml').buffer(true);
    assert.equal(patch.status, 405);
    assert.equal(patch.headers.allow, 'GET, POST');
    assert.equal(text(patch), "<Error><Message>The requested resource does not support http method 'PATCH'.</Message></Error>");
  });
  it('a controller the route does not serve, or none at all: 404', async () => {
    assert.equal((await api.get('/api/Nope/5')).status, 404);
    assert.equal((await api.get('/api/Items/5/6')).status, 404);
  });
});
