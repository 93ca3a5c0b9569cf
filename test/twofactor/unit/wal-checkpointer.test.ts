/**
 * WAL checkpoints move to a worker thread: the request connection's own checkpoints are off while
 * the worker runs, the worker really copies the WAL into the database file, and if the worker
 * dies SQLite's automatic checkpoints come back on.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DataSource } from 'typeorm';
import { memoryLogger } from '../../../src/twofactor/logger.js';
import { createDataSource } from '../../../src/twofactor/persistence/create-data-source.js';
import { WalCheckpointer } from '../../../src/twofactor/persistence/wal-checkpointer.js';

const autocheckpoint = async (ds: DataSource): Promise<number> => Number((await ds.query('PRAGMA wal_autocheckpoint'))[0].wal_autocheckpoint);

async function until(check: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  for (const end = Date.now() + ms; !(await check());) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('WAL checkpoints on a worker thread', () => {
  let dir: string;
  let file: string;
  let ds: DataSource;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'stackport-wal-'));
    file = path.join(dir, 'db.sqlite');
    ds = createDataSource(`sqlite:${file}`);
    await ds.initialize();
    await ds.query('CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT)');
  });
  after(async () => {
    await ds.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes over checkpointing, copies the WAL into the database file, and hands the job back if it dies', async () => {
    const log = memoryLogger();
    const checkpointer = await WalCheckpointer.start(ds, file, log, 20);
    assert.ok(checkpointer);
    assert.equal(await autocheckpoint(ds), 0, "the request connection's own checkpoints are off");

    const before = statSync(file).size;
    // 2,000 pages' worth: the request connection alone would have checkpointed twice.
    for (let i = 0; i < 200; i++) await ds.query('INSERT INTO filler (body) VALUES (?)', ['x'.repeat(40_000)]);
    await until(() => statSync(file).size > before + 4_000_000);

    (checkpointer as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    await until(async () => (await autocheckpoint(ds)) === 1000);
    await checkpointer.stop(); // already gone: returns at once
  });

  it('stops cleanly, and the request connection keeps SQLite checkpoints off until it closes', async () => {
    const checkpointer = await WalCheckpointer.start(ds, file, memoryLogger(), 20);
    await checkpointer!.stop();
    assert.equal(await autocheckpoint(ds), 0);
  });
});
