/**
 * Issue 18 item 1: the HTML report over real HTTP in the three dialects — chosen by a browser's
 * first Accept range or explicitly, never for programmatic clients; the response as tables; errors
 * as a readable block with the route's status; links to the same request in the other formats;
 * and escaping that holds for hostile text in every string, key, list and query string.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codecOptions, htmlFormat, type PageOptions } from '../../../src/index.js';
import { http } from '../../support/http.js';
import { Item, reportHost } from '../../fixtures/report-app.js';

const api = http(reportHost().host);
const CHROME = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7';
const FIREFOX = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const PAYLOADS = ['<script>alert(1)</script>', `"'><img src=x onerror=alert(1)>`, '</table><a href="javascript:alert(1)">x</a>'];
/** The only tags the report writes: anything else in a page is injected markup. */
const OWN_TAG = /^<(\/?(html|head|meta|title|style|body|h1|h2|i|b|nav|a|section|p|main|table|thead|tbody|tr|th|td|span)\b|!doctype html>)/i;

const ROUTES = [
  { dialect: 'servicestack', path: '/report/echo?Text=', op: 'Echo' },
  { dialect: 'aspnet', path: '/api/report/items?Text=', op: 'WebGetItems' },
  { dialect: 'gateway', path: '/v1/report/items?Text=', op: 'GatewayGetItems' },
];

