/**
 * Issue 25 item 2: results that are not DTOs, as Web API 2 answers them (null → 200 `null` or a
 * nil root, a string → a JSON string or `<string>`, void → 204 without a Content-Type), over real
 * HTTP on the WebRef port, in JSON and XML.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { http } from '../../support/http.js';
import { webRefApp } from './ref-app.js';

const api = http(webRefApp());
const NIL_ITEM = '<Item i:nil="true" xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/WebRef.Models" />';

/** [path, Accept, status, Content-Type, body]. */
const CASES: [string, string, number, string | undefined, string][] = [
  ['/api/Errors/NullObject', 'application/json', 200, 'application/json; charset=utf-8', 'null'],
  ['/api/Errors/NullObject', 'application/xml', 200, 'application/xml; charset=utf-8', NIL_ITEM],
  ['/api/Items/-1', 'application/xml', 200, 'application/xml; charset=utf-8', NIL_ITEM],
  ['/api/Errors/NullString', 'application/json', 200, 'application/json; charset=utf-8', 'null'],
  ['/api/Errors/NullString', 'application/xml', 200, 'application/xml; charset=utf-8',
    '<anyType i:nil="true" xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.microsoft.com/2003/10/Serialization/" />'],
  ['/api/Errors/Text', 'application/json', 200, 'application/json; charset=utf-8', '"hello \\"world\\""'],
  ['/api/Errors/Text', 'application/xml', 200, 'application/xml; charset=utf-8', '<string xmlns="http://schemas.microsoft.com/2003/10/Serialization/">hello "world"</string>'],
  ['/api/Errors/Void', 'application/json', 204, undefined, ''],
  ['/api/Errors/Void', 'application/xml', 204, undefined, ''],
  // Web API's StringContent and StatusCode(…) say their own content: left alone.
  ['/api/Errors/Plain', 'application/json', 200, 'text/plain; charset=utf-8', 'plain text body'],
  ['/api/Errors/Forbidden', 'application/xml', 403, undefined, ''],
];

describe('Web API results that are not DTOs (issue 25 item 2)', () => {
  for (const [path, accept, status, contentType, body] of CASES) {
    it(`GET ${path} (${accept}) → ${status} ${contentType ?? 'without Content-Type'} ${JSON.stringify(body)}`, async () => {
      const res = await api.get(path).set('Accept', accept).buffer(true).parse((r, done) => {
        let text = '';
        r.on('data', (c: Buffer) => { text += c.toString('utf8'); });
        r.on('end', () => done(null, text));
      });
      assert.equal(res.status, status);
      assert.equal(res.headers['content-type'], contentType);
      assert.equal(res.body, body);
    });
  }
  it('a DELETE of a void action answers 204 without Content-Type or body', async () => {
    const res = await api.delete('/api/Items/5');
    assert.equal(res.status, 204);
    assert.equal(res.headers['content-type'], undefined);
    assert.equal(res.text ?? '', '');
  });
});
