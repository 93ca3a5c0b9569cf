/**
 * Starts the two-factor API: configuration from the environment, database migrated, outbox
 * dispatcher running, HTTP on PORT. SIGTERM/SIGINT stop accepting connections, let requests and
 * the SMS in flight finish, then close the database.
 */
import type { Server } from 'node:http';
import { ConfigError, loadConfig } from './twofactor/config.js';
import { buildTwoFactorApp, expressAppFor } from './twofactor/app.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await buildTwoFactorApp(config);
  app.dispatcher.start();
  const server: Server = expressAppFor(app).listen(config.port, () => {
    app.log.info('server.started', { port: config.port, database: config.databaseUrl.split(':')[0], sms: app.sender.name });
  });
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    app.log.info('server.stopping', { signal });
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close(() => {
      app.close().then(() => process.exit(0), () => process.exit(1));
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
