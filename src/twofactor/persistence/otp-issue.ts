/**
 * Issuing an OTP: one unit that checks the user's and the number's send windows, supersedes the
 * user's older OTPs of the same purpose and inserts the OTP with its outbox message — or inserts
 * nothing when a window is full. Three ways to run that unit, one outcome:
 *  - SQLite: statements in a transaction (Database serialises units; SQLite has one writer);
 *  - MariaDB, a request alone: the `otp_issue` stored procedure, one round trip;
 *  - MariaDB, concurrent requests: one transaction for the batch (batch-queue.ts), each statement
 *    once for all its items, sent in two scripts (script-pool.ts).
 * On MariaDB same-subject requests serialise on the lock rows (rate_limit_lock), which each unit
 * creates if missing and X-locks in key order before reading a window.
 */
import type { EntityManager } from 'typeorm';
import { BatchQueue } from './batch-queue.js';
import { LOCK_ROW_TOUCH } from './migrations/lock-row-always-written.js';
import type { Database } from './database.js';
import { OtpEntity, SmsOutboxEntity, type OutboxChannel } from './entities/index.js';
import { OTP_COLUMNS, otpValues, OUTBOX_COLUMNS, outboxValues } from './row-mappers.js';
import { autoIncrementStep, exec, insertedIds, InsertStatement, insertRows, repeated, textBySize } from './sql.js';

export interface NewOtp {
  reference: string;
  referenceCode: string;
  configurationId: number;
  purpose: string;
  userId: string;
  gsmNumber: string;
  enrollmentId: number | null;
  codeHash: string;
  pepperKeyId: string;
  codeLength: number;
  source: string | null;
  isSync: boolean;
  expiresAtMs: number;
  maxAttempts: number;
}

export interface NewOutboxMessage {
  /** Default sms. */
  channel?: OutboxChannel;
  originator: string;
  /** null for a sync send, which goes out from memory. */
  bodySealed: string | null;
  /** Sync sends claim their message in the same transaction, so no dispatcher can race them. */
  claimForMs?: number;
}

export interface SendLimit {
  maxCount: number;
  intervalMs: number;
}

export type IssueResult =
  | { kind: 'issued'; otp: OtpEntity; outbox: SmsOutboxEntity }
  | { kind: 'rate-limited'; retryAfterSeconds: number };

interface IssueItem { otp: NewOtp; message: NewOutboxMessage; limit: SendLimit; now: number }

const OTP_INSERT = new InsertStatement('otp', OTP_COLUMNS);
const OUTBOX_INSERT = new InsertStatement('sms_outbox', OUTBOX_COLUMNS);

/**
 * MariaDB's batch insert of outbox rows, whose otp_id (the first column) comes from the OTP
 * insert's ids, which the client learns only afterwards (`step`: autoIncrementStep).
 */
const outboxAfterOtpTexts = new Map<number, (count: number) => string>();
function outboxAfterOtpInsert(count: number, step: number): string {
  let texts = outboxAfterOtpTexts.get(step);
  if (!texts) {
    const rest = repeated('?', OUTBOX_COLUMNS.length - 1);
    outboxAfterOtpTexts.set(step, texts = textBySize((n) => `INSERT INTO sms_outbox (${OUTBOX_COLUMNS.join(', ')}) VALUES `
      + Array.from({ length: n }, (_, k) => `(@first_otp_id + ${k * step}, ${rest})`).join(', ')));
  }
  return texts(count);
}

/**
 * The batch's lock rows, two per item, taken in key order (the ids' X locks are its serialisation).
 * The update always changes the row (migrations/lock-row-always-written.ts says why).
 */
const lockRowsInsert = textBySize((count) => `INSERT INTO rate_limit_lock (lock_key, touched_at_ms) VALUES ${repeated('(?, ?)', count)} `
  + `ON DUPLICATE KEY UPDATE ${LOCK_ROW_TOUCH}`);

export class OtpIssue {
  /** MariaDB: concurrent issues share their statements. */
  private readonly queue: BatchQueue<IssueItem, IssueResult> | undefined;

  constructor(private readonly db: Database) {
    if (db.kind === 'mariadb') {
      this.queue = new BatchQueue({ runBatch: (items) => this.byScripts(items), runOne: (i) => this.byProcedure(i), keys: batchKeys });
    }
  }

  async issue(otp: NewOtp, message: NewOutboxMessage, limit: SendLimit, now: number): Promise<IssueResult> {
    const item = { otp, message, limit, now };
    if (!this.queue) return this.byStatements(item);
    return (await autoIncrementStep(this.db.dataSource)) ? this.queue.submit(item) : this.byProcedure(item);
  }

  private byStatements(item: IssueItem): Promise<IssueResult> {
    return this.db.transaction(async (m) => {
      const [found] = lookUp([item], (await exec(m, ...lookUpQuery([item]))).rows);
      if (found!.fullUntil > item.now) return rateLimited(found!.fullUntil, item.now);
      for (const statement of supersedeStatements(found!.active, item.now)) await exec(m, ...statement);
      const otp = newOtpRow(item);
      [otp.id] = await insertRows(m, OTP_INSERT, [otpValues(otp)]);
      const outbox = newOutboxRow(otp, item);
      [outbox.id] = await insertRows(m, OUTBOX_INSERT, [outboxValues(outbox)]);
      return { kind: 'issued', otp, outbox };
    });
  }

