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
 * the WAL from the beginning, reusing the file.
 * The request thread's writes wait for that last copy only, not for the whole WAL.
 *
 * Under steady load the request thread starts each batch as soon as the last one commits, so the
 * gap a RESTART needs may not come by chance. When one attempt finds a batch running, the worker
 * asks for the gap through a shared word (`handOff`: IDLE → WANTED); the request thread, between
 * two batches, grants it (→ GRANTED) and waits; the worker restarts the WAL and hands back
 * (→ IDLE). The request thread's writes wait for that RESTART only (database.ts).
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { HandOff } from './wal-hand-off.js';

const { file, intervalMs, restartAfterPages, handOffWord } = workerData as { file: string; intervalMs: number; restartAfterPages: number; handOffWord: SharedArrayBuffer };
const { IDLE, WANTED } = HandOff;
const handOff = new Int32Array(handOffWord);
/** How long a wanted gap is waited for: a batch takes milliseconds. */
const GRANT_TIMEOUT_MS = 50;
const db = new Database(file, { fileMustExist: true, timeout: 0 });
interface CheckpointResult { busy: number; log: number; checkpointed: number }

function checkpoint(mode: 'PASSIVE' | 'RESTART'): CheckpointResult {
  return (db.pragma(`wal_checkpoint(${mode})`) as CheckpointResult[])[0]!;
}

const timer = setInterval(() => {
  try {
    const passive = checkpoint('PASSIVE');
    // Between batches a RESTART lands at once; during one it copies what it can without the lock
    // (a PASSIVE) and reports busy, and the gap is asked for.
    if (passive.log >= restartAfterPages && checkpoint('RESTART').busy) restartInGrantedGap();
  } catch (e) {
    // SQLITE_BUSY and the like: the next round tries again. Anything else ends the worker, and
    // the main thread turns SQLite's own checkpoints back on.
    if ((e as { code?: string }).code !== 'SQLITE_BUSY') throw e;
  }
}, intervalMs);
function restartInGrantedGap(): void {
  Atomics.store(handOff, 0, WANTED);
  Atomics.wait(handOff, 0, WANTED, GRANT_TIMEOUT_MS);
  // Not granted in time (the request thread is not writing, or is stuck): withdrawn; next round.
  if (Atomics.compareExchange(handOff, 0, WANTED, IDLE) === WANTED) return;
  try {
    checkpoint('RESTART');
  } finally {
    Atomics.store(handOff, 0, IDLE);
    Atomics.notify(handOff, 0);
  }
}

parentPort!.on('message', (m) => {
  if (m !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort!.postMessage('stopped');
});
parentPort!.postMessage('ready');
