/** Error bodies, statuses and reason phrases (servicestack-wire.md §6) in every format. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { helloHost } from '../fixtures/hello-app.js';
import { http, reasonPhrase } from '../support/http.js';

const logged: unknown[] = [];
const api = http(helloHost({ onError: (e) => logged.push(e) }).host);
const debugApi = http(helloHost({ debug: true }).host);

describe('exception → status, errorCode, reason phrase', () => {
  const table: [string, number, string][] = [
    ['ArgumentException', 400, 'ArgumentException'], ['FormatException', 400, 'FormatException'],
    ['NotSupportedException', 405, 'NotSupportedException'], ['UnauthorizedAccessException', 403, 'UnauthorizedAccessException'],
    ['AuthenticationException', 401, 'AuthenticationException'], ['KeyNotFoundException', 500, 'KeyNotFoundException'],
    ['NotFound', 404, 'NotFound'], ['Conflict', 409, 'Conflict'],
  ];
  for (const [type, status, code] of table) {
    it(`${type} → ${status} ${code}`, async () => {
      const res = await api.get(`/throw/${type}?message=bad%20thing`);
      assert.equal(res.status, status);
      assert.equal(reasonPhrase(res), code);
      assert.equal(res.text, `{"total":0,"responseStatus":{"errorCode":"${code}","message":"bad thing","errors":[]}}`);
    });
  }
  it('ArgumentNullException adds a field error for its parameter', async () => {
    const res = await api.get('/throw/ArgumentNullException');
    assert.deepEqual(res.body.responseStatus.errors, [{ errorCode: 'ArgumentNullException', fieldName: 'Name', message: 'Value cannot be null.' }]);
  });
  it('errors that are not framework exceptions are 500 and keep their message out of the response', async () => {
    const res = await api.get('/throw/TypeError?message=secret%20detail');
    assert.equal(res.status, 500);
    assert.equal(res.body.responseStatus.errorCode, 'TypeError');
    assert.equal(res.body.responseStatus.message, 'An error has occurred.');
    assert.doesNotMatch(res.text, /secret/);
    assert.ok(logged.some((e) => (e as Error).message === 'secret detail'));
  });
  it('debug mode exposes the message and stack trace', async () => {
    const res = await debugApi.get('/throw/TypeError?message=detail');
    assert.equal(res.body.responseStatus.message, 'detail');
    assert.match(res.body.responseStatus.stackTrace, /TypeError: detail/);
  });
});

describe('which DTO carries ResponseStatus', () => {
  it('{Request}Response when it exists (even with other members)', async () => {
    const res = await api.get('/throw/NotFound');
    assert.match(res.text, /^\{"total":0,"responseStatus":/);
  });
  it('the IReturn<T> response when it has ResponseStatus', async () => {
    const res = await api.post('/json/reply/Validated').send({ name: '' , age: 5 });
    assert.match(res.text, /^\{"responseStatus":/);
  });
  it('ErrorResponse otherwise, in the ServiceStack types namespace for XML', async () => {
    const res = await api.get('/xml/reply/Nope');
    assert.equal(res.status, 405);
    assert.equal(res.text, '<?xml version="1.0" encoding="utf-8"?><ErrorResponse xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.servicestack.net/types"><ResponseStatus><ErrorCode>NotImplementedException</ErrorCode><Message>The operation \'Nope\' does not exist for this service</Message><StackTrace i:nil="true" /><Errors i:nil="true" /><Meta xmlns:d3p1="http://schemas.microsoft.com/2003/10/Serialization/Arrays" i:nil="true" /></ResponseStatus></ErrorResponse>');
  });
  it('the same error in JSV', async () => {
    const res = await api.get('/jsv/reply/Nope');
    assert.equal(res.headers['content-type'], 'application/jsv');
    assert.equal(res.text, "{responseStatus:{errorCode:NotImplementedException,message:The operation 'Nope' does not exist for this service}}");
  });
  it('a typed error in XML fills the response DTO', async () => {
    const res = await api.get('/throw/FormatException?format=xml');
    assert.equal(res.status, 400);
    assert.match(res.text, /^<\?xml version="1.0" encoding="utf-8"\?><ThrowResponse xmlns:i="http:\/\/www.w3.org\/2001\/XMLSchema-instance" xmlns="http:\/\/schemas.datacontract.org\/2004\/07\/MyApp.ServiceModel"><ResponseStatus xmlns:d2p1="http:\/\/schemas.servicestack.net\/types"><d2p1:ErrorCode>FormatException<\/d2p1:ErrorCode>/);
    assert.match(res.text, /<Total>0<\/Total><\/ThrowResponse>$/);
  });
});

describe('validation', () => {
  it('400 with the first failure as errorCode/message and every failure in errors[]', async () => {
    const res = await api.post('/json/reply/Validated').send({ name: '', age: 0, code: 'toolong' });
    assert.equal(res.status, 400);
    assert.equal(reasonPhrase(res), 'NotEmpty');
    const rs = res.body.responseStatus;
    assert.equal(rs.errorCode, 'NotEmpty');
    assert.equal(rs.message, "'Name' must not be empty.");
    assert.deepEqual(rs.errors.map((e: { errorCode: string; fieldName: string }) => `${e.errorCode}:${e.fieldName}`),
      ['NotEmpty:Name', 'GreaterThanOrEqual:Age', 'MaximumLength:Code']);
    assert.deepEqual(rs.errors[0].meta, { PropertyName: 'Name' });
  });
  it('valid requests pass', async () => {
    const res = await api.post('/json/reply/Validated').send({ name: 'ok', age: 30 });
    assert.equal(res.status, 200);
    assert.equal(res.body.result, 'ok');
  });
});
