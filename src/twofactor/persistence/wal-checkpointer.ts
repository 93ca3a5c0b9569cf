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

const SQLITE_DEFAULT_AUTOCHECKPOINT = 1000;
/** 16 MB of 4 KB pages: at most a few RESTARTs a second under the heaviest load measured. */
const WAL_RESTART_AFTER_PAGES = 4096;

export class WalCheckpointer {
  private stopping = false;
  private exited = false;

  private constructor(private readonly worker: Worker) {}

  static async start(dataSource: DataSource, file: string, log: Logger, intervalMs = 100, restartAfterPages = WAL_RESTART_AFTER_PAGES): Promise<WalCheckpointer | undefined> {
    const worker = new Worker(path.join(__dirname, 'wal-checkpoint-worker.js'), { workerData: { file, intervalMs, restartAfterPages } });
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
    const self = new WalCheckpointer(worker);
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
