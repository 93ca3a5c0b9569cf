/**
 * Idempotency keys of OTP creation: one row per (scope, hashed key), holding the first request's
 * fingerprint and, once answered, its response. Table API, so one migration serves SQLite and MariaDB.
 */
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class IdempotencySchema1763900000003 implements MigrationInterface {
  name = 'IdempotencySchema1763900000003';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({
      name: 'idempotency_key',
      columns: [
        { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
        // HMAC of scope, caller and key: the key itself (a client's choice, maybe meaningful) is not stored.
        { name: 'key_hash', type: 'varchar', length: '64' },
        { name: 'request_hash', type: 'varchar', length: '64' },
        { name: 'state', type: 'varchar', length: '16' },
        { name: 'response_status', type: 'integer', isNullable: true },
        { name: 'response_body', type: 'text', isNullable: true },
        { name: 'created_at_ms', type: 'bigint' },
        { name: 'expires_at_ms', type: 'bigint' },
      ],
      indices: [
        new TableIndex({ name: 'ux_idempotency_key_hash', columnNames: ['key_hash'], isUnique: true }),
        new TableIndex({ name: 'ix_idempotency_expires', columnNames: ['expires_at_ms'] }),
      ],
    }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('idempotency_key');
  }
}
