/**
 * Starts the two-factor API: configuration from the environment, database migrated, outbox
 * dispatcher running, HTTP on PORT (plain node:http, see two-factor-server.ts). SIGTERM/SIGINT:
 * readiness turns 503, the server stops accepting connections and lets the requests in flight
 * finish (idle keep-alive connections are closed at once), the dispatcher finishes the batch it is
 * sending and stops, the database closes, buffered log lines are written, and the process exits —
 * or is forced out after SHUTDOWN_TIMEOUT_MS (default 10 s). WORKERS=N > 1 runs N such processes
 * under a node:cluster primary (cluster-primary.ts); MariaDB/MySQL only.
 */
import cluster from 'node:cluster';
import { ConfigError, loadConfig } from './twofactor/config.js';
import { buildTwoFactorApp } from './twofactor/app.js';
import { runClusterPrimary } from './twofactor/cluster-primary.js';
import { frontDoorUrls } from './twofactor/front-door.js';
import { createTwoFactorServer } from './twofactor/two-factor-server.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const workers = config.workers ?? 1;
  if (workers > 1 && cluster.isPrimary) return runClusterPrimary(config, workers);
  // A worker: the primary has migrated and registered the bootstrap key already.
  if (process.env.STACKPORT_CLUSTER_WORKER === '1') delete config.bootstrapAccessKey;
  const timeoutMs = config.shutdownTimeoutMs ?? 10_000;
  const app = await buildTwoFactorApp(config);
  app.dispatcher.start();
  app.webhooks.start();
  const server = createTwoFactorServer(app);
  server.listen(config.port, () => {
    app.log.info('server.started', {
      port: config.port, database: config.databaseUrl.split(':')[0], sms: app.sender.name, devSmsPage: config.devSmsPage === true,
      mail: app.mailSender.name, devMailPage: config.mail?.devPage === true,
      urls: frontDoorUrls(`http://localhost:${config.port}`),
    });
  });
  let stopping = false;
  const exit = (code: number): void => {
    app.log.flush?.();
    process.exit(code);
  };
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    app.health.draining = true;
    app.log.info('server.stopping', { signal });
    const force = setTimeout(() => { app.log.error('server.shutdown_timeout', { timeoutMs }); exit(1); }, timeoutMs);
    force.unref();
    server.close(() => {
      app.close().then(() => { app.log.info('server.stopped', {}); exit(0); }, (e: unknown) => {
        app.log.error('server.close_failed', { error: (e as Error)?.name, message: (e as Error)?.message });
        exit(1);
      });
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((e: unknown) => {
  // Configuration errors name the variable, never its value; anything else: its type and message.
  const message = e instanceof ConfigError ? e.message : `${(e as Error)?.name ?? 'Error'}: ${(e as Error)?.message ?? String(e)}`;
  process.stderr.write(`stackport: cannot start: ${message}\n`);
  process.exit(1);
});
