/**
 * DATABASE_URL → a TypeORM DataSource: embedded SQLite through better-sqlite3 (WAL) by default,
 * MariaDB/MySQL through mysql2 for `mysql://` and `mariadb://`. TypeORM's `mariadb` type is used
 * for both: it inserts with RETURNING (one round trip) and MySQL ignores nothing it relies on.
 * `synchronize` is never used — the schema comes from migrations only.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { sqliteFileOf } from '../config.js';
import { ENTITIES } from './entities/index.js';
import { MIGRATIONS } from './migrations/index.js';

export type DatabaseKind = 'sqlite' | 'mariadb';

export function databaseKindOf(url: string): DatabaseKind {
  if (url.startsWith('sqlite:')) return 'sqlite';
  if (/^(mysql|mariadb):\/\//.test(url)) return 'mariadb';
  throw new Error('DATABASE_URL must start with sqlite:, mysql:// or mariadb://');
}

export function createDataSource(url: string, options: { poolSize?: number } = {}): DataSource {
  const base = { entities: ENTITIES, migrations: MIGRATIONS, synchronize: false, logging: false } as const;
  let opts: DataSourceOptions;
  if (databaseKindOf(url) === 'sqlite') {
    const database = sqliteFileOf(url)!;
    if (database !== ':memory:') mkdirSync(dirname(database), { recursive: true });
    opts = {
      ...base, type: 'better-sqlite3', database, enableWAL: database !== ':memory:',
      // No busy timeout: SQLite's busy handler sleeps on the calling thread, which here is the
      // event loop — a write meeting the checkpoint worker's RESTART stalled every request for
      // 20 ms and more. A batch whose first write is refused runs again a moment later instead
      // (database.ts), with the event loop free meanwhile.
      timeout: 0,
      // NORMAL is durable across application crashes in WAL mode, and far faster than FULL.
      // (mmap_size and a larger cache_size were tried: no clear latency gain, and mmap pages count
      // towards the RSS target.)
      // journal_size_limit: when the WAL starts over, a file larger than this is cut back to it. It
      // is twice the checkpoint worker's restart point (wal-checkpointer.ts), so the steady cycle
      // never truncates: cutting ~200 MB off the file happens on the request thread, at its first
      // write after the restart, and stalled it 50–80 ms. It still bounds a WAL that grew past
      // that (a checkpointer gone).
      prepareDatabase: (db: { pragma(s: string): unknown }) => { db.pragma('synchronous = NORMAL'); db.pragma(`journal_size_limit = ${512 * 1024 * 1024}`); },
    };
  } else {
    const u = new URL(url);
    opts = {
      ...base, type: 'mariadb', host: u.hostname, port: Number(u.port || 3306),
      username: decodeURIComponent(u.username), password: decodeURIComponent(u.password),
      database: decodeURIComponent(u.pathname.replace(/^\//, '')), charset: 'utf8mb4_unicode_ci',
      poolSize: options.poolSize ?? 25, supportBigNumbers: true, bigNumberStrings: true,
      // Fail fast while the server is away (restart, network): requests answer 503 within 2 s.
      connectTimeout: 2000,
    };
  }
  return new DataSource(opts);
}

/** Every MariaDB session of this service, the main pool's and script-pool.ts's. */
export const READ_COMMITTED_SESSION = 'SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED';

/**
 * MariaDB: every pooled session runs its transactions at READ COMMITTED (no gap locks; the lock
 * rows do the serialising). Set once per connection rather than by TypeORM per transaction, which
 * costs a round trip on every unit of work.
 */
export async function useReadCommittedSessions(dataSource: DataSource): Promise<void> {
  type Conn = { query(sql: string, cb: (e: Error | null) => void): void };
  const pool = (dataSource.driver as unknown as { pool?: { on(e: 'connection', f: (c: Conn) => void): void; _allConnections?: { length: number; get(i: number): Conn } } }).pool;
  if (!pool) throw new Error('MariaDB pool not initialised');
  // Connections made from now on: set before the pool hands them out (mysql2 queues the command).
  pool.on('connection', (c) => c.query(READ_COMMITTED_SESSION, () => undefined));
  // The ones already open (start-up and migrations).
  const all = pool._allConnections;
  const existing = all ? Array.from({ length: all.length }, (_, i) => all.get(i)) : [];
  await Promise.all(existing.map((c) => new Promise<void>((ok, fail) => c.query(READ_COMMITTED_SESSION, (e) => (e ? fail(e) : ok())))));
}
