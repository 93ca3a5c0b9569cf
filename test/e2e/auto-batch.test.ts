/**
 * Auto-batching (`POST /{format}/reply/{Op}[]`) over real HTTP in every dialect and format: each
 * element answers exactly what it answers alone (an HttpResult unwrapped, its headers kept); a
 * failing element ends the batch with its own error, `X-AutoBatch-Completed` and, in
 * ServiceStack's shape, `ResponseStatus.Meta.AutoBatchIndex`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addBatchItems } from '../fixtures/dialects-app.js';
import { helloHost } from '../fixtures/hello-app.js';
import { http } from '../support/http.js';

// Web API's error detail would add the StackTrace, whose frames differ between a batch element and the request alone.
const api = http(addBatchItems(helloHost({ errorDetail: 'Never' }).host));
const OPS = ['BatchItem', 'WebBatchItem', 'GatewayBatchItem'] as const;
const FORMATS = ['json', 'xml', 'jsv'] as const;

/** An element as its dialect's reader wants it: protojson takes the JSON (or proto) names only. */
const item = (op: string, id: number, fail = false): Record<string, unknown> => {
  const v = fail ? { Id: id, Fail: true } : { Id: id };
  return op.startsWith('Gateway') ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k.toLowerCase(), x])) : v;
};

async function post(path: string, body: unknown): Promise<{ status: number; text: string; headers: Record<string, string> }> {
  const res = await api.post(path).set('Content-Type', 'application/json').send(JSON.stringify(body));
  return { status: res.status, text: res.text, headers: res.headers as Record<string, string> };
}

/** An XML document's root element content: what a list of these must hold for each element. */
function xmlContent(doc: string): string {
  const m = /^(?:<\?xml[^>]*\?>)?<([\w:]+)[^>]*>([\s\S]*)<\/\1>$/.exec(doc);
  assert.ok(m, doc);
  return m[2]!;
}

/** DataContractSerializer numbers its prefixes by depth (d2p1, d3p1…): a list is one level deeper. */
const samePrefixes = (xml: string): string => xml.replace(/d\d+p\d+:/g, 'dp:').replace(/xmlns:d\d+p\d+=/g, 'xmlns:dp=');

/** The batch body the single answers make: a JSON/JSV list of them, an XML ArrayOf… holding their contents. */
function assertListOf(format: string, batch: string, singles: string[]): void {
  if (format !== 'xml') return assert.equal(batch, `[${singles.join(',')}]`);
  batch = samePrefixes(batch);
  const contents = singles.map((s) => samePrefixes(xmlContent(s)));
  let at = 0;
  for (const c of contents) {
    const i = batch.indexOf(c, at);
    assert.ok(i > at, `element content ${c} in ${batch}`);
    at = i + c.length;
  }
}

describe('auto-batched requests answer each element as it would be answered alone', () => {
  for (const op of OPS) {
    for (const format of FORMATS) {
      it(`${op} in ${format}: every element's response, HttpResult unwrapped, its headers kept`, async () => {
        const path = `/json/reply/${op}`;
        const singles = [await post(`${path}?format=${format}`, item(op, 1)), await post(`${path}?format=${format}`, item(op, 2))];
        for (const s of singles) assert.equal(s.status, 200, s.text);
        const batch = await post(`${path}[]?format=${format}`, [item(op, 1), item(op, 2)]);
        assert.equal(batch.status, 200, batch.text);
        assert.equal(batch.headers['content-type'], singles[0]!.headers['content-type']);
        assert.equal(batch.headers['x-autobatch-completed'], '2');
        assert.equal(batch.headers['x-item'], 'batch-app');
        assertListOf(format, batch.text, singles.map((s) => s.text));
      });

      it(`${op} in ${format}: the second element fails → its own error, X-AutoBatch-Completed: 1`, async () => {
        const path = `/json/reply/${op}`;
        const alone = await post(`${path}?format=${format}`, item(op, 2, true));
        assert.ok(alone.status >= 400, alone.text);
        const batch = await post(`${path}[]?format=${format}`, [item(op, 1), item(op, 2, true), item(op, 3)]);
        assert.equal(batch.status, alone.status, batch.text);
        assert.equal(batch.headers['content-type'], alone.headers['content-type']);
        assert.equal(batch.headers['x-autobatch-completed'], '1');
        if (op !== 'BatchItem') return assert.equal(batch.text, alone.text);
        // ServiceStack's shape names the failing index in ResponseStatus.Meta; everything else is the element's own error.
        const withIndex = {
          json: alone.text.replace(/}}$/, ',"meta":{"AutoBatchIndex":"1"}}}'),
          jsv: alone.text.replace(/}}$/, ',meta:{AutoBatchIndex:1}}}'),
        }[format as string];
        if (withIndex) return assert.equal(batch.text, withIndex);
        const [got, want] = [samePrefixes(batch.text), samePrefixes(alone.text)];
        const meta = '<dp:Meta xmlns:dp="http://schemas.microsoft.com/2003/10/Serialization/Arrays">'
          + '<dp:KeyValueOfstringstring><dp:Key>AutoBatchIndex</dp:Key><dp:Value>1</dp:Value></dp:KeyValueOfstringstring></dp:Meta></ResponseStatus>';
        assert.equal(got, want.replace(/<dp:Meta [^>]*\/><\/ResponseStatus>/, meta));
      });
    }
  }

  it('an empty batch runs nothing and counts nothing (no X-AutoBatch-Completed, as ServiceStack)', async () => {
    const res = await post('/json/reply/BatchItem[]', []);
    assert.equal(res.status, 200);
    assert.equal(res.text, '[]');
    assert.equal(res.headers['x-autobatch-completed'], undefined);
  });
});
