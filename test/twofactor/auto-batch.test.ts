/**
 * Issue 16 item 1 on the product: `VerifyTwoFactorSmsOtpRequest[]` and
 * `CreateTwoFactorSmsOtpRequest[]` (ASP.NET dialect, envelope codes) answer one envelope per
 * element — the one the element gets alone — in JSON, XML and JSV, over real HTTP. SQLite.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createBody } from './support/helpers.js';
import { sqliteDatabase, type TestDatabase } from './support/test-databases.js';
import { startApp, testConfig, type RunningApp } from './support/test-app.js';

const NS = 'http://schemas.datacontract.org/2004/07/BusinessLayer.Dto.Request';
const VERIFY = { OtpIdReference: '3f2504e0-4f89-41d3-9a0c-0305e82c3301', OtpCode: '123456' };

/** The body each route format reads: predefined routes read their own format. */
const BODY: Record<string, (op: string, items: Record<string, unknown>[]) => string> = {
  json: (_op, items) => JSON.stringify(items),
  jsv: (_op, items) => `[${items.map((i) => `{${Object.entries(i).map(([k, v]) => `${k}:${String(v)}`).join(',')}}`).join(',')}]`,
  xml: (op, items) => `<ArrayOf${op} xmlns="${NS}">${items.map((i) =>
    `<${op}>${Object.keys(i).sort().map((k) => `<${k}>${String(i[k])}</${k}>`).join('')}</${op}>`).join('')}</ArrayOf${op}>`,
};
const CONTENT_TYPE: Record<string, string> = { json: 'application/json', jsv: 'application/jsv', xml: 'application/xml' };

describe('auto-batched two-factor requests (issue 16 item 1)', () => {
  const target = sqliteDatabase();
  let db: TestDatabase;
  let t: RunningApp;
  before(async () => {
    db = await target.create();
    t = await startApp(testConfig(db.url, { smsProvider: 'development', exposeOtpCode: false }));
  });
  after(async () => { await t?.stop(); await db?.drop(); });

  const batch = (format: string, op: string, items: Record<string, unknown>[]) =>
    t.api.post(`/${format}/reply/${op}[]`).set('Content-Type', CONTENT_TYPE[format]!).send(BODY[format]!(op, items));

  for (const format of ['json', 'xml', 'jsv']) {
    it(`VerifyTwoFactorSmsOtpRequest[] in ${format}: each element's envelope (Code 3101), as alone`, async () => {
      const alone = await t.api.post('/json/reply/VerifyTwoFactorSmsOtpRequest').send(VERIFY);
      assert.equal(alone.body.Code, 3101, alone.text);
      const res = await batch(format, 'VerifyTwoFactorSmsOtpRequest', [VERIFY, VERIFY]);
      assert.equal(res.status, 200, res.text);
      assert.equal(res.headers['x-autobatch-completed'], '2');
      assert.equal(res.headers['cache-control'], 'no-store');
      const codes = {
        json: () => (JSON.parse(res.text) as { Code: number }[]).map((r) => String(r.Code)),
        xml: () => [...res.text.matchAll(/<Code>(\w+)<\/Code>/g)].map((m) => m[1]!),
        jsv: () => [...res.text.matchAll(/Code:(\w+)/g)].map((m) => m[1]!),
      }[format]!();
      const expected = format === 'json' ? '3101' : 'InvalidOtp';
      assert.deepEqual(codes, [expected, expected], res.text);
      assert.equal(res.text.split('The OTP is invalid.').length - 1, 2, res.text);
    });

    it(`CreateTwoFactorSmsOtpRequest[] in ${format}: each element's envelope with its own reference`, async () => {
      const res = await batch(format, 'CreateTwoFactorSmsOtpRequest', [createBody(), createBody()]);
      assert.equal(res.status, 200, res.text);
      assert.equal(res.headers['x-autobatch-completed'], '2');
      assert.equal(res.headers['cache-control'], 'no-store');
      const refs = [...res.text.matchAll(/OtpIdReference"?[:>]"?([0-9a-f-]{36})/g)].map((m) => m[1]);
      assert.equal(new Set(refs).size, 2, res.text);
      assert.equal((res.text.match(/Success"?[:>](true|True)/g) ?? []).length, 2, res.text);
    });
  }
});
