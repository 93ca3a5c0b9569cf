/** A host with documentation pages listening on 127.0.0.1 at a random port, for real clients. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createExpressApp, type AppHost } from '../../../src/index.js';

export async function listen(host: AppHost): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const server: Server = createServer(createExpressApp(host));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { baseUrl, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
