/**
 * Issue 24's host findings against the two-factor API over real HTTP (the node:http server the
 * product runs): a cross-site GET cannot issue an OTP, JSONP only on GET operations, wrong verbs
 * answer each family's 405 without class names, an empty batch still needs credentials, a token
 * issued in the future is refused, every response carries nosniff, client aborts are counted
 * below error level, and /dev/sms is served only when asked for explicitly. SQLite: nothing here
 * depends on the database.
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { exec } from '../../src/twofactor/persistence/sql.js';
import { tokenFor } from './support/auth-helpers.js';
import { callerFor, send, SS, ZITADEL } from './support/factor-client.js';
import { createBody, newUser } from './support/helpers.js';
import { sqliteDatabase, type TestDatabase } from './support/test-databases.js';
import { startApp, testConfig, type RunningApp } from './support/test-app.js';
import { PATIENCE_MS } from '../support/patience.js';

const CREATE = '/api/TwoFactor/CreateTwoFactorSmsOtp';

/** Rows the development sender and the outbox hold: an OTP that was issued leaves one in each. */
async function smsRows(t: RunningApp): Promise<number> {
  const n = async (table: string) => Number((await t.app.db.run((m) => exec(m, `SELECT COUNT(*) AS n FROM ${table}`))).rows[0]!.n);
  return (await n('sms_outbox')) + (await n('dev_sms_message'));
}

function query(body: Record<string, unknown>): string {
  return Object.entries(body).map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&');
}

