/**
 * The usual suite scaffold in one call, inside a `describe`: before its tests a fresh database of
 * `target`, the app on it (clock at a fixed instant) and the MessageBird stub; after them, all
 * stopped and the database dropped.
 */
import { after, before } from 'node:test';
import type { TwoFactorConfig } from '../../../src/twofactor/config.js';
import { MessageBirdStub } from './messagebird-stub.js';
import type { DatabaseUnderTest, TestDatabase } from './test-databases.js';
import { startApp, testConfig, type RunningApp } from './test-app.js';

export interface AppOnDatabase {
  readonly stub: MessageBirdStub;
  readonly t: RunningApp;
  readonly db: TestDatabase;
}

export function appPerDatabase(target: DatabaseUnderTest, overrides: Partial<TwoFactorConfig> = {}): AppOnDatabase {
  const stub = new MessageBirdStub();
  let db: TestDatabase | undefined;
  let t: RunningApp | undefined;
  before(async () => {
    await stub.start();
    db = await target.create();
    t = await startApp(testConfig(db.url, overrides));
    t.clock.set(Date.UTC(2024, 2, 27, 10, 5, 48, 581));
  });
  after(async () => { await t?.stop(); await stub.stop(); await db?.drop(); });
  return { stub, get t() { return t!; }, get db() { return db!; } };
}
