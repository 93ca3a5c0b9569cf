/**
 * `otp_issue` with both successors of the first version: the email channel's (email-channel-schema.ts:
 * wider destinations, the outbox `channel`) and Galera's always-written lock row
 * (lock-row-always-written.ts). Each of those migrations recreates the procedure from the first
 * version, so whichever ran last would drop the other's change; this one, last in order, puts the
 * procedure every database ends with together from both.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { EMAIL_OTP_ISSUE_PROCEDURE } from './email-channel-schema.js';
import { galeraProcedure, recreate } from './lock-row-always-written.js';

export class EmailLockRowAlwaysWritten1763900000023 implements MigrationInterface {
  name = 'EmailLockRowAlwaysWritten1763900000023';

  async up(q: QueryRunner): Promise<void> {
    await recreate(q, galeraProcedure(EMAIL_OTP_ISSUE_PROCEDURE));
  }

  async down(q: QueryRunner): Promise<void> {
    await recreate(q, galeraProcedure());
  }
}
