/**
 * Units of work against the DataSource. TypeORM's better-sqlite3 driver has a single connection
 * shared by every caller, and a second `transaction()` started while one is open silently becomes
 * a savepoint inside it — so on SQLite every unit of work is serialised here (SQLite has one
 * writer anyway, and each unit is sub-millisecond). On MariaDB units run concurrently on the pool,
 * transactions at READ COMMITTED (no gap locks; row locks do the serialising), retried on deadlock.
 */
import type { DataSource, EntityManager } from 'typeorm';
import type { DatabaseKind } from './create-data-source.js';

const DEADLOCK_ERRNOS = new Set([1213, 1205]);

export class Database {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(readonly dataSource: DataSource, readonly kind: DatabaseKind) {}

  /** Statements outside a transaction (each one is atomic on its own). */
  run<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.kind === 'sqlite' ? this.serialised(() => work(this.dataSource.manager)) : work(this.dataSource.manager);
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    if (this.kind === 'sqlite') return this.serialised(() => this.dataSource.transaction(work));
    return this.withDeadlockRetry(() => this.dataSource.transaction('READ COMMITTED', work));
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work, work);
    this.tail = result.catch(() => undefined);
    return result;
  }

  private async withDeadlockRetry<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await work();
      } catch (e) {
        const errno = (e as { driverError?: { errno?: number }; errno?: number }).driverError?.errno ?? (e as { errno?: number }).errno;
        if (attempt >= 5 || errno === undefined || !DEADLOCK_ERRNOS.has(errno)) throw e;
        await new Promise((r) => setTimeout(r, 5 * attempt + Math.random() * 10));
      }
    }
  }
}
