/**
 * The composition root: configuration in, a ready host out — data source migrated, SMS sender
 * chosen, dispatcher built (not started), services registered. `close()` undoes it in order.
 */
import express from 'express';
import type { DataSource } from 'typeorm';
import { addMetadataPages } from '../../metadata/metadata-feature.js';
import { twoFactorHelpOptions } from './help-options.js';
import { createHost, stackportMiddleware, type AppHost } from '../index.js';
import type { TwoFactorConfig } from './config.js';
import { systemClock, type Clock } from './domain/clock.js';
import { SecretBox } from './domain/secret-box.js';
import { createLogger, type Logger } from './logger.js';
import { AccessKeyStore } from './persistence/access-key-store.js';
import { ConfigurationStore } from './persistence/configuration-store.js';
import { createDataSource, databaseKindOf } from './persistence/create-data-source.js';
import { Database } from './persistence/database.js';
import { EnrollmentStore } from './persistence/enrollment-store.js';
import { OtpStore } from './persistence/otp-store.js';
import { OutboxStore } from './persistence/outbox-store.js';
import { FILE_URI_PARAMETERS, takesFileParameters } from './services/file-access.js';
import { OptInService } from './services/opt-in-service.js';
import { OtpIssuer } from './services/otp-issuer.js';
import { OtpVerifier } from './services/otp-verifier.js';
import { TwoFactorService } from './services/two-factor-service.js';
import { devSmsPage } from './sms/dev-sms-page.js';
import { DevelopmentSmsSender } from './sms/development-sms-sender.js';
import { MessageBirdSmsSender } from './sms/messagebird-sms-sender.js';
import { SmsDispatcher } from './sms/sms-dispatcher.js';
import type { SmsSender } from './sms/sms-sender.js';

export interface TwoFactorApp {
  host: AppHost;
  dataSource: DataSource;
  db: Database;
  dispatcher: SmsDispatcher;
  sender: SmsSender;
  accessKeys: AccessKeyStore;
  log: Logger;
  /** Stops the dispatcher (waiting for a send in flight) and closes the database. */
  close(): Promise<void>;
}

export interface AppOverrides {
  clock?: Clock;
  log?: Logger;
  /** Replace the configured sender (tests). */
  sender?: (db: Database) => SmsSender;
}

export async function buildTwoFactorApp(config: TwoFactorConfig, overrides: AppOverrides = {}): Promise<TwoFactorApp> {
  const clock = overrides.clock ?? systemClock;
  const log = overrides.log ?? createLogger();
  const dataSource = createDataSource(config.databaseUrl);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (e) {
    await dataSource.destroy();
    throw e;
  }
  const db = new Database(dataSource, databaseKindOf(config.databaseUrl));
  const outboxBox = new SecretBox(config.pepper, 'sms-outbox');
  const accessKeys = new AccessKeyStore(db, config.pepper);
  if (config.bootstrapAccessKey) await accessKeys.create({ ...config.bootstrapAccessKey, label: 'bootstrap' }, clock.now());

  let devSender: DevelopmentSmsSender | undefined;
  let sender: SmsSender;
  if (overrides.sender) sender = overrides.sender(db);
  else if (config.smsProvider === 'messagebird') sender = new MessageBirdSmsSender(config.messageBirdAccessKey!, config.messageBirdTimeoutMs);
  else sender = devSender = new DevelopmentSmsSender(db, new SecretBox(config.pepper, 'dev-sms'), clock);

  const otps = new OtpStore(db);
  const outbox = new OutboxStore(db);
  const dispatcher = new SmsDispatcher(outbox, sender, outboxBox, clock, config.dispatcher, log);
  const issuer = new OtpIssuer({
    configurations: new ConfigurationStore(db), otps, dispatcher, outboxBox, pepper: config.pepper,
    pepperKeyId: config.pepperKeyId, defaultRegion: config.defaultRegion, leaseMs: config.dispatcher.leaseMs, clock, log,
  });
  const verifier = new OtpVerifier(otps, new Map([[config.pepperKeyId, config.pepper]]), config.pepper, clock, log);

  const host = createHost({
    serviceName: 'Stackport Two-Factor API', dialect: 'aspnet', debug: false,
    onError: (error, operation) => log.error('request.failed', { operation, error: (error as Error)?.name, message: (error as Error)?.message }),
  });
  host.register(new TwoFactorService({ issuer, verifier, otps, clock, httpStatusMode: config.httpStatusMode, exposeOtpCode: config.exposeOtpCode }));
  host.register(new OptInService({ issuer, verifier, otps, enrollments: new EnrollmentStore(db), accessKeys, clock, configurationId: config.optInConfigurationId }));
  if (devSender && !config.production) host.addRawHandler(devSmsPage(devSender));
  // /metadata, /Help (Web API help pages, as seeds 000 and 001 are), /types, /openapi.
  addMetadataPages(host, { help: twoFactorHelpOptions });

  return {
    host, dataSource, db, dispatcher, sender, accessKeys, log,
    close: async () => {
      await dispatcher.stop();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}

/** Express with a one-line access log (path only: query strings may hold a legacy WsAccessKey). */
export function expressAppFor(app: TwoFactorApp): express.Express {
  const server = express();
  server.disable('x-powered-by');
  server.disable('etag');
  server.use((req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => app.log.info('http.request', {
      method: req.method, path: req.path, status: res.statusCode, ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
    }));
    next();
  });
  server.use(stackportMiddleware(app.host));
  return server;
}
