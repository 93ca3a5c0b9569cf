/**
 * MariaDB: a few connections of their own that take several statements per round trip, for the
 * batched transactions of batch-queue.ts. A batch's statements depend on the database only at one
 * point (its windows are read under the lock rows before anything is written), so the transaction
 * costs two round trips instead of eight — and each round trip costs both processes a socket write
 * and a wake-up, more CPU on a loopback connection than most of the statements themselves.
 *
 * The main pool keeps multipleStatements off. These connections only ever run fixed statement
 * templates whose values go through mysql2's escaping, like every other query here.
 */
import { createPool, type Pool, type PoolConnection } from 'mysql2';
import { QueryFailedError, type DataSource } from 'typeorm';
import type { MysqlDataSourceOptions } from 'typeorm/driver/mysql/MysqlDataSourceOptions.js';
import { sessionSetupOf } from './create-data-source.js';
import { toSqlResult, type SqlResult } from './sql.js';

export type Statement = readonly [sql: string, params?: readonly unknown[]];
/** Sends the statements in one round trip; their results in order. The first failure rejects. */
export type RunScript = (script: readonly Statement[]) => Promise<SqlResult[]>;

/** Batches in flight for every queue that uses scripts, and a spare. */
const CONNECTIONS = 4;

export class ScriptPool {
  private readonly pool: Pool;

  constructor(dataSource: DataSource) {
    const o = dataSource.options as MysqlDataSourceOptions;
    this.pool = createPool({
      host: o.host, port: o.port, user: o.username, password: o.password, database: o.database, charset: o.charset,
      supportBigNumbers: true, bigNumberStrings: true, connectTimeout: o.connectTimeout, connectionLimit: CONNECTIONS, multipleStatements: true,
      // The main pool's node choice (database-nodes.ts), when DATABASE_URL lists several.
      stream: (o.extra as { stream?: unknown } | undefined)?.stream,
    });
    // As the main pool's sessions (create-data-source.ts): no gap locks, the lock rows serialise.
    const setup = sessionSetupOf(dataSource);
    this.pool.on('connection', (c) => { for (const sql of setup) c.query(sql, () => undefined); });
  }

  /**
   * Runs `work` on one connection. Whatever `work` began and did not end is rolled back, so a
   * failed session leaves no transaction behind; a connection that failed at the protocol level
   * is closed rather than returned to the pool.
   */
  async session<T>(work: (run: RunScript) => Promise<T>): Promise<T> {
    const conn = await new Promise<PoolConnection>((resolve, reject) => this.pool.getConnection((e, c) => (e ? reject(e) : resolve(c))));
    let broken = false;
    const run: RunScript = (script) => new Promise((resolve, reject) => {
      const sql = script.map(([text]) => text).join(';\n');
      const params = script.flatMap(([, p]) => p ?? []);
      conn.query(sql, params, (error, raw) => {
        if (error) {
          broken ||= (error as { fatal?: boolean }).fatal === true;
          reject(new QueryFailedError(sql, params, error));
          return;
        }
        // One statement answers its result; several, an array of them.
        resolve(script.length === 1 ? [toSqlResult(raw)] : (raw as unknown[]).map(toSqlResult));
      });
    });
    try {
      return await work(run);
    } catch (e) {
      if (!broken) await run([['ROLLBACK']]).catch(() => { broken = true; });
      throw e;
    } finally {
      if (broken) conn.destroy(); else conn.release();
    }
  }

  end(): Promise<void> {
    return new Promise((resolve) => this.pool.end(() => resolve()));
  }
}
