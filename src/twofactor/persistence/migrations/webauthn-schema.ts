/**
 * WebAuthn (issue 20): registered security keys and passkeys, and the challenges handed out for
 * a registration or a check. A credential id is unique within a tenant, not across tenants: the
 * same authenticator may serve users of several tenants, each registration its own row. Table
 * API, so one migration serves SQLite and MariaDB.
 */
import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

const id = (): TableColumnOptions => ({ name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' });
const str = (name: string, length: number, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable });
const big = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'bigint', isNullable });

export class WebauthnSchema1763900000007 implements MigrationInterface {
  name = 'WebauthnSchema1763900000007';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({
      name: 'webauthn_credential',
      columns: [
        id(), str('tenant_id', 64), str('user_id', 64), str('kind', 16), str('credential_id', 255), { name: 'public_key', type: 'text' },
        big('sign_count'), str('name', 200), str('transports', 128, true), big('created_at_ms'), big('last_used_at_ms', true),
      ],
      indices: [
        new TableIndex({ name: 'ux_webauthn_credential_id', columnNames: ['tenant_id', 'credential_id'], isUnique: true }),
        new TableIndex({ name: 'ix_webauthn_credential_owner', columnNames: ['tenant_id', 'user_id'] }),
      ],
    }));
    await q.createTable(new Table({
      name: 'webauthn_challenge',
      columns: [id(), str('tenant_id', 64), str('user_id', 64), str('purpose', 32), str('challenge', 128), big('expires_at_ms')],
      indices: [
        new TableIndex({ name: 'ux_webauthn_challenge', columnNames: ['tenant_id', 'challenge'], isUnique: true }),
        new TableIndex({ name: 'ix_webauthn_challenge_owner', columnNames: ['tenant_id', 'user_id'] }),
      ],
    }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('webauthn_challenge');
    await q.dropTable('webauthn_credential');
  }
}
