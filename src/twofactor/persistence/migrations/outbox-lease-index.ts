/**
 * The dispatcher's sweep looks for messages still "sending" past their lease on every poll (four
 * times a second by default). With only ix_outbox_due, a table holding many "sending" rows — a burst
 * of sync sends — was read whole each time; this index makes it a range of the stale rows.
 */
import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class OutboxLeaseIndex1763900000005 implements MigrationInterface {
  name = 'OutboxLeaseIndex1763900000005';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex('sms_outbox', new TableIndex({ name: 'ix_outbox_lease', columnNames: ['status', 'locked_until_ms'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('sms_outbox', 'ix_outbox_lease');
  }
}