describe('host hardening of the two-factor API', () => {
  const target = sqliteDatabase();
  let db: TestDatabase;
  let t: RunningApp;
  before(async () => {
    db = await target.create();
    t = await startApp(testConfig(db.url, { smsProvider: 'development', exposeOtpCode: true }));
  });
  after(async () => { await t?.stop(); await db?.drop(); });

  describe('method override and JSONP (item 4)', () => {
    it('a GET with X-Http-Method-Override=POST in the query (and a callback) issues no OTP and sends no SMS', async () => {
      const rows = await smsRows(t);
      const NOT_GET = '{"Message":"The requested resource does not support http method \'GET\'."}';
      const res = await t.api.get(`${CREATE}?X-Http-Method-Override=POST&${query(createBody())}`);
      assert.equal(res.status, 405, `${res.status} ${res.text}`);
      assert.equal(res.headers['content-type'], 'application/json; charset=utf-8');
      assert.equal(res.text, NOT_GET);
      // A GET that matches no operation gets its error as JSONP (status 200, as ServiceStack does): the same 405, no OtpCode.
      const jsonp = await t.api.get(`${CREATE}?X-Http-Method-Override=POST&${query(createBody())}&callback=cb`);
      assert.equal(jsonp.headers['content-type'], 'text/javascript');
      assert.equal(jsonp.text, `cb(${NOT_GET})`);
      assert.equal(await smsRows(t), rows, 'no SMS recorded or queued');
    });

    it('the header is ignored on a GET, and honoured on a POST', async () => {
      const rows = await smsRows(t);
      const get = await t.api.get(`${CREATE}?${query(createBody())}`).set('X-Http-Method-Override', 'POST');
      assert.equal(get.status, 405, get.text);
      const post = await t.api.post(CREATE).set('X-Http-Method-Override', 'PUT').send(createBody());
      assert.equal(post.status, 405, post.text);
      assert.equal(post.text, '{"Message":"The requested resource does not support http method \'PUT\'."}');
      assert.equal(await smsRows(t), rows);
    });

    it('JSONP on the POST operation is refused in the route\'s shape before anything is issued', async () => {
      const rows = await smsRows(t);
      const res = await t.api.post(`${CREATE}?callback=cb`).send(createBody());
      assert.equal(res.status, 400, res.text);
      assert.equal(res.headers['content-type'], 'application/json; charset=utf-8');
      assert.equal(res.text, '{"Message":"JSONP (?callback=) is only available on GET operations."}');
      assert.equal(await smsRows(t), rows);
    });

    it('JSONP still wraps a GET operation (the OTP status)', async () => {
      const created = await t.api.post(CREATE).send(createBody());
      const res = await t.api.get(`/api/TwoFactor/Otp/${created.body.OtpIdReference}?callback=cb`);
      assert.equal(res.headers['content-type'], 'text/javascript');
      assert.match(res.text, /^cb\(\{.*\}\)$/);
    });
  });

  describe('wrong verbs (item 5)', () => {
    it('gateway operations: 405 {"code":12,"message":"Method Not Allowed"} through the predefined and custom routes, no Allow, no class name', async () => {
      for (const path of ['/api/AddMyAuthFactorOTPSMSRequest', '/json/reply/AddMyAuthFactorOTPSMSRequest', `${ZITADEL}/otp_sms`]) {
        const res = await t.api.get(path);
        assert.equal(res.status, 405, `${path}: ${res.status} ${res.text}`);
        assert.equal(res.text, '{"code":12,"message":"Method Not Allowed"}', path);
        assert.equal(res.headers.allow, undefined, path);
      }
    });
    it('ASP.NET operations through the predefined routes: Web API\'s 405, no class name', async () => {
      const res = await t.api.get('/api/CreateTwoFactorSmsOtpRequest');
      assert.equal(res.status, 405, res.text);
      assert.equal(res.text, '{"Message":"The requested resource does not support http method \'GET\'."}');
      assert.equal(res.headers.allow, 'POST');
    });
  });

  describe('auto-batching (item 5)', () => {
    it('an empty batch without credentials answers 401 in the route\'s shape', async () => {
      const ss = await t.api.put('/json/reply/GenerateTwoFactorAuthenticationKeyRequest[]').set('Content-Type', 'application/json').send('[]');
      assert.equal(ss.status, 401, `${ss.status} ${ss.text}`);
      assert.equal(ss.text, '');
      assert.equal(ss.headers['www-authenticate'], 'jwt realm="/auth/jwt"');
      const gw = await t.api.post('/api/AddMyAuthFactorOTPSMSRequest[]').set('Content-Type', 'application/json').send('[]');
      assert.equal(gw.status, 401, `${gw.status} ${gw.text}`);
      assert.equal(gw.text, '{"code":16,"message":"auth header missing"}');
    });
    it('with credentials it is still an empty answer', async () => {
      const c = await callerFor(t, '21');
      const res = await send(t, c, 'put', '/json/reply/GenerateTwoFactorAuthenticationKeyRequest[]').set('Content-Type', 'application/json').send('[]');
      assert.equal(res.status, 200, res.text);
      assert.equal(res.text, '[]');
    });
  });

  describe('JWT issued-at (item 5)', () => {
    it('a token issued beyond the clock tolerance in the future is refused; within it, accepted', async () => {
      const auth = t.app.config.auth;
      const now = t.clock.now();
      const userId = newUser();
      // tokenFor dates iat 60 s before nowMs: an hour ahead, and tolerance − 2 s ahead.
      const future = await tokenFor(auth, { tenantId: '22', userId, nowMs: now + 3_600_000 + 60_000 });
      const res = await send(t, { auth: { Authorization: `Bearer ${future}` } }, 'put', SS.generate, { organisationId: '22' });
      assert.equal(res.status, 401, `iat one hour ahead: ${res.status} ${res.text}`);
      const skewed = await tokenFor(auth, { tenantId: '22', userId, nowMs: now + (auth.clockToleranceSeconds - 2) * 1000 + 60_000 });
      const ok = await send(t, { auth: { Authorization: `Bearer ${skewed}` } }, 'put', SS.generate, { organisationId: '22' });
      assert.equal(ok.status, 200, `iat within the tolerance: ${ok.status} ${ok.text}`);
    });
  });

  describe('X-Content-Type-Options: nosniff on every response (item 5)', () => {
    const WALK: [string, string, number][] = [
      ['GET', '/health/live', 200],
      ['GET', '/health/ready', 200],
      ['GET', '/metadata', 200],
      ['GET', '/Help', 200],
      ['GET', '/types/csharp?IncludeTypes=<script>alert(1)</script>', 200],
      ['GET', '/types/typescript', 200],
      ['GET', '/openapi', 200],
      ['GET', '/jsv/reply/GetTwoFactorSmsOtpRequest?OtpIdReference=<script>', 200],
      ['GET', '/no/such/path', 404],
      ['GET', '/dev/sms', 404],
      ['GET', CREATE, 405],
      ['GET', `${ZITADEL}/otp_sms`, 405],
      ['PUT', SS.generate, 401],
      ['POST', `${ZITADEL}/_search`, 401],
      ['POST', CREATE, 200],
      ['POST', `${CREATE}?callback=cb`, 400],
    ];
    for (const [verb, path, status] of WALK) {
      it(`${verb} ${path} → ${status}`, async () => {
        const res = await t.api[verb.toLowerCase() as 'get'](path);
        assert.equal(res.status, status, `${verb} ${path}: ${res.status} ${res.text?.slice(0, 200)}`);
        assert.equal(res.headers['x-content-type-options'], 'nosniff', `${verb} ${path} (${res.status})`);
      });
    }
    it('POST with a body over the limit → 413', async () => {
      const res = await t.api.post(CREATE).set('Content-Type', 'application/json').send(`{"Source":"${'x'.repeat(2 * 1024 * 1024)}"}`);
      assert.equal(res.status, 413);
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
    });
  });

  describe('client aborts (item 5)', () => {
    it('are logged below error level and counted, with one summary line', async () => {
      const n = 30;
      const url = new URL(t.baseUrl);
      const before = { total: t.app.clientAborts.total, lines: t.log.lines.length };
      await Promise.all(Array.from({ length: n }, () => new Promise<void>((resolve, reject) => {
        const socket = connect(Number(url.port), '127.0.0.1', () => {
          socket.write(`POST ${CREATE} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"UserId":`, () => { socket.destroy(); resolve(); });
        });
        socket.on('error', reject);
      })));
      // The barrier: every abort counted (a 10 s guard instead of hanging before the fix).
      const deadline = Date.now() + PATIENCE_MS;
      while (t.app.clientAborts.total - before.total < n && Date.now() < deadline) await new Promise((r) => setImmediate(r));
      const lines = t.log.lines.slice(before.lines).map((l) => JSON.parse(l) as { level: string; event: string; aborted?: number });
      const errors = lines.filter((l) => l.level === 'error');
      assert.deepEqual(errors, [], `error lines: ${errors.length}`);
      assert.equal(t.app.clientAborts.total - before.total, n, `aborts counted: ${t.app.clientAborts.total - before.total} of ${n}`);
      const summaries = lines.filter((l) => l.event === 'http.client_aborts');
      assert.ok(summaries.length <= 1, `summary lines within one interval: ${summaries.length}`);
      t.app.clientAborts.flush();
      const all = t.log.lines.slice(before.lines).map((l) => JSON.parse(l) as { event: string; aborted?: number })
        .filter((l) => l.event === 'http.client_aborts').reduce((sum, l) => sum + (l.aborted ?? 0), 0);
      assert.equal(all, n, `aborts in the summary lines: ${all}`);
    });
  });
});

