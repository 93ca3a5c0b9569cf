/**
 * Issue 16 items 3 and 4 on the product, over real HTTP: what JsvServiceClient asks for
 * (`Accept: application/jsv`) is answered in JSV on the ASP.NET-dialect and gateway routes, and
 * the XmlSerializer-dialect opt-in reads the DataContract form XmlServiceClient sends (and still
 * the XmlSerializer form), answering in its own form. SQLite; the development SMS sender.
 */
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { after, before, beforeEach, describe, it } from 'node:test';
import { callerFor, ZITADEL } from './support/factor-client.js';
import { createBody, newUser } from './support/helpers.js';
import { sqliteDatabase, type TestDatabase } from './support/test-databases.js';
import { startApp, testConfig, type RunningApp } from './support/test-app.js';

const newAuMobile = (): string => `040${randomInt(0, 10_000_000).toString().padStart(7, '0')}`;
const XML_RESPONSE = /^<OptInTo2FAResponse xmlns:xsd="http:\/\/www\.w3\.org\/2001\/XMLSchema" xmlns:xsi="http:\/\/www\.w3\.org\/2001\/XMLSchema-instance"><_links>.*<\/_links><StatusMessage>[^<]+<\/StatusMessage><ProviderUserId>[1-9]\d*<\/ProviderUserId><\/OptInTo2FAResponse>$/;

describe('the product answers the formats ServiceStack clients send and ask for (issue 16 items 3, 4)', () => {
  const target = sqliteDatabase();
  let db: TestDatabase;
  let t: RunningApp;
  let key: string;
  before(async () => {
    db = await target.create();
    t = await startApp(testConfig(db.url, { smsProvider: 'development' }));
    key = await t.app.accessKeys.create({ tenantId: '1', userId: newUser() });
  });
  after(async () => { await t?.stop(); await db?.drop(); });
  beforeEach(() => t.clock.advance(601_000));

  it('Accept: application/jsv on an ASP.NET-dialect route answers JSV (CreateTwoFactorSmsOtp)', async () => {
    const res = await t.api.post('/api/TwoFactor/CreateTwoFactorSmsOtp').set('Accept', 'application/jsv').send(createBody());
    assert.equal(res.status, 200, res.text);
    assert.equal(res.headers['content-type'], 'application/jsv');
    assert.match(res.text, /^\{Id:\d+,OtpIdReference:[0-9a-f-]{36},ReferenceCode:\w+,RemainingExpirationSeconds:120,GsmNumber:\+90\*+\d{4},Success:True,Code:Success\}$/);
  });

  it('Accept: application/jsv on the XmlSerializer-dialect opt-in answers JSV', async () => {
    const res = await t.api.post('/User/opt-in-to-2fa?FileId=1').set('X-WsAccessKey', key).set('Accept', 'application/jsv').send({ MobileNumber: newAuMobile() });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.headers['content-type'], 'application/jsv');
    assert.match(res.text, /^\{ProviderUserId:[1-9]\d*,StatusMessage:[^,]+,_links:\[\{rel:verify,/);
  });

  it('Accept: application/jsv on a gateway route answers JSV, with the names protojson uses', async () => {
    const c = await callerFor(t, '1');
    const res = await t.api.post(`${ZITADEL}/otp`).set(c.auth).set('Accept', 'application/jsv').set('Content-Type', 'application/json').send('{}');
    assert.equal(res.status, 200, res.text);
    assert.equal(res.headers['content-type'], 'application/jsv');
    assert.match(res.text, /^\{url:"otpauth:\/\/totp\/[^"]+",secret:[A-Z2-7]+,details:\{sequence:\d+,creationDate:[^,]+,changeDate:[^,]+,resourceOwner:1\}\}$/);
  });

  it('OptInTo2FARequest reads the DataContract form XmlServiceClient sends, and answers in XmlSerializer form', async () => {
    const body = '<OptInTo2FARequest xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/PartnerApi.Models">'
      + `<MobileNumber>${newAuMobile()}</MobileNumber></OptInTo2FARequest>`;
    const res = await t.api.post('/User/opt-in-to-2fa?FileId=1').set('X-WsAccessKey', key).set('Content-Type', 'application/xml').set('Accept', 'application/xml').send(body);
    assert.equal(res.status, 200, res.text);
    assert.match(res.text, XML_RESPONSE);
  });

  it('…and still the XmlSerializer form; a root in neither form is still refused', async () => {
    const ok = await t.api.post('/User/opt-in-to-2fa?FileId=1').set('X-WsAccessKey', key).set('Content-Type', 'application/xml').set('Accept', 'application/xml')
      .send(`<OptInTo2FARequest><MobileNumber>${newAuMobile()}</MobileNumber></OptInTo2FARequest>`);
    assert.equal(ok.status, 200, ok.text);
    assert.match(ok.text, XML_RESPONSE);
    const wrongNs = await t.api.post('/User/opt-in-to-2fa?FileId=1').set('X-WsAccessKey', key).set('Content-Type', 'application/xml')
      .send(`<OptInTo2FARequest xmlns="urn:other"><MobileNumber>${newAuMobile()}</MobileNumber></OptInTo2FARequest>`);
    assert.equal(wrongNs.status, 400, wrongNs.text);
  });
});
