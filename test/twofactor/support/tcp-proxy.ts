/**
 * A TCP proxy in front of a database, for fault tests: `down()` cuts every connection and refuses
 * new ones (what clients see while MariaDB restarts), `up()` accepts again on the same port.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';
import { PATIENCE_MS } from '../../support/patience.js';

export class TcpProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly targetHost: string, private readonly targetPort: number) {}

  async up(): Promise<void> {
    if (this.server) return;
    const server = createServer((client) => {
      const upstream = connect(this.targetPort, this.targetHost);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => { client.destroy(); upstream.destroy(); });
      }
      client.pipe(upstream).pipe(client);
    });
    // The clients know only this port. On a busy machine another process's outbound connection can
    // hold the freed port for a moment (EADDRINUSE): wait for it rather than fail the test.
    for (const end = Date.now() + PATIENCE_MS; ;) {
      try {
        await new Promise<void>((resolve, reject) => { server.once('error', reject); server.listen(this.port, '127.0.0.1', () => { server.off('error', reject); resolve(); }); });
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' || this.port === 0 || Date.now() > end) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  async down(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const s of this.sockets) s.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Stops for good: the pipes' half-open sockets must not keep the test process alive. */
  async close(): Promise<void> {
    await this.down();
  }
}
