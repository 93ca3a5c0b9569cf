/**
 * Worker thread of WalCheckpointer: its own connection to the SQLite file, copying the WAL back
 * into the database every `intervalMs` with PASSIVE checkpoints, which never wait for and never
 * block the request thread's writes.
 *
 * PASSIVE alone does not bound the WAL file. SQLite starts the WAL over only when a write begins
 * while every frame in it has been copied back, and under steady writes the copy never quite
 * catches up: at 3,000 OTP creates a second the WAL passed 900 MB in 14 s. So once it holds more
 * than `restartAfterPages`, the worker asks for a RESTART checkpoint between two of the request
 * thread's write transactions: it copies the few frames PASSIVE has not, and the next write starts
 * the WAL from the beginning (the request connection's journal_size_limit then trims the file).
 * The request thread's writes wait for that last copy only, not for the whole WAL (a batch whose
 * BEGIN IMMEDIATE meets the RESTART's lock tries again a millisecond later, database.ts).
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

const { file, intervalMs, restartAfterPages } = workerData as { file: string; intervalMs: number; restartAfterPages: number };
const db = new Database(file, { fileMustExist: true, timeout: 0 });
interface CheckpointResult { busy: number; log: number; checkpointed: number }
const pause = new Int32Array(new SharedArrayBuffer(4));

function checkpoint(mode: 'PASSIVE' | 'RESTART'): CheckpointResult {
  return (db.pragma(`wal_checkpoint(${mode})`) as CheckpointResult[])[0]!;
}

const timer = setInterval(() => {
  try {
    const passive = checkpoint('PASSIVE');
    // The request thread's write batches are an event-loop turn apart: a RESTART tried every
    // millisecond finds such a gap where SQLite's busy handler, sleeping ever longer, does not.
    // One that finds none in 50 tries is tried again next round.
    for (let attempt = 0; passive.log >= restartAfterPages && attempt < 50; attempt++) {
      if (!checkpoint('RESTART').busy) break;
      Atomics.wait(pause, 0, 0, 1);
    }
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
