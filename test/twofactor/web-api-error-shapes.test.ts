/**
 * Issue 25 item 5: the product's seed-000/001 endpoints answer their error cases in Web API 2's
 * shapes (HttpError: Message, ModelState), in JSON and XML, over HTTP: every body member that does
 * not convert its own `request.X` entry (no reader text: the product's error detail is Never), the
 * partner API's FileId a declared action parameter (Web API's conversion message; missing → 404),
 * Web API's 404 (the URI it quotes never carries the access key), 405 and 415.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { newUser } from './support/helpers.js';
import { MessageBirdStub } from './support/messagebird-stub.js';
import { sqliteDatabase, type TestDatabase } from './support/test-databases.js';
import { startApp, testConfig, type RunningApp } from './support/test-app.js';

const CREATE = '/api/TwoFactor/CreateTwoFactorSmsOtp';
const OPT_IN = '/User/opt-in-to-2fa';
const HOST = 'api.example';
const invalid = (entries: Record<string, string>) => JSON.stringify({ Message: 'The request is invalid.', ModelState: Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, [v]])) });
const invalidXml = (entries: Record<string, string>) =>
  `<Error><Message>The request is invalid.</Message><ModelState>${Object.entries(entries).map(([k, v]) => `<${k}>${v}</${k}>`).join('')}</ModelState></Error>`;

describe("the product's Web API endpoints answer errors in Web API 2's shapes (issue 25 item 5)", () => {
  const stub = new MessageBirdStub();
  let db: TestDatabase;
  let t: RunningApp;
  let key: string;
  before(async () => {
    await stub.start();
    db = await sqliteDatabase().create();
    t = await startApp(testConfig(db.url));
    key = await t.app.accessKeys.create({ tenantId: '1', userId: newUser() });
  });
  after(async () => { await t?.stop(); await stub.stop(); await db?.drop(); });

  const create = (body: string, contentType: string, accept: string) =>
    t.api.post(CREATE).set('Host', HOST).set('Content-Type', contentType).set('Accept', accept).buffer(true).send(body);
  const optIn = (query: string, accept: string, body = '{"MobileNumber":"0401234567"}') =>
    t.api.post(`${OPT_IN}${query}`).set('Host', HOST).set('X-WsAccessKey', key).set('Content-Type', 'application/json').set('Accept', accept).buffer(true).send(body);

  it('seed 000: every member that does not convert is its own request.X entry, with no reader text (JSON, XML)', async () => {
    const body = `{"UserId":"${newUser()}","GsmNumber":"905551112233","TwoFactorConfigurationId":"abc","MaxSMSCount":1.5}`;
    const json = await create(body, 'application/json', 'application/json');
    assert.equal(json.status, 400, json.text);
    const entries = { 'request.TwoFactorConfigurationId': 'An error has occurred.', 'request.MaxSMSCount': 'An error has occurred.' };
    assert.equal(json.text, invalid(entries));
    const xml = await create(body, 'application/json', 'application/xml');
    assert.equal(xml.text, invalidXml(entries));
  });

  it('seed 000: a body that is no JSON object is keyed by the bare parameter name', async () => {
    assert.equal((await create('[1,2]', 'application/json', 'application/json')).text, invalid({ request: 'An error has occurred.' }));
  });

  it("seed 000: Web API's 405 with Allow, 404 for an unknown action, 415 for a media type no formatter reads", async () => {
    const wrongVerb = await t.api.get(CREATE).set('Accept', 'application/xml').buffer(true);
    assert.equal(wrongVerb.status, 405);
    assert.equal(wrongVerb.headers.allow, 'POST');
    assert.equal(wrongVerb.text, "<Error><Message>The requested resource does not support http method 'GET'.</Message></Error>");
    const unknown = await t.api.get('/api/TwoFactor/Nope').set('Host', HOST).set('Accept', 'application/json');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.text, `{"Message":"No HTTP resource was found that matches the request URI 'http://${HOST}/api/TwoFactor/Nope'."}`);
    const plain = await create('x', 'text/plain', 'application/json');
    assert.equal(plain.status, 415);
    assert.equal(plain.text, `{"Message":"The request entity's media type 'text/plain' is not supported for this resource."}`);
  });

  it("seed 001: FileId is Web API's Int32 parameter — '1,5' and 'abc' are refused with its message, overflow hides its text", async () => {
    for (const [query, message] of [['?FileId=1,5', "The value '1,5' is not valid for Int32."], ['?FileId=abc', "The value 'abc' is not valid for Int32."], ['?FileId=2147483648', 'An error has occurred.']]) {
      const res = await optIn(query!, 'application/json');
      assert.equal(res.status, 400, `${query}: ${res.text}`);
      assert.equal(res.text, invalid({ FileId: message! }));
    }
    assert.equal((await optIn('?FileId=', 'application/xml')).text, invalidXml({ 'FileId.Int32': 'A value is required but was not present in the request.' }));
  });

  it("seed 001: a missing FileId selects no action — Web API's 404 (JSON, XML)", async () => {
    const json = await optIn('', 'application/json');
    assert.equal(json.status, 404);
    assert.equal(json.text, `{"Message":"No HTTP resource was found that matches the request URI 'http://${HOST}${OPT_IN}'."}`);
    const xml = await optIn(`?wsaccesskey=${encodeURIComponent(key)}&x=1`, 'application/xml');
    assert.equal(xml.status, 404);
    assert.equal(xml.text, `<Error><Message>No HTTP resource was found that matches the request URI 'http://${HOST}${OPT_IN}?wsaccesskey=***&amp;x=1'.</Message></Error>`);
    assert.ok(!xml.text.includes(key), 'the access key is never echoed');
  });

  it('seed 001: an empty body is a null request, answered as one with every member missing', async () => {
    const res = await t.api.post(`${OPT_IN}?FileId=1`).set('X-WsAccessKey', key).set('Content-Type', 'application/json').set('Accept', 'application/json').send('');
    assert.equal(res.status, 400, res.text);
    assert.equal(res.text, invalid({ 'request.MobileNumber': 'The MobileNumber field is required.' }));
  });

  it('/Help documents the error bodies (400 ModelState, 401, 404, 405, 415, 500) as the server writes them', async () => {
    const page = await t.api.get('/Help/Api/POST-User-opt-in-to-2fa');
    assert.equal(page.status, 200);
    const section = /<section class="error-responses">([\s\S]*?)<\/section>/.exec(page.text)?.[1] ?? '';
    assert.deepEqual([...section.matchAll(/<h3>(\d{3}) /g)].map((m) => m[1]), ['400', '401', '404', '405', '415', '500']);
    const documented = (status: number, media: 'json' | 'xml'): string => {
      const block = section.split(/<h3>/).find((b) => b.startsWith(`${status} `)) ?? '';
      const pre = [...block.matchAll(/<pre class="wrapped">([\s\S]*?)<\/pre>/g)].map((m) => m[1]!.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
      return media === 'json' ? JSON.stringify(JSON.parse(pre[0]!)) : pre[1]!.replace(/>\s+</g, '><');
    };
    assert.equal(documented(400, 'json'), invalid({ 'FileId.Int32': 'A value is required but was not present in the request.', 'request.MobileNumber': 'An error has occurred.' }));
    const live405 = await t.api.get(`${OPT_IN}?FileId=1`).set('Accept', 'application/xml').buffer(true);
    assert.equal(documented(405, 'xml'), live405.text, 'the 405 sample is what the server answers');
    const live401 = await t.api.post(`${OPT_IN}?FileId=1`).set('Content-Type', 'application/json').send('{"MobileNumber":"0401234567"}');
    assert.equal(documented(401, 'json'), live401.text);
    assert.equal(documented(500, 'json'), '{"Message":"An error has occurred."}');
    assert.match(documented(404, 'json'), /^\{"Message":"No HTTP resource was found that matches the request URI 'http:\/\/localhost\/User\/opt-in-to-2fa'\."\}$/);
  });

  it('seed 001: a body member that does not convert, next to a bad FileId: both entries, the URI parameter first', async () => {
    const res = await optIn('?FileId=x', 'application/json', '{"MobileNumber":{"a":1}}');
    assert.equal(res.text, invalid({ FileId: "The value 'x' is not valid for Int32.", 'request.MobileNumber': 'An error has occurred.' }));
  });
});
