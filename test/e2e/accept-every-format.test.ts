/**
 * Issue 16 item 3: every registered format is reachable by Accept on every dialect's routes (what
 * JsvServiceClient and XmlServiceClient send), answering exactly what `?format=` answers; a request
 * that accepts only a registered format the route cannot write gets 406, never another format.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Format } from '../../src/index.js';
import { addBatchItems } from '../fixtures/dialects-app.js';
import { helloHost } from '../fixtures/hello-app.js';
import { http } from '../support/http.js';

/** A registered format that only ServiceStack DTOs can be written in. */
const SS_ONLY: Format = {
  name: 'yaml', extension: 'yaml', contentType: 'application/x-yaml', mediaTypes: ['application/x-yaml'], dialects: ['servicestack'],
  write: (value) => `yaml: ${JSON.stringify(value)}`,
  read: () => { throw new Error('not read in this test'); },
};

const api = http(addBatchItems(helloHost().host).addFormat(SS_ONLY));

const ROUTES = [
  { dialect: 'servicestack', path: '/batch-item', body: { Id: 7 } },
  { dialect: 'aspnet', path: '/api/web/batch-item', body: { Id: 7 } },
  { dialect: 'gateway', path: '/v1/batch-item', body: { id: 7 } },
] as const;
const ACCEPT: Record<string, string> = { json: 'application/json', xml: 'application/xml', jsv: 'application/jsv', csv: 'text/csv' };

describe('every registered format by Accept on every dialect (issue 16 item 3)', () => {
  for (const route of ROUTES) {
    for (const [format, accept] of Object.entries(ACCEPT)) {
      it(`${route.dialect}: Accept ${accept} answers ${format}, as ?format=${format} does`, async () => {
        const send = (path: string, headers: Record<string, string>) => api.post(path).set(headers).send(JSON.stringify(route.body));
        const byAccept = await send(route.path, { 'Content-Type': 'application/json', Accept: accept });
        const byParam = await send(`${route.path}?format=${format}`, { 'Content-Type': 'application/json' });
        assert.equal(byAccept.status, 200, byAccept.text);
        assert.equal(byAccept.headers['content-type']?.split(';')[0], accept);
        assert.equal(byAccept.text, byParam.text);
      });
    }
  }

  it('the gateway writes XML and JSV with the names it reads and writes in JSON', async () => {
    const jsv = await api.post('/v1/batch-item').set({ 'Content-Type': 'application/json', Accept: 'application/jsv' }).send('{"id":7}');
    assert.equal(jsv.text, '{id:7,result:ok 7}');
    const xml = await api.post('/v1/batch-item').set({ 'Content-Type': 'application/json', Accept: 'application/xml' }).send('{"id":7}');
    assert.match(xml.text, /<GatewayBatchItemResponse [^>]*xmlns="http:\/\/schemas\.datacontract\.org\/2004\/07\/myapp\.v1"><id>7<\/id><result>ok 7<\/result><\/GatewayBatchItemResponse>$/);
  });

  it('a registered format the route cannot write → 406 in the route\'s error shape; a producible alternative is taken', async () => {
    const ok = await api.post('/batch-item').set({ 'Content-Type': 'application/json', Accept: 'application/x-yaml' }).send('{"Id":1}');
    assert.equal(ok.status, 200);
    assert.equal(ok.headers['content-type'], 'application/x-yaml');
    for (const route of ROUTES.filter((r) => r.dialect !== 'servicestack')) {
      const res = await api.post(route.path).set({ 'Content-Type': 'application/json', Accept: 'application/x-yaml' }).send(JSON.stringify(route.body));
      assert.equal(res.status, 406, `${route.path}: ${res.status} ${res.headers['content-type']} ${res.text}`);
      assert.notEqual(res.headers['content-type'], 'application/x-yaml');
      const viaParam = await api.post(`${route.path}?format=yaml`).set('Content-Type', 'application/json').send(JSON.stringify(route.body));
      assert.equal(viaParam.status, 406, viaParam.text);
      const fallback = await api.post(route.path).set({ 'Content-Type': 'application/json', Accept: 'application/x-yaml, application/xml;q=0.5' }).send(JSON.stringify(route.body));
      assert.equal(fallback.status, 200);
      assert.equal(fallback.headers['content-type']?.split(';')[0], 'application/xml');
    }
    const web = await api.post('/api/web/batch-item').set({ 'Content-Type': 'application/json', Accept: 'application/x-yaml' }).send('{"Id":1}');
    assert.equal(web.text, '{"Message":"The requested response format is not available for this resource."}');
  });

  it('media types no format knows still fall back as each dialect does (no 406)', async () => {
    for (const route of ROUTES) {
      const res = await api.post(route.path).set({ 'Content-Type': 'application/json', Accept: 'image/webp' }).send(JSON.stringify(route.body));
      assert.equal(res.status, 200, `${route.path}: ${res.text}`);
      assert.equal(res.headers['content-type']?.split(';')[0], 'application/json');
    }
  });
});
