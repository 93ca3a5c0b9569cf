/**
 * The hostile-input corpus (issue 9): every payload family against every endpoint family it
 * applies to. Each case must get a 4xx with its route family's error body; afterwards the server
 * still answers, no prototype is polluted and nothing was stored. The ServiceStack endpoints are
 * also hit on a lenient host (ServiceStack's default, throwOnError off): never a 5xx there either.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { createExpressApp } from '../../src/index.js';
import { helloHost } from '../fixtures/hello-app.js';
import { sqliteDatabase } from '../twofactor/support/test-databases.js';
import { startApp, testConfig, type RunningApp } from '../twofactor/support/test-app.js';
import { payloads, type HostilePayload } from './hostile-corpus.js';

type Family = HostilePayload['family'];
interface Endpoint {
  name: string;
  target: 'hello' | 'product';
  method: 'post' | 'put' | 'get';
  path: string;
  families: Family[];
  /** The DTO has typed (non-string) members, so type-level payloads must fail too. */
  typed: boolean;
}

const ENDPOINTS: Endpoint[] = [
  { name: 'ServiceStack predefined JSON', target: 'hello', method: 'post', path: '/json/reply/AllTypes', families: ['json', 'xml', 'jsv', 'form'], typed: true },
  { name: 'ServiceStack predefined XML', target: 'hello', method: 'post', path: '/xml/reply/AllTypes', families: ['json', 'xml', 'jsv'], typed: true },
  { name: 'ServiceStack predefined JSV', target: 'hello', method: 'post', path: '/jsv/reply/AllTypes', families: ['jsv'], typed: true },
  { name: 'ServiceStack custom route', target: 'hello', method: 'put', path: '/users/5', families: ['json', 'xml', 'jsv', 'form', 'path'], typed: true },
  { name: 'ServiceStack query binding', target: 'hello', method: 'get', path: '/json/reply/AllTypes', families: ['query'], typed: true },
  { name: 'Web API create OTP', target: 'product', method: 'post', path: '/api/TwoFactor/CreateTwoFactorSmsOtp', families: ['json', 'xml', 'jsv', 'form', 'content-type'], typed: true },
  { name: 'Web API create OTP (predefined XML)', target: 'product', method: 'post', path: '/xml/reply/CreateTwoFactorSmsOtpRequest', families: ['json', 'xml', 'jsv'], typed: true },
  { name: 'Web API verify OTP', target: 'product', method: 'post', path: '/api/TwoFactor/VerifyTwoFactorSmsOtp', families: ['json', 'xml', 'content-type'], typed: false },
  { name: 'Web API verify opt-in', target: 'product', method: 'post', path: '/User/verify-2fa-opt-in?FileId=1', families: ['json', 'xml', 'form', 'content-type'], typed: true },
];

const ERROR_BODY = /"errorCode":"|<ErrorCode>|<d2p1:ErrorCode>|errorCode:|^\{"Message":"|^<Error><Message>/;

let product: RunningApp;
const db = sqliteDatabase();
const hello = request(createExpressApp(helloHost({ maxBodyBytes: 16 * 1024 * 1024, throwOnError: true }).host));
const lenientHello = request(createExpressApp(helloHost({ maxBodyBytes: 16 * 1024 * 1024 }).host));
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

before(async () => { product = await startApp(testConfig((await db.create()).url)); });
after(async () => { await product.stop(); });

async function rowCounts(): Promise<string> {
  const ds = product.app.dataSource;
  const [otp] = await ds.query('SELECT COUNT(*) AS n FROM otp');
  const [outbox] = await ds.query('SELECT COUNT(*) AS n FROM sms_outbox');
  return `${otp.n}/${outbox.n}`;
}

function send(ep: Endpoint, p: HostilePayload, helloAgent = hello): request.Test {
  const agent = ep.target === 'hello' ? helloAgent : product.api;
  let path = ep.path;
  if (p.pathSegment !== undefined) path = path.replace(/[^/]+$/, p.pathSegment);
  if (p.suffix) path += p.suffix;
  let req = agent[ep.method](path);
  if (p.contentType) req = req.set('Content-Type', p.contentType);
  if (p.body) {
    const body = p.body;
    req = req.serialize(() => body as unknown as string).send(body as unknown as string);
  }
  return req;
}

describe('hostile-input corpus', () => {
  let cases = 0;
  let storedBefore = '';
  before(async () => { storedBefore = await rowCounts(); });

  for (const ep of ENDPOINTS) {
    describe(ep.name, () => {
      for (const p of payloads().filter((x) => ep.families.includes(x.family) && (ep.typed || x.kind === 'syntax') && (!x.appliesTo || x.appliesTo.test(ep.path)))) {
        cases++;
        it(`${p.family}: ${p.name}`, async () => {
          const res = await send(ep, p);
          assert.ok(res.status >= 400 && res.status < 500, `${res.status}: ${res.text.slice(0, 300)}`);
          assert.match(res.text, ERROR_BODY, res.text.slice(0, 300));
        });
      }
    });
  }

  it('covers at least 300 cases', () => assert.ok(cases >= 300, `${cases} cases`));
  it('both servers still answer', async () => {
    assert.equal((await hello.get('/hello/ok')).status, 200);
    assert.equal((await product.api.get('/Help')).status, 200);
  });
  it('no prototype was polluted', () => {
    assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), prototypeKeys);
    assert.equal(({} as Record<string, unknown>).x, undefined);
  });
  it('nothing was stored', async () => assert.equal(await rowCounts(), storedBefore));
});

describe('hostile-input corpus on a lenient ServiceStack host', () => {
  for (const ep of ENDPOINTS.filter((e) => e.target === 'hello')) {
    it(`${ep.name}: every payload answers below 500`, async () => {
      for (const p of payloads().filter((x) => ep.families.includes(x.family) && (!x.appliesTo || x.appliesTo.test(ep.path)))) {
        const res = await send(ep, p, lenientHello);
        assert.ok(res.status < 500, `${p.family}: ${p.name} → ${res.status}: ${res.text.slice(0, 300)}`);
      }
    });
  }
  it('the lenient server still answers, and no prototype was polluted', async () => {
    assert.equal((await lenientHello.get('/hello/ok')).status, 200);
    assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), prototypeKeys);
    assert.equal(({} as Record<string, unknown>).x, undefined);
  });
});
