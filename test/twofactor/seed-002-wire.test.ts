/**
 * Seed 002 on the product host: the request body of the seed's JSV sample binds, the response has
 * the seed's shape in JSV (compact and `?debug` pretty), JSON and DataContract XML, a typed error
 * fills `responseStatus` as the seed shows it, and the operation page reproduces the seed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { firstMissingInOrder, pageLines, preBlocks } from '../metadata/support/page-text.js';
import { getPage } from '../metadata/support/seeds.js';
import { callerFor, send, type Caller } from './support/factor-client.js';
import { fitsShape, jsonShape, jsvShape } from './support/jsv-shape.js';
import { seedText } from './support/shared-files.js';
import { sqliteDatabase, type TestDatabase } from './support/test-databases.js';
import { startApp, testConfig, type RunningApp } from './support/test-app.js';

const SEED = seedText('002');
const REQUEST_SAMPLE = /Content-Length: length\n\n(\{\n\torganisationId: String\n\})\nHTTP\/1\.1 200 OK/.exec(SEED)![1]!;
const RESPONSE_SAMPLE = SEED.slice(SEED.lastIndexOf('Content-Length: length\n\n') + 'Content-Length: length\n\n'.length);
const SEED_SHAPE = jsvShape(RESPONSE_SAMPLE);
const URL = '/users/2fa/generate-key';
const UA_NS = 'http://schemas.datacontract.org/2004/07/Infrastructure.Api.Interfaces.ServiceOperations.UserAccounts';

describe('seed 002 (PUT /users/2fa/generate-key) on the product host', () => {
  let db: TestDatabase;
  let t: RunningApp;
  let c: Caller;
  before(async () => {
    db = await sqliteDatabase().create();
    t = await startApp(testConfig(db.url));
  });
  after(async () => { await t?.stop(); await db?.drop(); });

  /** A new user per test, so earlier tests' keys never change an answer. */
  const fresh = async (): Promise<Caller> => (c = await callerFor(t, '1', undefined, 'alice@example.com'));

  it('the seed\'s JSV request body binds (organisationId); the answer is compact JSV in the seed\'s shape', async () => {
    await fresh();
    const body = REQUEST_SAMPLE.replace('String', '1');
    const res = await t.api.put(URL).set(c.auth).set('Content-Type', 'text/jsv').set('Accept', 'text/jsv').send(body);
    assert.equal(res.status, 200, res.text);
    assert.equal(res.headers['content-type'], 'application/jsv');
    assert.match(res.text, /^\{twoFactorUri:"otpauth:\/\/totp\/Stackport:alice%40example\.com\?secret=[A-Z2-7]{32}&issuer=Stackport"\}$/);
    assert.ok(fitsShape(jsvShape(res.text), SEED_SHAPE));
    const other = await t.api.put(URL).set(c.auth).set('Content-Type', 'text/jsv').send(REQUEST_SAMPLE.replace('String', '2'));
    assert.equal(other.status, 404, 'the bound organisationId is the one checked against the caller');
  });

  it('?debug pretty-prints the JSV as the seed\'s sample is laid out', async () => {
    await fresh();
    const res = await t.api.put(`${URL}?debug`).set(c.auth).set('Content-Type', 'text/jsv').set('Accept', 'text/jsv').send('{organisationId:1}');
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'text/plain');
    const lines = res.text.split('\n').map((l) => l.replace(/^(\t+twoFactorUri: ).+$/, '$1String'));
    assert.deepEqual(lines, ['{', '\ttwoFactorUri: String', '}']);
    assert.equal(firstMissingInOrder(lines, RESPONSE_SAMPLE.split('\n')), undefined, 'every line is the seed\'s, in its order');
  });

  it('JSON (camelCase) and DataContract XML carry the same members', async () => {
    await fresh();
    const json = await send(t, c, 'put', URL, { organisationId: '1' }).set('Accept', 'application/json');
    assert.equal(json.headers['content-type'], 'application/json; charset=utf-8');
    assert.match(json.text, /^\{"twoFactorUri":"otpauth:\/\/totp\/[^"]+"\}$/);
    assert.ok(fitsShape(jsonShape(JSON.parse(json.text)), SEED_SHAPE));
    await fresh();
    const xmlBody = '<GenerateTwoFactorAuthenticationKeyRequest xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="' + UA_NS + '">'
      + '<OrganisationId xmlns="http://schemas.datacontract.org/2004/07/Infrastructure.Api.Interfaces.ServiceOperations">1</OrganisationId></GenerateTwoFactorAuthenticationKeyRequest>';
    const xml = await t.api.put(URL).set(c.auth).set('Content-Type', 'application/xml').set('Accept', 'application/xml').send(xmlBody);
    assert.equal(xml.status, 200, xml.text);
    assert.equal(xml.headers['content-type'], 'application/xml');
    assert.match(xml.text, new RegExp('^<\\?xml version="1\\.0" encoding="utf-8"\\?><GenerateTwoFactorAuthenticationKeyResponse xmlns:i="http://www\\.w3\\.org/2001/XMLSchema-instance" xmlns="'
      + UA_NS.replace(/\./g, '\\.') + '"><ResponseStatus xmlns:d2p1="http://schemas\\.servicestack\\.net/types" i:nil="true" /><TwoFactorUri>otpauth://totp/Stackport:alice%40example\\.com\\?secret=[A-Z2-7]{32}&amp;issuer=Stackport</TwoFactorUri></GenerateTwoFactorAuthenticationKeyResponse>$'));
  });

  it('a typed error fills responseStatus as the seed shows it: errorCode, message, errors[{errorCode, fieldName, message, meta}]', async () => {
    await fresh();
    const res = await t.api.put(URL).set(c.auth).set('Content-Type', 'text/jsv').set('Accept', 'text/jsv').send('{organisationId:}');
    assert.equal(res.status, 400);
    assert.equal(res.text, "{responseStatus:{errorCode:NotEmpty,message:'Organisation Id' must not be empty.,errors:[{errorCode:NotEmpty,fieldName:OrganisationId,message:'Organisation Id' must not be empty.,meta:{PropertyName:Organisation Id}}]}}");
    assert.ok(fitsShape(jsvShape(res.text), SEED_SHAPE));
    const json = await send(t, c, 'put', URL, {});
    assert.deepEqual(JSON.parse(json.text), { responseStatus: { errorCode: 'NotEmpty', message: "'Organisation Id' must not be empty.", errors: [{ errorCode: 'NotEmpty', fieldName: 'OrganisationId', message: "'Organisation Id' must not be empty.", meta: { PropertyName: 'Organisation Id' } }] } });
    assert.ok(fitsShape(jsonShape(JSON.parse(json.text)), SEED_SHAPE));

    const notFound = await send(t, c, 'put', '/users/2fa/verify-code', { organisationId: '1', code: '123456' }).set('Accept', 'text/jsv');
    assert.equal(notFound.status, 404);
    // The error DTO is the operation's response type; its value-type member keeps its default, as in ServiceStack.
    assert.equal(notFound.text, '{responseStatus:{errorCode:NotFound,message:No two-factor authentication key exists; generate one first.,errors:[]},isValid:False}');

    const anonymous = await t.api.put(URL).set('Content-Type', 'text/jsv').set('Accept', 'text/jsv').send('{organisationId:1}');
    assert.equal(anonymous.status, 401);
    assert.equal(anonymous.headers['www-authenticate'], 'jwt realm="/auth/jwt"');
    // No credential: [Authenticate]'s short-circuit, the provider's challenge and no body, in every format.
    assert.equal(anonymous.text, '');
    const bad = await t.api.put(URL).set('Authorization', 'Bearer not-a-token').set('Accept', 'application/xml').send('');
    assert.equal(bad.status, 401);
    assert.match(bad.text, /^<\?xml version="1\.0" encoding="utf-8"\?><GenerateTwoFactorAuthenticationKeyResponse [^>]+><ResponseStatus xmlns:d2p1="http:\/\/schemas\.servicestack\.net\/types"><d2p1:ErrorCode>Unauthorized<\/d2p1:ErrorCode><d2p1:Message>Not Authenticated<\/d2p1:Message>/);
  });

  it('the operation page shows "Requires Authentication", the route, the seed\'s C# listing and JSV samples', async () => {
    const page = await getPage(t.app.host, '/jsv/metadata?op=GenerateTwoFactorAuthenticationKeyRequest&lang=csharp', { host: 'foundrystage-api-app.azurewebsites.net' });
    assert.equal(page.status, 200);
    const lines = pageLines(page.body);
    const expected = SEED.split('\n').filter((l) => l.trim()).slice(SEED.split('\n').filter((l) => l.trim()).indexOf('GenerateTwoFactorAuthenticationKeyRequest'));
    assert.equal(firstMissingInOrder(expected, lines), undefined);
    assert.ok(lines.includes('Requires Authentication'));
    assert.ok(lines.includes('PUT/users/2fa/generate-key'));
    const [csharp, request, response] = preBlocks(page.body);
    const listing = SEED.slice(SEED.indexOf('using System;'), SEED.indexOf('C# GenerateTwoFactorAuthenticationKeyRequest DTOs'));
    assert.equal(csharp, listing.replace(/\n+$/, '\n\n'));
    assert.equal(request, SEED.slice(SEED.indexOf('PUT /users/2fa/generate-key HTTP/1.1'), SEED.indexOf('HTTP/1.1 200 OK')).replace(/\n$/, ''));
    assert.equal(response!.replace(/\n$/, ''), SEED.slice(SEED.indexOf('HTTP/1.1 200 OK')));
  });
});