describe('/dev/sms (item 5)', () => {
  const target = sqliteDatabase();
  let db: TestDatabase;
  let off: RunningApp;
  let on: RunningApp;
  before(async () => {
    db = await target.create();
    off = await startApp(testConfig(db.url, { smsProvider: 'development' }));
    on = await startApp(testConfig(db.url, { smsProvider: 'development', devSmsPage: true }));
  });
  after(async () => { await off?.stop(); await on?.stop(); await db?.drop(); });

  it('is not served unless DEV_SMS_PAGE is set, even to loopback with the development sender', async () => {
    const res = await off.api.get('/dev/sms');
    assert.equal(res.status, 404, `${res.status} ${res.text.slice(0, 100)}`);
    assert.ok(!res.text.includes('Development SMS'));
  });
  it('is served to loopback when set, never to a request a proxy forwarded', async () => {
    const res = await on.api.get('/dev/sms');
    assert.equal(res.status, 200);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    for (const h of ['X-Forwarded-For', 'Forwarded', 'X-Real-IP']) {
      const proxied = await on.api.get('/dev/sms').set(h, h === 'Forwarded' ? 'for=203.0.113.7' : '203.0.113.7');
      assert.equal(proxied.status, 404, `${h}: ${proxied.status}`);
    }
  });
});
