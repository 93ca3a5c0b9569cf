/**
 * Units of work against the DataSource. TypeORM's better-sqlite3 driver has a single connection
 * shared by every caller, and a second `transaction()` started while one is open silently becomes
 * a savepoint inside it — so on SQLite every unit of work is serialised here (SQLite has one
 * writer anyway, and each unit is sub-millisecond). On MariaDB units run concurrently on the pool,
 * transactions at READ COMMITTED (no gap locks; row locks do the serialising), retried on deadlock.
 *
 * Galera (several nodes taking writes): row locks are local to a node, and two nodes that change
 * the same row conflict at commit, where one transaction fails certification with the deadlock
 * error (1213) — an autocommit statement too, once the server's own retry (wsrep_retry_autocommit)
 * has failed as well. Every kind of unit is therefore retried on 1213/1205, with bounded, jittered
 * back-off. A retry is safe because the failed attempt left nothing behind: a deadlock rolls the
 * whole transaction back (a unit's transaction, the procedure's, a script's), and a statement run
 * outside a transaction is its own transaction. A unit of several autocommit statements (run())
 * is retried whole, so each of them must be harmless to repeat — the ones here are one write, or
 * INSERT IGNORE and a read. A conflict that outlasts the retries answers 503 with Retry-After.
 *
 * SQLite group commit: a COMMIT (the WAL write) cost more than all of an OTP request's other
 * statements together, so the units waiting in the queue run one after another inside one outer
 * transaction — each transactional unit in its own savepoint, so it still commits or rolls back
 * alone — and one COMMIT ends the batch. No unit's promise settles before that COMMIT, so nothing
 * is reported written before it is durable, and a failed COMMIT fails every unit of its batch.
 */
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { HttpError } from '../../index.js';
import type { DatabaseKind } from './create-data-source.js';
import { ScriptPool, type RunScript } from './script-pool.js';
import type { WriteLockGate } from './wal-checkpointer.js';

/** Deadlock (and Galera's certification failure), lock wait timeout. */
const DEADLOCK_ERRNOS = new Set([1213, 1205]);
/** Attempts of a unit that keeps meeting deadlocks, and the back-off cap between them (ms). */
const DEADLOCK_ATTEMPTS = 8;
const DEADLOCK_BACKOFF_CAP_MS = 200;
/**
 * The server is gone or going (restart, network): the request fails at once with 503 in its route
 * family's error format, and the pool reconnects by itself for the next one. mysql2 codes and
 * MariaDB errnos (1040 too many connections, 1053 shutdown, 1927 connection killed, 2002/2006/2013 lost;
 * Galera: 1047 node not ready — not Synced, or cut off from the cluster's primary component —, and
 * 1180 a commit the node could not replicate, rolled back).
 */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT', 'ER_SERVER_SHUTDOWN', 'ER_CON_COUNT_ERROR', 'ER_CONNECTION_KILLED']);
const UNAVAILABLE_ERRNOS = new Set([1040, 1047, 1053, 1180, 1927, 2002, 2003, 2006, 2013]);

function errnoOf(e: unknown): number | undefined {
  const err = e as { driverError?: { errno?: number }; errno?: number } | undefined;
  return err?.driverError?.errno ?? err?.errno;
}

/** The 503s made from such errors, so callers further out still recognise them. */
const unavailableAnswers = new WeakSet<object>();

export function isDatabaseUnavailable(e: unknown): boolean {
  if (typeof e === 'object' && e !== null && unavailableAnswers.has(e)) return true;
  const err = e as { code?: string; errno?: number; message?: string; driverError?: { code?: string; errno?: number } } | undefined;
  const code = err?.driverError?.code ?? err?.code;
  const errno = errnoOf(e);
  return (code !== undefined && UNAVAILABLE_CODES.has(code)) || (errno !== undefined && UNAVAILABLE_ERRNOS.has(errno))
    || /connection.*(closed|lost)|Can't add new command when connection is in closed state|Pool is closed/i.test(err?.message ?? '');
}

/** A database that is away, or a conflict that outlasted its retries: 503, retry later. */
function unavailable(e: unknown): never {
  const deadlock = DEADLOCK_ERRNOS.has(errnoOf(e) ?? 0);
  if ((!deadlock && !isDatabaseUnavailable(e)) || unavailableAnswers.has(e as object)) throw e;
  const answer = new HttpError(503, 'ServiceUnavailable', 'The service is temporarily unavailable; retry later.', { headers: { 'Retry-After': '1' } });
  unavailableAnswers.add(answer);
  throw answer;
}
/**
 * A batch takes SQLite's write lock when it begins (BEGIN IMMEDIATE), before any unit runs. The
 * checkpoint worker's RESTART (wal-checkpoint-worker.ts) needs that lock and no open reader, so it
 * lands between two batches (handOffWriteLock) and never in the middle of one. (With a deferred
 * BEGIN it could take the lock while a batch was still reading, copy and fsync, then fail on the
 * batch's reader and have stalled its writes for nothing.) A BEGIN that meets the lock held
 * elsewhere is refused at once (SQLITE_BUSY: no busy timeout, see create-data-source.ts) and tried
 * again 1 ms later with the event loop free, for up to `lockWaitMs` (SQLite's usual busy timeout);
 * after that the waiting units fail with SQLite's error rather than waiting forever.
 *
 * TypeORM's own BEGIN is DEFERRED. The runner's state is set as its startTransaction() sets it,
 * so a unit's transaction() inside the batch still becomes a savepoint.
 */
