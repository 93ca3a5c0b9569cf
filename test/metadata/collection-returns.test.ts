/**
 * Collection and primitive `IReturn<T>` (library issue 17 item 1) in what the metadata describes:
 * /types/csharp and /types/typescript markers, OpenAPI's 200 schema, the operation page's types.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addMetadataPages } from '../../metadata/metadata-feature.js';
import { shopHost } from '../fixtures/shop-app.js';
import { getPage } from './support/seeds.js';

const host = addMetadataPages(shopHost());

describe('collection and primitive responses in the metadata', () => {
  it('/types/csharp declares IReturn<List<Order>>, IReturn<Dictionary<string, int>>, IReturn<int[]>, IReturn<long>', async () => {
    const page = await getPage(host, '/types/csharp');
    assert.equal(page.status, 200);
    for (const [cls, marker] of [['GetOrders', 'List<Order>'], ['GetNames', 'List<string>'], ['GetStock', 'Dictionary<string, int>'], ['GetIds', 'int[]'], ['GetCount', 'long']]) {
      assert.match(page.body, new RegExp(`class ${cls}\\s*\\n\\s*: IReturn<${marker.replace(/[[\]]/g, '\\$&')}>`), `${cls} in:\n${page.body}`);
    }
    assert.match(page.body, /public partial class Order\b/, 'the element DTO is declared');
  });

  it('/types/typescript declares IReturn<Order[]> and createResponse() of the declared type', async () => {
    const page = await getPage(host, '/types/typescript');
    assert.equal(page.status, 200);
    const cases: [string, string, string][] = [
      ['GetOrders', 'Order[]', 'new Array<Order>()'],
      ['GetStock', '{ [index:string]: number; }', '{}'],
      ['GetCount', 'number', '0'],
      ['GetApiNames', 'string[]', 'new Array<string>()'],
    ];
    for (const [cls, marker, empty] of cases) {
      const at = page.body.indexOf(`export class ${cls} implements IReturn<${marker}>`);
      assert.ok(at >= 0, `${cls} implements IReturn<${marker}> in:\n${page.body}`);
      assert.ok(page.body.indexOf(`public createResponse() { return ${empty}; }`, at) > at, `${cls} createResponse() returns ${empty}`);
    }
    assert.match(page.body, /export class Order\b/);
  });

  it('OpenAPI: the 200 schema is an array of Order, a map of integers, an int64', async () => {
    const page = await getPage(host, '/openapi.json');
    assert.equal(page.status, 200, page.body);
    const doc = JSON.parse(page.body);
    const ok = (path: string) => doc.paths[path].get.responses['200'].content['application/json'].schema;
    assert.deepEqual(ok('/orders').items, { $ref: '#/components/schemas/Order' });
    assert.equal(ok('/orders').type, 'array');
    assert.equal(ok('/stock').type, 'object');
    assert.equal(ok('/stock').additionalProperties.type, 'integer');
    assert.equal(ok('/count').type, 'integer');
    assert.ok(doc.components.schemas.Order, 'Order is among the schemas');
  });

  it('the operation page lists the element DTO', async () => {
    const page = await getPage(host, '/json/metadata?op=GetOrders');
    assert.equal(page.status, 200);
    assert.match(page.body, /<caption><b>Order<\/b> Parameters:<\/caption>/);
  });
});
