/** Every route form of servicestack-wire.md §1 over real HTTP (supertest on the Express adapter). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { helloHost } from '../fixtures/hello-app.js';
import { http } from '../support/http.js';

const { host, service } = helloHost({ cors: { allowOrigin: '*', allowMethods: 'GET, POST, PUT, DELETE, PATCH, OPTIONS, HEAD', allowHeaders: 'Content-Type', allowCredentials: false, maxAge: 600 } });
const api = http(host);
const JSON_CT = 'application/json; charset=utf-8';

describe('predefined routes', () => {
  it('POST /json/reply/{Op} reads the body as JSON', async () => {
    const res = await api.post('/json/reply/Hello').set('Content-Type', 'application/json').send('{"name":"World"}');
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], JSON_CT);
    assert.equal(res.text, '{"result":"Hello, World"}');
  });
  it('operation names are case-insensitive', async () => {
    const res = await api.get('/json/reply/HELLO?name=x');
    assert.equal(res.text, '{"result":"Hello, x"}');
  });
  it('/json/oneway/{Op} executes and answers', async () => {
    const res = await api.post('/json/oneway/Hello').send({ name: 'o' });
    assert.equal(res.status, 200);
    assert.equal(res.text, '{"result":"Hello, o"}');
  });
  it('/xml/reply and /jsv/reply use their format for body and response', async () => {
    const xml = await api.get('/xml/reply/Hello?name=x');
    assert.equal(xml.headers['content-type'], 'application/xml');
    assert.match(xml.text, /^<\?xml version="1\.0" encoding="utf-8"\?><HelloResponse xmlns:i="http:\/\/www\.w3\.org\/2001\/XMLSchema-instance" xmlns="http:\/\/schemas\.datacontract\.org\/2004\/07\/MyApp\.ServiceModel"><ResponseStatus [^>]*i:nil="true" \/><Result>Hello, x<\/Result><\/HelloResponse>$/);
    const jsv = await api.post('/jsv/reply/Hello').set('Content-Type', 'text/jsv').send('{name:J}');
    assert.equal(jsv.headers['content-type'], 'application/jsv');
    assert.equal(jsv.text, '{result:"Hello, J"}');
  });
  it('/api/{Op} with .json/.xml/.jsv suffixes', async () => {
    assert.equal((await api.get('/api/Hello?name=a')).text, '{"result":"Hello, a"}');
    assert.equal((await api.get('/api/Hello.jsv?name=a')).text, '{result:"Hello, a"}');
    const xml = await api.get('/api/Hello.xml?name=a');
    assert.equal(xml.headers['content-type'], 'application/xml');
    assert.match(xml.text, /<Result>Hello, a<\/Result>/);
  });
  it('unknown operation → 405 NotImplementedException', async () => {
    for (const url of ['/json/reply/Nope', '/api/Nope']) {
      const res = await api.post(url).send({});
      assert.equal(res.status, 405);
      assert.equal(res.text, '{"responseStatus":{"errorCode":"NotImplementedException","message":"The operation \'Nope\' does not exist for this service"}}');
    }
  });
  it('auto-batched POST {Op}[] runs each request and counts them', async () => {
    for (const url of ['/json/reply/Hello[]', '/api/Hello[]']) {
      const res = await api.post(url).set('Content-Type', 'application/json').send('[{"name":"a"},{"name":"b"}]');
      assert.equal(res.status, 200);
      assert.equal(res.headers['x-autobatch-completed'], '2');
      assert.equal(res.text, '[{"result":"Hello, a"},{"result":"Hello, b"}]');
    }
  });
  it('a failing batch element stops the batch and names its index', async () => {
    const res = await api.post('/json/reply/Validated[]').set('Content-Type', 'application/json').send('[{"name":"a","age":3},{"name":"","age":3}]');
    assert.equal(res.status, 400);
    assert.equal(res.headers['x-autobatch-completed'], '1');
    assert.equal(res.body.responseStatus.meta.AutoBatchIndex, '1');
  });
  it('an empty batch is an empty array', async () => {
    const res = await api.post('/json/reply/Hello[]').set('Content-Type', 'application/json').send('[]');
    assert.equal(res.text, '[]');
  });
});

describe('custom routes', () => {
  it('template variables bind, with a format suffix stripped', async () => {
    assert.equal((await api.get('/hello/World')).text, '{"result":"Hello, World"}');
    const xml = await api.get('/hello/World.xml');
    assert.equal(xml.headers['content-type'], 'application/xml');
    assert.equal((await api.get('/hello/World.jsv')).text, '{result:"Hello, World"}');
  });
  it('wildcard variables keep slashes and extensions', async () => {
    const res = await api.get('/files/a/b/c.txt');
    assert.equal(res.text, 'file:a/b/c.txt');
    assert.equal(res.headers['content-type'], 'text/plain');
  });
  it('path and query override the body; body fills the rest', async () => {
    const res = await api.put('/users/5?Name=q').set('Content-Type', 'application/json').send('{"id":7,"name":"b","age":3}');
    assert.equal(res.text, '{"id":5,"name":"q","age":3}');
  });
  it('literal route beats a variable route', async () => {
    const res = await api.get('/users/2fa');
    assert.equal(res.status, 200);
    assert.equal(res.text, '{"id":0,"age":0}');
  });
  it('an X-Http-Method-Override header on a POST changes the verb for routing and dispatch', async () => {
    const res = await api.post('/users/5').set('X-Http-Method-Override', 'PUT').set('Content-Type', 'application/json').send('{"name":"n"}');
    assert.equal(res.status, 200);
    assert.equal(res.headers['x-verb'], 'PUT');
  });
  it('a path that matches only under other verbs → ServiceStack\'s plain 404', async () => {
    const res = await api.delete('/hello');
    assert.equal(res.status, 404);
    assert.equal(res.headers['content-type'], 'text/plain; charset=utf-8');
    assert.equal(res.text, '404');
    assert.equal(res.headers.allow, undefined);
  });
  it('a service without a method for the verb → 405 with ServiceStack\'s message', async () => {
    const res = await api.get('/only-post');
    assert.equal(res.status, 405);
    assert.equal(res.body.responseStatus.errorCode, 'NotImplementedException');
    assert.equal(res.body.responseStatus.message, 'Could not find method named Get(OnlyPost) or Any(OnlyPost) on Service HelloService');
  });
  it('unknown paths → 404 text/plain "404", whatever format was asked for', async () => {
    for (const url of ['/no/such/thing', '/no/such/thing?format=jsv', '/no/such/thing.xml']) {
      const res = await api.get(url).set('Accept', 'application/json');
      assert.equal(res.status, 404, url);
      assert.equal(res.headers['content-type'], 'text/plain; charset=utf-8', url);
      assert.equal(res.text, '404', url);
    }
  });
  it('notFound: \'responseStatus\' keeps the richer answers: a 404 ResponseStatus, and 405 with Allow for other verbs', async () => {
    const rich = http(helloHost({ notFound: 'responseStatus' }).host);
    const res = await rich.get('/no/such/thing');
    assert.equal(res.status, 404);
    assert.equal(res.text, '{"responseStatus":{"errorCode":"NotFound","message":"Handler for Request not found: /no/such/thing","errors":[]}}');
    const verb = await rich.delete('/hello');
    assert.equal(verb.status, 405);
    assert.equal(verb.headers.allow, 'POST');
    assert.equal(verb.body.responseStatus.errorCode, 'MethodNotAllowed');
  });
});

describe('results, HEAD, OPTIONS and global headers', () => {
  it('a void result → 204 with no body', async () => {
    const before = service.calls.length;
    const res = await api.post('/json/reply/DoNothing').send({ id: 3 });
    assert.equal(res.status, 204);
    assert.equal(res.text, '');
    assert.equal(res.headers['content-type'], undefined);
    assert.equal(service.calls.length, before + 1);
  });
  it('HEAD runs the service and sends no body', async () => {
    const res = await api.head('/void/4');
    assert.equal(res.status, 200);
    assert.equal(res.text, undefined);
  });
  it('OPTIONS is answered by CORS with its headers', async () => {
    const res = await api.options('/hello/x').set('Origin', 'http://a.example');
    assert.equal(res.status, 200);
    assert.equal(res.headers['access-control-allow-origin'], '*');
    assert.equal(res.headers['access-control-allow-methods'], 'GET, POST, PUT, DELETE, PATCH, OPTIONS, HEAD');
    assert.equal(res.headers['access-control-max-age'], '600');
  });
  it('every response carries Vary: Accept', async () => {
    assert.equal((await api.get('/hello/x')).headers.vary, 'Accept');
    assert.equal((await api.get('/json/reply/Nope')).headers.vary, 'Accept');
  });
  it('a generic-base request (seed 002 shape) binds inherited members', async () => {
    const res = await api.put('/tenant/echo').set('Content-Type', 'application/json').send('{"organisationId":"org1","extra":"x"}');
    assert.equal(res.text, '{"echo":"org1:x"}');
  });
});