async function beginImmediate(runner: QueryRunner): Promise<void> {
  await runner.query('BEGIN IMMEDIATE');
  Object.assign(runner, { isTransactionActive: true, transactionDepth: 1 });
}

function isSqliteBusy(e: unknown): boolean {
  const err = e as { code?: string; driverError?: { code?: string } } | undefined;
  return (err?.driverError?.code ?? err?.code) === 'SQLITE_BUSY';
}

/** Bounds the latency a long queue adds to the first unit of a batch (16: p99 worse; 256: no better). */
const MAX_BATCH = 64;

interface Unit {
  work: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Settled = { ok: true; value: unknown } | { ok: false; error: unknown };

export class Database {
  private readonly queue: Unit[] = [];
  private draining = false;
  private scripts: ScriptPool | undefined;
  /** When the current wait for SQLite's write lock began (0: not waiting). */
  private lockWaitStarted = 0;
  private writeLockGate: WriteLockGate | undefined;

  constructor(readonly dataSource: DataSource, readonly kind: DatabaseKind, private readonly lockWaitMs = 5000) {}

  /** Statements outside a transaction (each one is atomic on its own); on MariaDB retried whole on deadlock. */
  run<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    if (this.kind === 'sqlite') return this.serialised(() => work(this.dataSource.manager));
    return this.withDeadlockRetry(() => work(this.dataSource.manager)).catch(unavailable);
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    // Inside the batch's transaction TypeORM makes this a savepoint.
    if (this.kind === 'sqlite') return this.serialised(() => this.dataSource.transaction(work));
    // READ COMMITTED is the session default (useReadCommittedSessions), saving a round trip here.
    return this.withDeadlockRetry(() => this.dataSource.transaction(work)).catch(unavailable);
  }

  /**
   * One statement that is a transaction by itself (a stored procedure that begins and commits):
   * outside any unit of work, and on MariaDB retried on deadlock like a transaction.
   */
  atomic<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    if (this.kind === 'sqlite') return this.serialised(() => work(this.dataSource.manager));
    return this.withDeadlockRetry(() => work(this.dataSource.manager)).catch(unavailable);
  }

  /**
   * MariaDB: a unit of work whose statements go several to a round trip (script-pool.ts); `work`
   * begins and commits its own transaction in its scripts. Retried whole on deadlock.
   */
  scripted<T>(work: (run: RunScript) => Promise<T>): Promise<T> {
    if (this.kind === 'sqlite') throw new Error('scripted units of work are MariaDB-only');
    const scripts = (this.scripts ??= new ScriptPool(this.dataSource));
    return this.withDeadlockRetry(() => scripts.session(work)).catch(unavailable);
  }

  /**
   * SQLite: when another connection wants the write lock (the checkpoint worker, to restart the
   * WAL), the gap is granted between two batches; units queue meanwhile and go in the next batch.
   */
  handOffWriteLock(gate: WriteLockGate): void {
    this.writeLockGate = gate;
  }

  /** Closes what this object opened (not the DataSource, which its owner closes). */
  async close(): Promise<void> {
    await this.scripts?.end();
    this.scripts = undefined;
  }

  /** A cheap round trip to the database, for readiness checks. */
  async ping(): Promise<void> {
    await this.run((m) => m.query('SELECT 1'));
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.queue.length) {
        if (this.writeLockGate?.wanted()) await this.writeLockGate.grant();
        await this.runBatch(this.dataSource.createQueryRunner());
      }
    } finally {
      this.draining = false;
    }
  }

  private async runBatch(runner: QueryRunner): Promise<void> {
    const batch: Unit[] = [];
    const results: Settled[] = [];
    let began = false;
    try {
      await beginImmediate(runner);
      began = true;
      this.lockWaitStarted = 0;
      // Units queued while this batch runs join it: they wait on nothing this batch holds. Units
      // are queued from I/O callbacks, which never run between microtasks, so once the queue is
      // empty the batch yields to the event loop once (setImmediate: after the poll phase) to let
      // the requests already received queue theirs before it commits.
      for (let yielded = false; batch.length < MAX_BATCH;) {
        if (!this.queue.length) {
          if (yielded) break;
          yielded = true;
          await new Promise((r) => setImmediate(r));
          continue;
        }
        yielded = false;
        const unit = this.queue.shift()!;
        batch.push(unit);
        try {
          results.push({ ok: true, value: await unit.work() });
        } catch (error) {
          results.push({ ok: false, error });
        }
      }
      await runner.commitTransaction();
    } catch (error) {
      if (began && runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      if (!began && isSqliteBusy(error)) {
        this.lockWaitStarted ||= Date.now();
        if (Date.now() - this.lockWaitStarted < this.lockWaitMs) {
          await new Promise((r) => setTimeout(r, 1));
          return;
        }
      }
      this.lockWaitStarted = 0;
      // Any other BEGIN that fails would fail again: the units waiting for it fail with it.
      for (const unit of began ? batch : this.queue.splice(0)) unit.reject(error);
      return;
    }
    batch.forEach((unit, i) => {
      const r = results[i]!;
      if (r.ok) unit.resolve(r.value); else unit.reject(r.error);
    });
  }

  private async withDeadlockRetry<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await work();
      } catch (e) {
        if (attempt >= DEADLOCK_ATTEMPTS || !DEADLOCK_ERRNOS.has(errnoOf(e) ?? 0)) throw e;
        // Full jitter: the units that conflicted come back at different moments.
        await new Promise((r) => setTimeout(r, Math.random() * Math.min(DEADLOCK_BACKOFF_CAP_MS, 4 * 2 ** attempt)));
      }
    }
  }
}
