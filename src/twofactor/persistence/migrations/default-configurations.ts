/**
 * Data migration: the two configurations a fresh install needs — 1 for the TwoFactor API
 * (Turkish GSM numbers, as the original service) and 2 for the opt-in flow (Australian mobiles,
 * as the original partner API). Operators change or add rows; ids are what callers send.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

const CREATED = 1763900000000;

export class DefaultConfigurations1763900000001 implements MigrationInterface {
  name = 'DefaultConfigurations1763900000001';

  async up(q: QueryRunner): Promise<void> {
    // Plain SQL with `?` placeholders (both drivers take them): a migration must not depend on
    // today's entity classes, which later migrations will have moved on from.
    const columns = ['id', 'tenant', 'name', 'enabled', 'code_length', 'message_template', 'originator', 'default_region', 'allowed_countries',
      'default_expiry_seconds', 'min_expiry_seconds', 'max_expiry_seconds', 'max_sms_count', 'sms_interval_seconds', 'max_verify_attempts',
      'created_at_ms', 'updated_at_ms'];
    const rows = [
      [1, null, 'default', true, 6, 'Your verification code is {code}. Ref: {ref}. Valid for {minutes} min.', 'Stackport', 'TR', null, 180, 60, 600, 5, 600, 3, CREATED, CREATED],
      [2, null, 'opt-in', true, 6, 'Your 2FA opt-in code is {code}. Ref: {ref}.', 'Stackport', 'AU', null, 600, 60, 600, 5, 600, 3, CREATED, CREATED],
    ];
    for (const row of rows) {
      await q.query(`INSERT INTO two_factor_configuration (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, row);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DELETE FROM two_factor_configuration WHERE id IN (1, 2)');
  }
}
