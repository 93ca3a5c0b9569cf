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

export async function exec(m: EntityManager, sql: string, params: unknown[] = []): Promise<SqlResult> {
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
