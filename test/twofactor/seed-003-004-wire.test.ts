/**
 * Seeds 003 and 004 (Zitadel "Add One-Time-Password (OTP) SMS"): the request exactly as the
 * seeds' curl sends it, answered with the seeds' success body — every member, in order, int64 as
 * a string, RFC 3339 UTC times (and, with the clock at the seeds' instants, their very values
 * except the tenant) — and errors in the seeds' `{code, message, details[{"@type"…}]}` shape.
 */
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { callerFor, send, ZITADEL, type Caller } from './support/factor-client.js';
import { MessageBirdStub } from './support/messagebird-stub.js';
import { seedText } from './support/shared-files.js';
import { sqliteDatabase, type TestDatabase } from './support/test-databases.js';
import { startApp, testConfig, type RunningApp } from './support/test-app.js';
import { substituteJson } from './support/wire-shape.js';

const successExamples = (seed: string): string[] => seed.match(/\{\n"details": \{\n[\s\S]*?\n\}\n\}/g)!;
const errorExample = (seed: string): string => /\{\n"code": 0,[\s\S]*?\n\]\n\}/.exec(seed)![0];

describe('seeds 003 and 004: POST /users/me/auth_factors/otp_sms', () => {
  const stub = new MessageBirdStub();
  let db: TestDatabase;
  let t: RunningApp;
  before(async () => {
    await stub.start();
    db = await sqliteDatabase().create();
    t = await startApp(testConfig(db.url));
  });
  after(async () => { await t?.stop(); await stub.stop(); await db?.drop(); });

  /** The seeds' curl: JSON in and out, a bearer token, body `{}`. */
  const curl = (c: Caller, path = `${ZITADEL}/otp_sms`) => t.api.post(path)
    .set('Content-Type', 'application/json').set('Accept', 'application/json').set('Authorization', `Bearer ${c.token}`).send('{}');

  /** A user of a new tenant whose first event is their TOTP key, with a mobile number verified through the opt-in. */
  async function userWithVerifiedPhone(tenant: string): Promise<Caller> {
    const c = await callerFor(t, tenant);
    assert.equal((await send(t, c, 'post', `${ZITADEL}/otp`, {})).body.details.sequence, '1');
    const optIn = await send(t, c, 'post', `/User/opt-in-to-2fa?FileId=${tenant}`, { MobileNumber: `040${randomInt(0, 1e7).toString().padStart(7, '0')}` });
    assert.equal(optIn.status, 200, optIn.text);
    await t.app.dispatcher.drain();
    const verified = await send(t, c, 'post', `/User/verify-2fa-opt-in?FileId=${tenant}`, { ProviderUserId: optIn.body.ProviderUserId, Otp: MessageBirdStub.codeIn(stub.requests.at(-1)!) });
    assert.equal(verified.status, 200);
    return c;
  }

  it('a malformed body is worded as grpc-gateway words it: the decoder\'s error as the message, code 3', async () => {
    const c = await callerFor(t, '7');
    const cases: [string, string | RegExp][] = [
      ['{"code":', 'unexpected EOF'],
      ['{bad}', "invalid character 'b' looking for beginning of object key string"],
      ['{"code":5}', /^proto: \(line 1:9\): invalid value for string field code: 5$/],
    ];
    for (const [body, message] of cases) {
      const res = await t.api.post(`${ZITADEL}/otp/_verify`).set('Content-Type', 'application/json').set('Authorization', `Bearer ${c.token}`).send(body);
      assert.equal(res.status, 400, `${body}: ${res.text}`);
      assert.deepEqual(Object.keys(res.body), ['code', 'message'], res.text);
      assert.equal(res.body.code, 3, res.text);
      if (typeof message === 'string') assert.equal(res.body.message, message, `${body}: ${res.text}`);
      else assert.match(res.body.message, message, `${body}: ${res.text}`);
    }
  });

  for (const [seedId, tenant] of [['003', '3003'], ['004', '4004']] as const) {
    it(`seed ${seedId}: each success example, byte for byte after value substitution`, async () => {
      const examples = successExamples(seedText(seedId));
      assert.equal(examples.length, 3);
      for (const [i, example] of examples.entries()) {
        const seedValues = JSON.parse(example) as { details: Record<string, string> };
        t.clock.set(Date.parse(seedValues.details.creationDate!));
        const c = await userWithVerifiedPhone(`${tenant}${i}`);
        const res = await curl(c, i % 2 ? `/users/me/auth_factors/otp_sms` : `${ZITADEL}/otp_sms`);
        assert.equal(res.status, 200, res.text);
        assert.equal(res.headers['content-type'], 'application/json');
        assert.equal(res.text, substituteJson(example, res.text), 'same members, same order, same spelling');
        // The seed's own values, but for the tenant: sequence 2 (the TOTP key was event 1), its instants.
        assert.equal(res.text, JSON.stringify({ details: { ...seedValues.details, resourceOwner: `${tenant}${i}` } }));
      }
    });

    it(`seed ${seedId}: errors in the seed's shape — code (int32), message, details[{"@type", …}]`, async () => {
      const seedError = JSON.parse(errorExample(seedText(seedId))) as Record<string, unknown>;
      assert.deepEqual(seedError, { code: 0, message: 'string', details: [{ '@type': 'string' }] });
      const c = await callerFor(t, `${tenant}9`);
      const precondition = await curl(c);
      const exists = await (async () => { const u = await userWithVerifiedPhone(`${tenant}8`); await curl(u); return curl(u); })();
      for (const [res, status, code] of [[precondition, 400, 9], [exists, 409, 6]] as const) {
        assert.equal(res.status, status);
        assert.equal(res.headers['content-type'], 'application/json');
        const body = JSON.parse(res.text) as { code: number; message: string; details: Record<string, unknown>[] };
        assert.deepEqual(Object.keys(body), Object.keys(seedError));
        assert.equal(body.code, code);
        assert.equal(typeof body.message, 'string');
        assert.equal(body.details.length, 1);
        assert.deepEqual(Object.keys(body.details[0]!), ['@type', 'id', 'message'], '"@type" first, then the ErrorDetail fields');
        assert.equal(body.details[0]!['@type'], 'type.googleapis.com/zitadel.v1.ErrorDetail');
        assert.equal(body.message, `${body.details[0]!.message} (${body.details[0]!.id})`);
      }
      const anonymous = await t.api.post(`${ZITADEL}/otp_sms`).set('Content-Type', 'application/json').send('{}');
      assert.equal(anonymous.status, 401);
      assert.equal(anonymous.text, '{"code":16,"message":"auth header missing"}', 'no details: an empty repeated field is omitted');
      assert.equal(anonymous.headers['www-authenticate'], 'auth header missing');
    });
  }

  it('grpc-gateway reading: any content type and an empty body are `{}`; a broken body is 400 code 3', async () => {
    const c = await userWithVerifiedPhone('3100');
    const res = await t.api.post(`${ZITADEL}/otp_sms`).set('Authorization', `Bearer ${c.token}`).set('Content-Type', 'text/plain').send('');
    assert.equal(res.status, 200, res.text);
    const broken = await t.api.post(`${ZITADEL}/otp_sms`).set('Authorization', `Bearer ${c.token}`).set('Content-Type', 'application/json').send('{"a":');
    assert.equal(broken.status, 400);
    assert.equal(JSON.parse(broken.text).code, 3);
  });
});
