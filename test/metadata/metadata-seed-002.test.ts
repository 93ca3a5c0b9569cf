/**
 * Golden: the ServiceStack operation page `/jsv/metadata?op=…&lang=csharp` of seed 002's
 * operation contains the seed text-for-text: every seed line in order, and the C# listing and
 * both HTTP samples as exact blocks.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seed002Host } from './fixtures/seed-002-app.js';
import { firstMissingInOrder, pageLines, preBlocks } from './support/page-text.js';
import { getPage, seed } from './support/seeds.js';

const URL = '/jsv/metadata?op=GenerateTwoFactorAuthenticationKeyRequest&lang=csharp';
const HOST = { host: 'foundrystage-api-app.azurewebsites.net' };

describe('metadata page golden: seed 002', () => {
  it('contains every line of the seed, in order', async () => {
    const page = await getPage(seed002Host(), URL, HOST);
    assert.equal(page.status, 200);
    assert.equal(page.contentType, 'text/html; charset=utf-8');
    const expected = seed('002').split('\n').filter((l) => l.trim());
    assert.equal(firstMissingInOrder(expected, pageLines(page.body)), undefined);
  });

  it('the C# listing and the request and response samples are the seed\'s blocks exactly', async () => {
    const text = seed('002');
    const [csharp, request, response] = preBlocks((await getPage(seed002Host(), URL, HOST)).body);
    const listing = text.slice(text.indexOf('using System;'), text.indexOf('C# GenerateTwoFactorAuthenticationKeyRequest DTOs'));
    assert.equal(csharp, listing.replace(/\n+$/, '\n\n'));
    assert.equal(request, text.slice(text.indexOf('PUT /users/2fa/generate-key HTTP/1.1'), text.indexOf('HTTP/1.1 200 OK')).replace(/\n$/, ''));
    assert.equal(response!.replace(/\n$/, ''), text.slice(text.indexOf('HTTP/1.1 200 OK')));
  });

  it('JSON and XML pages carry the same structure with their own content types', async () => {
    const host = seed002Host();
    const jsonPage = await getPage(host, '/json/metadata?op=GenerateTwoFactorAuthenticationKeyRequest', HOST);
    assert.match(jsonPage.body, /Accept: application\/json\n/);
    assert.match(jsonPage.body, /\{&quot;organisationId&quot;:&quot;String&quot;\}/);
    const xmlPage = await getPage(host, '/xml/metadata?op=GenerateTwoFactorAuthenticationKeyRequest', HOST);
    assert.match(xmlPage.body, /Content-Type: application\/xml\n/);
    // DataContractSerializer qualifies a base-class member with the base class's namespace.
    assert.match(xmlPage.body, /&lt;OrganisationId xmlns=&quot;http:\/\/schemas.datacontract.org\/2004\/07\/Infrastructure.Api.Interfaces.ServiceOperations&quot;&gt;String&lt;\/OrganisationId&gt;/);
    assert.match(xmlPage.body, /<caption><b>PutOperationTenanted&lt;TResponse&gt;<\/b> Parameters:<\/caption>/);
  });

  it('the index links every operation in every format; unknown operations answer 404', async () => {
    const host = seed002Host();
    const index = await getPage(host, '/metadata');
    assert.match(index.body, /<h1>Foundry API<\/h1>/);
    assert.match(index.body, /title="Requires Authentication"/);
    for (const f of ['json', 'xml', 'jsv']) assert.match(index.body, new RegExp(`href="/${f}/metadata\\?op=GenerateTwoFactorAuthenticationKeyRequest"`));
    assert.equal((await getPage(host, '/json/metadata?op=Nope')).status, 404);
  });

  it('escapes everything it renders', async () => {
    const page = await getPage(seed002Host(), '/json/metadata?op=%3Cscript%3E', HOST);
    assert.doesNotMatch(page.body, /<script>/);
    assert.match(page.body, /&lt;script&gt;/);
  });
});
