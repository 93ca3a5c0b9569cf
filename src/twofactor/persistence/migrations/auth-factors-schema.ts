/**
 * Second factors, recovery codes and the audit trail; API keys move from a FileId to the general
 * tenant id (backfilled as the FileId's decimal string, which is how the partner API names its
 * tenant). Table API as in the first migration, so one migration serves SQLite and MariaDB.
 */
import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

const id = (): TableColumnOptions => ({ name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' });
const str = (name: string, length: number, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable });
const big = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'bigint', isNullable });
const tenantColumn = (isNullable: boolean): TableColumn => new TableColumn({ name: 'tenant_id', type: 'varchar', length: '64', isNullable });

export class AuthFactorsSchema1763900000002 implements MigrationInterface {
  name = 'AuthFactorsSchema1763900000002';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('api_access_key', tenantColumn(true));
    await q.query('UPDATE api_access_key SET tenant_id = CAST(file_id AS CHAR)');
    await q.changeColumn('api_access_key', 'tenant_id', tenantColumn(false));
    await q.dropColumn('api_access_key', 'file_id');

    await q.createTable(new Table({
      name: 'auth_factor',
      columns: [
        id(), str('tenant_id', 64), str('user_id', 64), str('kind', 16), str('state', 16),
        { name: 'secret_sealed', type: 'text', isNullable: true }, big('last_used_step', true),
        { name: 'failed_attempts', type: 'integer', default: 0 }, big('locked_until_ms', true), big('created_at_ms'), big('changed_at_ms'),
      ],
      indices: [new TableIndex({ name: 'ux_auth_factor_owner', columnNames: ['tenant_id', 'user_id', 'kind'], isUnique: true })],
    }));
    await q.createTable(new Table({
      name: 'recovery_code',
      columns: [id(), str('tenant_id', 64), str('user_id', 64), str('code_hash', 64), str('salt', 32), big('created_at_ms'), big('used_at_ms', true)],
      indices: [new TableIndex({ name: 'ix_recovery_code_owner', columnNames: ['tenant_id', 'user_id'] })],
    }));
    await q.createTable(new Table({
      name: 'audit_event',
      columns: [id(), str('tenant_id', 64), big('sequence'), str('user_id', 64), str('event_type', 64), big('created_at_ms')],
      indices: [
        new TableIndex({ name: 'ux_audit_event_sequence', columnNames: ['tenant_id', 'sequence'], isUnique: true }),
        new TableIndex({ name: 'ix_audit_event_user', columnNames: ['tenant_id', 'user_id'] }),
      ],
    }));
    await q.createTable(new Table({
      name: 'tenant_sequence',
      columns: [{ name: 'tenant_id', type: 'varchar', length: '64', isPrimary: true }, big('last_sequence')],
    }));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['tenant_sequence', 'audit_event', 'recovery_code', 'auth_factor']) await q.dropTable(t);
    // Keys of tenants that have no FileId cannot go back to the old schema.
    await q.addColumn('api_access_key', new TableColumn({ name: 'file_id', type: 'integer', isNullable: true }));
    const rows = (await q.query('SELECT id, tenant_id FROM api_access_key')) as { id: number | string; tenant_id: string }[];
    for (const r of rows) {
      if (/^[1-9][0-9]{0,9}$/.test(r.tenant_id) && Number(r.tenant_id) <= 2 ** 31 - 1) await q.query('UPDATE api_access_key SET file_id = ? WHERE id = ?', [Number(r.tenant_id), r.id]);
      else await q.query('DELETE FROM api_access_key WHERE id = ?', [r.id]);
    }
    await q.changeColumn('api_access_key', 'file_id', new TableColumn({ name: 'file_id', type: 'integer', isNullable: false }));
    await q.dropColumn('api_access_key', 'tenant_id');
  }
}
