/**
 * `otp_issue` for Galera, where row locks are local to a node and only the writes a transaction
 * commits make two nodes' transactions conflict (one fails certification, 1213, and runs again):
 *  - the lock row update always changes the row. What makes two nodes' issues for one subject
 *    conflict is that both write its lock row; an update that leaves the row as it was (two
 *    requests in the same millisecond: `touched_at_ms = now` twice) writes and certifies nothing,
 *    and both issues could commit into a window with room for one. Counting on past `now` keeps
 *    the value a time (the latest touch, never earlier) and every update a write;
 *  - a full window answers without writing: first from a plain read, before any lock (a window
 *    seen full stays full until its time passes — OTPs are never taken out of it, superseded or
 *    not), then, under the lock, by rolling back rather than committing the lock row's touch. Only
 *    issues are replicated and certified, so a burst for one subject conflicts only with the few
 *    that succeed, instead of every refused request aborting the others.
 * Built from the first version's text (migrations are never edited; this one replaces it).
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { PROCEDURE } from './otp-issue-procedure.js';

export const LOCK_ROW_TOUCH = 'touched_at_ms = GREATEST(touched_at_ms + 1, VALUES(touched_at_ms))';

/** [first version's text, this version's]: each must occur exactly once. */
const CHANGES: readonly (readonly [string, string])[] = [
  [')\nBEGIN\n', ')\nproc: BEGIN\n'],
  ['ON DUPLICATE KEY UPDATE touched_at_ms = VALUES(touched_at_ms);', `ON DUPLICATE KEY UPDATE ${LOCK_ROW_TOUCH};`],
  ['  IF v_full_until > p_now THEN\n    COMMIT;', '  IF v_full_until > p_now THEN\n    ROLLBACK;'],
];

/** The window reads and the verdict of the first version, run once more before the lock. */
const windowOf = (text: string): string => text.slice(text.indexOf('  SELECT created_at_ms INTO v_by_user'), text.indexOf('  IF v_full_until > p_now THEN'));

/** This migration's changes applied to a version of the procedure (email-lock-row-always-written.ts applies them to the email one). */
export function galeraProcedure(base: string = PROCEDURE): string {
  let text = base;
  for (const [from, to] of [...CHANGES, ['  START TRANSACTION;\n', `${windowOf(base)}  IF v_full_until > p_now THEN
    SELECT 'rate-limited' AS outcome, v_full_until AS full_until, NULL AS otp_id, NULL AS outbox_id;
    LEAVE proc;
  END IF;
  -- An empty window below leaves its variable as it is: read afresh.
  SET v_by_user = NULL, v_by_gsm = NULL;
  START TRANSACTION;
`] as const]) {
    if (text.split(from).length !== 2) throw new Error(`otp_issue: expected once in the first version: ${from.trim()}`);
    text = text.replace(from, to);
  }
  return text;
}

export class LockRowAlwaysWritten1763900000022 implements MigrationInterface {
  name = 'LockRowAlwaysWritten1763900000022';

  async up(q: QueryRunner): Promise<void> {
    await recreate(q, galeraProcedure());
  }

  async down(q: QueryRunner): Promise<void> {
    await recreate(q, PROCEDURE);
  }
}

export async function recreate(q: QueryRunner, procedure: string): Promise<void> {
  if (q.connection.options.type === 'better-sqlite3') return;
  await q.query('DROP PROCEDURE IF EXISTS otp_issue');
  await q.query(procedure);
}
