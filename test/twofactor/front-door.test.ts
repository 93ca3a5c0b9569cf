/**
 * Issue 18 item 3: the product's front door. `GET /` in a browser is a small page naming the
 * service and linking to its documentation and health endpoints, every link answering 200; as
 * JSON it is a small index of the same links; it never shows an operation, setting or secret.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DATABASES, type TestDatabase } from './support/test-databases.js';
import { startApp, testConfig, type RunningApp } from './support/test-app.js';

const CHROME = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8';
const LINKS = { metadata: '/metadata', help: '/Help', openapi: '/openapi/ui', types: '/types', live: '/health/live', ready: '/health/ready' };
const target = DATABASES[0]!;

describe('the front door, GET / (issue 18 item 3)', { skip: target.skip }, () => {
  let db: TestDatabase;
  let t: RunningApp;
  before(async () => {
    db = await target.create();
    t = await startApp(testConfig(db.url));
  });
  after(async () => {
    await t?.stop();
    await db?.drop();
  });

  it('a browser gets a page naming the service and linking to the documentation and health endpoints, each answering 200', async () => {
    const res = await t.api.get('/').set('Accept', CHROME);
    assert.equal(res.status, 200, res.text);
    assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
    assert.match(res.text, /<h1>Stackport Two-Factor API<\/h1>/);
    const hrefs = [...res.text.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(hrefs, Object.values(LINKS));
    for (const href of hrefs) assert.equal((await t.api.get(href!).set('Accept', CHROME)).status, 200, href);
  });

  it('JSON clients (and */*, and no Accept) get a small index of the same links', async () => {
    for (const accept of ['application/json', '*/*', undefined]) {
      const req = t.api.get('/');
      const res = await (accept ? req.set('Accept', accept) : req);
      assert.equal(res.status, 200, res.text);
      assert.equal(res.headers['content-type'], 'application/json; charset=utf-8', String(accept));
      assert.deepEqual(res.body, { service: 'Stackport Two-Factor API', links: LINKS });
    }
    assert.match((await t.api.get('/?format=html').set('Accept', 'application/json')).headers['content-type'] ?? '', /^text\/html/);
  });

  it('answers GET and HEAD only; other verbs find no route', async () => {
    assert.equal((await t.api.head('/')).status, 200);
    assert.notEqual((await t.api.post('/').send('{}')).status, 200);
  });
});
