/**
 * Everything the suites left in the audit directory, fed to a scanner: log files; SQLite files
 * twice — their raw bytes (deleted rows, free pages and WAL frames keep what a row once held)
 * and their rows (a long value split across overflow pages is whole only there); MariaDB
 * databases as dumped before they were dropped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { SchemaDump } from '../../twofactor/support/test-databases.js';
import type { SecretScanner } from './secret-scanner.js';

// better-sqlite3 ships no types and the project has no @types for it: the little used here.
interface SqliteStatement { raw(on: boolean): SqliteStatement; columns(): { name: string }[]; all(): unknown[] }
interface SqliteDatabase { prepare(sql: string): SqliteStatement; close(): void }
const Sqlite = createRequire(__filename)('better-sqlite3') as new (file: string, options?: { fileMustExist?: boolean }) => SqliteDatabase;

export interface Inventory {
  logFiles: number;
  logLines: number;
  sqliteFiles: number;
  mariadbDatabases: number;
  tables: number;
  rows: number;
  /** SQLite files whose bytes were read but whose rows could not be (a copy taken mid-write). */
  unreadable: string[];
}

export const emptyInventory = (): Inventory => ({ logFiles: 0, logLines: 0, sqliteFiles: 0, mariadbDatabases: 0, tables: 0, rows: 0, unreadable: [] });

const list = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).sort() : []);

export function scanAuditDir(s: SecretScanner, dir: string): Inventory {
  const inv = emptyInventory();
  for (const f of list(path.join(dir, 'logs'))) scanLogFile(s, path.join(dir, 'logs', f), `logs/${f}`, inv);
  for (const d of list(path.join(dir, 'sqlite'))) {
    for (const f of list(path.join(dir, 'sqlite', d))) scanSqliteFile(s, path.join(dir, 'sqlite', d, f), `sqlite/${d}/${f}`, inv);
  }
  for (const f of list(path.join(dir, 'mariadb'))) {
    scanSchemaDump(s, JSON.parse(readFileSync(path.join(dir, 'mariadb', f), 'utf8')) as SchemaDump, `mariadb/${f}`, inv);
  }
  return inv;
}

export function scanLogFile(s: SecretScanner, file: string, where: string, inv = emptyInventory()): void {
  const text = readFileSync(file, 'utf8');
  inv.logFiles++;
  inv.logLines += text.split('\n').filter(Boolean).length;
  s.log(text, where);
}

/** Any file of a suite's SQLite folder: bytes always; rows when it is a database (not -wal/-shm). */
export function scanSqliteFile(s: SecretScanner, file: string, where: string, inv = emptyInventory()): void {
  // Bytes first: opening the database may checkpoint its WAL and change the files.
  s.text(readFileSync(file).toString('latin1'), where, true);
  inv.sqliteFiles++;
  if (/-(wal|shm|journal)$/.test(file)) return;
  let db: SqliteDatabase | undefined;
  try {
    db = new Sqlite(file, { fileMustExist: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").raw(true).all() as [string][];
    for (const [table] of tables) {
      const stmt = db.prepare(`SELECT * FROM "${table.replace(/"/g, '""')}"`).raw(true);
      const columns = stmt.columns().map((c) => c.name);
      const rows = stmt.all() as unknown[][];
      inv.tables++;
      inv.rows += rows.length;
      for (const row of rows) row.forEach((v, i) => cell(s, v, `${where} ${table}.${columns[i]}`));
    }
  } catch (e) {
    inv.unreadable.push(`${where}: ${(e as Error).message}`);
  } finally {
    db?.close();
  }
}

const NUMERIC = /^(tinyint|smallint|mediumint|int|integer|bigint|decimal|numeric|float|double|bit|year)$/i;

export function scanSchemaDump(s: SecretScanner, dump: SchemaDump, where: string, inv = emptyInventory()): void {
  inv.mariadbDatabases++;
  for (const [table, t] of Object.entries(dump)) {
    inv.tables++;
    inv.rows += t.rows.length;
    for (const row of t.rows) {
      row.forEach((v, i) => {
        const col = t.columns[i]!;
        // DECIMAL and big BIGINTs come as strings: still numbers, compared as numbers.
        if (typeof v === 'string' && NUMERIC.test(col.type)) s.number(v, `${where} ${table}.${col.name}`);
        else cell(s, v, `${where} ${table}.${col.name}`);
      });
    }
  }
}

function cell(s: SecretScanner, v: unknown, where: string): void {
  if (typeof v === 'string') s.text(v, where);
  else if (typeof v === 'number' || typeof v === 'bigint') s.number(v, where);
  else if (Buffer.isBuffer(v)) s.text(v.toString('latin1'), where);
  else if (v && typeof v === 'object' && typeof (v as { base64?: unknown }).base64 === 'string') s.text(Buffer.from((v as { base64: string }).base64, 'base64').toString('latin1'), where);
}
