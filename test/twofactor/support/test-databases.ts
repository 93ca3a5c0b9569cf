/**
 * The databases the service suites run on: a fresh SQLite file always, and a fresh MariaDB
 * database when MARIADB_URL is set (test/support/mariadb.sh prints one). Each suite gets its own
 * database, so test files can run in parallel. Under test/run-tests.mjs, what a suite stored
 * outlives it for the secrets audit: SQLite files stay in the audit directory, and a MariaDB
 * database is dumped there before it is dropped.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection, type Connection, type RowDataPacket } from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import { auditPath, auditSqliteDir, AUDIT_DIR } from './secret-ledger.js';

export interface TestDatabase {
  readonly kind: 'sqlite' | 'mariadb';
  readonly url: string;
  /** Everything stored, as text to grep: table rows as JSON, and for SQLite the raw files too. */
  dump(ds: DataSource): Promise<string>;
  drop(): Promise<void>;
}

export interface DatabaseUnderTest {
  readonly kind: 'sqlite' | 'mariadb';
  /** Why the suite is skipped on this database, if it is. */
  readonly skip: string | false;
  create(): Promise<TestDatabase>;
}

const TABLES = [
  'two_factor_configuration', 'otp', 'sms_outbox', 'rate_limit_lock', 'dev_sms_message', 'api_access_key', 'two_factor_enrollment', 'migrations',
  'auth_factor', 'recovery_code', 'audit_event', 'tenant_sequence', 'idempotency_key', 'attempt_budget',
  'webauthn_credential', 'webauthn_challenge',
  'send_counter', 'prefix_hold',
  'webhook_endpoint', 'webhook_event',
  'dev_mail_message', 'user_phone',
];

async function rowsDump(ds: DataSource): Promise<string> {
  const parts: string[] = [];
  for (const t of TABLES) parts.push(`${t}: ${JSON.stringify(await ds.query(`SELECT * FROM ${t}`))}`);
  return parts.join('\n');
}

export function sqliteDatabase(): DatabaseUnderTest {
  return {
    kind: 'sqlite', skip: false,
    create: async () => {
      const kept = auditSqliteDir();
      const dir = kept ?? mkdtempSync(join(tmpdir(), 'stackport-2fa-'));
      return {
        kind: 'sqlite', url: `sqlite:${join(dir, 'test.sqlite')}`,
        dump: async (ds) => {
          const raw = readdirSync(dir).map((f) => readFileSync(join(dir, f)).toString('latin1')).join('\n');
          return `${await rowsDump(ds)}\n${raw}`;
        },
        drop: async () => { if (!kept) rmSync(dir, { recursive: true, force: true }); },
      };
    },
  };
}

export function mariadbDatabase(): DatabaseUnderTest {
  const base = process.env.MARIADB_URL;
  return {
    kind: 'mariadb',
    skip: base ? false : 'MARIADB_URL is not set (start one with: export MARIADB_URL=$(test/support/mariadb.sh))',
    create: async () => {
      const u = new URL(base!);
      const name = `${u.pathname.slice(1)}_t${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      const admin = await createConnection({ host: u.hostname, port: Number(u.port || 3306), user: decodeURIComponent(u.username), password: decodeURIComponent(u.password) });
      await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      await admin.end();
      const url = new URL(base!);
      url.pathname = `/${name}`;
      return {
        kind: 'mariadb', url: url.toString(), dump: rowsDump,
        drop: async () => {
          const c = await createConnection({ host: u.hostname, port: Number(u.port || 3306), user: decodeURIComponent(u.username), password: decodeURIComponent(u.password) });
          await keepForAudit(c, name);
          await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
          await c.end();
        },
      };
    },
  };
}

/** Under test/run-tests.mjs: the schema's rows, saved for the secrets audit before it is dropped. */
export async function keepForAudit(c: Connection, schema: string): Promise<void> {
  if (AUDIT_DIR) writeFileSync(auditPath('mariadb', `${schema}.json`), JSON.stringify(await dumpSchema(c, schema), bufferAsBase64));
}

/** A MariaDB database as the secrets audit reads it; binary values as `{base64}`. */
export type SchemaDump = Record<string, { columns: { name: string; type: string }[]; rows: unknown[][] }>;

/** Every table of a schema, whatever its name (a table added later is audited too). */
async function dumpSchema(c: Connection, schema: string): Promise<SchemaDump> {
  const [cols] = await c.query<RowDataPacket[]>(
    'SELECT TABLE_NAME AS t, COLUMN_NAME AS c, DATA_TYPE AS d FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION', [schema]);
  const out: SchemaDump = {};
  for (const r of cols) (out[r.t as string] ??= { columns: [], rows: [] }).columns.push({ name: r.c as string, type: r.d as string });
  for (const [table, t] of Object.entries(out)) {
    const [rows] = await c.query<RowDataPacket[][]>({ sql: `SELECT ${t.columns.map((x) => `\`${x.name}\``).join(', ')} FROM \`${schema}\`.\`${table}\``, rowsAsArray: true });
    t.rows = rows;
  }
  return out;
}

function bufferAsBase64(this: unknown, key: string, value: unknown): unknown {
  const raw = (this as Record<string, unknown>)[key];
  return Buffer.isBuffer(raw) ? { base64: raw.toString('base64') } : value;
}

export const DATABASES: readonly DatabaseUnderTest[] = [sqliteDatabase(), mariadbDatabase()];
