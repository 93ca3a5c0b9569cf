/**
 * The hand-written migrations and the entities describe the same schema, on every database under
 * test: after migrating, TypeORM's schema builder finds nothing to change. Migrations also run
 * idempotently (a second start applies nothing) and revert cleanly.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDataSource } from '../../src/twofactor/persistence/create-data-source.js';
import { MIGRATIONS } from '../../src/twofactor/persistence/migrations/index.js';
import { LOCK_ROW_TOUCH } from '../../src/twofactor/persistence/migrations/lock-row-always-written.js';
import { DATABASES } from './support/test-databases.js';

for (const target of DATABASES) {
  describe(`schema on ${target.kind}`, { skip: target.skip }, () => {
    it('migrations produce exactly the entities\' schema, re-run as no-ops, and revert', async () => {
      const db = await target.create();
      const ds = createDataSource(db.url);
      try {
        await ds.initialize();
        const applied = await ds.runMigrations();
        assert.equal(applied.length, MIGRATIONS.length);
        const pending = await ds.driver.createSchemaBuilder().log();
        assert.deepEqual(pending.upQueries.map((q) => q.query), [], 'entities and migrations disagree');
        assert.deepEqual(await ds.runMigrations(), []);
        const configs = await ds.query('SELECT id, name, code_length FROM two_factor_configuration ORDER BY id');
        assert.deepEqual(configs.map((c: Record<string, unknown>) => [Number(c.id), c.name, Number(c.code_length)]), [[1, 'default', 6], [2, 'opt-in', 6]]);
        for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration();
        assert.equal((await ds.query('SELECT COUNT(*) AS n FROM migrations'))[0].n, db.kind === 'sqlite' ? 0 : '0');
      } finally {
        if (ds.isInitialized) await ds.destroy();
        await db.drop();
      }
    });

    // The email channel (010) and Galera (022) each rebuild otp_issue from its first version.
    it('after all migrations, otp_issue has both the email channel and the always-written lock row', { skip: procedureSkip(target.kind) }, async () => {
      const db = await target.create();
      const ds = createDataSource(db.url);
      try {
        await ds.initialize();
        await ds.runMigrations();
        const text = String((await ds.query('SHOW CREATE PROCEDURE otp_issue'))[0]['Create Procedure']);
        const has = { channel: text.includes('IN p_channel VARCHAR(8)') && text.includes('INSERT INTO sms_outbox (channel, otp_id,'),
          wideDestination: text.includes('IN p_gsm_number VARCHAR(254)'), lockRowTouch: text.includes(LOCK_ROW_TOUCH), earlyVerdict: text.includes('LEAVE proc;') };
        assert.deepEqual(has, { channel: true, wideDestination: true, lockRowTouch: true, earlyVerdict: true }, text);
      } finally {
        if (ds.isInitialized) await ds.destroy();
        await db.drop();
      }
    });
  });
}

/** Stored procedures are MariaDB's only. */
function procedureSkip(kind: string): string | false {
  return kind === 'mariadb' ? false : 'SQLite has no stored procedures';
}
