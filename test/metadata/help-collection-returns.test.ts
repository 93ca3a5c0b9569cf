/**
 * ASP.NET Help pages for actions returning collections, dictionaries and primitives (issue 17
 * item 1), over real HTTP: the Resource Description reads as HelpPage's ModelDescriptionLink
 * renders a CollectionModelDescription ("Collection of Order", then Order's properties),
 * DictionaryModelDescription and SimpleTypeModelDescription; each sample equals what the server
 * answers for that action in the same media type; element models have their ResourceModel page.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { indentJson } from '../../metadata/shared/indent-json.js';
import { indentXml } from '../../metadata/shared/indent-xml.js';
import { helpReturnsHost } from './fixtures/help-returns-app.js';
import { listen } from './support/listen.js';
import { decode, helpBlocks, mainOf } from './support/page-text.js';

const DCS_ARRAYS = 'xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.microsoft.com/2003/10/Serialization/Arrays"';

interface Case {
  readonly path: string;
  readonly description: string;
  /** The property names of the table under the description (the element's, for a collection of a complex type). */
  readonly properties: readonly string[];
  readonly json: string;
  /** How the XML sample (and the live answer) starts: root element and namespaces. */
  readonly xmlRoot: string;
}

const CASES: readonly Case[] = [
  {
    path: 'api/Shop/Orders', description: 'Collection of Order', properties: ['Id', 'Name'],
    json: '[\n  {\n    "Id": 1,\n    "Name": "sample string 2"\n  },\n  {\n    "Id": 1,\n    "Name": "sample string 2"\n  }\n]',
    xmlRoot: '<ArrayOfOrder xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/Shop.Api">\n  <Order>\n    <Id>1</Id>',
  },
  {
    path: 'api/Shop/Lines', description: 'Collection of Line', properties: ['Sku', 'Quantity'],
    json: '[\n  {\n    "Sku": "sample string 1",\n    "Quantity": 2\n  },\n  {\n    "Sku": "sample string 1",\n    "Quantity": 2\n  }\n]',
    xmlRoot: '<ArrayOfLine xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n  <Line>\n    <Sku>sample string 1</Sku>',
  },
  {
    path: 'api/Shop/Stock', description: 'Dictionary of string [key] and integer [value]', properties: [],
    json: '{\n  "sample string 1": 2,\n  "sample string 3": 4\n}',
    xmlRoot: `<ArrayOfKeyValueOfstringint ${DCS_ARRAYS}>\n  <KeyValueOfstringint>\n    <Key>sample string 1</Key>\n    <Value>2</Value>`,
  },
  {
    path: 'api/Shop/OrderIndex', description: 'Dictionary of string [key] and Order [value]', properties: [],
    json: '{\n  "sample string 1": {\n    "Id": 1,\n    "Name": "sample string 2"\n  },\n  "sample string 2": {\n    "Id": 1,\n    "Name": "sample string 2"\n  }\n}',
    xmlRoot: '<ArrayOfKeyValueOfstringOrder',
  },
  {
    path: 'api/Shop/Greeting', description: 'string', properties: [],
    json: '"sample string 1"',
    xmlRoot: '<string xmlns="http://schemas.microsoft.com/2003/10/Serialization/">sample string 1</string>',
  },
  {
    path: 'api/Shop/Count', description: 'integer', properties: [],
    json: '1',
    xmlRoot: '<int xmlns="http://schemas.microsoft.com/2003/10/Serialization/">1</int>',
  },
  {
    path: 'api/Shop/Ids', description: 'Collection of integer', properties: [],
    json: '[\n  1,\n  2\n]',
    xmlRoot: `<ArrayOfint ${DCS_ARRAYS}>\n  <int>1</int>\n  <int>2</int>`,
  },
  {
    path: 'api/Shop/Names', description: 'Collection of string', properties: [],
    json: '[\n  "sample string 1",\n  "sample string 2"\n]',
    xmlRoot: `<ArrayOfstring ${DCS_ARRAYS}>\n  <string>sample string 1</string>`,
  },
];

