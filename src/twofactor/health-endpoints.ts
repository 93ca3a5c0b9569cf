/**
 * GET /health/live: the process answers (no dependency checked, so an orchestrator never restarts
 * it for a database outage it cannot fix). GET /health/ready: the database answers within a second
 * and the process is not shutting down; otherwise 503 with the failing check named, so a load
 * balancer stops routing here. Neither is cached or authenticated; neither reveals configuration.
 */
import type { HttpRequestData, HttpResponseData, RawHandler } from '../index.js';
import type { Database } from './persistence/database.js';

export const LIVE_PATH = '/health/live';
export const READY_PATH = '/health/ready';
const PING_TIMEOUT_MS = 1000;

const reply = (status: number, body: unknown): HttpResponseData => ({
  status, headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }, body: JSON.stringify(body),
});

export function healthEndpoints(db: Database, state: { draining: boolean }): RawHandler {
  return async (req: HttpRequestData, path: string): Promise<HttpResponseData | undefined> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return undefined;
    const p = path.toLowerCase();
    if (p === LIVE_PATH) return reply(200, { status: 'ok' });
    if (p !== READY_PATH) return undefined;
    if (state.draining) return reply(503, { status: 'unavailable', checks: { database: 'skipped', shutdown: 'draining' } });
    const database = await pingWithin(db, PING_TIMEOUT_MS);
    return database === 'ok' ? reply(200, { status: 'ok', checks: { database } }) : reply(503, { status: 'unavailable', checks: { database } });
  };
}

async function pingWithin(db: Database, ms: number): Promise<'ok' | 'failed' | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((r) => { timer = setTimeout(() => r('timeout'), ms); });
  try {
    return await Promise.race([db.ping().then(() => 'ok' as const, () => 'failed' as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
