/**
 * SQLite WAL checkpoints off the request thread. SQLite checkpoints inside the COMMIT that pushes
 * the WAL past 1,000 pages, and that commit — with every request of its group-commit batch —
 * then waits for the copy into the database file and its fsync: the OTP-create p99 went from
 * 17–19 ms without those checkpoints to 24–29 ms with them. Here SQLite's automatic checkpoint is
 * switched off on the request connection only once a worker thread with its own connection has
 * taken the job over, and is switched back on if that worker ever fails, so the WAL never grows
 * unchecked. Closing the last connection checkpoints whatever is left, as before.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DataSource } from 'typeorm';
import type { Logger } from '../logger.js';
import { HandOff } from './wal-hand-off.js';

const SQLITE_DEFAULT_AUTOCHECKPOINT = 1000;
/**
 * 256 MB of 4 KB pages. A RESTART holds the writes back for its last copy and fsync (1–17 ms, about
 * 4 at the median), and every request in flight waits that long. Under the bench's load the WAL
 * grows by about 60 MB a second: at 16 MB that was four stalls a second and most of the p99 tail;
 * at 64 MB, one a second and still p99 28 ms against 19–26 at 256 MB (one every four seconds).
 * The request connection's journal_size_limit (create-data-source.ts) is twice this.
 */
const WAL_RESTART_AFTER_PAGES = 65_536;
const { IDLE, WANTED, GRANTED } = HandOff;
/** The longest the request thread holds its writes back for a RESTART (one takes a few ms). */
const GRANT_MAX_MS = 100;

/** Node 20 has Atomics.waitAsync; the TypeScript lib this project targets does not declare it yet. */
const waitAsync = (Atomics as unknown as {
  waitAsync(array: Int32Array, index: number, value: number, timeoutMs: number): { async: boolean; value: Promise<string> | string };
}).waitAsync;

/** Another connection asking for a gap between write batches (Database.handOffWriteLock). */
export interface WriteLockGate {
  wanted(): boolean;
  /** Resolves once the other connection is done with the gap. */
  grant(): Promise<void>;
}

export class WalCheckpointer {
  private stopping = false;
  private exited = false;

  private constructor(private readonly worker: Worker, private readonly handOff: Int32Array) {}

  /**
   * The request connection's side of the worker's hand-off (wal-checkpoint-worker.ts), for
   * Database.handOffWriteLock: whether the worker wants a gap between two write batches, and
   * granting it — waiting, with the event loop free, until the worker has restarted the WAL.
   */
  readonly writeLockGate: WriteLockGate = {
    wanted: () => Atomics.load(this.handOff, 0) === WANTED,
    grant: async () => {
      if (Atomics.compareExchange(this.handOff, 0, WANTED, GRANTED) !== WANTED) return;
      Atomics.notify(this.handOff, 0);
      // waitAsync's promise alone does not keep the process alive.
      const keepAlive = setTimeout(() => undefined, GRANT_MAX_MS);
      try {
        const wait = waitAsync(this.handOff, 0, GRANTED, GRANT_MAX_MS);
        if (wait.async) await wait.value;
      } finally {
        clearTimeout(keepAlive);
        // A worker that never handed back (it died mid-RESTART) does not hold the writes any longer.
        Atomics.compareExchange(this.handOff, 0, GRANTED, IDLE);
      }
    },
  };

  static async start(dataSource: DataSource, file: string, log: Logger, intervalMs = 100, restartAfterPages = WAL_RESTART_AFTER_PAGES): Promise<WalCheckpointer | undefined> {
    const handOffWord = new SharedArrayBuffer(4);
    const worker = new Worker(path.join(__dirname, 'wal-checkpoint-worker.js'), { workerData: { file, intervalMs, restartAfterPages, handOffWord } });
    const ready = await new Promise<boolean>((resolve) => {
      worker.once('message', (m) => resolve(m === 'ready'));
      worker.once('error', () => resolve(false));
      worker.once('exit', () => resolve(false));
    });
    if (!ready) {
      await worker.terminate();
      log.warn('sqlite.checkpointer_unavailable', {});
      return undefined;
    }
    const self = new WalCheckpointer(worker, new Int32Array(handOffWord));
    // An error is always followed by 'exit', which hands checkpointing back.
    worker.on('error', (e) => log.error('sqlite.checkpointer_failed', { error: e.name, message: e.message }));
    worker.on('exit', () => {
      self.exited = true;
      if (!self.stopping && dataSource.isInitialized) void dataSource.query(`PRAGMA wal_autocheckpoint = ${SQLITE_DEFAULT_AUTOCHECKPOINT}`).catch(() => undefined);
    });
    await dataSource.query('PRAGMA wal_autocheckpoint = 0');
    return self;
  }

  /** Before the DataSource closes, so the last connection's final checkpoint empties the WAL. */
  async stop(): Promise<void> {
    if (this.stopping || this.exited) return;
    this.stopping = true;
    await new Promise<void>((resolve) => {
      this.worker.once('exit', () => resolve());
      this.worker.once('message', () => void this.worker.terminate());
      this.worker.postMessage('stop');
    });
  }
}
