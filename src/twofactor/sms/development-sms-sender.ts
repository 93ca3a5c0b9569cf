/**
 * The embedded default's "provider": messages are recorded in the database (sealed, never in
 * clear, never logged) and shown on the development-only page (dev-sms-page.ts).
 */
import type { Clock } from '../domain/clock.js';
import type { SecretBox } from '../domain/secret-box.js';
import type { Database } from '../persistence/database.js';
import { DevSmsMessageEntity } from '../persistence/entities/index.js';
import { exec } from '../persistence/sql.js';
import type { SmsMessage, SmsSender, SmsSendResult } from './sms-sender.js';

export class DevelopmentSmsSender implements SmsSender {
  readonly name = 'development';

  constructor(private readonly db: Database, private readonly box: SecretBox, private readonly clock: Clock) {}

  async send(message: SmsMessage): Promise<SmsSendResult> {
    const { insertId: id } = await this.db.run((m) => exec(m,
      'INSERT INTO dev_sms_message (recipient, originator, reference, body_sealed, created_at_ms) VALUES (?, ?, ?, ?, ?)',
      [message.to, message.originator, message.reference, this.box.seal(message.body), this.clock.now()]));
    return { ok: true, providerMessageId: `dev-${id}`, delivered: true };
  }

  /** Newest first, bodies opened: for the development page only. */
  async recent(limit = 50): Promise<{ id: number; to: string; originator: string; reference: string; body: string; createdAtMs: number }[]> {
    const rows = await this.db.run((m) => m.getRepository(DevSmsMessageEntity).find({ order: { id: 'DESC' }, take: limit }));
    return rows.map((r) => ({ id: r.id, to: r.recipient, originator: r.originator, reference: r.reference, body: this.box.open(r.bodySealed), createdAtMs: Number(r.createdAtMs) }));
  }
}
