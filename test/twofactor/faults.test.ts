/**
 * MariaDB going away mid-load (a restart, as its clients see it: every connection cut, new ones
 * refused) and coming back: requests fail fast with 503 in their route family's error format,
 * readiness turns 503, and the service recovers without a restart. Only with MARIADB_URL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { callerFor, send, SS, ZITADEL } from './support/factor-client.js';
import { createBody } from './support/helpers.js';
import { mariadbDatabase, type TestDatabase } from './support/test-databases.js';
import { TcpProxy } from './support/tcp-proxy.js';
import { startApp, testConfig, type RunningApp } from './support/test-app.js';
import type { SmsSender } from '../../src/twofactor/sms/sms-sender.js';
import { PATIENCE_MS } from '../support/patience.js';

const CREATE = '/api/TwoFactor/CreateTwoFactorSmsOtp';
const okSender: SmsSender = { name: 'ok', send: async () => ({ ok: true, providerMessageId: 'ok', delivered: false }) };

describe('MariaDB restarted mid-load', { skip: mariadbDatabase().skip }, () => {
  let db: TestDatabase;
  let proxy: TcpProxy;
  let t: RunningApp;

  before(async () => {
    db = await mariadbDatabase().create();
    const u = new URL(db.url);
    proxy = new TcpProxy(u.hostname, Number(u.port || 3306));
    await proxy.up();
    u.host = `127.0.0.1:${proxy.port}`;
    t = await startApp(testConfig(u.toString()), { sender: () => okSender });
  });
  after(async () => {
    await proxy?.up();
    await t?.stop();
    await proxy?.close();
    await db?.drop();
  });

  it('fails fast with 503 while the database is away, then recovers by itself', async (tc) => {
    // Load before, during and after: every answer is a success or a 503, never a hang or a 500.
    const load = await Promise.all(Array.from({ length: 40 }, () => t.api.post(CREATE).send(createBody({ IsSync: true }))));
    for (const r of load) assert.equal(r.body.Code, 1, r.text);

    await proxy.down();
    const started = Date.now();
    const during = await Promise.all(Array.from({ length: 20 }, () => t.api.post(CREATE).send(createBody({ IsSync: true }))));
    // How fast is for the bench; here every request must end in a 503, not a hang.
    tc.diagnostic(`20 requests answered in ${Date.now() - started} ms while the database was away`);
    for (const r of during) {
      assert.equal(r.status, 503, r.text);
      assert.equal(r.headers['retry-after'], '1');
      assert.match(r.body.Message ?? r.body.message ?? r.text, /temporarily unavailable/);
    }
    // The other route families answer 503 in their own error shapes.
    const caller = await callerFor(t, '1');
    const ss = await send(t, caller, 'put', SS.generate, { organisationId: '1' });
    assert.equal(ss.status, 503, ss.text);
    assert.equal(ss.body.responseStatus.errorCode, 'ServiceUnavailable');
    const gw = await send(t, caller, 'post', `${ZITADEL}/_search`, {});
    assert.equal(gw.status, 503, gw.text);
    assert.equal(gw.body.code, 14, 'gRPC UNAVAILABLE');
    const ready = await t.api.get('/health/ready');
    assert.equal(ready.status, 503);
    assert.equal(ready.body.status, 'unavailable');
    assert.equal((await t.api.get('/health/live')).status, 200);

    await proxy.up();
    const deadline = Date.now() + PATIENCE_MS;
    let last: { status: number; text: string } | undefined;
    while (Date.now() < deadline) {
      last = await t.api.post(CREATE).send(createBody({ IsSync: true }));
      if (last.status === 200) break;
      assert.equal(last.status, 503, last.text);
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(last?.status, 200, 'recovered without a restart');
    assert.equal((await t.api.get('/health/ready')).status, 200);
    const after = await Promise.all(Array.from({ length: 40 }, () => t.api.post(CREATE).send(createBody({ IsSync: true }))));
    for (const r of after) assert.equal(r.body.Code, 1, r.text);
  });
});
