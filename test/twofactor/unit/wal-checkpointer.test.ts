/**
 * WAL checkpoints move to a worker thread: the request connection's own checkpoints are off while
 * the worker runs, the worker really copies the WAL into the database file, and if the worker
 * dies SQLite's automatic checkpoints come back on. Under writes that never pause the WAL file
 * stays bounded, and no write fails while the worker starts it over.
 */
import BetterSqlite from 'better-sqlite3';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DataSource } from 'typeorm';
import { memoryLogger } from '../../../src/twofactor/logger.js';
import { createDataSource } from '../../../src/twofactor/persistence/create-data-source.js';
import { Database } from '../../../src/twofactor/persistence/database.js';
import { WalCheckpointer } from '../../../src/twofactor/persistence/wal-checkpointer.js';
import { eventually } from '../../support/patience.js';

const autocheckpoint = async (ds: DataSource): Promise<number> => Number((await ds.query('PRAGMA wal_autocheckpoint'))[0].wal_autocheckpoint);


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
    await eventually('the WAL grows by 4 MB', () => statSync(file).size > before + 4_000_000);

    (checkpointer as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    await eventually('wal_autocheckpoint back at 1000', async () => (await autocheckpoint(ds)) === 1000);
    await checkpointer.stop(); // already gone: returns at once
  });

  it('keeps the WAL file bounded under writes that never pause, and no write fails meanwhile', async () => {
    const db = new Database(ds, 'sqlite');
    const checkpointer = await WalCheckpointer.start(ds, file, memoryLogger(), 5, 256);
    db.handOffWriteLock(checkpointer!.writeLockGate);
    const wal = (): number => { try { return statSync(`${file}-wal`).size; } catch { return 0; } };
    let largest = 0;
    const sampler = setInterval(() => { largest = Math.max(largest, wal()); }, 2);
    try {
      // 3,000 units of ~20 KB, in batches one after another: SQLite's restart of the WAL needs a moment with
      // every frame copied back, which steady writes alone never leave.
      for (let round = 0; round < 200; round++) {
        await new Promise((r) => setImmediate(r)); // a server's batches are event-loop turns apart
        await Promise.all(Array.from({ length: 15 }, () => db.transaction(async (m) => {
          await m.query('SELECT count(*) FROM filler');
          await m.query('INSERT INTO filler (body) VALUES (?)', ['y'.repeat(20_000)]);
        })));
      }
    } finally {
      clearInterval(sampler);
      await checkpointer!.stop();
    }
    // ~60 MB went through the WAL. With PASSIVE checkpoints alone the file grew to most of that;
    // with RESTARTs left to find a gap by chance, to 18–39 MB; handed a gap, it stays near 10 MB.
    assert.ok(largest < 16_000_000, `WAL file peaked at ${largest} bytes`);
  });

  it('waits, rather than failing its units, when a batch begins while the worker holds the write lock', async () => {
    const db = new Database(ds, 'sqlite');
    // What the worker's RESTART does to the request connection: another connection holds the
    // write lock for a while.
    const other = new BetterSqlite(file, { timeout: 0 });
    other.exec('BEGIN IMMEDIATE');
    setTimeout(() => { other.exec('COMMIT'); other.close(); }, 50);
    const units = Array.from({ length: 10 }, (_, i) => db.transaction(async (m) => {
      await m.query('SELECT count(*) FROM filler');
      await m.query('INSERT INTO filler (body) VALUES (?)', [`held-${i}`]);
    }));
    await Promise.all(units);
    const [row] = await ds.query("SELECT count(*) AS n FROM filler WHERE body LIKE 'held-%'") as Array<{ n: number }>;
    assert.equal(Number(row!.n), 10);
  });

  it('holds the write lock from the start of a batch, so a RESTART cannot take it while the batch is still reading', async () => {
    const db = new Database(ds, 'sqlite');
    const other = new BetterSqlite(file, { timeout: 0 });
    try {
      let othersAttempt: string | undefined;
      await db.transaction(async (m) => {
        await m.query('SELECT count(*) FROM filler');
        try {
          other.exec('BEGIN IMMEDIATE');
          other.exec('ROLLBACK');
          othersAttempt = 'got the lock';
        } catch (e) {
          othersAttempt = (e as { code?: string }).code;
        }
        await m.query('INSERT INTO filler (body) VALUES (?)', ['after-read']);
      });
      assert.equal(othersAttempt, 'SQLITE_BUSY');
      const [checkpoint] = other.pragma('wal_checkpoint(RESTART)') as Array<{ busy: number }>;
      assert.equal(checkpoint!.busy, 0, 'between batches a RESTART lands');
    } finally {
      other.close();
    }
  });

  it('waits for a write lock held elsewhere without blocking the event loop, whatever the batch writes first', async () => {
    const db = new Database(ds, 'sqlite');
    const other = new BetterSqlite(file, { timeout: 0 });
    other.exec('BEGIN IMMEDIATE');
    // Released from this thread: a busy handler sleeping on it would hold the release back too.
    // Counted, not timed: a busy handler that blocked the thread would let no callback run while
    // it waits — not the release, and not a single immediate.
    let released = false;
    setTimeout(() => { other.exec('COMMIT'); other.close(); released = true; }, 60);
    let turnsWhileWaiting = 0;
    let waiting = true;
    const turn = (): void => { if (!waiting) return; if (!released) turnsWhileWaiting++; setImmediate(turn); };
    setImmediate(turn);
    try {
      // A write with no read before it: SQLite calls the busy handler for this one.
      await db.transaction(async (m) => { await m.query('INSERT INTO filler (body) VALUES (?)', ['write-first']); });
    } finally {
      waiting = false;
    }
    assert.ok(released, 'the lock was released from this thread while the write waited');
    assert.ok(turnsWhileWaiting > 1, `the event loop turned ${turnsWhileWaiting} times while the lock was held`);
    const [row] = await ds.query("SELECT count(*) AS n FROM filler WHERE body = 'write-first'") as Array<{ n: number }>;
    assert.equal(Number(row!.n), 1);
  });

  it('fails the unit with SQLite\'s error, rather than waiting forever, when the write lock stays held elsewhere', async () => {
    const db = new Database(ds, 'sqlite', 200);
    const other = new BetterSqlite(file, { timeout: 0 });
    other.exec('BEGIN IMMEDIATE');
    try {
      await assert.rejects(db.transaction(async (m) => {
        await m.query('SELECT count(*) FROM filler');
        await m.query('INSERT INTO filler (body) VALUES (?)', ['never']);
      }), (e: { driverError?: { code?: string } }) => e.driverError?.code === 'SQLITE_BUSY');
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });

  it('stops cleanly, and the request connection keeps SQLite checkpoints off until it closes', async () => {
    const checkpointer = await WalCheckpointer.start(ds, file, memoryLogger(), 20);
    await checkpointer!.stop();
    assert.equal(await autocheckpoint(ds), 0);
  });
});
