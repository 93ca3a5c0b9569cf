/**
 * Issue 25 item 1: the `aspnet` dialect chooses the response format as Web API 2's
 * DefaultContentNegotiator does (dialects.md §2.2), over real HTTP on the WebRef port.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { http } from '../../support/http.js';
import { webRefApp } from './ref-app.js';

const api = http(webRefApp());
const JSON_UTF8 = 'application/json; charset=utf-8';
const XML_UTF8 = 'application/xml; charset=utf-8';

/** [Accept, request Content-Type (with an XML body), expected Content-Type, why]. */
const CASES: [string | undefined, string | undefined, string, string][] = [
  ['application/xml, application/json', undefined, JSON_UTF8, 'equal q: the earlier formatter (JSON)'],
  ['application/json, application/xml', undefined, JSON_UTF8, 'equal q: the earlier formatter (JSON)'],
  ['application/json;q=0.5, application/xml;q=0.5', undefined, JSON_UTF8, 'equal explicit q: JSON'],
  ['application/xml;q=0.4, application/json;q=0.9', undefined, JSON_UTF8, 'the higher q'],
  ['application/json;q=0.4, application/xml;q=0.9', undefined, XML_UTF8, 'the higher q'],
  ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', undefined, 'text/html; charset=utf-8', 'a browser: the HTML report (issue 18; Web API 2 itself answers XML)'],
  ['application/xhtml+xml,application/xml;q=0.9,text/html,*/*;q=0.8', undefined, XML_UTF8, "text/html not first: XML's literal 0.9 beats JSON's */* 0.8"],
  ['*/*', undefined, JSON_UTF8, "*/*: JSON's first media type"],
  ['application/*', undefined, JSON_UTF8, 'a subtype range: both match, JSON first'],
  ['text/*', undefined, 'text/json; charset=utf-8', "text/*: JSON's first text media type"],
  ['application/xml;q=0.5, */*', undefined, JSON_UTF8, '*/* at q 1 beats a literal at 0.5'],
  ['*/*;q=0.5, application/xml', undefined, XML_UTF8, 'a literal at q 1 beats */* at 0.5'],
  ['application/*;q=0.5, text/xml;q=0.5', undefined, 'text/xml; charset=utf-8', 'equal q: the literal beats the range'],
  ['application/json;q=0, application/xml', undefined, XML_UTF8, 'q=0 never matches'],
  ['text/json', undefined, 'text/json; charset=utf-8', 'the matched media type is echoed'],
  ['APPLICATION/XML', undefined, XML_UTF8, 'media types are case-insensitive'],
  ['text/plain', undefined, JSON_UTF8, 'no match, no body: the type-only match, JSON (no 406)'],
  ['text/plain', 'application/xml', XML_UTF8, 'no Accept match: the request Content-Type'],
  [undefined, 'text/xml', 'text/xml; charset=utf-8', 'no Accept: the request Content-Type, echoed'],
  [undefined, undefined, JSON_UTF8, 'nothing: JSON'],
];

describe('Web API content negotiation (issue 25 item 1)', () => {
  for (const [accept, contentType, expected, why] of CASES) {
    it(`Accept ${accept ?? '(none)'}${contentType ? `, Content-Type ${contentType}` : ''} → ${expected} (${why})`, async () => {
      let req = contentType
        ? api.post('/api/Errors/Created').set('Content-Type', contentType).send('<Item xmlns="http://schemas.datacontract.org/2004/07/WebRef.Models"><Id>5</Id></Item>')
        : api.get('/api/Items/5');
      if (accept) req = req.set('Accept', accept); else req = req.unset('Accept');
      const res = await req;
      assert.equal(res.status, contentType ? 201 : 200, res.text);
      assert.equal(res.headers['content-type'], expected);
      const body = res.text ?? '';
      if (expected.startsWith('text/html')) assert.match(body, /<h1>Snapshot of <i>GetItem<\/i>/, body);
      else if (expected.includes('xml')) assert.match(body, /^<Item [^>]*><Id>5<\/Id>/, body);
      else assert.match(body, /^\{"Id":5,/, body);
    });
  }
});

/** The raw bytes of an answer (supertest would decode UTF-16 as UTF-8). */
const bytes = (req: ReturnType<typeof api.get>) => req.buffer(true).parse((res, done) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
});
const utf16 = (text: string): Buffer => Buffer.from(`\ufeff${text}`, 'utf16le');

describe('Web API Accept-Charset: the formatters write UTF-8 or UTF-16 (issue 25 item 1)', () => {
  it('Accept-Charset: utf-16 → charset=utf-16, a UTF-16LE body after a BOM (XML and JSON)', async () => {
    const xml = await bytes(api.get('/api/Items/5').set('Accept', 'application/xml').set('Accept-Charset', 'utf-16'));
    assert.equal(xml.headers['content-type'], 'application/xml; charset=utf-16');
    assert.deepEqual((xml.body as Buffer).subarray(0, 4), Buffer.from([0xff, 0xfe, 0x3c, 0x00]), 'BOM, then "<" in UTF-16LE');
    assert.match((xml.body as Buffer).subarray(2).toString('utf16le'), /^<Item [^>]*><Id>5<\/Id>/);
    const json = await bytes(api.get('/api/Items/5').set('Accept', 'application/json').set('Accept-Charset', 'iso-8859-1;q=0.9, UTF-16;q=0.5'));
    assert.equal(json.headers['content-type'], 'application/json; charset=utf-16', 'an unsupported charset is skipped');
    assert.deepEqual(json.body, utf16('{"Id":5,"Name":"item5","Price":9.90,"Tags":["t5"]}'));
  });
  it('an error body is encoded the same way', async () => {
    const res = await bytes(api.get('/api/Items/0').set('Accept', 'application/json').set('Accept-Charset', 'utf-16'));
    assert.equal(res.status, 404);
    assert.deepEqual(res.body, utf16('{"Message":"Item 0 not found"}'));
  });
  it('no supported charset named, * or a q=0 UTF-16: UTF-8', async () => {
    for (const charset of ['iso-8859-1', '*', 'utf-16;q=0']) {
      const res = await api.get('/api/Items/5').set('Accept', 'application/json').set('Accept-Charset', charset);
      assert.equal(res.headers['content-type'], JSON_UTF8, charset);
    }
  });
});
