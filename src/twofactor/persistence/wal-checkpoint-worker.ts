/**
 * Worker thread of WalCheckpointer: its own connection to the SQLite file, copying the WAL back
 * into the database every `intervalMs` with PASSIVE checkpoints, which never wait for and never
 * block the request thread's writes.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

const { file, intervalMs } = workerData as { file: string; intervalMs: number };
const db = new Database(file, { fileMustExist: true, timeout: 0 });
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (e) {
    // SQLITE_BUSY and the like: the next round tries again. Anything else ends the worker, and
    // the main thread turns SQLite's own checkpoints back on.
    if ((e as { code?: string }).code !== 'SQLITE_BUSY') throw e;
  }
}, intervalMs);
parentPort!.on('message', (m) => {
  if (m !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort!.postMessage('stopped');
});
parentPort!.postMessage('ready');
