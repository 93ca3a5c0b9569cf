/**
 * WORKERS=N (N > 1): this process migrates the database and registers the bootstrap key once,
 * then forks N workers that each serve the same port (node:cluster hands connections round-robin)
 * and each run an outbox dispatcher. Every piece of state that matters — throttle windows, attempts,
 * single use, the outbox, idempotency keys — lives in the database, so the workers share nothing
 * else. A worker that dies is replaced; SIGTERM is passed on to every worker, and this process
 * exits once they have drained and stopped.
 */
import cluster, { type Worker } from 'node:cluster';
import { buildTwoFactorApp } from './app.js';
import type { TwoFactorConfig } from './config.js';
import { createLogger } from './logger.js';

const RESPAWN_DELAY_MS = 1000;

export async function runClusterPrimary(config: TwoFactorConfig, workers: number): Promise<void> {
  const log = createLogger(undefined, { level: config.logLevel ?? 'info' });
  // Once, here: N workers migrating at the same moment would race each other.
  const setup = await buildTwoFactorApp(config, { log });
  await setup.close();

  let stopping = false;
  const live = new Set<Worker>();
  const fork = (): void => {
    const w = cluster.fork({ STACKPORT_CLUSTER_WORKER: '1' });
    live.add(w);
    w.on('exit', (code, signal) => {
      live.delete(w);
      if (stopping) {
        if (!live.size) { log.info('cluster.stopped', {}); log.flush?.(); process.exit(0); }
        return;
      }
      log.error('cluster.worker_exited', { pid: w.process.pid, code, signal });
      setTimeout(fork, RESPAWN_DELAY_MS).unref();
    });
  };
  for (let i = 0; i < workers; i++) fork();
  log.info('cluster.started', { workers, pid: process.pid });

  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    log.info('cluster.stopping', { signal });
    const force = setTimeout(() => { log.error('cluster.shutdown_timeout', {}); log.flush?.(); process.exit(1); }, (config.shutdownTimeoutMs ?? 10_000) + 2000);
    force.unref();
    for (const w of live) w.process.kill('SIGTERM');
    if (!live.size) process.exit(0);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