  /**
   * The same unit, run by migrations/otp-issue-procedure.ts. On a duplicate key InnoDB takes the
   * lock row's X lock directly, so concurrent first requests queue rather than deadlock.
   */
  private async byProcedure(item: IssueItem): Promise<IssueResult> {
    const { otp, message, limit, now } = item;
    const [lockA, lockB] = lockKeys(otp).sort();
    const r = await this.db.atomic((m: EntityManager) => exec(m, `CALL otp_issue(${Array(23).fill('?').join(', ')})`, [
      lockA, lockB, now, limit.intervalMs, limit.maxCount,
      otp.reference, otp.referenceCode, otp.configurationId, otp.purpose, otp.userId, otp.gsmNumber, otp.enrollmentId, otp.codeHash,
      otp.pepperKeyId, otp.codeLength, otp.source, otp.isSync ? 1 : 0, otp.expiresAtMs, otp.maxAttempts,
      message.originator, message.bodySealed, message.claimForMs ?? null, message.channel ?? 'sms',
    ]));
    const out = r.rows[0]!;
    if (out.outcome === 'rate-limited') return rateLimited(Number(out.full_until), now);
    const row = newOtpRow(item);
    row.id = Number(out.otp_id);
    const outbox = newOutboxRow(row, item);
    outbox.id = Number(out.outbox_id);
    return { kind: 'issued', otp: row, outbox };
  }

  /**
   * A batch of items with pairwise distinct subjects (batchKeys), in two round trips: lock rows
   * and the look-up, then supersede, both inserts and COMMIT. Each item's outcome is the one it would
   * have had alone: its lock rows are held before its windows are read, and no other item of the
   * batch can be in its windows. Ids come from the multi-row inserts' consecutive auto-increment,
   * which issue() has checked the server promises (else every item runs alone).
   */
  private async byScripts(items: IssueItem[]): Promise<IssueResult[]> {
    const step = await autoIncrementStep(this.db.dataSource);
    const now = Math.max(...items.map((i) => i.now));
    const keys = items.flatMap((i) => lockKeys(i.otp)).sort();
    return this.db.scripted(async (run) => {
      const [, , found] = await run([
        ['START TRANSACTION'],
        [lockRowsInsert(keys.length), keys.flatMap((k) => [k, now])],
        lookUpQuery(items),
      ]);
      const results: IssueResult[] = new Array(items.length);
      const fresh: IssueItem[] = [];
      const superseded: number[] = [];
      lookUp(items, found!.rows).forEach(({ fullUntil, active }, i) => {
        if (fullUntil > items[i]!.now) { results[i] = rateLimited(fullUntil, items[i]!.now); return; }
        fresh.push(items[i]!);
        superseded.push(...active);
      });
      if (!fresh.length) {
        await run([['COMMIT']]);
        return results;
      }
      const otps = fresh.map(newOtpRow);
      const outboxes = otps.map((o, k) => newOutboxRow(o, fresh[k]!));
      const outboxValuesOf = outboxes.map(outboxValues);
      const supersede = supersedeStatements(superseded, now);
      const done = await run([
        ...supersede,
        OTP_INSERT.of(otps.map(otpValues)),
        ['SET @first_otp_id = LAST_INSERT_ID()'],
        [outboxAfterOtpInsert(outboxValuesOf.length, step), outboxValuesOf.flatMap((v) => v.slice(1))],
        ['COMMIT'],
      ]);
      const [otpInsert, , outboxInsert] = done.slice(supersede.length);
      const otpIds = insertedIds(otpInsert!, otps.length, step);
      const outboxIds = insertedIds(outboxInsert!, outboxes.length, step);
      for (let i = 0, k = 0; i < items.length; i++) {
        if (results[i]) continue;
        otps[k]!.id = outboxes[k]!.otpId = otpIds[k]!;
        outboxes[k]!.id = outboxIds[k]!;
        results[i] = { kind: 'issued', otp: otps[k]!, outbox: outboxes[k]! };
        k++;
      }
      return results;
    });
  }
}

function lockKeys(otp: NewOtp): string[] {
  return [`gsm:${otp.gsmNumber}`, `user:${otp.userId}`];
}

/**
 * What keeps two items out of one batch: they would lock the same row. The lock keys compare by
 * the column's collation (utf8mb4_unicode_ci: case-, accent- and width-insensitive), which for
 * printable ASCII is exactly a case-insensitive comparison; anything else runs alone.
 */
function batchKeys(item: IssueItem): readonly string[] | null {
  const keys = lockKeys(item.otp);
  return keys.every((k) => /^[\x21-\x7e]+$/.test(k)) ? keys.map((k) => k.toLowerCase()) : null;
}

