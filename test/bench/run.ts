/**
 * `npm run bench`: every row is a subject measured against its baseline in the same run, printed
 * as one table with the ratio and the target. Codec rows come from `*-cases.ts` files beside this
 * one (see bench-case.ts); HTTP rows from http-cases.ts.
 */
import { readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchCase } from './bench-case.js';
import { echoBaselineP99, httpRows } from './http-cases.js';
import { galeraRow } from '../twofactor/bench/galera-bench.js';
import { mariadbPerRequestRow, otpCreateRows, otpScalingRow, P99_TARGET_MS, RSS_TARGET_MB, SCALING_TARGET, WARM_UP_SECONDS } from '../twofactor/bench/otp-create-bench.js';

function opsPerSecond(fn: () => unknown, ms: number): number {
  let n = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(ms) * 1_000_000n;
  let now = start;
  while (now < end) {
    for (let i = 0; i < 64; i++) fn();
    n += 64;
    now = process.hrtime.bigint();
  }
  return n / (Number(now - start) / 1e9);
}

function median(xs: number[]): number { return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!; }

interface Row { name: string; subject: string; baseline: string; subjectOps: number; baselineOps: number; ratio: number; target: string; met: boolean; unit: string }

function runCase(c: BenchCase, rounds = 7, ms = 300): Row {
  for (let i = 0; i < 2000; i++) { c.baseline.fn(); c.subject.fn(); }
  const b: number[] = [];
  const s: number[] = [];
  for (let r = 0; r < rounds; r++) { b.push(opsPerSecond(c.baseline.fn, ms)); s.push(opsPerSecond(c.subject.fn, ms)); }
  const [bo, so] = [median(b), median(s)];
  const ratio = so / bo;
  if ('atLeast' in c.target) {
    return { name: c.name, subject: c.subject.name, baseline: c.baseline.name, subjectOps: so, baselineOps: bo, ratio, target: `≥ ${c.target.atLeast}× throughput`, met: ratio >= c.target.atLeast, unit: 'ops/s' };
  }
  const timeRatio = bo / so;
  return { name: c.name, subject: c.subject.name, baseline: c.baseline.name, subjectOps: so, baselineOps: bo, ratio: timeRatio, target: `≤ ${c.target.atMostTime}× time`, met: timeRatio <= c.target.atMostTime, unit: 'ops/s' };
}

