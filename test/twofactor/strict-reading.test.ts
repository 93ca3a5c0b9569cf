/**
 * The two-factor product reads its ServiceStack routes strictly (HostConfig.throwOnError on), where
 * the library follows ServiceStack's lenient default: a security service must not act on a
 * truncated body or on a member that did not parse.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { callerFor, SS, type Caller } from './support/factor-client.js';
import { DATABASES, type TestDatabase } from './support/test-databases.js';
import { startApp, testConfig, type RunningApp } from './support/test-app.js';

const sqlite = DATABASES.find((d) => d.kind === 'sqlite')!;

describe('strict reading on the product\'s ServiceStack routes', () => {
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
