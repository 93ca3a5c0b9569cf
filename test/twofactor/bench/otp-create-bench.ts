/**
 * OTP-create throughput and latency: `POST /api/TwoFactor/CreateTwoFactorSmsOtp` (IsSync=true,
 * development sender, every request a new user and number so none is throttled) against the
 * real server process (`dist/src/main.js`), 50 connections, on SQLite and — when MARIADB_URL is
 * set — on MariaDB. Target: p99 < 25 ms.
 *
 *   node dist/test/twofactor/bench/otp-create-bench.js [seconds]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomInt, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { mariadbDatabase, sqliteDatabase, type TestDatabase } from '../support/test-databases.js';

const MAIN = path.resolve(__dirname, '../../../src/main.js');
export const P99_TARGET_MS = 25;

export interface OtpBenchRow {
  database: 'sqlite' | 'mariadb';
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => { const p = (s.address() as { port: number }).port; s.close(() => resolve(p)); });
  });
}

async function startServer(db: TestDatabase, port: number, cwd: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [MAIN], {
    cwd, stdio: ['ignore', 'ignore', 'inherit'],
    env: { PATH: process.env.PATH, PORT: String(port), DATABASE_URL: db.url, SMS_PROVIDER: 'development', NODE_ENV: 'development' },
  });
  for (let i = 0; i < 200; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/TwoFactor/Otp/x`);
      if (res.status === 200) return child;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error('server did not start');
}

function body(): string {
  return JSON.stringify({
    UserId: randomUUID(), GsmNumber: `+90532${randomInt(0, 10_000_000).toString().padStart(7, '0')}`,
    TwoFactorConfigurationId: 1, MaxSMSCount: 0, MaxSMSInterval: 0, OtpExpirationPeriod: 180, IsSync: true, Source: 'bench',
  });
}

async function measure(port: number, seconds: number): Promise<autocannon.Result> {
  const opts = (duration: number): autocannon.Options => ({
    url: `http://127.0.0.1:${port}`, connections: 50, duration,
    requests: [{ method: 'POST', path: '/api/TwoFactor/CreateTwoFactorSmsOtp', headers: { 'content-type': 'application/json' }, setupRequest: (r) => ({ ...r, body: body() }) }],
  });
  await autocannon(opts(1)); // warm-up: JIT, statement caches, pool
  return autocannon(opts(seconds));
}

export async function otpCreateRows(seconds = 5): Promise<OtpBenchRow[]> {
  const rows: OtpBenchRow[] = [];
  for (const target of [sqliteDatabase(), mariadbDatabase()]) {
    if (target.skip) continue;
    const db = await target.create();
    const cwd = mkdtempSync(path.join(tmpdir(), 'stackport-bench-'));
    const port = await freePort();
    const server = await startServer(db, port, cwd);
    try {
      const r = await measure(port, seconds);
      rows.push({ database: target.kind, requestsPerSecond: r.requests.average, p50Ms: r.latency.p50, p99Ms: r.latency.p99, non2xx: r.non2xx, errors: r.errors });
    } finally {
      await new Promise<void>((resolve) => { server.once('exit', () => resolve()); server.kill('SIGTERM'); });
      await db.drop();
      rmSync(cwd, { recursive: true, force: true });
    }
  }
  return rows;
}

if (require.main === module) {
  otpCreateRows(Number(process.argv[2] ?? 5)).then((rows) => {
    console.log('| OTP create (IsSync, 50 connections) | req/s | p50 | p99 | target p99 | non-2xx | errors |');
    console.log('|---|---:|---:|---:|---|---:|---:|');
    for (const r of rows) {
      console.log(`| ${r.database} | ${Math.round(r.requestsPerSecond)} | ${r.p50Ms} ms | ${r.p99Ms} ms | < ${P99_TARGET_MS} ms: ${r.p99Ms < P99_TARGET_MS ? 'yes' : '**no**'} | ${r.non2xx} | ${r.errors} |`);
    }
  }, (e: unknown) => { console.error(e); process.exit(1); });
}
