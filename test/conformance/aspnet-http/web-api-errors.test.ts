/**
 * Issue 25 item 5: HttpError bodies with Web API's members, over real HTTP on the WebRef port, in
 * JSON and XML — MessageDetail; an HttpResponseException's own content (none, or a negotiated
 * value); and under the error-detail policy ExceptionMessage, ExceptionType (the full .NET name),
 * StackTrace (frames only) and InnerException, nested.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HttpRequestData } from '../../../src/index.js';
import { includeErrorDetail } from '../../../src/framework/host/error-detail-policy.js';
import { http } from '../../support/http.js';
import { webRefApp } from './ref-app.js';

const main = http(webRefApp({ errorDetail: 'Never' }));
const detail = http(webRefApp({ errorDetail: 'Always' }));
const xmlText = (res: { text?: string; body?: unknown }): string => res.text ?? String(res.body);

describe('Web API HttpError members (issue 25 item 5)', () => {
  it('MessageDetail follows Message, in JSON and XML', async () => {
    const json = await main.get('/api/Errors/Teapot').set('Accept', 'application/json');
    assert.equal(json.status, 418);
    assert.equal(json.text, '{"Message":"I am a teapot","MessageDetail":"short and stout"}');
    const xml = await main.get('/api/Errors/Teapot').set('Accept', 'application/xml').buffer(true);
    assert.equal(xmlText(xml), '<Error><Message>I am a teapot</Message><MessageDetail>short and stout</MessageDetail></Error>');
  });

  it('an HttpResponseException without content answers its status alone: no body, no Content-Type', async () => {
    for (const accept of ['application/json', 'application/xml']) {
      const res = await main.get('/api/Items/404').set('Accept', accept);
      assert.equal(res.status, 404);
      assert.equal(res.headers['content-type'], undefined);
      assert.equal(res.text ?? '', '');
    }
  });

  it("an HttpResponseException carrying a string answers it negotiated: a JSON string, XML's <string>", async () => {
    const json = await main.get('/api/Items/418').set('Accept', 'application/json');
    assert.equal(json.status, 418);
    assert.equal(json.text, '"I am a teapot"');
    const xml = await main.get('/api/Items/418').set('Accept', 'application/xml').buffer(true);
    assert.equal(xmlText(xml), '<string xmlns="http://schemas.microsoft.com/2003/10/Serialization/">I am a teapot</string>');
  });

  it("any exception but an HttpError is a 500, not ServiceStack's 405/403: NotImplementedException, UnauthorizedAccessException (JSON and XML)", async () => {
    for (const action of ['NotImplemented', 'Unauthorized']) {
      const json = await main.get(`/api/Errors/${action}`).set('Accept', 'application/json');
      assert.equal(json.status, 500, `${action}: ${json.status} ${json.text}`);
      assert.equal(json.text, '{"Message":"An error has occurred."}');
      const xml = await main.get(`/api/Errors/${action}`).set('Accept', 'application/xml').buffer(true);
      assert.equal(xml.status, 500, `${action}: ${xml.status} ${xmlText(xml)}`);
      assert.equal(xmlText(xml), '<Error><Message>An error has occurred.</Message></Error>');
    }
  });

  it('under the error-detail policy that 500 carries the exception (JSON and XML)', async () => {
    const json = await detail.get('/api/Errors/Unauthorized').set('Accept', 'application/json');
    assert.equal(json.status, 500, `${json.status} ${json.text}`);
    const body = JSON.parse(json.text) as Record<string, unknown>;
    assert.deepEqual([body.Message, body.ExceptionMessage, body.ExceptionType], ['An error has occurred.', 'no access', 'System.UnauthorizedAccessException']);
    const xml = await detail.get('/api/Errors/NotImplemented').set('Accept', 'application/xml').buffer(true);
    assert.equal(xml.status, 500, `${xml.status} ${xmlText(xml)}`);
    assert.match(xmlText(xml), /^<Error><Message>An error has occurred\.<\/Message><ExceptionMessage>The method or operation is not implemented\.<\/ExceptionMessage><ExceptionType>System\.NotImplementedException<\/ExceptionType><StackTrace>/);
  });

  it('error detail off: a 500 says only "An error has occurred."', async () => {
    const json = await main.get('/api/Errors/ThrowInner').set('Accept', 'application/json');
    assert.equal(json.status, 500);
    assert.equal(json.text, '{"Message":"An error has occurred."}');
    const xml = await main.get('/api/Errors/ThrowInner').set('Accept', 'application/xml').buffer(true);
    assert.equal(xmlText(xml), '<Error><Message>An error has occurred.</Message></Error>');
  });

  it('error detail on: ExceptionMessage, the full .NET ExceptionType, StackTrace frames and the InnerException, nested (JSON)', async () => {
    const res = await detail.get('/api/Errors/ThrowInner').set('Accept', 'application/json');
    assert.equal(res.status, 500);
    const body = JSON.parse(res.text) as Record<string, unknown>;
    assert.deepEqual(Object.keys(body), ['Message', 'ExceptionMessage', 'ExceptionType', 'StackTrace', 'InnerException'], res.text);
    assert.equal(body.Message, 'An error has occurred.');
    assert.equal(body.ExceptionMessage, 'outer');
    assert.equal(body.ExceptionType, 'System.ApplicationException');
    assert.match(String(body.StackTrace), /^\s+at /, 'frames only, no "Type: message" line');
    const inner = body.InnerException as Record<string, unknown>;
    assert.deepEqual([inner.Message, inner.ExceptionMessage, inner.ExceptionType], ['An error has occurred.', 'inner', 'System.ArgumentException']);
  });

  it('error detail on, XML: the same members as elements, InnerException nested', async () => {
    const res = await detail.get('/api/Errors/Throw').set('Accept', 'application/xml').buffer(true);
    assert.equal(res.status, 500);
    assert.match(xmlText(res), /^<Error><Message>An error has occurred\.<\/Message><ExceptionMessage>kaboom<\/ExceptionMessage><ExceptionType>System\.InvalidOperationException<\/ExceptionType><StackTrace>\s+at [^<]+<\/StackTrace><\/Error>$/);
    const inner = await detail.get('/api/Errors/ThrowInner').set('Accept', 'application/xml').buffer(true);
    assert.match(xmlText(inner), /<\/StackTrace><InnerException><Message>An error has occurred\.<\/Message><ExceptionMessage>inner<\/ExceptionMessage><ExceptionType>System\.ArgumentException<\/ExceptionType><StackTrace>[^<]*<\/StackTrace><\/InnerException><\/Error>$/);
  });
});

describe('the error-detail policy, a host setting with Web API\'s three values (issue 25 item 5)', () => {
  const detailed = async (errorDetail?: 'LocalOnly' | 'Always' | 'Never'): Promise<boolean> => {
    const res = await http(webRefApp(errorDetail ? { errorDetail } : {})).get('/api/Errors/Throw').set('Accept', 'application/json');
    assert.equal(res.status, 500);
    return 'ExceptionMessage' in (JSON.parse(res.text) as object);
  };
  it('LocalOnly, the default, shows a loopback client the exception', async () => {
    assert.equal(await detailed(), true);
    assert.equal(await detailed('LocalOnly'), true);
  });
  it('Never hides it from a loopback client; Always shows it', async () => {
    assert.equal(await detailed('Never'), false);
    assert.equal(await detailed('Always'), true);
  });
  it('LocalOnly hides it from a remote client', () => {
    const from = (remoteAddress: string): HttpRequestData => ({ method: 'GET', url: '/', headers: {}, remoteAddress });
    assert.deepEqual(['127.0.0.1', '::1', '::ffff:127.0.0.1', '10.0.0.5', '::ffff:192.168.1.2'].map((a) => includeErrorDetail('LocalOnly', from(a))),
      [true, true, true, false, false]);
  });
});

describe("Web API's 415 and the formatter's exception it carries (issue 25 item 5)", () => {
  const post = (host: typeof main, accept: string) => host.post('/api/TwoFactor/CreateTwoFactorSmsOtp')
    .set('Content-Type', 'text/plain').set('Accept', accept).send('{"TwoFactorConfigurationId":3}').buffer(true);
  const MESSAGE = "The request entity's media type 'text/plain' is not supported for this resource.";
  const EXCEPTION = "No MediaTypeFormatter is available to read an object of type 'CreateTwoFactorSmsOtpRequest' from content with media type 'text/plain'.";
  it('error detail off: the message alone (JSON and XML)', async () => {
    const json = await post(main, 'application/json');
    assert.equal(json.status, 415, `${json.status} ${xmlText(json)}`);
    assert.equal(xmlText(json), JSON.stringify({ Message: MESSAGE }));
    const xml = await post(main, 'application/xml');
    assert.equal(xmlText(xml), `<Error><Message>${MESSAGE}</Message></Error>`);
  });
  it('error detail on: System.Net.Http.UnsupportedMediaTypeException follows the message (JSON and XML)', async () => {
    const json = await post(detail, 'application/json');
    assert.equal(json.status, 415, `${json.status} ${xmlText(json)}`);
    const body = JSON.parse(xmlText(json)) as Record<string, unknown>;
    assert.deepEqual(Object.keys(body), ['Message', 'ExceptionMessage', 'ExceptionType', 'StackTrace'], xmlText(json));
    assert.deepEqual([body.Message, body.ExceptionMessage, body.ExceptionType], [MESSAGE, EXCEPTION, 'System.Net.Http.UnsupportedMediaTypeException']);
    const xml = await post(detail, 'application/xml');
    assert.match(xmlText(xml), new RegExp(`^<Error><Message>${MESSAGE}</Message><ExceptionMessage>${EXCEPTION.replace(/[.()]/g, '\\$&')}</ExceptionMessage><ExceptionType>System\\.Net\\.Http\\.UnsupportedMediaTypeException</ExceptionType><StackTrace>\\s+at [^<]+</StackTrace></Error>$`));
  });
});
