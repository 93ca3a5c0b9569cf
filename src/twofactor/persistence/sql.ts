/**
 * Plain SQL on the hot paths: one OTP request is a dozen statements, and the query builder's SQL
 * generation costs more than SQLite's execution of them.
 * Every statement here is portable between SQLite and MariaDB (`?` placeholders, no dialect
 * functions); `insertIgnore` is the one spelling that differs.
 */
import { QueryFailedError, type DataSource, type EntityManager, type QueryResult } from 'typeorm';
import type { DatabaseKind } from './create-data-source.js';

export interface SqlResult {
  rows: Record<string, unknown>[];
  affected: number;
  /** The generated id of an INSERT (better-sqlite3: lastInsertRowid; mysql2: insertId). */
  insertId: number | undefined;
}

type RawCallback = (error: Error | null, result: unknown) => void;
interface Mysql2Pool { query(sql: string, params: unknown[], callback: RawCallback): void }
interface SqliteStatement { reader: boolean; all(...params: unknown[]): unknown[]; run(...params: unknown[]): { changes: number; lastInsertRowid: number | bigint } }
interface SqliteHandle { prepare(sql: string): SqliteStatement }

/**
 * The drivers under TypeORM's: mysql2's pool and better-sqlite3's one connection. TypeORM's query
 * runner wraps each statement in a connection checkout, logging, subscriber broadcasts and (mysql2)
 * a promise with a captured stack — more CPU than the statement itself on the hot paths.
 */
function driverOf(m: EntityManager): { pool?: Mysql2Pool; sqlite?: SqliteHandle } {
  const d = m.connection.driver as unknown as { options: { type: string }; pool?: Mysql2Pool; databaseConnection?: SqliteHandle };
  return d.options.type === 'better-sqlite3' ? { sqlite: d.databaseConnection } : { pool: d.pool };
}

/** Prepared once per connection and SQL text (the hot statements are a fixed set). */
const statements = new WeakMap<SqliteHandle, Map<string, SqliteStatement>>();

function sqliteQuery(db: SqliteHandle, sql: string, params: unknown[]): SqlResult {
  let cache = statements.get(db);
  if (!cache) statements.set(db, cache = new Map());
  let stmt = cache.get(sql);
  if (!stmt) cache.set(sql, stmt = db.prepare(sql));
  // better-sqlite3 binds no booleans.
  const bound = params.map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p));
  try {
    if (stmt.reader) return { rows: stmt.all(...bound) as Record<string, unknown>[], affected: 0, insertId: undefined };
    const r = stmt.run(...bound);
    return { rows: [], affected: r.changes, insertId: Number(r.lastInsertRowid) };
  } catch (e) {
    throw new QueryFailedError(sql, params, e as Error);
  }
}

function poolQuery(pool: Mysql2Pool, sql: string, params: unknown[]): Promise<SqlResult> {
  return new Promise((resolve, reject) => {
    pool.query(sql, params, (error, raw) => {
      if (error) reject(new QueryFailedError(sql, params, error)); else resolve(toSqlResult(raw));
    });
  });
}

/** mysql2's answer to one statement: CALL answers [rows, status]; SELECT rows; INSERT/UPDATE a ResultSetHeader. */
export function toSqlResult(raw: unknown): SqlResult {
  const rows = Array.isArray(raw) ? (Array.isArray(raw[0]) ? raw[0] : raw) : [];
  const header = (Array.isArray(raw) ? raw.find((r) => !Array.isArray(r)) : raw) as { affectedRows?: number; insertId?: number } | undefined;
  return { rows: rows as Record<string, unknown>[], affected: header?.affectedRows ?? 0, insertId: header?.insertId ? Number(header.insertId) : undefined };
}

/**
 * One statement: on SQLite always on its single connection (inside a transaction too: the
 * transaction is that connection's state); on MariaDB on the unit of work's connection inside a
 * transaction, otherwise on any pooled one. Errors come as TypeORM's QueryFailedError either way.
 */
