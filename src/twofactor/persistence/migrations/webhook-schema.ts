/**
 * Status callbacks: a tenant's webhook endpoints (the signing secret sealed, since it must be
 * usable to sign) and the durable queue of events to post to them, leased like the SMS outbox.
 * The OTP gains the instant it was canceled and the instant its expiry was reported (existing rows
 * count as reported, so an upgrade does not announce every old expiry). Table API, both databases.
 */
import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class WebhookSchema1763900000009 implements MigrationInterface {
  name = 'WebhookSchema1763900000009';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({
      name: 'webhook_endpoint',
      columns: [
        { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
        { name: 'tenant_id', type: 'varchar', length: '64' },
        { name: 'url', type: 'varchar', length: '2000' },
        { name: 'secret_sealed', type: 'varchar', length: '200' },
        { name: 'created_at_ms', type: 'bigint' },
        { name: 'deleted_at_ms', type: 'bigint', isNullable: true },
      ],
      indices: [new TableIndex({ name: 'ix_webhook_endpoint_tenant', columnNames: ['tenant_id', 'deleted_at_ms'] })],
    }));
    await q.createTable(new Table({
      name: 'webhook_event',
      columns: [
        { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
        { name: 'event_id', type: 'varchar', length: '36' },
        { name: 'endpoint_id', type: 'integer' },
        { name: 'event_type', type: 'varchar', length: '40' },
        { name: 'payload', type: 'text' },
        { name: 'status', type: 'varchar', length: '16' },
        { name: 'attempts', type: 'integer', default: 0 },
        { name: 'next_attempt_at_ms', type: 'bigint' },
        { name: 'locked_until_ms', type: 'bigint', isNullable: true },
        { name: 'last_http_status', type: 'integer', isNullable: true },
        { name: 'created_at_ms', type: 'bigint' },
        { name: 'updated_at_ms', type: 'bigint' },
      ],
      indices: [
        new TableIndex({ name: 'ux_webhook_event_endpoint', columnNames: ['event_id', 'endpoint_id'], isUnique: true }),
        new TableIndex({ name: 'ix_webhook_event_due', columnNames: ['status', 'next_attempt_at_ms'] }),
      ],
    }));
    await q.addColumn('otp', new TableColumn({ name: 'canceled_at_ms', type: 'bigint', isNullable: true }));
    await q.addColumn('otp', new TableColumn({ name: 'expiry_reported_at_ms', type: 'bigint', isNullable: true }));
    await q.query('UPDATE otp SET expiry_reported_at_ms = 0');
    await q.createIndex('otp', new TableIndex({ name: 'ix_otp_expiry_report', columnNames: ['expiry_reported_at_ms', 'expires_at_ms'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('otp', 'ix_otp_expiry_report');
    await q.dropColumn('otp', 'expiry_reported_at_ms');
    await q.dropColumn('otp', 'canceled_at_ms');
    await q.dropTable('webhook_event');
    await q.dropTable('webhook_endpoint');
  }
}
