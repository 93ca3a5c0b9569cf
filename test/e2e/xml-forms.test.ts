/**
 * Issue 16 item 4: an XML request body is read in either form of its DTO — DataContract (the
 * contract's namespace) or XmlSerializer (none) — when both forms carry the same members under the
 * same names; the response keeps the DTO's own form. A DTO whose forms disagree reads its own only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addBatchItems } from '../fixtures/dialects-app.js';
import { helloHost } from '../fixtures/hello-app.js';
import { http } from '../support/http.js';

const api = http(addBatchItems(helloHost().host));
const DC = 'http://schemas.datacontract.org/2004/07/MyApp.ServiceModel';
const I = 'xmlns:i="http://www.w3.org/2001/XMLSchema-instance"';

const post = (path: string, body: string) => api.post(path).set({ 'Content-Type': 'application/xml', Accept: 'application/xml' }).send(body);

describe('both XML forms of a request DTO are read (issue 16 item 4)', () => {
  const CASES = [
    { dialect: 'servicestack (DataContractSerializer)', path: '/batch-item', root: 'BatchItem', own: 'dcs' },
    { dialect: 'aspnet (DataContractSerializer)', path: '/api/web/batch-item', root: 'WebBatchItem', own: 'dcs' },
    { dialect: 'aspnet (XmlSerializer)', path: '/api/web/xs-item', root: 'XsItem', own: 'xs' },
  ] as const;
  for (const c of CASES) {
    it(`${c.dialect}: the DataContract form and the XmlSerializer form give the same answer, in the DTO's own form`, async () => {
      const dcs = await post(c.path, `<${c.root} ${I} xmlns="${DC}"><Fail>false</Fail><Id>5</Id></${c.root}>`);
      const xs = await post(c.path, `<${c.root}><Id>5</Id><Fail>false</Fail></${c.root}>`);
      assert.equal(dcs.status, 200, dcs.text);
      assert.equal(xs.status, 200, xs.text);
      assert.equal(dcs.text, xs.text);
      assert.match(dcs.text, /<Id>5<\/Id>/);
      assert.match(dcs.text, c.own === 'xs' ? /^<XsItemResponse xmlns:xsd=/ : /xmlns="http:\/\/schemas\.datacontract\.org\/2004\/07\/MyApp\.ServiceModel"/);
    });
  }

  it('a DataContract that renames its members reads only its own form (the other would lose values)', async () => {
    const own = await post('/renamed-item', `<RenamedItem ${I} xmlns="http://example.org/renamed"><fail>false</fail><item_id>5</item_id></RenamedItem>`);
    assert.equal(own.status, 200, own.text);
    assert.match(own.text, /<Id>5<\/Id>/);
    const other = await post('/renamed-item', '<RenamedItem><Id>5</Id><Fail>false</Fail></RenamedItem>');
    assert.equal(other.status, 400, other.text);
  });
});
