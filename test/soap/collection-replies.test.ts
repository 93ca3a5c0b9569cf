/**
 * `@Returns` of a collection or primitive over SOAP (library issue 17 item 1): the WSDL declares a
 * request-response operation whose output part is the collection's DataContract root element
 * (`ArrayOfOrder`, `ArrayOfstring`, `long`), its XSD defines that element, and the SOAP reply body
 * carries the collection — as DataContractSerializer writes ServiceStack's reply. The metadata
 * operation page shows the collection as the response sample.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addSoapEndpoints } from '../../src/index.js';
import { addMetadataPages } from '../../metadata/metadata-feature.js';
import { shopHost } from '../fixtures/shop-app.js';
import { http, text } from '../support/http.js';
import { envelope, SOAP12_NS } from './soap-app.js';

const SHOP_NS = 'http://schemas.datacontract.org/2004/07/Shop.ServiceModel';
const api = http(addMetadataPages(addSoapEndpoints(shopHost())));

const post12 = (body: string) => api.post('/soap12').set('Content-Type', 'application/soap+xml; charset=utf-8').send(envelope(SOAP12_NS, body));
const SER = 'http://schemas.microsoft.com/2003/10/Serialization/';

describe('collection and primitive replies over SOAP', () => {
  it('WSDL: each is a request-response operation whose output part is the reply\'s root element', async () => {
    const wsdl = text(await api.get('/soap12'));
    const out = (op: string): string | undefined => new RegExp(`<wsdl:message name="${op}Out">\\s*<wsdl:part name="par" element="(\\w+):(\\w+)" />`).exec(wsdl)?.slice(1).join(':');
    const ns = (prefix: string): string | undefined => new RegExp(`xmlns:${prefix}="([^"]+)"`).exec(wsdl)?.[1];
    const expected: Record<string, [name: string, ns: string]> = {
      GetOrders: ['ArrayOfOrder', SHOP_NS], GetNames: ['ArrayOfstring', `${SER}Arrays`], GetStock: ['ArrayOfKeyValueOfstringint', `${SER}Arrays`],
      GetIds: ['ArrayOfint', `${SER}Arrays`], GetCount: ['long', SER],
    };
    for (const [op, [name, namespace]] of Object.entries(expected)) {
      const part = out(op);
      assert.ok(part, `${op}: no ${op}Out message`);
      const [prefix, local] = part.split(':');
      assert.equal(local, name, op);
      assert.equal(ns(prefix!), namespace, op);
      assert.ok(wsdl.includes(`<wsdl:operation name="${op}">\n        <wsdl:input message="svc:${op}In" />\n        <wsdl:output message="svc:${op}Out" />`), `${op}: not request-response`);
    }
    assert.ok(!wsdl.includes('OneWay'), 'no operation is one-way');
    // The XSD defines the elements the parts name.
    for (const t of ['ArrayOfOrder', 'ArrayOfstring', 'ArrayOfKeyValueOfstringint', 'ArrayOfint', 'long']) assert.ok(wsdl.includes(`<xs:element name="${t}" nillable="true"`), t);
  });

  it('the SOAP reply body carries the collection or value as DataContractSerializer writes it', async () => {
    const cases: [string, string][] = [
      [`<GetOrders xmlns="${SHOP_NS}"><Count>2</Count></GetOrders>`, `<ArrayOfOrder xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="${SHOP_NS}"><Order><Id>1</Id><Name>o1</Name></Order><Order><Id>2</Id><Name>o2</Name></Order></ArrayOfOrder>`],
      [`<GetNames xmlns="${SHOP_NS}" />`, `<ArrayOfstring xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="${SER}Arrays"><string>a</string><string>b</string></ArrayOfstring>`],
      [`<GetCount xmlns="${SHOP_NS}" />`, `<long xmlns="${SER}">7</long>`],
    ];
    for (const [request, reply] of cases) {
      const res = await post12(request);
      assert.equal(res.status, 200, text(res));
      assert.equal(text(res), `<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="${SOAP12_NS}"><s:Body>${reply}</s:Body></s:Envelope>`);
    }
  });

  it('metadata operation pages show the collection or value as the response sample', async () => {
    const samples: [string, string, string][] = [
      ['GetOrders', 'json', '[{&quot;id&quot;:0,&quot;name&quot;:&quot;String&quot;}]'],
      ['GetOrders', 'xml', '&lt;ArrayOfOrder xmlns:i=&quot;http://www.w3.org/2001/XMLSchema-instance&quot; xmlns=&quot;http://schemas.datacontract.org/2004/07/Shop.ServiceModel&quot;&gt;\n  &lt;Order&gt;\n    &lt;Id&gt;0&lt;/Id&gt;'],
      ['GetNames', 'jsv', '[\n\tString\n]'],
      ['GetStock', 'json', '{&quot;String&quot;:0}'],
      ['GetCount', 'xml', '&lt;long xmlns=&quot;http://schemas.microsoft.com/2003/10/Serialization/&quot;&gt;0&lt;/long&gt;'],
    ];
    for (const [op, format, sample] of samples) {
      const page = text(await api.get(`/${format}/metadata?op=${op}`));
      const at = page.indexOf('<div class="response">');
      assert.ok(at >= 0, `${op} ${format}: no response sample`);
      assert.ok(page.slice(at, page.indexOf('</pre>', at)).includes(sample), `${op} ${format}: ${page.slice(at, page.indexOf('</pre>', at))}`);
    }
  });
});
