/**
 * Plain SQL through TypeORM's query runner, for the hot paths: one OTP request is a dozen
 * statements, and the query builder's SQL generation costs more than SQLite's execution of them.
 * Every statement here is portable between SQLite and MariaDB (`?` placeholders, no dialect
 * functions); `insertIgnore` is the one spelling that differs.
 */
import type { EntityManager, QueryResult } from 'typeorm';
import type { DatabaseKind } from './create-data-source.js';

export interface SqlResult {
  rows: Record<string, unknown>[];
  affected: number;
  /** The generated id of an INSERT (better-sqlite3: lastInsertRowid; mysql2: insertId). */
  insertId: number | undefined;
}

type RawCallback = (error: Error | null, result: unknown) => void;
interface Mysql2Pool { query(sql: string, params: unknown[], callback: RawCallback): void }

/** mysql2's own pool behind TypeORM's MariaDB driver; undefined for SQLite. */
function poolOf(m: EntityManager): Mysql2Pool | undefined {
  return (m.connection.driver as unknown as { pool?: Mysql2Pool }).pool;
}

/**
 * A statement outside any transaction on MariaDB goes straight to mysql2's pool: TypeORM's query
 * runner would take a connection, log, broadcast and wrap the promise (with a captured stack) around
 * the same call, which cost more CPU than the statement's own round trip on the hot paths.
 */
function poolQuery(pool: Mysql2Pool, sql: string, params: unknown[]): Promise<SqlResult> {
  return new Promise((resolve, reject) => {
    pool.query(sql, params, (error, raw) => {
      if (error) { reject(error); return; }
      // CALL answers [rows, status]; SELECT rows; INSERT/UPDATE a ResultSetHeader.
      const rows = Array.isArray(raw) ? (Array.isArray(raw[0]) ? raw[0] : raw) : [];
      const header = (Array.isArray(raw) ? raw.find((r) => !Array.isArray(r)) : raw) as { affectedRows?: number; insertId?: number } | undefined;
      resolve({ rows: rows as Record<string, unknown>[], affected: header?.affectedRows ?? 0, insertId: header?.insertId ? Number(header.insertId) : undefined });
    });
  });
}

export async function exec(m: EntityManager, sql: string, params: unknown[] = []): Promise<SqlResult> {
  const pool = m.queryRunner ? undefined : poolOf(m);
  if (pool) return poolQuery(pool, sql, params);
  const runner = m.queryRunner ?? m.dataSource.createQueryRunner();
  try {
    const r = (await runner.query(sql, params, true)) as QueryResult;
    const raw = r.raw as unknown;
    const insertId = typeof raw === 'number' || typeof raw === 'bigint' ? Number(raw)
      : raw && typeof raw === 'object' && 'insertId' in raw ? Number((raw as { insertId: number }).insertId) : undefined;
    return { rows: (r.records ?? []) as Record<string, unknown>[], affected: r.affected ?? 0, insertId };
  } finally {
    if (!m.queryRunner) await runner.release();
  }
}

export function insertIgnore(kind: DatabaseKind): string {
  return kind === 'sqlite' ? 'INSERT OR IGNORE' : 'INSERT IGNORE';
}

/** BIGINT and nullable numbers as JS numbers (mysql2 returns BIGINT as strings). */
export const num = (v: unknown): number => Number(v);
export const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
export const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
