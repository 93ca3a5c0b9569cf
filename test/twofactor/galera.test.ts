/**
 * The 2FA service on a 3-node MariaDB Galera cluster (test/support/galera.sh), one instance per
 * node: instance i lists node i first in its DATABASE_URL, then the others for failover. Every
 * guarantee that lives in the database holds although each node locks rows only for itself and
 * two nodes' writes to one row meet only at certification. Only with GALERA_URLS (the nodes'
 * URLs, space-separated, as `eval "$(test/support/galera.sh start)"` sets it); the last test
 * kills a node with SIGKILL and starts it again through the script.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { createConnection, type Connection, type RowDataPacket } from 'mysql2/promise';
import { codeFromUri } from './support/auth-helpers.js';
import { createBody, newGsm, newUser } from './support/helpers.js';
import { recordSecret, saveChildOutput } from './support/secret-ledger.js';
import { freePort, ServerProcess } from './support/server-process.js';
import { keepForAudit } from './support/test-databases.js';
import { TENANT_CLAIM } from './support/test-app.js';
import { PATIENCE_MS } from '../support/patience.js';

const GALERA_SH = path.resolve(__dirname, '../../../test/support/galera.sh');
const NODE_URLS = (process.env.GALERA_URLS ?? '').split(/\s+/).filter(Boolean);
const CREATE = '/api/TwoFactor/CreateTwoFactorSmsOtp';
const VERIFY = '/api/TwoFactor/VerifyTwoFactorSmsOtp';
const SS = { generate: '/users/2fa/generate-key', confirm: '/users/2fa/confirm-key', verify: '/users/2fa/verify-code', redeem: '/users/2fa/recovery-codes/redeem' };
const JWT_SECRET = randomBytes(32);
const ISSUER = 'stackport-galera-test';

interface Answer { status: number; body: Record<string, any> }

/** `mariadb://u:p@h1:p1,h2:p2,h3:p3/db`, node `first` first. */
function clusterUrl(database: string, first: number): string {
  const urls = NODE_URLS.map((u) => new URL(u));
  const hosts = urls.map((_, i) => urls[(first + i) % urls.length]!.host);
  return `mariadb://${urls[0]!.username}:${urls[0]!.password}@${hosts.join(',')}/${database}`;
}

async function nodeConnection(node: number, database?: string): Promise<Connection> {
  const u = new URL(NODE_URLS[node]!);
  const c = await createConnection({ host: u.hostname, port: Number(u.port), user: u.username, password: u.password, ...(database && { database }) });
  // Causal reads: whatever the cluster committed before this read is visible to it.
  await c.query('SET SESSION wsrep_sync_wait = 1');
  return c;
}

