/**
 * Seeds 000 and 001 on the wire. The DTOs reproduce the .NET oracle's bytes (Json.NET with Web
 * API settings, DataContractSerializer for seed 000, XmlSerializer for seed 001); the endpoints
 * accept the seeds' own sample bytes in every listed media type, and answer in the seeds' shape —
 * their error cases in Web API 2's (issue 25 item 5): every body member that does not convert its
 * own `request.X` entry with no reader text (the product's error detail is Never), FileId a
 * declared action parameter (Web API's conversion message; missing → 404, whose quoted URI never
 * carries the access key), 405, 415, and /Help documenting those bodies.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  BaseResponseModel, CreateTwoFactorSmsOtpRequest, CreateTwoFactorSmsOtpResponse, CreateTwoFactorSmsOtpResponseCode, Verify2FAOptInRequest,
} from '../../dtos/index.js';
import { codecOptions, getDtoMeta, jsonFormat, xmlFormat, type Constructor } from '../../src/index.js';
import { createBody, newUser } from './support/helpers.js';
import { MessageBirdStub } from './support/messagebird-stub.js';
import { oracleVectors, seedText, type OracleVector } from './support/shared-files.js';
import { sqliteDatabase, type TestDatabase } from './support/test-databases.js';
import { startApp, testConfig, type RunningApp } from './support/test-app.js';
import { compactXml, substituteJson, xmlShape } from './support/wire-shape.js';

const OPT_IN = '/User/opt-in-to-2fa';
const HOST = 'api.example';
const invalid = (entries: Record<string, string>) => JSON.stringify({ Message: 'The request is invalid.', ModelState: Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, [v]])) });
const invalidXml = (entries: Record<string, string>) =>
  `<Error><Message>The request is invalid.</Message><ModelState>${Object.entries(entries).map(([k, v]) => `<${k}>${v}</${k}>`).join('')}</ModelState></Error>`;

const ASPNET = codecOptions({ dialect: 'aspnet' });
const DTOS: Record<string, Constructor> = { CreateTwoFactorSmsOtpRequest, CreateTwoFactorSmsOtpResponse, Verify2FAOptInRequest, BaseResponseModel };

/** An oracle `value` as a DTO instance ($guid tags, enum names, {$enum, value} numbers). */
function toDto(ctor: Constructor, value: Record<string, unknown>): object {
  const dto = new (ctor as unknown as new () => Record<string, unknown>)();
  for (const m of getDtoMeta(ctor).allMembers) {
    let v = value[m.name];
    if (v && typeof v === 'object' && '$guid' in v) v = (v as { $guid: string }).$guid;
    else if (v && typeof v === 'object' && '$enum' in v) v = (v as unknown as { value: number }).value;
    else if (typeof v === 'string' && m.type.kind === 'enum') v = (CreateTwoFactorSmsOtpResponseCode as unknown as Record<string, number>)[v];
    else if (Array.isArray(v) && m.type.kind === 'list' && m.type.of.kind === 'class') v = v.map((x) => toDto((m.type as { of: { ctor: Constructor } }).of.ctor, x as Record<string, unknown>));
    dto[m.name] = v;
  }
  return dto;
}

describe('seed DTOs reproduce the .NET oracle', () => {
  const vectors = oracleVectors().vectors.filter((v) => DTOS[v.type]);
  const ownSerializer = (v: OracleVector): boolean => (getDtoMeta(DTOS[v.type]!).xml === 'XmlSerializer') === (v.serializer === 'XmlSerializer');
  it('has vectors for every seed type', () => assert.ok(vectors.filter((v) => v.sample === 'seed').length >= 4));
  for (const v of vectors.filter(ownSerializer)) {
    it(`${v.type}/${v.sample}: JSON = jsonNet, XML = ${v.serializer}`, () => {
      const ctor = DTOS[v.type]!;
      const dto = toDto(ctor, v.value);
      assert.equal(jsonFormat.write(dto, { kind: 'class', ctor }, ASPNET), v.jsonNet);
      if (v.xml === null) {
        assert.throws(() => xmlFormat.write(dto, { kind: 'class', ctor }, ASPNET), 'what .NET refuses to write, we refuse too');
        return;
      }
      assert.equal(xmlFormat.write(dto, { kind: 'class', ctor }, ASPNET), v.xml);
      const back = xmlFormat.read(v.xml, { kind: 'class', ctor }, ASPNET);
      assert.equal(jsonFormat.write(back, { kind: 'class', ctor }, ASPNET), v.jsonNet, 'reads back to the same value');
    });
  }
});

