/**
 * OTP-create throughput and latency: `POST /api/TwoFactor/CreateTwoFactorSmsOtp` (IsSync=true,
 * development sender, every request a new user and number so none is throttled) against the
 * real server process (`dist/src/main.js`), 50 connections, on SQLite and — when MARIADB_URL is
 * set — on MariaDB. Target: p99 < 25 ms; peak RSS of the server under that load < 200 MB (VmHWM,
 * against its RSS when idle). With MariaDB also WORKERS=2 vs WORKERS=1 throughput (target ≥ 1.7×).
 *
 *   node dist/test/twofactor/bench/otp-create-bench.js [seconds]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomInt, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { mariadbDatabase, sqliteDatabase, type TestDatabase } from '../support/test-databases.js';

const MAIN = path.resolve(__dirname, '../../../src/main.js');
/** The V8 flags `npm start` gives the server (package.json), so the bench measures what runs. */
export const START_FLAGS = (/node ((?:--\S+ )*)dist\/src\/main\.js/.exec(
  (JSON.parse(readFileSync(path.resolve(__dirname, '../../../../package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start)?.[1] ?? '')
  .split(' ').filter(Boolean);
export const P99_TARGET_MS = 25;
/**
 * Load before the measured run. V8 goes on optimising the request path for several seconds under
 * load: with `--trace-opt`, TurboFan spent about 400, 250, 70, 100 and 160 ms compiling in each of
 * the first seconds after a 1 s warm-up (about a tenth of the server's CPU), tailing off by the
 * tenth. The target is the latency of a server that has been up for a while, not of its first
 * seconds, so the measurement starts after this much load.
 */
export const WARM_UP_SECONDS = 8;
export const RSS_TARGET_MB = 200;
export const SCALING_TARGET = 1.7;

export interface OtpBenchRow {
  database: 'sqlite' | 'mariadb';
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  /** The server process's RSS after start-up, and its peak (VmHWM) after the load. */
  idleRssMb: number;
  peakRssMb: number;
  /** Server process CPU (user + system) per request during the measured run, in µs. */
  cpuUsPerRequest: number;
}

export interface FloorRow { requestsPerSecond: number; p99Ms: number; non2xx: number }

/**
 * The MariaDB baseline (mariadb-per-request-server.ts): one request's statements, per request and
 * unbatched, with nothing around them; undefined without MARIADB_URL. The real server migrates the
 * database first.
 */
export async function mariadbPerRequestRow(seconds = 5): Promise<FloorRow | undefined> {
  const target = mariadbDatabase();
  if (target.skip) return undefined;
  const db = await target.create();
  const cwd = mkdtempSync(path.join(tmpdir(), 'stackport-bench-'));
  try {
    const migrated = await startServer(db.url, await freePort(), cwd);
    await new Promise<void>((resolve) => { migrated.once('exit', () => resolve()); migrated.kill('SIGTERM'); });
    const port = await freePort();
    const floor = spawn(process.execPath, [path.join(__dirname, 'mariadb-per-request-server.js'), String(port), db.url], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      floor.stdout!.on('data', (d: Buffer) => { if (d.toString().includes('ready')) resolve(); });
      floor.once('exit', (code) => reject(new Error(`per-request SQL server exited with ${code}`)));
    });
    try {
      const r = await measure(port, seconds);
      return { requestsPerSecond: r.requests.average, p99Ms: r.latency.p99, non2xx: r.non2xx + r.errors };
    } finally {
      floor.kill();
    }
  } finally {
    await db.drop();
    rmSync(cwd, { recursive: true, force: true });
  }
}

/** oneWorkerBusy: the share of all the machine's cores busy (any process) during the WORKERS=1 run. */
export interface ScalingRow { oneWorker: number; twoWorkers: number; non2xx: number; oneWorkerBusy: number }

/** Busy and total jiffies over all cores (/proc/stat). */
function cpuJiffies(): { busy: number; total: number } {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = f.reduce((a, b) => a + b, 0);
  return { busy: total - f[3]! - (f[4] ?? 0), total };
}

/** User + system CPU a process has used so far, in µs (Linux: /proc/<pid>/stat, in clock ticks of 1/100 s). */
function processCpuUs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

/** VmRSS / VmHWM of a process, in MB (Linux). */
function rssMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => { const p = (s.address() as { port: number }).port; s.close(() => resolve(p)); });
  });
}

export async function startServer(databaseUrl: string, port: number, cwd: string, workers = 1): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...START_FLAGS, MAIN], {
    cwd, stdio: ['ignore', 'ignore', 'inherit'],
    env: { PATH: process.env.PATH, PORT: String(port), DATABASE_URL: databaseUrl, SMS_PROVIDER: 'development', NODE_ENV: 'development', WORKERS: String(workers) },
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

/** The measured run after a warm-up; with `pid`, also that process's CPU per request during it. */
export async function measure(port: number, seconds: number, pid?: number, warmUpSeconds = WARM_UP_SECONDS): Promise<autocannon.Result & { cpuUsPerRequest: number }> {
  const opts = (duration: number): autocannon.Options => ({
    url: `http://127.0.0.1:${port}`, connections: 50, duration,
    requests: [{ method: 'POST', path: '/api/TwoFactor/CreateTwoFactorSmsOtp', headers: { 'content-type': 'application/json' }, setupRequest: (r) => ({ ...r, body: body() }) }],
  });
  if (warmUpSeconds) await autocannon(opts(warmUpSeconds)); // JIT, statement caches, pool
  const before = pid === undefined ? 0 : processCpuUs(pid);
  const r = await autocannon(opts(seconds));
  return Object.assign(r, { cpuUsPerRequest: pid === undefined ? NaN : (processCpuUs(pid) - before) / r.requests.total });
}

export async function otpCreateRows(seconds = 5): Promise<OtpBenchRow[]> {
  const rows: OtpBenchRow[] = [];
  for (const target of [sqliteDatabase(), mariadbDatabase()]) {
    if (target.skip) continue;
    const db = await target.create();
    const cwd = mkdtempSync(path.join(tmpdir(), 'stackport-bench-'));
    const port = await freePort();
    const server = await startServer(db.url, port, cwd);
    try {
      const idleRssMb = rssMb(server.pid!, 'VmRSS');
      const r = await measure(port, seconds, server.pid);
      rows.push({
        database: target.kind, requestsPerSecond: r.requests.average, p50Ms: r.latency.p50, p99Ms: r.latency.p99, non2xx: r.non2xx, errors: r.errors,
        idleRssMb, peakRssMb: rssMb(server.pid!, 'VmHWM'), cpuUsPerRequest: r.cpuUsPerRequest,
      });
    } finally {
      await new Promise<void>((resolve) => { server.once('exit', () => resolve()); server.kill('SIGTERM'); });
      await db.drop();
      rmSync(cwd, { recursive: true, force: true });
    }
  }
  return rows;
}

/** OTP-create req/s with WORKERS=1 and WORKERS=2 on MariaDB, each on a fresh database; undefined without MARIADB_URL. */
export async function otpScalingRow(seconds = 5): Promise<ScalingRow | undefined> {
  const target = mariadbDatabase();
  if (target.skip) return undefined;
  const rps: number[] = [];
  let non2xx = 0;
  let oneWorkerBusy = NaN;
  for (const workers of [1, 2]) {
    const db = await target.create();
    const cwd = mkdtempSync(path.join(tmpdir(), 'stackport-bench-'));
    const port = await freePort();
    const server = await startServer(db.url, port, cwd, workers);
    try {
      const before = cpuJiffies();
      const r = await measure(port, seconds);
      const after = cpuJiffies();
      if (workers === 1) oneWorkerBusy = (after.busy - before.busy) / (after.total - before.total);
      rps.push(r.requests.average);
      non2xx += r.non2xx + r.errors;
    } finally {
      await new Promise<void>((resolve) => { server.once('exit', () => resolve()); server.kill('SIGTERM'); });
      await db.drop();
      rmSync(cwd, { recursive: true, force: true });
    }
  }
  return { oneWorker: rps[0]!, twoWorkers: rps[1]!, non2xx, oneWorkerBusy };
}

if (require.main === module) {
  otpCreateRows(Number(process.argv[2] ?? 5)).then((rows) => {
    console.log('| OTP create (IsSync, 50 connections) | req/s | p50 | p99 | target p99 | non-2xx | errors |');
    console.log('|---|---:|---:|---:|---|---:|---:|');
    for (const r of rows) {
      console.log(`| ${r.database} | ${Math.round(r.requestsPerSecond)} | ${r.p50Ms} ms | ${r.p99Ms} ms | < ${P99_TARGET_MS} ms: ${r.p99Ms < P99_TARGET_MS ? 'yes' : '**no**'} | ${r.non2xx} | ${r.errors} |`);
    }
    for (const r of rows) console.log(`peak RSS (${r.database}): ${Math.round(r.peakRssMb)} MB (idle ${Math.round(r.idleRssMb)} MB; target < ${RSS_TARGET_MB} MB)`);
    if (process.argv.includes('--per-request')) {
      return mariadbPerRequestRow(Number(process.argv[2] ?? 5)).then((f) => {
        if (f) console.log(`MariaDB, one request's SQL per request, unbatched (node:http + mysql2): ${Math.round(f.requestsPerSecond)} req/s, p99 ${f.p99Ms} ms`);
      });
    }
    if (process.argv.includes('--scaling')) {
      return otpScalingRow(Number(process.argv[2] ?? 5)).then((s) => {
        if (s) console.log(`MariaDB WORKERS=2 vs 1: ${Math.round(s.twoWorkers)} vs ${Math.round(s.oneWorker)} req/s = ${(s.twoWorkers / s.oneWorker).toFixed(2)}× (target ≥ ${SCALING_TARGET}×); machine ${Math.round(s.oneWorkerBusy * 100)} % busy with one worker`);
      });
    }
    return undefined;
  }, (e: unknown) => { console.error(e); process.exit(1); });
}