/**
 * What the unit must know before writing, for every item at once: the OTPs inside its user's and
 * its number's windows (kind user/gsm, value created_at_ms) and its user's active OTPs of its purpose
 * (kind active, value id) — joins from the items' values, so each row is matched to its item by the
 * column's own comparison. No other unit can add to either while the item's lock rows are held.
 */
const lookUpText = textBySize((count) => {
  const values = (columns: string): string => Array.from({ length: count }, (_, i) => `SELECT ${i ? columns.replace(/ AS \w+/g, '') : columns}`).join(' UNION ALL ');
  const windows = values('? AS i, ? AS subject, ? AS since');
  const owners = values('? AS i, ? AS user_id, ? AS purpose');
  return `SELECT v.i, 'user' AS kind, o.created_at_ms AS value FROM (${windows}) v JOIN otp o ON o.user_id = v.subject AND o.created_at_ms > v.since `
    + `UNION ALL SELECT w.i, 'gsm', o.created_at_ms FROM (${windows}) w JOIN otp o ON o.gsm_number = w.subject AND o.created_at_ms > w.since `
    + `UNION ALL SELECT a.i, 'active', o.id FROM (${owners}) a JOIN otp o ON o.user_id = a.user_id AND o.purpose = a.purpose `
    + 'AND o.consumed_at_ms IS NULL AND o.superseded_at_ms IS NULL';
});

function lookUpQuery(items: IssueItem[]): [string, unknown[]] {
  const since = (i: IssueItem): number => i.now - i.limit.intervalMs;
  return [lookUpText(items.length), [
    ...items.flatMap((item, i) => [i, item.otp.userId, since(item)]), ...items.flatMap((item, i) => [i, item.otp.gsmNumber, since(item)]),
    ...items.flatMap((item, i) => [i, item.otp.userId, item.otp.purpose]),
  ]];
}

/**
 * Per item: when its fuller window has room again (at or before its `now`: it has room — a
 * window is full until its maxCount-th newest OTP leaves it), and the OTPs a new one supersedes.
 */
function lookUp(items: IssueItem[], rows: Record<string, unknown>[]): { fullUntil: number; active: number[] }[] {
  const found = items.map(() => ({ user: [] as number[], gsm: [] as number[], active: [] as number[] }));
  for (const r of rows) {
    const kind = r.kind === 'user' || r.kind === 'gsm' || r.kind === 'active' ? r.kind : undefined;
    if (kind) found[Number(r.i)]![kind].push(Number(r.value));
  }
  return items.map(({ limit }, i) => ({
    active: found[i]!.active,
    fullUntil: Math.max(...[found[i]!.user, found[i]!.gsm].map((t) => {
      const nth = t.sort((a, b) => b - a)[limit.maxCount - 1];
      return nth === undefined ? 0 : nth + limit.intervalMs;
    })),
  }));
}

/**
 * Superseded OTPs stop counting (the conditions re-checked: one may have been consumed since);
 * the SMS of those superseded now, if still waiting, would only confuse.
 */
function supersedeStatements(ids: readonly number[], now: number): [string, unknown[]][] {
  if (!ids.length) return [];
  const list = ids.map(() => '?').join(', ');
  return [
    [`UPDATE otp SET superseded_at_ms = ? WHERE id IN (${list}) AND consumed_at_ms IS NULL AND superseded_at_ms IS NULL`, [now, ...ids]],
    [`UPDATE sms_outbox SET status = 'expired', body_sealed = NULL, updated_at_ms = ? WHERE status = 'pending' AND otp_id IN `
      + `(SELECT id FROM otp WHERE id IN (${list}) AND superseded_at_ms = ?)`, [now, ...ids, now]],
  ];
}

function rateLimited(fullUntilMs: number, now: number): IssueResult {
  return { kind: 'rate-limited', retryAfterSeconds: Math.max(1, Math.ceil((fullUntilMs - now) / 1000)) };
}

/** The rows a new OTP starts as (ids still to be given by the database); a claimed message is a sync send. */
function newOtpRow({ otp, message, now }: IssueItem): OtpEntity {
  return Object.assign(new OtpEntity(), otp, {
    createdAtMs: now, attempts: 0, consumedAtMs: null, supersededAtMs: null,
    deliveryStatus: message.claimForMs !== undefined ? 'sending' : 'queued', providerMessageId: null, deliveryErrorCode: null,
    canceledAtMs: null, expiryReportedAtMs: null,
  });
}

function newOutboxRow(otp: OtpEntity, { message, now }: IssueItem): SmsOutboxEntity {
  const claimed = message.claimForMs !== undefined;
  return Object.assign(new SmsOutboxEntity(), {
    otpId: otp.id, channel: message.channel ?? 'sms', recipient: otp.gsmNumber, originator: message.originator, reference: otp.reference,
    bodySealed: message.bodySealed, status: claimed ? 'sending' : 'pending', attempts: claimed ? 1 : 0,
    nextAttemptAtMs: now, lockedUntilMs: claimed ? now + message.claimForMs! : null, expiresAtMs: otp.expiresAtMs,
    lastErrorCode: null, lastError: null, providerMessageId: null, createdAtMs: now, updatedAtMs: now,
  });
}