const seed000 = seedText('000');
const seed001 = seedText('001');
const SEED = {
  createJson: /Sample:\n(\{\n"UserId"[\s\S]*?\n\})/.exec(seed000)![1]!,
  createXml: /<CreateTwoFactorSmsOtpRequest [\s\S]*?<\/CreateTwoFactorSmsOtpRequest>/.exec(seed000)![0],
  createResponseJson: /Sample:\n(\{\n"Id"[\s\S]*?\n\})/.exec(seed000)![1]!,
  createResponseXml: /<CreateTwoFactorSmsOtpResponse [\s\S]*?<\/CreateTwoFactorSmsOtpResponse>/.exec(seed000)![0],
  verifyJson: /(\{\n {2}"ProviderUserId"[\s\S]*?\n\})/.exec(seed001)![1]!,
  verifyXml: /<Verify2FAOptInRequest [\s\S]*?<\/Verify2FAOptInRequest>/.exec(seed001)![0],
  baseResponseJson: /(\{\n {2}"StatusMessage"[\s\S]*?\n\})\n\napplication\/xml/.exec(seed001)![1]!,
  baseResponseXml: /<BaseResponseModel [\s\S]*?<\/BaseResponseModel>/.exec(seed001)![0],
};

describe('seeds 000 and 001 over HTTP', () => {
  const stub = new MessageBirdStub();
  let db: TestDatabase;
  let t: RunningApp;
  let key: string;
  before(async () => {
    await stub.start();
    db = await sqliteDatabase().create();
    t = await startApp(testConfig(db.url));
    // The seed asks for configuration 3: give it one, so the sample reaches number validation.
    await t.app.dataSource.query("INSERT INTO two_factor_configuration (id, tenant, name, enabled, code_length, message_template, originator, default_region, allowed_countries, default_expiry_seconds, min_expiry_seconds, max_expiry_seconds, max_sms_count, sms_interval_seconds, max_verify_attempts, created_at_ms, updated_at_ms) SELECT 3, tenant, 'seed', enabled, code_length, message_template, originator, default_region, allowed_countries, default_expiry_seconds, min_expiry_seconds, max_expiry_seconds, max_sms_count, sms_interval_seconds, max_verify_attempts, created_at_ms, updated_at_ms FROM two_factor_configuration WHERE id = 1");
    key = await t.app.accessKeys.create({ tenantId: '1', userId: newUser() });
  });
  after(async () => { await t?.stop(); await stub.stop(); await db?.drop(); });

  const CREATE = '/api/TwoFactor/CreateTwoFactorSmsOtp';

  for (const contentType of ['application/json', 'text/json']) {
    it(`seed 000 request, ${contentType}, the seed's own bytes → 200 in the seed's JSON shape`, async () => {
      const res = await t.api.post(CREATE).set('Content-Type', contentType).set('Accept', contentType).send(SEED.createJson);
      assert.equal(res.status, 200);
      assert.equal(res.headers['content-type'], `${contentType}; charset=utf-8`);
      assert.equal(res.text, substituteJson(SEED.createResponseJson, res.text));
      assert.equal(JSON.parse(res.text).Code, 1001, '"sample string 2" is no GSM number');
    });
  }

  for (const contentType of ['application/xml', 'text/xml']) {
    it(`seed 000 request, ${contentType}, the seed's own bytes → 200 in the seed's XML shape`, async () => {
      const res = await t.api.post(CREATE).set('Content-Type', contentType).set('Accept', contentType).send(SEED.createXml);
      assert.equal(res.status, 200);
      assert.equal(res.headers['content-type'], `${contentType}; charset=utf-8`);
      assert.deepEqual(xmlShape(res.text), xmlShape(compactXml(SEED.createResponseXml)));
      assert.match(res.text, /<Code>InvalidGsmNumber<\/Code>/);
      assert.ok(!res.text.startsWith('<?xml'), 'Web API writes no declaration');
    });
  }

  it('every request media type reaches the service with the same values', async () => {
    const body = createBody({ IsSync: true });
    const form = new URLSearchParams(Object.entries(body).map(([k, v]): [string, string] => [k, String(v)])).toString();
    const xml = `<CreateTwoFactorSmsOtpRequest xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/BusinessLayer.Dto.Request">${
      Object.keys(body).sort().map((k) => `<${k}>${String(body[k])}</${k}>`).join('')}</CreateTwoFactorSmsOtpRequest>`;
    const sent: [string, string][] = [['application/json', JSON.stringify({ ...body, UserId: newUser(), GsmNumber: body.GsmNumber })], ['text/xml', xml], ['application/x-www-form-urlencoded', form]];
    for (const [contentType, payload] of sent) {
      const res = await t.api.post(CREATE).set('Content-Type', contentType).set('Accept', 'application/json').send(payload);
      assert.equal(res.status, 200, contentType);
      assert.equal(res.body.Code, 1, `${contentType}: ${res.text}`);
    }
  });

  it('answers in every listed response type, and through the predefined routes and ?format=', async () => {
    for (const accept of ['application/json', 'text/json', 'application/xml', 'text/xml']) {
      const res = await t.api.post(CREATE).set('Accept', accept).send(createBody({ IsSync: false }));
      assert.equal(res.headers['content-type'], `${accept}; charset=utf-8`);
      const text = res.text;
      if (accept.endsWith('json')) assert.equal(text, substituteJson(SEED.createResponseJson, text));
      else assert.deepEqual(xmlShape(text), xmlShape(compactXml(SEED.createResponseXml)));
    }
    const viaJson = await t.api.post('/json/reply/CreateTwoFactorSmsOtpRequest').send(createBody({ IsSync: false }));
    assert.equal(viaJson.body.Code, 2);
    const viaXml = await t.api.post('/xml/reply/CreateTwoFactorSmsOtpRequest').set('Content-Type', 'application/xml').send(SEED.createXml);
    assert.match(viaXml.text, /^<CreateTwoFactorSmsOtpResponse .*<Code>InvalidGsmNumber<\/Code>/);
    const viaJsv = await t.api.post('/jsv/reply/CreateTwoFactorSmsOtpRequest').set('Content-Type', 'application/json').send('{}');
    assert.match(viaJsv.text, /Code:InvalidUserId/);
    const format = await t.api.post(`${CREATE}?format=xml`).send(createBody({ IsSync: false }));
    assert.match(format.text, /^<CreateTwoFactorSmsOtpResponse .*<Code>Queued<\/Code>/);
  });

  it('seed 001 request (JSON and XML, the seed\'s own bytes) → BaseResponseModel in the seed\'s shape, _links first in XML', async () => {
    const url = '/User/verify-2fa-opt-in?FileId=1';
    const json = await t.api.post(url).set('X-WsAccessKey', key).set('Content-Type', 'application/json').send(SEED.verifyJson);
    assert.equal(json.status, 400, 'ProviderUserId 1 with OTP "sample string 2" does not verify');
    assert.equal(json.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(json.text, substituteJson(SEED.baseResponseJson, json.text));
    for (const type of ['application/xml', 'text/xml']) {
      const xml = await t.api.post(url).set('X-WsAccessKey', key).set('Content-Type', type).send(SEED.verifyXml);
      assert.equal(xml.status, 400);
      assert.equal(xml.headers['content-type'], `${type}; charset=utf-8`);
      assert.deepEqual(xmlShape(xml.text), xmlShape(compactXml(SEED.baseResponseXml)));
    }
  });

  // Issue 25 item 5: the error cases in Web API 2's shapes (HttpError: Message, ModelState), JSON and XML.
  describe("errors in Web API 2's shapes", () => {
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
});

describe('strict HTTP statuses (TWOFACTOR_HTTP_STATUS=strict)', () => {
  let db: TestDatabase;
  let t: RunningApp;
  before(async () => { db = await sqliteDatabase().create(); t = await startApp(testConfig(db.url, { httpStatusMode: 'strict' })); });
  after(async () => { await t?.stop(); await db?.drop(); });

  it('keeps the envelope but sends 400, 404, 429 + Retry-After, 410', async () => {
    assert.equal((await t.api.post('/api/TwoFactor/CreateTwoFactorSmsOtp').send(createBody({ GsmNumber: 'x' }))).status, 400);
    assert.equal((await t.api.post('/api/TwoFactor/CreateTwoFactorSmsOtp').send(createBody({ TwoFactorConfigurationId: 99 }))).status, 404);
    const req = createBody({ MaxSMSCount: 1, IsSync: false });
    assert.equal((await t.api.post('/api/TwoFactor/CreateTwoFactorSmsOtp').send(req)).status, 200);
    const limited = await t.api.post('/api/TwoFactor/CreateTwoFactorSmsOtp').send(req);
    assert.equal(limited.status, 429);
    assert.equal(limited.headers['retry-after'], '600');
    assert.equal(limited.body.Code, 4000);
    assert.equal((await t.api.get('/api/TwoFactor/Otp/00000000-0000-4000-8000-000000000000')).status, 404);
    const created = await t.api.post('/api/TwoFactor/CreateTwoFactorSmsOtp').send(createBody({ IsSync: false }));
    t.clock.advance(121_000);
    const expired = await t.api.post('/api/TwoFactor/VerifyTwoFactorSmsOtp').send({ OtpIdReference: created.body.OtpIdReference, OtpCode: '123456' });
    assert.equal(expired.status, 410);
    assert.equal(expired.body.Code, 3102);
  });
});
