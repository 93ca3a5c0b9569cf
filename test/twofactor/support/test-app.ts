/**
 * A two-factor app for tests: real host, real persistence, the real messagebird SDK (pointed at
 * the local stub), a manual clock and an in-memory log. Served on an ephemeral port. Under
 * test/run-tests.mjs the app also feeds the secrets audit (audit-taps.ts).
 */
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { buildTwoFactorApp, type AppOverrides, type TwoFactorApp } from '../../../src/twofactor/app.js';
import { DEFAULT_DISPATCHER, type TwoFactorConfig } from '../../../src/twofactor/config.js';
import { ManualClock } from '../../../src/twofactor/domain/clock.js';
import { memoryLogger } from '../../../src/twofactor/logger.js';
import { createTwoFactorServer } from '../../../src/twofactor/two-factor-server.js';
import { tapAppForAudit } from './audit-taps.js';

export const TENANT_CLAIM = 'urn:zitadel:iam:user:resourceowner:id';
export const MESSAGEBIRD_TEST_KEY = `test_${randomBytes(12).toString('hex')}`;

export function testConfig(databaseUrl: string, overrides: Partial<TwoFactorConfig> = {}): TwoFactorConfig {
  return {
    port: 0, databaseUrl, production: false, pepper: randomBytes(32), pepperKeyId: 'k1',
    smsProvider: 'messagebird', messageBirdAccessKey: MESSAGEBIRD_TEST_KEY, messageBirdTimeoutMs: 400,
    defaultRegion: 'TR', exposeOtpCode: false, httpStatusMode: 'envelope', optInConfigurationId: 2,
    dispatcher: { ...DEFAULT_DISPATCHER, pollMs: 20, backoffMs: 1000 },
    auth: { algorithm: 'HS256', jwtSecret: randomBytes(32), issuer: 'stackport-test', audience: 'stackport', tenantClaim: TENANT_CLAIM, clockToleranceSeconds: 5 },
    totp: { issuer: 'Stackport' },
    ...overrides,
  };
}

export interface RunningApp {
  app: TwoFactorApp;
  /** `http://127.0.0.1:<port>` of the running server. */
  baseUrl: string;
  api: ReturnType<typeof request>;
  clock: ManualClock;
  log: ReturnType<typeof memoryLogger>;
  stop(): Promise<void>;
}

export async function startApp(config: TwoFactorConfig, options: { clock?: ManualClock; log?: ReturnType<typeof memoryLogger> } & Omit<AppOverrides, 'clock' | 'log'> = {}): Promise<RunningApp> {
  const clock = options.clock ?? new ManualClock();
  const log = options.log ?? memoryLogger();
  const app = await buildTwoFactorApp(config, { ...options, clock, log });
  const server: Server = await new Promise((resolve) => { const s = createTwoFactorServer(app).listen(0, '127.0.0.1', () => resolve(s)); });
  tapAppForAudit(app, server, log);
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const api = request(baseUrl);
  return {
    app, api, baseUrl, clock, log,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await app.close();
    },
  };
}
