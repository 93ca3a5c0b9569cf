/**
 * The first schema, written with TypeORM's Table API rather than SQL so one migration serves
 * SQLite and MariaDB. Column types are the ones the entities declare (generated ids say
 * `integer`, the spelling SQLite reports and AUTOINCREMENT needs; MariaDB reads it as INT); a test asserts
 * that the migrated schema and the entities agree on both databases.
 */
import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

const id = (): TableColumnOptions => ({ name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' });
const str = (name: string, length: number, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable });
const int = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable });
const ms = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'bigint', isNullable });
const bool = (name: string): TableColumnOptions => ({ name, type: 'boolean' });

export class InitialSchema1763900000000 implements MigrationInterface {
  name = 'InitialSchema1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({
      name: 'two_factor_configuration',
      columns: [
        { name: 'id', type: 'integer', isPrimary: true },
        str('tenant', 64, true), str('name', 100), bool('enabled'), int('code_length'), str('message_template', 320),
        str('originator', 16), str('default_region', 2, true), str('allowed_countries', 200, true),
        int('default_expiry_seconds'), int('min_expiry_seconds'), int('max_expiry_seconds'),
        int('max_sms_count'), int('sms_interval_seconds'), int('max_verify_attempts'), ms('created_at_ms'), ms('updated_at_ms'),
      ],
    }));
    await q.createTable(new Table({
      name: 'otp',
      columns: [
        id(), str('reference', 36), str('reference_code', 8), int('configuration_id'), str('purpose', 64), str('user_id', 64),
        str('gsm_number', 16), int('enrollment_id', true), str('code_hash', 64), str('pepper_key_id', 16), int('code_length'),
        str('source', 100, true), bool('is_sync'), ms('created_at_ms'), ms('expires_at_ms'),
        { name: 'attempts', type: 'integer', default: 0 }, int('max_attempts'), ms('consumed_at_ms', true), ms('superseded_at_ms', true),
        str('delivery_status', 16), str('provider_message_id', 64, true), int('delivery_error_code', true),
      ],
      indices: [
        new TableIndex({ name: 'ux_otp_reference', columnNames: ['reference'], isUnique: true }),
        new TableIndex({ name: 'ix_otp_user_created', columnNames: ['user_id', 'created_at_ms'] }),
        new TableIndex({ name: 'ix_otp_gsm_created', columnNames: ['gsm_number', 'created_at_ms'] }),
        new TableIndex({ name: 'ix_otp_user_purpose', columnNames: ['user_id', 'purpose'] }),
        new TableIndex({ name: 'ix_otp_enrollment', columnNames: ['enrollment_id'] }),
      ],
    }));
    await q.createTable(new Table({
      name: 'sms_outbox',
      columns: [
        id(), int('otp_id'), str('recipient', 16), str('originator', 16), str('reference', 36),
        { name: 'body_sealed', type: 'text', isNullable: true }, str('status', 16), { name: 'attempts', type: 'integer', default: 0 },
        ms('next_attempt_at_ms'), ms('locked_until_ms', true), ms('expires_at_ms'), int('last_error_code', true),
        str('last_error', 200, true), str('provider_message_id', 64, true), ms('created_at_ms'), ms('updated_at_ms'),
      ],
      indices: [
        new TableIndex({ name: 'ux_outbox_otp', columnNames: ['otp_id'], isUnique: true }),
        new TableIndex({ name: 'ix_outbox_due', columnNames: ['status', 'next_attempt_at_ms'] }),
      ],
    }));
    await q.createTable(new Table({
      name: 'rate_limit_lock',
      columns: [{ name: 'lock_key', type: 'varchar', length: '100', isPrimary: true }, ms('touched_at_ms')],
    }));
    await q.createTable(new Table({
      name: 'dev_sms_message',
      columns: [id(), str('recipient', 16), str('originator', 16), str('reference', 36), { name: 'body_sealed', type: 'text' }, ms('created_at_ms')],
    }));
    await q.createTable(new Table({
      name: 'api_access_key',
      columns: [id(), str('key_hash', 64), int('file_id'), str('user_id', 64), str('label', 100, true), ms('created_at_ms'), ms('revoked_at_ms', true)],
      indices: [new TableIndex({ name: 'ux_access_key_hash', columnNames: ['key_hash'], isUnique: true })],
    }));
    await q.createTable(new Table({
      name: 'two_factor_enrollment',
      columns: [id(), int('file_id'), str('user_id', 64), str('gsm_number', 16), str('status', 16), ms('created_at_ms'), ms('verified_at_ms', true)],
      indices: [new TableIndex({ name: 'ux_enrollment_subject', columnNames: ['file_id', 'user_id', 'gsm_number'], isUnique: true })],
    }));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['two_factor_enrollment', 'api_access_key', 'dev_sms_message', 'rate_limit_lock', 'sms_outbox', 'otp', 'two_factor_configuration']) {
      await q.dropTable(t);
    }
  }
}
