/**
 * The real server (`dist/src/main.js`) as a child process, for tests that signal or kill it. Its
 * JSON log lines are collected, never printed: a failure message quotes them only when the process
 * did not start (start-up lines carry no secrets; config errors name variables, never values).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { PATIENCE_MS } from '../../support/patience.js';

export const MAIN = path.resolve(__dirname, '../../../src/main.js');
export const MESSAGEBIRD_REDIRECT = path.resolve(__dirname, 'messagebird-redirect.js');

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => { const p = (s.address() as { port: number }).port; s.close(() => resolve(p)); });
  });
}

export class ServerProcess {
  private out = '';
  private err = '';
  readonly exited: Promise<number | null>;

  private constructor(readonly child: ChildProcess) {
    child.stdout!.on('data', (d: Buffer) => { this.out += d.toString(); });
    child.stderr!.on('data', (d: Buffer) => { this.err += d.toString(); });
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  /** Spawns main.js (after `preload`, if given) and waits for `workers` server.started lines. */
  static async start(options: { cwd: string; env: Record<string, string>; preload?: string; workers?: number }): Promise<ServerProcess> {
    const args = [...(options.preload ? ['--require', options.preload] : []), MAIN];
    const p = new ServerProcess(spawn(process.execPath, args, { cwd: options.cwd, env: { PATH: process.env.PATH ?? '', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] }));
    await p.waitForEvent('server.started', options.workers ?? 1);
    return p;
  }

  /** Everything the process wrote (log lines, then stderr), for the secrets audit. */
  output(): string {
    return this.out + this.err;
  }

  lines(): Record<string, unknown>[] {
    return this.out.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
  }

  /** Pids of the processes that logged server.started, oldest first. */
  servingPids(): number[] {
    return this.lines().filter((l) => l.event === 'server.started').map((l) => Number(l.pid));
  }

  async waitForEvent(event: string, count: number, timeoutMs = PATIENCE_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.lines().filter((l) => l.event === event).length < count) {
      if (this.child.exitCode !== null || this.child.signalCode !== null) throw new Error(`server exited (${this.child.exitCode ?? this.child.signalCode}) before ${count}× ${event}: ${this.err}${this.out}`);
      if (Date.now() > deadline) throw new Error(`no ${count}× ${event} within ${timeoutMs} ms: ${this.err}${this.out}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** SIGTERM (a cluster primary passes it on), SIGKILL if it has not exited within 10 s. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(timer);
  }
}
