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
import { databaseAddressOf, DatabaseNodes, type DatabaseNode } from './database-nodes.js';

export type DatabaseKind = 'sqlite' | 'mariadb';

export function databaseKindOf(url: string): DatabaseKind {
  if (url.startsWith('sqlite:')) return 'sqlite';
  if (/^(mysql|mariadb):\/\//.test(url)) return 'mariadb';
  throw new Error('DATABASE_URL must start with sqlite:, mysql:// or mariadb://');
}

export interface DataSourceSettings {
  poolSize?: number;
  /** Several nodes in DATABASE_URL: called when new connections move to the next one. */
  onFailover?: (from: DatabaseNode, to: DatabaseNode) => void;
}

export function createDataSource(url: string, options: DataSourceSettings = {}): DataSource {
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
    const { nodes, username, password, database } = databaseAddressOf(url);
    // One node: mysql2 connects by itself. Several: database-nodes.ts picks the node per connection.
    const stream = nodes.length > 1 ? new DatabaseNodes(nodes, options.onFailover).stream : undefined;
    opts = {
      ...base, type: 'mariadb', host: nodes[0]!.host, port: nodes[0]!.port, username, password, database, charset: 'utf8mb4_unicode_ci',
      poolSize: options.poolSize ?? 25, supportBigNumbers: true, bigNumberStrings: true, ...(stream && { extra: { stream } }),
      // Fail fast while the server is away (restart, network): requests answer 503 within 2 s.
      connectTimeout: 2000,
    };
  }
  return new DataSource(opts);
}

/** Every MariaDB session of this service, the main pool's and script-pool.ts's. */
export const READ_COMMITTED_SESSION = 'SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED';
/**
 * Galera: a node answers a read from what it has applied, which may not yet hold a commit another
 * node has just confirmed to its client (the key a user generated through one instance, confirmed
 * through another, was "not found"). With READ (1) and UPDATE/DELETE (2) causality checks, a
 * statement first waits until its node has applied everything the cluster committed before it —
 * so a conditional UPDATE never refuses on a row state that is already history elsewhere.
 * INSERTs need no wait: a conflicting one fails certification.
 */
export const GALERA_CAUSAL_SESSION = 'SET SESSION wsrep_sync_wait = 3';

/** The statements each new session runs, per DataSource (known once useReadCommittedSessions ran). */
const sessionSetups = new WeakMap<DataSource, readonly string[]>();

export function sessionSetupOf(dataSource: DataSource): readonly string[] {
  return sessionSetups.get(dataSource) ?? [READ_COMMITTED_SESSION];
}

/**
 * MariaDB: every pooled session runs its transactions at READ COMMITTED (no gap locks; the lock
 * rows do the serialising), and on a Galera node with causal reads. Set once per connection rather
 * than by TypeORM per transaction, which costs a round trip on every unit of work.
 */
export async function useReadCommittedSessions(dataSource: DataSource): Promise<void> {
  type Conn = { query(sql: string, cb: (e: Error | null) => void): void };
  const pool = (dataSource.driver as unknown as { pool?: { on(e: 'connection', f: (c: Conn) => void): void; _allConnections?: { length: number; get(i: number): Conn } } }).pool;
  if (!pool) throw new Error('MariaDB pool not initialised');
  // MySQL and MariaDB builds without Galera have no @@wsrep_on.
  const galera = await dataSource.query('SELECT @@wsrep_on AS w').then((r: { w: unknown }[]) => Number(r[0]?.w) === 1, () => false);
  const setup = galera ? [READ_COMMITTED_SESSION, GALERA_CAUSAL_SESSION] : [READ_COMMITTED_SESSION];
  sessionSetups.set(dataSource, setup);
  // Connections made from now on: set before the pool hands them out (mysql2 queues the commands).
  pool.on('connection', (c) => { for (const sql of setup) c.query(sql, () => undefined); });
  // The ones already open (start-up and migrations).
  const all = pool._allConnections;
  const existing = all ? Array.from({ length: all.length }, (_, i) => all.get(i)) : [];
  await Promise.all(existing.flatMap((c) => setup.map((sql) => new Promise<void>((ok, fail) => c.query(sql, (e) => (e ? fail(e) : ok()))))));
}