async function main(): Promise<void> {
  const only = process.argv[2];
  const rows: Row[] = [];
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('-cases.js') && f !== 'http-cases.js').sort()) {
    if (only && !file.startsWith(only)) continue;
    const mod = require(path.join(__dirname, file)) as { cases: BenchCase[] };
    for (const c of mod.cases) rows.push(runCase(c));
  }
  if (!only || only === 'http') {
    for (const h of await httpRows()) {
      rows.push({ name: h.name, subject: h.subject, baseline: h.baseline, subjectOps: h.subjectValue, baselineOps: h.baselineValue, ratio: h.subjectValue / h.baselineValue, target: h.target, met: h.met, unit: h.unit });
    }
  }
  const notes: string[] = [];
  if (!only || only === 'otp') {
    const echo = await echoBaselineP99();
    // SQLite first: after the MariaDB runs mariadbd keeps flushing and purging for a while, on the
    // same two cores. MariaDB's baseline is one request's SQL, per request and unbatched, on
    // node:http + mysql2 alone: the floor of any implementation that does not share statements.
    const otpRows = await otpCreateRows();
    const floor = await mariadbPerRequestRow();
    for (const r of otpRows) {
      const [baseline, baselineP99] = r.database === 'mariadb' && floor ? ['one request\'s SQL per request, unbatched (node:http + mysql2)', floor.p99Ms] : ['bare Express JSON echo', echo];
      rows.push({ name: `OTP create p99, 50 connections, ${r.database} (${Math.round(r.requestsPerSecond)} req/s)`, subject: 'POST CreateTwoFactorSmsOtp', baseline, subjectOps: r.p99Ms, baselineOps: baselineP99, ratio: r.p99Ms / baselineP99, target: `p99 < ${P99_TARGET_MS} ms`, met: r.p99Ms < P99_TARGET_MS && r.non2xx === 0, unit: 'ms' });
      // A figure to track (issue 21), not a target: how much of the server's CPU one OTP create takes.
      rows.push({ name: `server CPU per OTP create, 50 connections, ${r.database}`, subject: 'process user + system CPU / requests', baseline: '(tracked, no baseline)', subjectOps: r.cpuUsPerRequest, baselineOps: NaN, ratio: NaN, target: 'tracked', met: true, unit: 'µs' });
      rows.push({ name: `peak RSS under the OTP create load, ${r.database}`, subject: 'server VmHWM after the load', baseline: 'same process idle (VmRSS)', subjectOps: r.peakRssMb, baselineOps: r.idleRssMb, ratio: r.peakRssMb / r.idleRssMb, target: `< ${RSS_TARGET_MB} MB`, met: r.peakRssMb < RSS_TARGET_MB, unit: 'MB' });
    }
    notes.push(`Every OTP-create run, baselines included, is measured after ${WARM_UP_SECONDS} s of the same load: V8 is still optimising the request path in the first seconds (otp-create-bench.ts).`);
    if (floor) notes.push(`MariaDB baseline: ${Math.round(floor.requestsPerSecond)} req/s, p99 ${floor.p99Ms} ms running one sync OTP create's statements per request, unbatched, with nothing else (test/twofactor/bench/mariadb-per-request-server.ts).`);
    const scaling = await otpScalingRow();
    if (scaling) {
      const ratio = scaling.twoWorkers / scaling.oneWorker;
      rows.push({ name: 'OTP create, MariaDB, 2 processes vs 1 (WORKERS)', subject: 'WORKERS=2', baseline: 'WORKERS=1', subjectOps: scaling.twoWorkers, baselineOps: scaling.oneWorker, ratio, target: `≥ ${SCALING_TARGET}× req/s`, met: ratio >= SCALING_TARGET && scaling.non2xx === 0, unit: 'req/s' });
      notes.push(`With WORKERS=1 the machine's ${os.cpus().length} cores were already ${Math.round(scaling.oneWorkerBusy * 100)} % busy (server, mariadbd and the load generator): a second worker can only add what is left.`);
    }
    const galera = await galeraRow();
    if (galera) {
      const { cluster: c, single: s } = galera;
      rows.push({ name: `OTP create p99, 3-node Galera vs single MariaDB, interleaved (${Math.round(c.requestsPerSecond)} vs ${Math.round(s.requestsPerSecond)} req/s)`, subject: 'cluster (GALERA_URLS)', baseline: 'single MariaDB (MARIADB_URL)', subjectOps: c.p99Ms, baselineOps: s.p99Ms, ratio: c.p99Ms / s.p99Ms, target: `p99 < ${P99_TARGET_MS} ms`, met: c.p99Ms < P99_TARGET_MS && c.non2xx === 0, unit: 'ms' });
      rows.push({ name: 'OTP create throughput, 3-node Galera vs single MariaDB', subject: 'cluster', baseline: 'single MariaDB', subjectOps: c.requestsPerSecond, baselineOps: s.requestsPerSecond, ratio: c.requestsPerSecond / s.requestsPerSecond, target: 'reported', met: c.non2xx === 0, unit: 'req/s' });
      notes.push(`CPU per OTP create (galera-bench.ts): server ${c.serverCpuMs.toFixed(2)} ms on the cluster vs ${s.serverCpuMs.toFixed(2)} ms single; database ${c.databaseCpuMs.toFixed(2)} ms over the three nodes vs ${s.databaseCpuMs.toFixed(2)} ms single (the single MariaDB is shared: its figure includes whatever else ran on it). One write's commit alone, p50: ${c.commitP50Ms.toFixed(2)} ms on the cluster vs ${s.commitP50Ms.toFixed(2)} ms single.`);
    }
  }
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`Stackport benchmarks — ${os.cpus().length} × ${cpu}, Node ${process.version}, ${new Date().toISOString()}\n`);
  console.log('| row | subject | baseline | subject | baseline | ratio | target | met |');
  console.log('|---|---|---|---:|---:|---:|---|---|');
  const fmt = (n: number, unit: string): string => (Number.isNaN(n) ? '–' : `${Math.round(n).toLocaleString('en-US')} ${unit}`);
  for (const r of rows) {
    console.log(`| ${r.name} | ${r.subject} | ${r.baseline} | ${fmt(r.subjectOps, r.unit)} | ${fmt(r.baselineOps, r.unit)} | ${Number.isNaN(r.ratio) ? '–' : `${r.ratio.toFixed(2)}×`} | ${r.target} | ${r.target === 'tracked' ? '–' : r.met ? 'yes' : '**no**'} |`);
  }
  if (notes.length) console.log(`\n${notes.map((n) => `- ${n}`).join('\n')}`);
}

main().catch((e) => { console.error(e); process.exit(1); });
