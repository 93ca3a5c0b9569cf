/** HTTP rows: autocannon against server processes started one at a time on this machine's loopback. */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface HttpRow { name: string; subject: string; baseline: string; subjectValue: number; baselineValue: number; unit: string; target: string; met: boolean }

interface Load { path: string; method?: 'GET' | 'POST'; body?: string }

async function startServer(kind: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(__dirname, 'servers', 'bench-server.js'), kind, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => { if (d.toString().includes('ready')) resolve(); });
    child.on('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
  return child;
}

async function measure(kind: string, port: number, seconds: number, load: Load): Promise<autocannon.Result> {
  const child = await startServer(kind, port);
  try {
    const opts: autocannon.Options = {
      url: `http://127.0.0.1:${port}${load.path}`, connections: 50, duration: seconds,
      ...(load.method === 'POST' ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: load.body } : {}),
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

/** Interleaved rounds of subject and baseline; the median req/s of each. */
async function ratioRow(name: string, subject: [string, string], baseline: [string, string], target: number, rounds: number, seconds: number, port: number): Promise<HttpRow> {
  const s: number[] = [];
  const b: number[] = [];
  const load = { path: '/hello/World' };
  for (let r = 0; r < rounds; r++) {
    b.push((await measure(baseline[0], port++, seconds, load)).requests.average);
    s.push((await measure(subject[0], port++, seconds, load)).requests.average);
  }
  const ratio = median(s) / median(b);
  return { name, subject: subject[1], baseline: baseline[1], subjectValue: median(s), baselineValue: median(b), unit: 'req/s', target: `≥ ${target}× req/s`, met: ratio >= target };
}

export async function httpRows(rounds = 3, seconds = 4): Promise<HttpRow[]> {
  return [
    await ratioRow('GET JSON DTO, full pipeline on the Express adapter', ['stackport', 'Stackport (Express)'], ['express-bare', 'bare Express 5 res.json'], 0.9, rounds, seconds, 40100),
    await ratioRow('GET JSON DTO, full pipeline on the node:http adapter', ['stackport-node', 'Stackport (node:http)'], ['node-raw', 'raw node:http'], 0.5, rounds, seconds, 40200),
  ];
}

/** p99 of a bare Express POST that parses and echoes a JSON body: the floor under OTP creation. */
export async function echoBaselineP99(seconds = 5): Promise<number> {
  const body = JSON.stringify({ UserId: '3698b76f-a5c0-4b04-b579-bc084019fb95', GsmNumber: '+905321234567', TwoFactorConfigurationId: 1, IsSync: true });
  return (await measure('express-bare', 40300, seconds, { path: '/echo', method: 'POST', body })).latency.p99;
}
