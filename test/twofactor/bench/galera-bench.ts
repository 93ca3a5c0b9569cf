/**
 * OTP create on the 3-node Galera cluster (GALERA_URLS, test/support/galera.sh) against the single
 * MariaDB (MARIADB_URL), in the same run and interleaved round by round, so a busy moment of the
 * shared machine falls on both. One server process per database, the cluster's URL listing all
 * three nodes (it writes to the first; the others apply every write-set). Besides p99 and req/s,
 * the CPU each OTP create cost the server process and the database processes (/proc/<pid>/stat),
 * for the capacity model in the README ("Scaling out"). undefined unless both are set.
 */
import type { ChildProcess } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { freePort, measure, startServer } from './otp-create-bench.js';
import { mariadbDatabase } from '../support/test-databases.js';

const GALERA_SH = path.resolve(__dirname, '../../../../test/support/galera.sh');
const MARIADB_PIDFILE = path.join(process.env.MARIADB_BASE ?? path.join(process.env.TMPDIR ?? '/tmp', 'stackport-mariadb'), 'run/mariadbd.pid');
const ROUNDS = 3;
/** Linux's USER_HZ: /proc/<pid>/stat counts CPU time in 1/100 s. */
const TICK_MS = 10;

export interface GaleraSide { requestsPerSecond: number; p99Ms: number; non2xx: number; serverCpuMs: number; databaseCpuMs: number; commitP50Ms: number }
export interface GaleraRow { cluster: GaleraSide; single: GaleraSide }

function cpuTicks(pid: number): number {
  // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return Number(f[11]) + Number(f[12]);
}

interface Side { name: 'single' | 'cluster'; url: string; commitMs: number[]; server: ChildProcess; port: number; databasePids: number[]; runs: { rps: number; p99: number; non2xx: number; requests: number; serverTicks: number; dbTicks: number }[] }

async function freshDatabase(nodeUrl: string): Promise<{ name: string; drop: () => Promise<void> }> {
  const u = new URL(nodeUrl);
  const name = `${u.pathname.slice(1)}_b${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = { host: u.hostname, port: Number(u.port), user: decodeURIComponent(u.username), password: decodeURIComponent(u.password) };
  const c = await createConnection(admin);
  await c.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await c.end();
  return { name, drop: async () => { const d = await createConnection(admin); await d.query(`DROP DATABASE IF EXISTS \`${name}\``); await d.end(); } };
}

/**
 * One write's commit, alone: sequential autocommit upserts of one lock row through the first node
 * (on the cluster: execution, replication to the other nodes and certification), in ms.
 */
async function commitLatencies(url: string, count = 100): Promise<number[]> {
  const u = new URL(url.replace(/@([^/,]+)(,[^/]*)?\//, '@$1/'));
  const c = await createConnection({ host: u.hostname, port: Number(u.port), user: decodeURIComponent(u.username), password: decodeURIComponent(u.password), database: u.pathname.slice(1) });
  const out: number[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const t0 = process.hrtime.bigint();
      await c.query('INSERT INTO rate_limit_lock (lock_key, touched_at_ms) VALUES (?, ?) ON DUPLICATE KEY UPDATE touched_at_ms = touched_at_ms + 1', ['bench:commit', i]);
      out.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  } finally {
    await c.end();
  }
  return out;
}

export async function galeraRow(seconds = 5): Promise<GaleraRow | undefined> {
  const nodes = (process.env.GALERA_URLS ?? '').split(/\s+/).filter(Boolean);
  if (nodes.length !== 3 || mariadbDatabase().skip) return undefined;
  const single = await mariadbDatabase().create();
  const cluster = await freshDatabase(nodes[0]!);
  const cwd = mkdtempSync(path.join(tmpdir(), 'stackport-bench-galera-'));
  const hosts = nodes.map((n) => new URL(n).host).join(',');
  const first = new URL(nodes[0]!);
  const clusterUrl = `mariadb://${first.username}:${first.password}@${hosts}/${cluster.name}`;
  const sides: Side[] = [];
  try {
    for (const [name, url, databasePids] of [
      ['single', single.url, [Number(readFileSync(MARIADB_PIDFILE, 'utf8'))]],
      ['cluster', clusterUrl, [1, 2, 3].map((n) => Number(spawnSync(GALERA_SH, ['pid', String(n)], { encoding: 'utf8' }).stdout))],
    ] as const) {
      const port = await freePort();
      sides.push({ name, url, port, commitMs: [], databasePids: [...databasePids], runs: [], server: await startServer(url, port, cwd) });
    }
    for (const side of sides) await measure(side.port, 1); // warm-up: JIT, statement caches, pools
    for (let round = 0; round < ROUNDS; round++) {
      for (const side of sides) {
        side.commitMs.push(...await commitLatencies(side.url));
        const [s0, d0] = [cpuTicks(side.server.pid!), side.databasePids.reduce((a, p) => a + cpuTicks(p), 0)];
        const r = await measure(side.port, seconds, undefined, 0);
        const [s1, d1] = [cpuTicks(side.server.pid!), side.databasePids.reduce((a, p) => a + cpuTicks(p), 0)];
        side.runs.push({ rps: r.requests.average, p99: r.latency.p99, non2xx: r.non2xx + r.errors, requests: r.requests.total, serverTicks: s1 - s0, dbTicks: d1 - d0 });
      }
    }
  } finally {
    for (const side of sides) await new Promise<void>((resolve) => { side.server.once('exit', () => resolve()); side.server.kill('SIGTERM'); });
    await single.drop();
    await cluster.drop();
    rmSync(cwd, { recursive: true, force: true });
  }
  const summary = (side: Side): GaleraSide => {
    const requests = side.runs.reduce((a, r) => a + r.requests, 0);
    return {
      requestsPerSecond: side.runs.reduce((a, r) => a + r.rps, 0) / side.runs.length,
      p99Ms: Math.max(...side.runs.map((r) => r.p99)),
      non2xx: side.runs.reduce((a, r) => a + r.non2xx, 0),
      serverCpuMs: (side.runs.reduce((a, r) => a + r.serverTicks, 0) * TICK_MS) / requests,
      databaseCpuMs: (side.runs.reduce((a, r) => a + r.dbTicks, 0) * TICK_MS) / requests,
      commitP50Ms: [...side.commitMs].sort((a, b) => a - b)[Math.floor(side.commitMs.length / 2)]!,
    };
  };
  return { single: summary(sides[0]!), cluster: summary(sides[1]!) };
}

if (require.main === module) {
  galeraRow(Number(process.argv[2] ?? 5)).then((r) => console.log(JSON.stringify(r, null, 2)), (e: unknown) => { console.error(e); process.exit(1); });
}
