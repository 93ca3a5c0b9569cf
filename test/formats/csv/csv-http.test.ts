/**
 * Issue 18 item 2: CSV over real HTTP, as ServiceStack's CsvFormat answers — every way of asking
 * for it, a `[DataContract]` response's list as one row per element (parsed back with an
 * independent RFC 4180 reader), the download header, CSV request bodies, and `?format=` values
 * no format knows.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { http } from '../../support/http.js';
import { csvRecords, parseRfc4180 } from '../../support/rfc4180.js';
import { reportHost, sampleItems } from '../../fixtures/report-app.js';

const { host, service } = reportHost();
const api = http(host);

const EXPECTED = sampleItems().map((i) => ({
  Id: String(i.Id), Name: i.Name!, Price: i.Price ? String(i.Price) : '', InStock: i.InStock ? 'True' : 'False',
  Added: i.Added ? '2024-01-02T03:04:05Z' : '', Tags: i.Tags ? `[${i.Tags.join(',')}]` : '',
}));

describe('CSV over HTTP (issue 18 item 2)', () => {
  it('a list response fetched as CSV parses back to the same values, one row per element', async () => {
    const res = await api.get('/report/items?format=csv');
    assert.equal(res.status, 200, res.text);
    assert.equal(res.headers['content-type'], 'text/csv');
    assert.deepEqual(csvRecords(res.text), EXPECTED, res.text);
    assert.equal(parseRfc4180(res.text)[0]!.join(','), 'Id,Name,Price,InStock,Added,Tags', 'the header row names the element members');
    assert.ok(res.text.endsWith('\r\n') && res.text.split('\r\n').length >= 4, `CRLF rows: ${JSON.stringify(res.text)}`);
  });

  it('is a download named after the operation (CsvFormat adds Content-Disposition)', async () => {
    const res = await api.get('/report/items?format=csv');
    assert.equal(res.headers['content-disposition'], 'attachment;filename="GetItems.csv"');
  });

  it('?format=csv, .csv, /csv/reply/{Op} and Accept: text/csv all answer the same CSV', async () => {
    const viaParam = (await api.get('/report/items?format=csv')).text;
    for (const req of [api.get('/report/items.csv'), api.get('/csv/reply/GetItems'), api.get('/report/items').set('Accept', 'text/csv')]) {
      const res = await req;
      assert.equal(res.status, 200, res.text);
      assert.equal(res.headers['content-type'], 'text/csv');
      assert.equal(res.text, viaParam);
    }
  });

  it('a DTO without a list is one row under its header; a null is an empty field', async () => {
    const res = await api.get('/report/echo?format=csv&Text=x');
    const [header, row, ...rest] = parseRfc4180(res.text);
    assert.deepEqual(rest, []);
    assert.deepEqual(header, ['Text', 'Item', 'Items', 'Strings', 'ByKey', 'ResponseStatus']);
    assert.equal(row![0], 'x');
    assert.match(row![1]!, /^\{id:1,name:x,price:9\.90,inStock:True,added:2024-01-02T03:04:05Z,tags:\[a,b\]\}$/, 'a nested value is written in JSV (the host\'s camelCase)');
    assert.equal(row![5], '', 'null ResponseStatus');
  });

  it('reads a CSV request body (ServiceStack registers a CSV deserializer)', async () => {
    const res = await api.post('/report/items').set('Content-Type', 'text/csv').set('Accept', 'application/json')
      .send('Id,Name,InStock,Tags\r\n7,"a, ""b""",True,"[x,y]"\r\n');
    assert.equal(res.status, 200, res.text);
    assert.deepEqual({ ...service.added.at(-1) }, { Id: 7, Name: 'a, "b"', InStock: true, Tags: ['x', 'y'] });
  });

  it('a damaged CSV body is a 400 in the route\'s error shape, not a crash', async () => {
    const res = await api.post('/report/items').set('Content-Type', 'text/csv').set('Accept', 'application/json').send('Id,InStock\r\nnot-a-number,True\r\n');
    assert.equal(res.status, 400, res.text);
    assert.ok(res.body.responseStatus?.errorCode, res.text);
  });

  it('an unknown ?format= is ignored, as ServiceStack ignores a format it has no content type for: Accept decides', async () => {
    for (const accept of ['application/xml', 'application/json', 'text/csv']) {
      const plain = await api.get('/report/items').set('Accept', accept);
      const unknown = await api.get('/report/items?format=yaml').set('Accept', accept);
      assert.equal(unknown.status, plain.status);
      assert.equal(unknown.headers['content-type'], plain.headers['content-type'], accept);
      assert.equal(unknown.text, plain.text);
    }
  });
});