function assertOnlyOwnMarkup(html: string, what: string): void {
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    assert.ok(OWN_TAG.test(html.slice(i, i + 20)), `${what}: markup the report did not write at ${i}: ${html.slice(Math.max(0, i - 40), i + 60)}`);
  }
  for (const [, attr, value] of html.matchAll(/\s([a-z-]+)="([^"]*)"/g)) {
    assert.ok(!/[<>'"]/.test(value!), `${what}: attribute ${attr} holds raw markup: ${value}`);
    assert.ok(!/^on/i.test(attr!), `${what}: event handler attribute ${attr}`);
  }
  for (const [, href] of html.matchAll(/href="([^"]*)"/g)) assert.match(href!, /^\/(?!\/)[^\s]*$/, `${what}: a link leaves this site: ${href}`);
  assert.ok(!/<(script|img|link|iframe)|\ssrc="/i.test(html), `${what}: no script, image or external asset`);
}

describe('the HTML report (issue 18 item 1)', () => {
  for (const route of ROUTES) {
    it(`a browser's Accept gets the report on a ${route.dialect} route, with links to the same request in JSON, XML, JSV and CSV`, async () => {
      for (const accept of [CHROME, FIREFOX]) {
        const res = await api.get(`${route.path}plain&n=1`).set('Accept', accept);
        assert.equal(res.status, 200, res.text);
        assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
        assert.match(res.text, new RegExp(`<h1>Snapshot of <i>${route.op}</i>`));
        assert.match(res.text, /<table class="(object|list)">/);
        for (const f of ['json', 'xml', 'jsv', 'csv']) assert.ok(res.text.includes(`${route.path.split('?')[0]}?Text=plain&amp;n=1&amp;format=${f}"`), `${f} link in ${res.text}`);
        assertOnlyOwnMarkup(res.text, route.dialect);
      }
    });

    it(`escaping holds on a ${route.dialect} route for hostile text in every string, key, list and the query string`, async () => {
      for (const payload of PAYLOADS) {
        const res = await api.get(`${route.path}${encodeURIComponent(payload)}&${encodeURIComponent(payload)}=${encodeURIComponent(payload)}`).set('Accept', CHROME);
        assert.equal(res.status, 200, res.text);
        assertOnlyOwnMarkup(res.text, `${route.dialect} ${payload}`);
        const escaped = payload.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
        assert.ok(res.text.includes(`<span class="value">${escaped}</span>`), `${route.dialect}: the payload is shown as text`);
      }
    });

    it(`an error on a ${route.dialect} route is a readable page with the route's status`, async () => {
      const path = route.dialect === 'servicestack' ? '/report/fail/missing' : `${route.path}<b>x</b>&Fail=true`;
      const res = await api.get(path).set('Accept', CHROME);
      assert.equal(res.status, 404, res.text);
      assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
      assertOnlyOwnMarkup(res.text, `${route.dialect} error`);
      const shape: Record<string, RegExp> = {
        servicestack: /<section class="error" role="alert"><h2>404 Not Found · NotFound<\/h2><p>No item called missing<\/p>/,
        aspnet: /<section class="error" role="alert"><h2>404 Not Found<\/h2><table class="object"><tr><th scope="row">Message<\/th><td><span class="value">No items for &lt;b&gt;x&lt;\/b&gt;<\/span>/,
        gateway: /<section class="error" role="alert"><h2>404 Not Found<\/h2><table class="object"><tr><th scope="row">code<\/th><td><span class="value">5<\/span>.*<th scope="row">message<\/th><td><span class="value">items not found: &lt;b&gt;x&lt;\/b&gt;/,
      };
      assert.match(res.text, shape[route.dialect]!);
    });
  }

  it('a ServiceStack validation error shows the ResponseStatus block with its 400', async () => {
    const res = await api.get('/report/fail/bad').set('Accept', CHROME);
    assert.equal(res.status, 400, res.text);
    assert.match(res.text, /<section class="error" role="alert"><h2>400 Bad Request · ArgumentException<\/h2><p>Kind &#39;bad&#39; is not valid/);
  });

  it('?format=html, .html and /html/reply/{Op} choose it explicitly; the links drop the .html suffix', async () => {
    for (const path of ['/report/items?format=html', '/report/items.html', '/html/reply/GetItems']) {
      const res = await api.get(path).set('Accept', 'application/json');
      assert.equal(res.headers['content-type'], 'text/html; charset=utf-8', path);
      assert.match(res.text, /<table class="list"><thead><tr><th scope="col">Id<\/th><th scope="col">Name<\/th>/, path);
    }
    const ext = await api.get('/report/items.html');
    assert.ok(ext.text.includes('href="/report/items?format=json"'), ext.text);
  });

  it('never for programmatic clients: */*, JSON, XML, a later text/html range, text/*', async () => {
    const cases: [string, string][] = [
      ['*/*', 'application/json'], ['application/json', 'application/json'], ['application/xml', 'application/xml'],
      ['application/json, text/html', 'application/json'], ['application/xml;q=0.9, text/html;q=0.8', 'application/xml'], ['text/*', ''],
    ];
    for (const [accept, expected] of cases) {
      const res = await api.get('/report/items').set('Accept', accept);
      assert.equal(res.status, 200, `${accept}: ${res.text}`);
      assert.ok(res.headers['content-type']?.startsWith(expected) && !res.headers['content-type'].startsWith('text/html'), `${accept} → ${res.headers['content-type']}`);
    }
    const none = await api.get('/report/items');
    assert.ok(none.headers['content-type']?.startsWith('application/json'), `no Accept → ${none.headers['content-type']}`);
  });

  it('the report shows lists as tables with a header row, nulls omitted, values in their JSV form', async () => {
    const res = await api.get('/report/items').set('Accept', CHROME);
    assert.match(res.text, /<th scope="row">Total<\/th><td><span class="value">3<\/span>/);
    assert.match(res.text, /<thead><tr><th scope="col">Id<\/th><th scope="col">Name<\/th><th scope="col">Price<\/th><th scope="col">InStock<\/th><th scope="col">Added<\/th><th scope="col">Tags<\/th><\/tr><\/thead>/);
    assert.match(res.text, /<td><span class="value">9.90<\/span><\/td><td><span class="value">True<\/span><\/td><td><span class="value">2024-01-02T03:04:05Z<\/span>/);
    assert.ok(!res.text.includes('ResponseStatus'), 'a null member is omitted');
  });

  it('links stay on this site whatever the request line held (`//host`, `\\host`, markup, a .html suffix)', () => {
    for (const url of ['//evil.example/x?format=html&a=<b>', '/\\evil.example/x', '///evil.example/x.html?q="><script>']) {
      const options: PageOptions = { ...codecOptions(), page: { operationName: '<i>Op</i>', url } };
      const html = htmlFormat.write(Object.assign(new Item(), { Id: 1 }), { kind: 'class', ctor: Item }, options);
      assertOnlyOwnMarkup(html, url);
      for (const [, href] of html.matchAll(/href="([^"]*)"/g)) assert.match(href!, /^\/evil\.example\/x\?/, `${url} → ${href}`);
      assert.ok(html.includes('Snapshot of <i>&lt;i&gt;Op&lt;/i&gt;</i>'), 'the operation name is escaped');
    }
  });
});