export async function exec(m: EntityManager, sql: string, params: unknown[] = []): Promise<SqlResult> {
  const { pool, sqlite } = driverOf(m);
  if (sqlite) return sqliteQuery(sqlite, sql, params);
  if (pool && !m.queryRunner) return poolQuery(pool, sql, params);
  // A MariaDB transaction's connection (or a closed DataSource, which the runner reports).
  const runner = m.queryRunner ?? m.dataSource.createQueryRunner();
  try {
    const r = (await runner.query(sql, params, true)) as QueryResult;
    const raw = r.raw as { insertId?: number | string } | undefined;
    return { rows: (r.records ?? []) as Record<string, unknown>[], affected: r.affected ?? 0, insertId: raw?.insertId ? Number(raw.insertId) : undefined };
  } finally {
    if (!m.queryRunner) await runner.release();
  }
}

/**
 * The distance between the ids one multi-row INSERT generates, or 0 when they need not be
 * consecutive. InnoDB hands a statement whose row count is known in advance a consecutive range
 * unless innodb_autoinc_lock_mode is 2 (interleaved, MySQL 8's default); the step is
 * auto_increment_increment (Galera sets it per node).
 */
const autoIncrementSteps = new WeakMap<object, Promise<number>>();

export function autoIncrementStep(dataSource: DataSource): Promise<number> {
  let step = autoIncrementSteps.get(dataSource);
  if (!step) {
    step = exec(dataSource.manager, 'SELECT @@innodb_autoinc_lock_mode AS lock_mode, @@auto_increment_increment AS step')
      .then(({ rows: [r] }) => (Number(r?.lock_mode) < 2 ? Number(r?.step) || 1 : 0));
    // A failed read (database away) is asked again next time rather than remembered.
    step.catch(() => autoIncrementSteps.delete(dataSource));
    autoIncrementSteps.set(dataSource, step);
  }
  return step;
}

/**
 * A statement text that depends only on a batch's size, built once per size: a batch's sizes are
 * few, and building the text anew for every OTP was a few percent of the request thread.
 */
export function textBySize(build: (count: number) => string): (count: number) => string {
  const texts = new Map<number, string>();
  return (count) => {
    let text = texts.get(count);
    if (text === undefined) {
      text = build(count);
      if (texts.size < 256) texts.set(count, text);
    }
    return text;
  };
}

/** `count` copies of `group`, comma-separated (the placeholders of a multi-row statement). */
export const repeated = (group: string, count: number): string => Array.from({ length: count }, () => group).join(', ');

/** `INSERT INTO table (columns) VALUES (…), (…)`, one group of placeholders per row. */
export class InsertStatement {
  private readonly text: (count: number) => string;

  constructor(table: string, columns: readonly string[]) {
    const group = `(${repeated('?', columns.length)})`;
    this.text = textBySize((count) => `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${repeated(group, count)}`);
  }

  /** The statement and its parameters for `rows`. */
  of(rows: readonly (readonly unknown[])[]): [string, unknown[]] {
    const params: unknown[] = [];
    for (const row of rows) for (const value of row) params.push(value);
    return [this.text(rows.length), params];
  }
}

/** The ids a multi-row INSERT of `count` rows generated, in row order (`step`: autoIncrementStep). */
export function insertedIds(r: SqlResult, count: number, step: number): number[] {
  if (r.affected !== count || r.insertId === undefined) throw new Error(`multi-row insert reported ${r.affected} of ${count} rows`);
  return Array.from({ length: count }, (_, i) => r.insertId! + i * step);
}

/**
 * Inserts rows and returns their generated ids in order: on MariaDB one statement when its ids are
 * known to be consecutive, otherwise (and on SQLite, where a statement is a function call) a
 * statement per row.
 */
export async function insertRows(m: EntityManager, insert: InsertStatement, rows: unknown[][]): Promise<number[]> {
  const step = driverOf(m).sqlite || rows.length === 1 ? 0 : await autoIncrementStep(m.connection);
  if (step) return insertedIds(await exec(m, ...insert.of(rows)), rows.length, step);
  const ids: number[] = [];
  for (const row of rows) ids.push((await exec(m, ...insert.of([row]))).insertId!);
  return ids;
}

export function insertIgnore(kind: DatabaseKind): string {
  return kind === 'sqlite' ? 'INSERT OR IGNORE' : 'INSERT IGNORE';
}

/** BIGINT and nullable numbers as JS numbers (mysql2 returns BIGINT as strings). */
export const num = (v: unknown): number => Number(v);
export const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
export const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** A unique index refused the write (MariaDB ER_DUP_ENTRY; SQLite's constraint error). */
export function isDuplicateKey(e: unknown): boolean {
  const d = (e as { driverError?: { errno?: number; code?: string } }).driverError;
  return d?.errno === 1062 || d?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}