/** The Resource Description of an API page: the model text and the property names of its table. */
function resourceDescription(html: string): { text: string; properties: string[] } {
  const main = mainOf(html);
  const start = main.indexOf('<h3>Resource Description</h3>');
  assert.ok(start >= 0, 'the page has a Resource Description');
  const end = main.indexOf('<h3>Response Formats</h3>', start);
  const section = main.slice(start + '<h3>Resource Description</h3>'.length, end < 0 ? undefined : end);
  const tableAt = section.indexOf('<table');
  const text = decode((tableAt < 0 ? section : section.slice(0, tableAt)).replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
  const properties = tableAt < 0 ? [] : [...section.slice(tableAt).matchAll(/<td class="parameter-name">([^<]*)<\/td>/g)].map((m) => m[1]!);
  return { text, properties };
}

describe('Help pages for collection and primitive returns (aspnet)', () => {
  let server: Awaited<ReturnType<typeof listen>>;
  before(async () => { server = await listen(helpReturnsHost()); });
  after(async () => { await server.close(); });

  const get = async (path: string, accept = 'text/html'): Promise<{ status: number; body: string }> => {
    const res = await fetch(`${server.baseUrl}/${path}`, { headers: { Accept: accept } });
    return { status: res.status, body: await res.text() };
  };

  for (const c of CASES) {
    it(`GET ${c.path}: "${c.description}", and JSON and XML samples equal the live answers`, async () => {
      const page = await get(`Help/Api/GET-${c.path.replace(/\//g, '-')}`);
      assert.equal(page.status, 200, page.body);
      const resource = resourceDescription(page.body);
      assert.equal(resource.text, c.description, `Resource Description of ${c.path}`);
      assert.deepEqual(resource.properties, c.properties, `properties listed under ${c.path}'s Resource Description`);

      const samples = helpBlocks(page.body).flatMap((b) => (b.kind === 'sample' ? [b] : []));
      assert.deepEqual(samples.map((s) => s.mediaTypes), ['application/json, text/json', 'application/xml, text/xml'], `sample groups of ${c.path}`);
      const [json, xml] = samples.map((s) => s.text);
      assert.equal(json, c.json, `JSON sample of ${c.path}`);
      assert.ok(xml?.startsWith(c.xmlRoot), `XML sample of ${c.path} starts with\n${c.xmlRoot}\ngot:\n${xml}`);

      const liveJson = await get(c.path, 'application/json');
      assert.equal(liveJson.status, 200, liveJson.body);
      assert.equal(indentJson(liveJson.body), json, `the JSON sample is what GET ${c.path} answers`);
      const liveXml = await get(c.path, 'application/xml');
      assert.equal(liveXml.status, 200, liveXml.body);
      assert.equal(indentXml(liveXml.body), xml, `the XML sample is what GET ${c.path} answers`);
    });
  }

  it('the index lists every action, and each link opens its page', async () => {
    const index = await get('Help');
    assert.equal(index.status, 200);
    const links = [...index.body.matchAll(/href="\/Help\/Api\/([^"]+)"/g)].map((m) => m[1]!);
    assert.deepEqual([...links].sort(), CASES.map((c) => `GET-${c.path.replace(/\//g, '-')}`).sort());
    for (const id of links) assert.equal((await get(`Help/Api/${id}`)).status, 200, id);
  });

  it('the element models have their ResourceModel page, linked from the description', async () => {
    for (const name of ['Order', 'Line']) {
      const page = await get(`Help/ResourceModel?modelName=${name}`);
      assert.equal(page.status, 200, `ResourceModel ${name}: ${page.body}`);
      assert.match(page.body, new RegExp(`<h1>${name}</h1>`));
    }
    const orders = await get('Help/Api/GET-api-Shop-Orders');
    assert.match(orders.body, /Collection of <a href="\/Help\/ResourceModel\?modelName=Order">Order<\/a>/);
    assert.equal((await get('Help/ResourceModel?modelName=ListOfOrder')).status, 404, 'a collection has no model page of its own');
  });
});
