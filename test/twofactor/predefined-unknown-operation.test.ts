/**
 * Issue 16 item 2 on the product, whose default dialect is ASP.NET Web API's: an unknown operation
 * on ServiceStack's predefined routes answers as the real ServiceStack server does — 405 with a
 * NotImplementedException ResponseStatus (camelCase, as the product's ServiceStack routes), XML in
 * ServiceStack's types namespace — not Web API's `{"Message":…}`, which .NET clients read as a
 * null ResponseStatus.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sqliteDatabase, type TestDatabase } from './support/test-databases.js';
import { startApp, testConfig, type RunningApp } from './support/test-app.js';

const MESSAGE = "The operation 'NoSuchOperation' does not exist for this service";
const CASES: ReadonlyArray<[path: string, accept: string | undefined, contentType: string, body: string]> = [
  ['/json/reply/NoSuchOperation', undefined, 'application/json', `{"responseStatus":{"errorCode":"NotImplementedException","message":"${MESSAGE}"}}`],
  ['/json/oneway/NoSuchOperation', undefined, 'application/json', `{"responseStatus":{"errorCode":"NotImplementedException","message":"${MESSAGE}"}}`],
  ['/jsv/reply/NoSuchOperation', undefined, 'application/jsv', `{responseStatus:{errorCode:NotImplementedException,message:${MESSAGE}}}`],
  ['/api/NoSuchOperation', 'application/json', 'application/json', `{"responseStatus":{"errorCode":"NotImplementedException","message":"${MESSAGE}"}}`],
];

describe('an unknown operation on the predefined routes answers in ServiceStack\'s shape on the product (issue 16 item 2)', () => {
  const target = sqliteDatabase();
  let db: TestDatabase;
  let t: RunningApp;
  before(async () => {
    db = await target.create();
    t = await startApp(testConfig(db.url, { smsProvider: 'development' }));
  });
  after(async () => { await t?.stop(); await db?.drop(); });

  for (const [path, accept, contentType, body] of CASES) {
    it(`${path}${accept ? ` (Accept: ${accept})` : ''}`, async () => {
      let req = t.api.post(path).set('Content-Type', 'application/json');
      if (accept) req = req.set('Accept', accept);
      const res = await req.send('{}');
      assert.equal(res.status, 405, res.text);
      assert.ok(String(res.headers['content-type']).startsWith(contentType), String(res.headers['content-type']));
      assert.equal(res.text, body);
    });
  }

  it('/xml/reply/NoSuchOperation: an ErrorResponse in ServiceStack\'s types namespace', async () => {
    const res = await t.api.post('/xml/reply/NoSuchOperation').set('Content-Type', 'application/xml').send('<NoSuchOperation />');
    assert.equal(res.status, 405, res.text);
    assert.match(res.text, /^<\?xml version="1\.0" encoding="utf-8"\?><ErrorResponse xmlns:i="http:\/\/www\.w3\.org\/2001\/XMLSchema-instance" xmlns="http:\/\/schemas\.servicestack\.net\/types"><ResponseStatus><ErrorCode>NotImplementedException<\/ErrorCode><Message>The operation 'NoSuchOperation' does not exist for this service<\/Message>/, res.text);
  });
});
