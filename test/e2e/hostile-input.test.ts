/** Bad input of any kind → 4xx with a ResponseStatus; nothing crashes or pollutes prototypes. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { helloHost } from '../fixtures/hello-app.js';
import { http } from '../support/http.js';

const api = http(helloHost({ maxBodyBytes: 64 * 1024, throwOnError: true }).host);

/** A 4xx whose body (JSON, XML or JSV) carries a ResponseStatus with the errorCode. */
async function expect4xx(res: { status: number; text: string }, code = ''): Promise<void> {
  assert.ok(res.status >= 400 && res.status < 500, `${res.status} ${res.text.slice(0, 200)}`);
  assert.match(res.text, new RegExp(`("errorCode":"|<ErrorCode>|<d2p1:ErrorCode>|errorCode:)${code}`), res.text.slice(0, 300));
}

describe('hostile JSON', () => {
  const bodies: [string, string][] = [
    ['truncated', '{"name":"a"'], ['garbage', 'not json'], ['wrong type', '{"id":"abc"}'], ['array for object', '[1,2]'],
    ['int overflow', '{"id":99999999999}'], ['fraction for int', '{"id":1.5}'], ['deep nesting', '{"poco":'.repeat(5000) + '{}' + '}'.repeat(5000)],
    ['invalid utf-8', '\xff\xfe{"id":1}'], ['bool for list', '{"ids":true}'],
  ];
  // ServiceStack.Text reads an object into a string member as its raw JSON text, so that is not an error here.
  for (const [name, body] of bodies) {
    it(`${name} → 400 SerializationException`, async () => {
      const bytes = Buffer.from(body, name === 'invalid utf-8' ? 'latin1' : 'utf8');
      // serialize() keeps superagent from JSON-encoding the Buffer itself.
      const res = await api.post('/json/reply/AllTypes').set('Content-Type', 'application/json').serialize(() => bytes as unknown as string).send(bytes);
      await expect4xx(res, 'SerializationException');
    });
  }
  it('__proto__ and constructor keys never reach prototypes', async () => {
    const res = await api.post('/json/reply/AllTypes').set('Content-Type', 'application/json')
      .send('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"map":{"__proto__":"x"},"poco":{"__proto__":{"polluted":3}}}');
    assert.ok(res.status === 200 || res.status === 400, res.text);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined);
  });
  it('bodies over the limit → 413', async () => {
    const res = await api.post('/json/reply/AllTypes').set('Content-Type', 'application/json').send(`{"string":"${'x'.repeat(70 * 1024)}"}`);
    assert.equal(res.status, 413);
    assert.equal(res.body.responseStatus.errorCode, 'RequestEntityTooLarge');
  });
  it('the server still answers afterwards', async () => {
    assert.equal((await api.get('/hello/ok')).status, 200);
  });
});

describe('hostile XML and JSV bodies', () => {
  it('DOCTYPE / entities → 400', async () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><Hello xmlns="http://schemas.datacontract.org/2004/07/MyApp.ServiceModel"><Name>&lol2;</Name></Hello>';
    await expect4xx(await api.post('/xml/reply/Hello').set('Content-Type', 'application/xml').send(xml), 'SerializationException');
  });
  it('wrong root namespace → 400', async () => {
    await expect4xx(await api.post('/xml/reply/Hello').set('Content-Type', 'application/xml').send('<Hello xmlns="urn:wrong"><Name>x</Name></Hello>'), 'SerializationException');
  });
  it('unbalanced JSV → 400', async () => {
    await expect4xx(await api.post('/jsv/reply/AllTypes').set('Content-Type', 'text/jsv').send('{Poco:{Id:1'), 'SerializationException');
  });
});

describe('hostile query strings', () => {
  it('absurd query strings are bounded', async () => {
    const q = Array.from({ length: 1500 }, (_, i) => `k${i}=1`).join('&');
    const res = await api.get(`/json/reply/Hello?${q}&name=z`);
    assert.equal(res.status, 200);
  });
  it('__proto__ query keys are ignored', async () => {
    const res = await api.get('/json/reply/AllTypes?__proto__[polluted]=1&constructor=x');
    assert.equal(res.status, 200);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});
