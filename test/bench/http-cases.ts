/**
 * HTTP rows: autocannon against server processes (servers/bench-server.ts) started one at a time
 * on this machine's loopback. Each row's subject and baseline(s) are measured in the same run in
 * interleaved rounds, and the median req/s of each is compared.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { START_FLAGS } from '../twofactor/bench/otp-create-bench.js';

export interface HttpRow { name: string; subject: string; baseline: string; subjectValue: number; baselineValue: number; unit: string; target: string; met: boolean }

interface Load { path: string; method?: 'GET' | 'POST'; body?: string; accept?: string }

/** One server under one load: a side of a row. */
interface Side { kind: string; label: string; load: Load }

async function startServer(kind: string, port: number): Promise<ChildProcess> {
  // Every server, subjects and baselines alike, runs with the V8 flags `npm start` gives Stackport's.
  const child = spawn(process.execPath, [...START_FLAGS, path.join(__dirname, 'servers', 'bench-server.js'), kind, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => { if (d.toString().includes('ready')) resolve(); });
    child.on('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
  return child;
}

async function measure(kind: string, port: number, seconds: number, load: Load): Promise<autocannon.Result> {
  const child = await startServer(kind, port);
  try {
    const headers: Record<string, string> = {
      ...(load.accept ? { accept: load.accept } : {}), ...(load.method === 'POST' ? { 'content-type': 'application/json' } : {}),
    };
    const opts: autocannon.Options = {
      url: `http://127.0.0.1:${port}${load.path}`, connections: 50, duration: seconds, headers,
      ...(load.method === 'POST' ? { method: 'POST', body: load.body } : {}),
    };
    await autocannon({ ...opts, duration: 2 });
    const result = await autocannon(opts);
    if (result.non2xx || result.errors) throw new Error(`${kind}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    return result;
  } finally {
    child.kill();
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Interleaved rounds over all sides (baselines and subjects alternate); the median req/s of each. */
async function interleaved(sides: readonly Side[], rounds: number, seconds: number, port: number): Promise<number[]> {
  const runs = sides.map((): number[] => []);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < sides.length; i++) runs[i]!.push((await measure(sides[i]!.kind, port++, seconds, sides[i]!.load)).requests.average);
  }
  return runs.map(median);
}

function row(name: string, subject: [Side, number], baseline: [Side, number], target: number): HttpRow {
  const ratio = subject[1] / baseline[1];
  return { name, subject: subject[0].label, baseline: baseline[0].label, subjectValue: subject[1], baselineValue: baseline[1], unit: 'req/s', target: `≥ ${target}× req/s`, met: ratio >= target };
}

const HELLO: Load = { path: '/hello/World' };
const ORDER: Load = { path: '/order/1' };
const side = (kind: string, label: string, load: Load): Side => ({ kind, label, load });

export async function httpRows(rounds = 3, seconds = 4): Promise<HttpRow[]> {
  const rows: HttpRow[] = [];
  // The two-member DTO.
  const expressSmall = [side('stackport', 'Stackport (Express)', HELLO), side('express-bare', 'bare Express 5 res.json', HELLO)];
  const [es, eb] = await interleaved(expressSmall, rounds, seconds, 40100);
  rows.push(row('GET JSON DTO, full pipeline on the Express adapter', [expressSmall[0]!, es!], [expressSmall[1]!, eb!], 0.9));
  const nodeSmall = [side('stackport-node', 'Stackport (node:http)', HELLO), side('node-raw', 'raw node:http', HELLO)];
  const [ns, nb] = await interleaved(nodeSmall, rounds, seconds, 40200);
  rows.push(row('GET JSON DTO, full pipeline on the node:http adapter', [nodeSmall[0]!, ns!], [nodeSmall[1]!, nb!], 0.5));
  // The ~1 KB DTO (servers/order-dto.ts): node:http JSON and JSV against Fastify and raw node:http.
  const node1k = [
    side('stackport-node', 'Stackport (node:http) JSON', ORDER), side('fastify', 'Fastify 5, response schema', ORDER),
    side('node-raw', 'raw node:http JSON.stringify', ORDER), side('stackport-node', 'Stackport (node:http) JSV', { ...ORDER, accept: 'text/jsv' }),
  ] as const;
  const [json, fastify, raw, jsv] = await interleaved(node1k, rounds, seconds, 40300);
  rows.push(row('GET 1 KB DTO JSON, node:http', [node1k[0], json!], [node1k[1], fastify!], 1.0));
  rows.push(row('GET 1 KB DTO JSON, node:http', [node1k[0], json!], [node1k[2], raw!], 0.9));
  rows.push(row('GET 1 KB DTO JSV, node:http', [node1k[3], jsv!], [node1k[1], fastify!], 1.0));
  const express1k = [side('stackport', 'Stackport (Express)', ORDER), side('express-bare', 'bare Express 5 res.json', ORDER)];
  const [e1, b1] = await interleaved(express1k, rounds, seconds, 40400);
  rows.push(row('GET 1 KB DTO JSON, Express adapter', [express1k[0]!, e1!], [express1k[1]!, b1!], 1.0));
  const xml1k = [side('stackport-node', 'Stackport (node:http) DataContract XML', { ...ORDER, accept: 'application/xml' }), side('node-fxp-xml', 'node:http + fast-xml-parser XMLBuilder', ORDER)];
  const [x1, f1] = await interleaved(xml1k, rounds, seconds, 40500);
  rows.push(row('GET 1 KB DTO XML, node:http', [xml1k[0]!, x1!], [xml1k[1]!, f1!], 1.0));
  return rows;
}

/** p99 of a bare Express POST that parses and echoes a JSON body: the floor under OTP creation. */
export async function echoBaselineP99(seconds = 5): Promise<number> {
  const body = JSON.stringify({ UserId: '3698b76f-a5c0-4b04-b579-bc084019fb95', GsmNumber: '+905321234567', TwoFactorConfigurationId: 1, IsSync: true });
  return (await measure('express-bare', 40600, seconds, { path: '/echo', method: 'POST', body })).latency.p99;
}
