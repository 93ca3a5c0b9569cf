/** HTTP rows: autocannon against server processes started one at a time on this machine's loopback. */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import path from 'node:path';

export interface HttpRow { name: string; subject: string; baseline: string; subjectRps: number; baselineRps: number; target: number }

async function measure(kind: string, port: number, seconds: number): Promise<number> {
  const child = spawn(process.execPath, [path.join(__dirname, 'servers', 'bench-server.js'), kind, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (d: Buffer) => { if (d.toString().includes('ready')) resolve(); });
      child.on('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
    });
    const url = `http://127.0.0.1:${port}/hello/World`;
    await autocannon({ url, connections: 50, duration: 2 });
    const result = await autocannon({ url, connections: 50, duration: seconds });
    if (result.non2xx || result.errors) throw new Error(`${kind}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    return result.requests.average;
  } finally {
    child.kill();
  }
}

/** Interleaved rounds; the median of each side. */
export async function httpRows(rounds = 3, seconds = 4): Promise<HttpRow[]> {
  const subject: number[] = [];
  const baseline: number[] = [];
  for (let r = 0; r < rounds; r++) {
    baseline.push(await measure('express-bare', 40100 + r * 2, seconds));
    subject.push(await measure('stackport', 40101 + r * 2, seconds));
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return [{ name: 'GET JSON DTO, full pipeline (Express adapter)', subject: 'Stackport', baseline: 'bare Express 5 res.json', subjectRps: median(subject), baselineRps: median(baseline), target: 0.9 }];
}
