/**
 * `npm start` transpiles the server without type-checking it (tools/build-if-stale.mjs). The
 * server it builds must be the server `tsc` builds: the same DTO contract (decorator metadata
 * included), so the same /types, OpenAPI, metadata and error answers, byte for byte.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { freePort } from '../twofactor/support/server-process.js';
import { PATIENCE_MS } from '../support/patience.js';

const ROOT = path.resolve(__dirname, '../../..');
const TSC_MAIN = path.resolve(__dirname, '../../src/main.js');
// Inside the checkout, so that the transpiled files resolve the project's node_modules.
const FAST_OUT = path.join(ROOT, 'dist', `.fast-start-${process.pid}`);

function transpile(): string {
  const r = spawnSync(process.execPath, ['tools/build-if-stale.mjs', '--out', FAST_OUT], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, `build-if-stale exited ${r.status}: ${r.stderr}`);
  return r.stderr;
}

class Server {
  private out = '';
  private constructor(readonly child: ChildProcess, readonly port: number, readonly cwd: string) {
    child.stdout!.on('data', (d: Buffer) => { this.out += d.toString(); });
    child.stderr!.on('data', (d: Buffer) => { this.out += d.toString(); });
  }

  static async start(main: string): Promise<Server> {
    const cwd = mkdtempSync(path.join(tmpdir(), 'stackport-fast-start-'));
    const port = await freePort();
    const child = spawn(process.execPath, [main], { cwd, env: { PATH: process.env.PATH ?? '', PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
    const s = new Server(child, port, cwd);
    const deadline = Date.now() + PATIENCE_MS;
    while (!s.out.includes('"event":"server.started"')) {
      if (child.exitCode !== null) throw new Error(`${main} exited ${child.exitCode}: ${s.out}`);
      if (Date.now() > deadline) throw new Error(`${main} did not start: ${s.out}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return s;
  }

  async fetch(url: string, init?: RequestInit): Promise<string> {
    const res = await fetch(`http://127.0.0.1:${this.port}${url}`, init);
    // Pages that name their own base URL differ in the port alone.
    // Generated sources stamp the second they were written (`Date: …`): two servers may straddle one.
    const text = (await res.text()).replaceAll(`:${this.port}`, ':PORT').replace(/\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d+)?Z?/g, 'TIME');
    return `${res.status} ${res.headers.get('content-type')}\n${text}`;
  }

  stop(): void {
    this.child.kill('SIGKILL');
    rmSync(this.cwd, { recursive: true, force: true });
  }
}

describe('npm start builds by transpiling (tools/build-if-stale.mjs)', () => {
  let firstRun: string;
  let secondRun: string;
  let tscBuilt: Server;
  let transpiled: Server;

  before(async () => {
    firstRun = transpile();
    secondRun = transpile();
    [tscBuilt, transpiled] = await Promise.all([Server.start(TSC_MAIN), Server.start(path.join(FAST_OUT, 'src', 'main.js'))]);
  });
  after(() => {
    tscBuilt?.stop();
    transpiled?.stop();
    rmSync(FAST_OUT, { recursive: true, force: true });
  });

  it('transpiles every server file once, then nothing until a source changes', () => {
    assert.match(firstRun, /transpiled \d+ server file/, `first run said: ${firstRun}`);
    assert.equal(secondRun, '', `second run said: ${secondRun}`);
  });

  const requests: [string, RequestInit?][] = [
    ['/types/csharp'],
    ['/types/typescript'],
    ['/openapi.json'],
    ['/metadata'],
    ['/json/metadata?op=CreateTwoFactorSmsOtpRequest'],
    ['/xml/metadata?op=GenerateTwoFactorAuthenticationKeyRequest'],
    ['/Help'],
    ['/api/TwoFactor/CreateTwoFactorSmsOtp', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"TwoFactorConfigurationId":"x"}' }],
    ['/xml/reply/GenerateTwoFactorAuthenticationKeyRequest', { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<GenerateTwoFactorAuthenticationKeyRequest/>' }],
    ['/User/opt-in-to-2fa', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }],
  ];
  for (const [url, init] of requests) {
    it(`answers ${init?.method ?? 'GET'} ${url} exactly as the tsc build does`, async () => {
      const [expected, actual] = await Promise.all([tscBuilt.fetch(url, init), transpiled.fetch(url, init)]);
      assert.ok(expected.length > 40, `the tsc build's answer is too short to compare: ${expected}`);
      assert.equal(actual, expected);
    });
  }
});
