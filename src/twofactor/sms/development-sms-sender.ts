/**
 * The embedded default's "provider": messages are recorded in the database (sealed, never in
 * clear, never logged) and shown on the development-only page (dev-sms-page.ts). One per channel:
 * SMS in `dev_sms_message` (/dev/sms), email in `dev_mail_message` (/dev/mail).
 */
import type { Clock } from '../domain/clock.js';
import type { SecretBox } from '../domain/secret-box.js';
import { batchedOn } from '../persistence/batch-queue.js';
import type { Database } from '../persistence/database.js';
import { DevMailMessageEntity, DevSmsMessageEntity, type OutboxChannel } from '../persistence/entities/index.js';
import { InsertStatement, insertRows } from '../persistence/sql.js';
import type { SmsMessage, SmsSender, SmsSendResult } from './sms-sender.js';

const COLUMNS = ['recipient', 'originator', 'reference', 'body_sealed', 'created_at_ms'];

/** Where each channel's messages are kept. */
const SINKS = {
  sms: { insert: new InsertStatement('dev_sms_message', COLUMNS), entity: DevSmsMessageEntity, name: 'development' },
  email: { insert: new InsertStatement('dev_mail_message', COLUMNS), entity: DevMailMessageEntity, name: 'development-mail' },
} as const satisfies Record<OutboxChannel, unknown>;

export class DevelopmentSmsSender implements SmsSender {
  readonly name: string;
  private readonly sink: (typeof SINKS)[OutboxChannel];
  /** MariaDB: messages sent together are recorded by one multi-row INSERT (batch-queue.ts). */
  private readonly record: (row: unknown[]) => Promise<number>;

  constructor(private readonly db: Database, private readonly box: SecretBox, private readonly clock: Clock, channel: OutboxChannel = 'sms') {
    this.sink = SINKS[channel];
    this.name = this.sink.name;
    this.record = batchedOn(db.kind, { runBatch: (rows) => this.insert(rows) });
  }

  async send(message: SmsMessage): Promise<SmsSendResult> {
    const row = [message.to, message.originator, message.reference, this.box.seal(message.body), this.clock.now()];
    const id = await this.record(row);
    return { ok: true, providerMessageId: `dev-${id}`, delivered: true };
  }

  private insert(rows: unknown[][]): Promise<number[]> {
    return this.db.run((m) => insertRows(m, this.sink.insert, rows));
  }

  /** Newest first, bodies opened: for the development page only. */
  async recent(limit = 50): Promise<{ id: number; to: string; originator: string; reference: string; body: string; createdAtMs: number }[]> {
    const rows = await this.db.run((m) => m.getRepository<DevSmsMessageEntity>(this.sink.entity).find({ order: { id: 'DESC' }, take: limit }));
    return rows.map((r) => ({ id: r.id, to: r.recipient, originator: r.originator, reference: r.reference, body: this.box.open(r.bodySealed), createdAtMs: Number(r.createdAtMs) }));
  }
}
