/** Binding sources and precedence (servicestack-wire.md §1.3–1.5) over HTTP. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { helloHost } from '../fixtures/hello-app.js';
import { http } from '../support/http.js';

const api = http(helloHost().host);

describe('query string binding', () => {
  it('types every value by the member\'s .NET type, keys case-insensitive', async () => {
    const res = await api.get('/json/reply/AllTypes?ID=01&long=9007199254740993&double=1.5&bool=true,false&char=x&guid=3698B76FA5C04B04B579BC084019FB95&color=Blue&perms=Read,%20Write&ids=1,2,3&tags=[a,b]&timespan=PT1H&datetime=2024-03-05&map={a:1,b:2}&poco={Id:3,Name:x}&pocos=[{Id:1},{Id:2}]');
    assert.equal(res.status, 200, res.text);
    const b = res.body;
    assert.equal(b.id, 1);
    assert.equal(b.double, 1.5);
    assert.equal(b.bool, true);
    assert.equal(b.char, 'x');
    assert.equal(b.guid, '3698b76fa5c04b04b579bc084019fb95');
    assert.equal(b.color, 'Blue');
    assert.equal(b.perms, 3);
    assert.deepEqual(b.ids, [1, 2, 3]);
    assert.deepEqual(b.tags, ['a', 'b']);
    assert.equal(b.timeSpan, 'PT1H');
    assert.deepEqual(b.map, { a: '1', b: '2' });
    assert.deepEqual(b.poco, { id: 3, name: 'x' });
    assert.deepEqual(b.pocos, [{ id: 1 }, { id: 2 }]);
    assert.match(res.text, /"long":9007199254740993/);
  });
  it('strings are taken raw, empty values skipped', async () => {
    const res = await api.get('/json/reply/AllTypes?String=%22a%22&Id=');
    assert.equal(res.body.string, '"a"');
    assert.equal(res.body.id, 0);
  });
  it('repeated keys join with commas', async () => {
    const res = await api.get('/json/reply/AllTypes?Ids=1&Ids=2');
    assert.deepEqual(res.body.ids, [1, 2]);
  });
  it('bad values → 400 SerializationException with one field error each', async () => {
    const res = await api.get('/json/reply/AllTypes?Id=abc&Guid=nope&Name=fine');
    assert.equal(res.status, 400);
    const rs = res.body.responseStatus;
    assert.equal(rs.errorCode, 'SerializationException');
    assert.equal(rs.message, "Unable to bind to request 'AllTypes'");
    assert.deepEqual(rs.errors.map((e: { fieldName: string }) => e.fieldName), ['Id', 'Guid']);
    assert.equal(rs.errors[0].message, "'abc' is an Invalid value for 'Id'");
  });
  it('reserved keys (format, debug, callback) are never bound', async () => {
    const res = await api.get('/json/reply/Hello?name=x&format=json');
    assert.equal(res.body.result, 'Hello, x');
  });
});

describe('form bodies', () => {
  it('urlencoded fields override the query string', async () => {
    const res = await api.post('/json/reply/Hello?name=q').type('form').send('name=form');
    assert.equal(res.body.result, 'Hello, form');
  });
  it('multipart form fields bind', async () => {
    const res = await api.post('/json/reply/AllTypes').field('Id', '7').field('String', 'multi');
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.id, 7);
    assert.equal(res.body.string, 'multi');
  });
  it('custom routes bind form fields over path and query', async () => {
    const res = await api.put('/users/5?Name=q').type('form').send('Name=f&Age=4');
    assert.deepEqual(res.body, { id: 5, name: 'f', age: 4 });
  });
});

describe('body vs query on predefined routes', () => {
  it('the body wins; the query only fills unset members', async () => {
    const res = await api.post('/json/reply/AllTypes?Id=9&String=q').set('Content-Type', 'application/json').send('{"id":1}');
    assert.equal(res.body.id, 1);
    assert.equal(res.body.string, 'q');
  });
  it('the body is read with the route\'s format whatever the Content-Type says', async () => {
    const res = await api.post('/jsv/reply/Hello').set('Content-Type', 'application/json').send('{name:jsv}');
    assert.equal(res.text, '{result:"Hello, jsv"}');
  });
  it('an empty body gives an empty DTO', async () => {
    const res = await api.post('/json/reply/Hello').set('Content-Type', 'application/json').send('');
    assert.equal(res.body.result, 'Hello, World');
  });
  it('custom routes read the body by Content-Type: XML and JSV', async () => {
    const xml = '<UpdateUser xmlns="http://schemas.datacontract.org/2004/07/MyApp.ServiceModel"><Age>3</Age><Name>x</Name></UpdateUser>';
    const r1 = await api.put('/users/5').set('Content-Type', 'application/xml').send(xml);
    assert.deepEqual(r1.body, { id: 5, name: 'x', age: 3 });
    const r2 = await api.put('/users/5').set('Content-Type', 'text/jsv').send('{Name:j,Age:2}');
    assert.deepEqual(r2.body, { id: 5, name: 'j', age: 2 });
  });
});
