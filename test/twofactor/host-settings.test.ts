/**
 * Host settings where the two-factor product departs from the library's ServiceStack defaults:
 * strict reading (HostConfig.throwOnError on; a security service must not act on a truncated body or
 * a member that did not parse), and its documented 405 for another verb on its ServiceStack routes
 * (HostConfig.notFound 'responseStatus', where the library answers ServiceStack's plain 404).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { callerFor, SS, type Caller } from './support/factor-client.js';
import { DATABASES, type TestDatabase } from './support/test-databases.js';
import { startApp, testConfig, type RunningApp } from './support/test-app.js';

const sqlite = DATABASES.find((d) => d.kind === 'sqlite')!;

describe('the product\'s ServiceStack routes', () => {
  let db: TestDatabase;
  let t: RunningApp;
  let c: Caller;
  before(async () => {
    db = await sqlite.create();
    t = await startApp(testConfig(db.url));
    c = await callerFor(t, '1');
  });
  after(async () => { await t?.stop(); await db?.drop(); });

  const BODIES: [string, string, string][] = [
    ['a truncated JSON body', 'application/json', '{"organisationId":"1","code":"123456",'],
    ['a JSON body cut inside a value', 'application/json', '{"organisationId":"1","code":"1234'],
  ];
  it('another verb → 405 with Allow and a ResponseStatus, not the plain 404', async () => {
    const res = await t.api.get(SS.verify).set(c.auth);
    assert.equal(res.status, 405, res.text);
    assert.equal(res.headers.allow, 'PUT');
    assert.equal(res.text, '{"responseStatus":{"errorCode":"MethodNotAllowed","message":"The requested resource does not support http method \'GET\'.","errors":[]}}');
  });
  it('the same request, whole, reaches the service (which judges the code)', async () => {
    const res = await t.api.put(SS.verify).set(c.auth).set('Content-Type', 'application/json').set('Accept', 'application/json').send('{"organisationId":"1","code":"123456"}');
    assert.notEqual(res.body.responseStatus?.errorCode, 'SerializationException', res.text);
  });
  for (const [what, contentType, body] of BODIES) {
    it(`${what} → 400 SerializationException, the code is not checked`, async () => {
      const res = await t.api.put(SS.verify).set(c.auth).set('Content-Type', contentType).set('Accept', 'application/json').send(body);
      assert.equal(res.status, 400, res.text);
      assert.equal(res.body.responseStatus?.errorCode, 'SerializationException', res.text);
    });
  }
});
