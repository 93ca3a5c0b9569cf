/**
 * The hand-written migrations and the entities describe the same schema, on every database under
 * test: after migrating, TypeORM's schema builder finds nothing to change. Migrations also run
 * idempotently (a second start applies nothing) and revert cleanly.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDataSource } from '../../src/twofactor/persistence/create-data-source.js';
import { MIGRATIONS } from '../../src/twofactor/persistence/migrations/index.js';
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
  });
}