describe('the 2FA service on a 3-node Galera cluster, one instance per node', { skip: NODE_URLS.length === 3 ? false : 'GALERA_URLS is not set (eval "$(test/support/galera.sh start)")' }, () => {
  const database = `app_g${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const instances: ServerProcess[] = [];
  const bases: string[] = [];
  let cwd: string;

  before(async () => {
    const admin = await nodeConnection(0);
    await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.end();
    cwd = mkdtempSync(path.join(tmpdir(), 'stackport-galera-'));
    const env = {
      SMS_PROVIDER: 'development', OTP_EXPOSE_CODE: 'true', NODE_ENV: 'development', OTP_PEPPER: randomBytes(32).toString('hex'),
      AUTH_JWT_SECRET: JWT_SECRET.toString('hex'), AUTH_JWT_ISSUER: ISSUER, AUTH_JWT_AUDIENCE: 'stackport',
    };
    // The first instance migrates the schema; the others find it done.
    for (let i = 0; i < 3; i++) {
      const port = await freePort();
      bases.push(`http://127.0.0.1:${port}`);
      instances.push(await ServerProcess.start({ cwd, env: { ...env, PORT: String(port), DATABASE_URL: clusterUrl(database, i) } }));
    }
  });

  after(async () => {
    await Promise.all(instances.map((p) => p.stop()));
    instances.forEach((p, i) => saveChildOutput(`galera-${i}`, p.output()));
    const admin = await nodeConnection(0).catch(() => undefined);
    if (admin) await keepForAudit(admin, database);
    await admin?.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await admin?.end();
    if (cwd) rmSync(cwd, { recursive: true, force: true });
  });

  const call = async (instance: number, method: string, route: string, body: unknown, token?: string): Promise<Answer> => {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) };
    const res = await fetch(bases[instance]! + route, { method, headers, body: JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Record<string, any>) : {} };
  };
  const tally = (values: unknown[]): Record<string, number> => values.reduce<Record<string, number>>((a, v) => ({ ...a, [String(v)]: (a[String(v)] ?? 0) + 1 }), {});
  /** Every instance's share of `perInstance` requests, all sent before any is answered. */
  const acrossInstances = (perInstance: number, request: (instance: number) => Promise<Answer>): Promise<Answer[]> =>
    Promise.all(Array.from({ length: 3 * perInstance }, (_, k) => request(k % 3)));

  async function tokenFor(userId: string): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ [TENANT_CLAIM]: '1' }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setSubject(userId)
      .setIssuer(ISSUER).setAudience('stackport').setIssuedAt(now - 60).setExpirationTime(now + 3600).sign(new Uint8Array(JWT_SECRET));
    recordSecret('token', token);
    return token;
  }

  /** A user with a confirmed TOTP key (confirmed with the previous step's code, so the current one is unused). */
  async function totpUser(): Promise<{ token: string; uri: string; recoveryCodes: string[] }> {
    const token = await tokenFor(newUser());
    const gen = await call(0, 'PUT', SS.generate, { organisationId: '1' }, token);
    assert.equal(gen.status, 200, JSON.stringify(gen.body));
    const uri = gen.body.twoFactorUri as string;
    recordSecret('totp-secret', new URL(uri).searchParams.get('secret'));
    const previous = codeFromUri(uri, Date.now() - 30_000);
    recordSecret('totp-code', previous);
    const ok = await call(1, 'PUT', SS.confirm, { organisationId: '1', code: previous }, token);
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    for (const c of ok.body.recoveryCodes as string[]) recordSecret('recovery-code', c);
    return { token, uri, recoveryCodes: ok.body.recoveryCodes as string[] };
  }

  it('3 × 150 concurrent creates for one user and configuration: exactly MaxSMSCount succeed cluster-wide', async () => {
    const body = createBody({ UserId: newUser(), GsmNumber: newGsm(), MaxSMSCount: 3, MaxSMSInterval: 600, IsSync: false });
    const answers = await acrossInstances(150, (i) => call(i, 'POST', CREATE, body));
    const codes = tally(answers.map((a) => a.body.Code));
    const odd = answers.filter((a) => a.body.Code !== 2 && a.body.Code !== 4000).slice(0, 3);
    assert.deepEqual(codes, { 2: 3, 4000: 447 }, `answers by Code: ${JSON.stringify(codes)}; others, e.g. ${JSON.stringify(odd)}`);
    const c = await nodeConnection(2, database);
    const [rows] = await c.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM otp WHERE user_id = ?', [body.UserId]);
    await c.end();
    assert.equal(Number(rows[0]!.n), 3, 'OTP rows on node 3');
  });

  it('100 concurrent verifies of one code spread over the nodes: exactly one succeeds', async () => {
    const created = await call(0, 'POST', CREATE, createBody({ IsSync: true }));
    assert.equal(created.body.Code, 1, JSON.stringify(created.body));
    recordSecret('otp-code', created.body.OtpCode);
    const answers = await Promise.all(Array.from({ length: 100 }, (_, k) =>
      call(k % 3, 'POST', VERIFY, { OtpIdReference: created.body.OtpIdReference, OtpCode: created.body.OtpCode })));
    const verified = answers.filter((a) => a.body.Verified === true).length;
    assert.equal(verified, 1, `verified: ${verified}; answers: ${JSON.stringify(tally(answers.map((a) => `${a.status}/${a.body.Code}`)))}`);
  });

  it('causal reads: 30 keys generated through one node, each confirmed through another at once, while the nodes apply a burst of OTPs', async () => {
    // The burst keeps the nodes' appliers busy, so a node may answer before it applied a commit made elsewhere.
    const burst = acrossInstances(100, (i) => call(i, 'POST', CREATE, createBody({ IsSync: false })));
    const users = await Promise.all(Array.from({ length: 30 }, () => totpUser().then(() => 'confirmed', (e: Error) => e.message.slice(0, 120))));
    await burst;
    assert.deepEqual(tally(users), { confirmed: 30 });
  });

  it('one TOTP code used on the three nodes at once: accepted once, the replays refused', async () => {
    const { token, uri } = await totpUser();
    const current = codeFromUri(uri, Date.now());
    recordSecret('totp-code', current);
    const answers = await acrossInstances(3, (i) => call(i, 'PUT', SS.verify, { organisationId: '1', code: current }, token));
    const statuses = answers.map((a) => a.status);
    assert.equal(statuses.filter((s) => s === 200).length, 1, String(statuses));
    // The replays: 400, or 429 when they found the attempt budget claimed at that instant.
    assert.ok(statuses.every((s) => [200, 400, 429].includes(s)), String(statuses));
  });

  it('one recovery code redeemed on two nodes at once: once', async () => {
    const { token, recoveryCodes } = await totpUser();
    const answers = await Promise.all(Array.from({ length: 6 }, (_, k) => call(k % 2, 'PUT', SS.redeem, { organisationId: '1', recoveryCode: recoveryCodes[0] }, token)));
    const statuses = answers.map((a) => a.status);
    assert.equal(statuses.filter((s) => s === 200).length, 1, String(statuses));
    assert.ok(statuses.every((s) => [200, 400, 429].includes(s)), String(statuses));
  });

  it('a node killed (SIGKILL) mid-load: the others keep serving, its instance fails over, every accepted OTP is on every node once, the node rejoins', async () => {
    const killed = 1;
    const perLoop = 40;
    const loops = 6;
    const accepted: string[] = [];
    const answersOf: Answer[][] = [[], [], []];
    let done = 0;
    let wasKilled = false;
    const load = async (instance: number): Promise<void> => {
      for (let n = 0; n < perLoop; n++) {
        const a = await call(instance, 'POST', CREATE, createBody({ IsSync: false }));
        answersOf[instance]!.push(a);
        if (a.body.Code === 2) accepted.push(a.body.OtpIdReference as string);
        // A third of the way through, the node under instance `killed` goes.
        if (++done === loops * perLoop) {
          process.kill(Number(spawnSync(GALERA_SH, ['pid', String(killed + 1)], { encoding: 'utf8' }).stdout.trim()), 'SIGKILL');
          wasKilled = true;
        }
      }
    };
    await Promise.all(Array.from({ length: 3 * loops }, (_, k) => load(k % 3)));
    assert.ok(wasKilled, 'the node was killed during the run');

    for (const i of [0, 2]) {
      const failed = answersOf[i]!.filter((a) => a.body.Code !== 2);
      assert.equal(failed.length, 0, `instance ${i + 1} (surviving node): ${JSON.stringify(tally(answersOf[i]!.map((a) => `${a.status}/${a.body.Code}`)))}`);
    }
    const onDead = answersOf[killed]!.map((a) => (a.body.Code === 2 ? 'ok' : a.status));
    assert.ok(onDead.every((s) => s === 'ok' || s === 503), `instance on the killed node: ${JSON.stringify(tally(onDead))}`);
    assert.ok(onDead.lastIndexOf('ok') > onDead.indexOf(503), `it serves again after failing over: ${JSON.stringify(tally(onDead))}`);
    assert.ok(instances[killed]!.lines().some((l) => l.event === 'database.failover'), 'the failover was logged');

    const rowsOn = async (node: number): Promise<{ otps: Map<string, number>; outbox: Map<string, number>; checksum: string }> => {
      const c = await nodeConnection(node, database);
      const [otps] = await c.query<RowDataPacket[]>('SELECT reference, COUNT(*) AS n FROM otp GROUP BY reference');
      const [outbox] = await c.query<RowDataPacket[]>('SELECT o.reference, COUNT(*) AS n FROM sms_outbox s JOIN otp o ON o.id = s.otp_id GROUP BY o.reference');
      const [sums] = await c.query<RowDataPacket[]>('CHECKSUM TABLE otp, sms_outbox');
      await c.end();
      const byRef = (rows: RowDataPacket[]): Map<string, number> => new Map(rows.map((r) => [String(r.reference), Number(r.n)]));
      return { otps: byRef(otps), outbox: byRef(outbox), checksum: JSON.stringify(sums.map((s) => s.Checksum)) };
    };
    const exactlyOnce = (what: string, m: Map<string, number>): void => {
      const wrong = accepted.filter((r) => m.get(r) !== 1);
      assert.equal(wrong.length, 0, `${what}: ${wrong.length} of ${accepted.length} accepted OTPs not there exactly once`);
    };
    // The instances stop first, so no dispatcher changes a row while the nodes are compared.
    await Promise.all(instances.map((p) => p.stop()));
    const survivors = await Promise.all([rowsOn(0), rowsOn(2)]);
    survivors.forEach((s, k) => { exactlyOnce(`OTPs on node ${k * 2 + 1}`, s.otps); exactlyOnce(`outbox messages on node ${k * 2 + 1}`, s.outbox); });

    const rejoin = spawnSync(GALERA_SH, ['url'], { encoding: 'utf8', timeout: 5 * PATIENCE_MS });
    assert.equal(rejoin.status, 0, `the killed node did not rejoin: ${rejoin.stderr}`);
    const back = await rowsOn(killed);
    exactlyOnce('OTPs on the rejoined node', back.otps);
    exactlyOnce('outbox messages on the rejoined node', back.outbox);
    assert.equal(back.checksum, survivors[0]!.checksum, 'the rejoined node converged (CHECKSUM TABLE otp, sms_outbox)');
    assert.equal(survivors[1]!.checksum, survivors[0]!.checksum);
  });
});
