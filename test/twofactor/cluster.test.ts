/**
 * WORKERS=2 on one MariaDB database: two worker processes serve one port, and the guarantees that
 * live in the database hold across them — 400 concurrent creates for one user, number and
 * configuration yield exactly MaxSMSCount OTPs; concurrent verifies of one code, exactly one
 * success. SQLite with WORKERS > 1 is refused at start-up. (MariaDB part: only with MARIADB_URL.)
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createBody, newGsm, newUser } from './support/helpers.js';
import { recordSecret, saveChildOutput } from './support/secret-ledger.js';
import { mariadbDatabase, type TestDatabase } from './support/test-databases.js';
import { eventually, PATIENCE_MS } from '../support/patience.js';

const MAIN = path.resolve(__dirname, '../../src/main.js');
const CREATE = '/api/TwoFactor/CreateTwoFactorSmsOtp';
const VERIFY = '/api/TwoFactor/VerifyTwoFactorSmsOtp';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => { const p = (s.address() as { port: number }).port; s.close(() => resolve(p)); });
  });
}

describe('WORKERS=2 against one MariaDB', { skip: mariadbDatabase().skip }, () => {
  let db: TestDatabase;
  let cwd: string;
  let child: ChildProcess;
  let base: string;
  let out = '';
  const lines = (): Record<string, unknown>[] => out.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);

  before(async () => {
    db = await mariadbDatabase().create();
    cwd = mkdtempSync(path.join(tmpdir(), 'stackport-cluster-'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, [MAIN], {
      cwd, stdio: ['ignore', 'pipe', 'inherit'],
      env: { PATH: process.env.PATH, PORT: String(port), DATABASE_URL: db.url, WORKERS: '2', SMS_PROVIDER: 'development', OTP_EXPOSE_CODE: 'true', NODE_ENV: 'development' },
    });
    child.stdout!.on('data', (d: Buffer) => { out += d.toString(); });
    const deadline = Date.now() + PATIENCE_MS;
    while (lines().filter((l) => l.event === 'server.started').length < 2) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`cluster did not start: ${out}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  after(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    saveChildOutput('workers', out);
    await db?.drop();
    if (cwd) rmSync(cwd, { recursive: true, force: true });
  });

  let retried503 = 0;
  /**
   * A client as the 503's Retry-After asks: a database connection that times out on a busy machine
   * answers 503 before any work is done, and the request is sent again (bounded). The guarantees
   * are about the definitive answers.
   */
  const post = async (route: string, body: unknown): Promise<Record<string, any>> => {
    for (let attempt = 1; ; attempt++) {
      const res = await fetch(base + route, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (res.status !== 503 || attempt === 20) return (await res.json()) as Record<string, any>;
      retried503++;
      await res.arrayBuffer();
      await new Promise((r) => setTimeout(r, 100 * attempt));
    }
  };

  it('two workers started, in two processes', () => {
    const pids = new Set(lines().filter((l) => l.event === 'server.started').map((l) => l.pid));
    assert.equal(pids.size, 2);
  });

  it('400 concurrent creates for one user, number and configuration: exactly MaxSMSCount succeed, across both workers', async () => {
    const body = createBody({ UserId: newUser(), GsmNumber: newGsm(), MaxSMSCount: 3, MaxSMSInterval: 600, IsSync: false });
    const answers = await Promise.all(Array.from({ length: 400 }, () => post(CREATE, body)));
    const codes = answers.reduce<Record<number, number>>((a, r) => ({ ...a, [r.Code]: (a[r.Code] ?? 0) + 1 }), {});
    const odd = answers.filter((r) => r.Code !== 2 && r.Code !== 4000).slice(0, 3);
    assert.deepEqual(codes, { 2: 3, 4000: 397 }, `answers by Code: ${JSON.stringify(codes)}; others, e.g. ${JSON.stringify(odd)}; 503s retried so far: ${retried503}`);
    const servedBy = (): Set<unknown> => new Set(lines().filter((l) => l.event === 'http.request' && l.path === CREATE).map((l) => l.pid));
    // The access log lines of the last answers may still be on their way.
    await eventually('both workers logged creates', () => servedBy().size === 2).catch(() => undefined);
    assert.equal(servedBy().size, 2, 'both workers took part');
  });

  it('concurrent verifies of one code across both workers: exactly one succeeds', async () => {
    const created = await post(CREATE, createBody({ IsSync: true }));
    assert.equal(created.Code, 1);
    recordSecret('otp-code', created.OtpCode);
    const answers = await Promise.all(Array.from({ length: 100 }, () => post(VERIFY, { OtpIdReference: created.OtpIdReference, OtpCode: created.OtpCode })));
    assert.equal(answers.filter((a) => a.Verified === true).length, 1);
    assert.equal(answers.filter((a) => a.Code === 1).length, 1);
  });

  it('SIGTERM stops both workers and the primary', async () => {
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.equal(lines().filter((l) => l.event === 'server.stopped').length, 2);
  });
});

describe('WORKERS with SQLite', () => {
  it('is refused at start-up, naming the variable', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'stackport-cluster-sqlite-'));
    try {
      const r = spawnSync(process.execPath, [MAIN], { cwd, env: { PATH: process.env.PATH, WORKERS: '2' }, encoding: 'utf8', timeout: PATIENCE_MS });
      assert.equal(r.status, 1);
      assert.match(r.stderr, /WORKERS > 1 needs DATABASE_URL=mariadb/);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});
