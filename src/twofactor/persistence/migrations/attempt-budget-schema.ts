/**
 * One attempt budget per user and tenant for the second factor (TOTP and recovery codes share it),
 * claimed by a conditional UPDATE before a code is checked. The per-factor counter it replaces was
 * read with the factor row and counted after the check, so concurrent requests each saw a budget
 * not yet spent; its columns go, and so do the `recovery` rows that only carried the recovery
 * codes' separate counter. Table API, so one migration serves SQLite and MariaDB.
 */
import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

export class AttemptBudgetSchema1763900000006 implements MigrationInterface {
  name = 'AttemptBudgetSchema1763900000006';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({
      name: 'attempt_budget',
      columns: [
        { name: 'tenant_id', type: 'varchar', length: '64', isPrimary: true },
        { name: 'user_id', type: 'varchar', length: '64', isPrimary: true },
        // Attempts claimed in the window: wrong codes plus checks still running.
        { name: 'used', type: 'integer', default: 0 },
        { name: 'failures', type: 'integer', default: 0 },
        { name: 'window_start_ms', type: 'bigint' },
        { name: 'locked_until_ms', type: 'bigint', isNullable: true },
      ],
    }));
    await q.query("DELETE FROM auth_factor WHERE kind = 'recovery'");
    await q.dropColumn('auth_factor', 'failed_attempts');
    await q.dropColumn('auth_factor', 'locked_until_ms');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.addColumn('auth_factor', new TableColumn({ name: 'failed_attempts', type: 'integer', default: 0 }));
    await q.addColumn('auth_factor', new TableColumn({ name: 'locked_until_ms', type: 'bigint', isNullable: true }));
    await q.query("INSERT INTO auth_factor (tenant_id, user_id, kind, state, secret_sealed, last_used_step, failed_attempts, locked_until_ms, created_at_ms, changed_at_ms) "
      + "SELECT tenant_id, user_id, 'recovery', 'ready', NULL, NULL, 0, NULL, MIN(created_at_ms), MIN(created_at_ms) FROM recovery_code GROUP BY tenant_id, user_id");
    await q.dropTable('attempt_budget');
  }
}
