/**
 * Self-service configuration and the SMS-pumping defence: per-locale templates, allowed channels
 * and the pumping limits become configuration columns (0 = that limit is off, so the seeded
 * configurations behave as before) and a deleted one keeps its row, so its id is never given out
 * again; `send_counter` holds the fixed-window send counts per client
 * IP, tenant and destination prefix, and `prefix_hold` remembers which prefixes the conversion
 * guard holds, so the tenant is told once per hold. Table API: one migration for both databases.
 */
import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const LIMIT_COLUMNS: [name: string, fallback: number][] = [
  ['ip_send_limit', 0], ['tenant_send_limit', 0], ['prefix_send_limit', 0], ['prefix_digits', 3], ['send_window_seconds', 3600],
  ['min_conversion_percent', 0], ['conversion_min_sample', 20], ['conversion_window_seconds', 3600],
];

export class ConfigPumpingSchema1763900000008 implements MigrationInterface {
  name = 'ConfigPumpingSchema1763900000008';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('two_factor_configuration', [
      new TableColumn({ name: 'channels', type: 'varchar', length: '50', isNullable: true }),
      new TableColumn({ name: 'default_locale', type: 'varchar', length: '35', isNullable: true }),
      new TableColumn({ name: 'message_templates', type: 'text', isNullable: true }),
      new TableColumn({ name: 'deleted_at_ms', type: 'bigint', isNullable: true }),
      ...LIMIT_COLUMNS.map(([name, fallback]) => new TableColumn({ name, type: 'integer', default: fallback })),
    ]);
    // The conversion guard reads a configuration's codes of the last window; without this index
    // it would scan every code ever sent to the prefix.
    await q.createIndex('otp', new TableIndex({ name: 'ix_otp_configuration_created', columnNames: ['configuration_id', 'created_at_ms'] }));
    await q.createTable(new Table({
      name: 'send_counter',
      columns: [
        { name: 'counter_key', type: 'varchar', length: '100', isPrimary: true },
        { name: 'window_start_ms', type: 'bigint' },
        { name: 'used', type: 'integer', default: 0 },
      ],
    }));
    await q.createTable(new Table({
      name: 'prefix_hold',
      columns: [
        { name: 'configuration_id', type: 'integer', isPrimary: true },
        { name: 'prefix', type: 'varchar', length: '16', isPrimary: true },
        { name: 'held_until_ms', type: 'bigint' },
      ],
    }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('prefix_hold');
    await q.dropTable('send_counter');
    await q.dropIndex('otp', 'ix_otp_configuration_created');
    for (const name of ['channels', 'default_locale', 'message_templates', 'deleted_at_ms', ...LIMIT_COLUMNS.map(([n]) => n)]) {
      await q.dropColumn('two_factor_configuration', name);
    }
  }
}
