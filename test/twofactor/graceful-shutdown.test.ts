/**
 * SIGTERM while a request is in flight: readiness turns 503 and the request still gets its answer
 * (its body arrives after the signal), then the process exits 0 with its log flushed. A request that
 * is half-sent when SIGTERM arrives is the deterministic way to have one in flight.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createBody } from './support/helpers.js';
import { PATIENCE_MS } from '../support/patience.js';

const MAIN = path.resolve(__dirname, '../../src/main.js');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => { const p = (s.address() as { port: number }).port; s.close(() => resolve(p)); });
  });
}

describe('graceful shutdown of npm start', () => {
  let cwd: string;
  let child: ChildProcess;
  let port: number;
  let out = '';

  before(async () => {
    cwd = mkdtempSync(path.join(tmpdir(), 'stackport-sigterm-'));
    port = await freePort();
    child = spawn(process.execPath, [MAIN], { cwd, env: { PATH: process.env.PATH, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout!.on('data', (d: Buffer) => { out += d.toString(); });
    const deadline = Date.now() + PATIENCE_MS;
    while (!out.includes('"event":"server.started"')) {
      if (Date.now() > deadline) throw new Error(`did not start: ${out}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  });
  after(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(cwd, { recursive: true, force: true });
  });

  it('finishes the request in flight, then exits 0', async () => {
    const body = JSON.stringify(createBody({ IsSync: true }));
    const socket = connect(port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    let answer = '';
    socket.on('data', (d: Buffer) => { answer += d.toString(); });
    const closed = new Promise((r) => socket.once('close', r));
    socket.write(`POST /api/TwoFactor/CreateTwoFactorSmsOtp HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`);
    await new Promise((r) => setTimeout(r, 100));

    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    const deadline = Date.now() + PATIENCE_MS;
    while (!out.includes('"event":"server.stopping"') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    assert.equal(child.exitCode, null, 'still running while a request is in flight');

    socket.write(body.slice(10));
    // The answer, then the server closes the connection (it is shutting down).
    await closed;
    assert.match(answer, /^HTTP\/1\.1 200 /);
    assert.match(answer, /"Code":1/);
    assert.equal(await exited, 0);
    assert.match(out, /"event":"server.stopped"/);
  });
});
