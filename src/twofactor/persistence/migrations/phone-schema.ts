/**
 * The Zitadel-style phone of a user (`/auth/v1/users/me/phone`): one number per user and tenant,
 * unverified until the code sent to it comes back. Table API, so one migration serves SQLite and MariaDB.
 */
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class PhoneSchema1763900000011 implements MigrationInterface {
  name = 'PhoneSchema1763900000011';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({
      name: 'user_phone',
      columns: [
        { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
        { name: 'tenant_id', type: 'varchar', length: '64' }, { name: 'user_id', type: 'varchar', length: '64' },
        { name: 'e164', type: 'varchar', length: '16' }, { name: 'verified_at_ms', type: 'bigint', isNullable: true },
        { name: 'created_at_ms', type: 'bigint' }, { name: 'changed_at_ms', type: 'bigint' },
      ],
      indices: [new TableIndex({ name: 'ux_user_phone_owner', columnNames: ['tenant_id', 'user_id'], isUnique: true })],
    }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('user_phone');
  }
}
