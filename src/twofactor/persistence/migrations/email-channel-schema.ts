/**
 * The outbox carries email as well as SMS: a `channel` on each message (existing rows are SMS),
 * destinations wide enough for an address (RFC 5321: 254 characters) in the outbox, the OTP and
 * the send-window lock keys, and the development mail sink. On MariaDB the `otp_issue` procedure
 * is re-created with the wider destination and the channel — derived from the released text, so
 * the two cannot drift apart except where this migration says.
 */
import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { PROCEDURE } from './otp-issue-procedure.js';

const DESTINATION = 254;
const LOCK_KEY = 260;

/** Released text → this migration's text; each piece must be found exactly once. */
const PROCEDURE_CHANGES: readonly [from: string, to: string][] = [
  ['IN p_lock_a VARCHAR(100), IN p_lock_b VARCHAR(100)', `IN p_lock_a VARCHAR(${LOCK_KEY}), IN p_lock_b VARCHAR(${LOCK_KEY})`],
  ['IN p_gsm_number VARCHAR(16)', `IN p_gsm_number VARCHAR(${DESTINATION})`],
  ['IN p_claim_ms BIGINT)', 'IN p_claim_ms BIGINT, IN p_channel VARCHAR(8))'],
  ['INSERT INTO sms_outbox (otp_id,', 'INSERT INTO sms_outbox (channel, otp_id,'],
  ['VALUES (v_otp_id,', 'VALUES (p_channel, v_otp_id,'],
];

export const EMAIL_OTP_ISSUE_PROCEDURE = PROCEDURE_CHANGES.reduce((text, [from, to]) => {
  if (text.split(from).length !== 2) throw new Error(`otp_issue: '${from}' not found exactly once`);
  return text.replace(from, to);
}, PROCEDURE);

const widths: readonly [table: string, column: string, narrow: number, wide: number, primary?: boolean][] = [
  ['sms_outbox', 'recipient', 16, DESTINATION], ['otp', 'gsm_number', 16, DESTINATION], ['rate_limit_lock', 'lock_key', 100, LOCK_KEY, true],
];

const varcharColumn = (name: string, length: number, isPrimary = false): TableColumn => new TableColumn({ name, type: 'varchar', length: String(length), isPrimary });
const isMariaDb = (q: QueryRunner): boolean => q.connection.options.type !== 'better-sqlite3';

/**
 * In place: TypeORM's changeColumn on MySQL drops and re-adds a column whose length changes (the
 * data with it); SQLite's rebuilds the table with its rows, which is what SQLite offers.
 */
async function resize(q: QueryRunner, table: string, column: string, length: number, isPrimary?: boolean): Promise<void> {
  if (isMariaDb(q)) await q.query(`ALTER TABLE ${table} MODIFY ${column} varchar(${length}) NOT NULL`);
  else await q.changeColumn(table, column, varcharColumn(column, length, isPrimary));
}

export class EmailChannelSchema1763900000010 implements MigrationInterface {
  name = 'EmailChannelSchema1763900000010';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('sms_outbox', new TableColumn({ name: 'channel', type: 'varchar', length: '8', default: "'sms'" }));
    for (const [table, column, , wide, primary] of widths) await resize(q, table, column, wide, primary);
    await q.createTable(new Table({
      name: 'dev_mail_message',
      columns: [
        { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
        { name: 'recipient', type: 'varchar', length: String(DESTINATION) }, { name: 'originator', type: 'varchar', length: String(DESTINATION) },
        { name: 'reference', type: 'varchar', length: '36' }, { name: 'body_sealed', type: 'text' }, { name: 'created_at_ms', type: 'bigint' },
      ],
    }));
    if (!isMariaDb(q)) return;
    await q.query('DROP PROCEDURE IF EXISTS otp_issue');
    await q.query(EMAIL_OTP_ISSUE_PROCEDURE);
  }

  async down(q: QueryRunner): Promise<void> {
    if (isMariaDb(q)) {
      await q.query('DROP PROCEDURE IF EXISTS otp_issue');
      await q.query(PROCEDURE);
    }
    await q.dropTable('dev_mail_message');
    // Email rows cannot go back into the narrow SMS columns.
    await q.query("DELETE FROM sms_outbox WHERE channel = 'email'");
    await q.query("DELETE FROM otp WHERE gsm_number LIKE '%@%'");
    await q.query("DELETE FROM rate_limit_lock WHERE lock_key LIKE '%@%'");
    for (const [table, column, narrow, , primary] of widths) await resize(q, table, column, narrow, primary);
    await q.dropColumn('sms_outbox', 'channel');
  }
}
