/**
 * The email channel's sender for MAIL_PROVIDER: SMTP, the development sink (/dev/mail), or none —
 * then email codes are refused before anything is stored, and this sender only stands in the
 * dispatcher's table.
 */
import type { MailSettings } from '../config.js';
import type { Clock } from '../domain/clock.js';
import { SecretBox } from '../domain/secret-box.js';
import type { Database } from '../persistence/database.js';
import { DevelopmentSmsSender } from '../sms/development-sms-sender.js';
import { smsFailure, type SmsSender } from '../sms/sms-sender.js';
import { SmtpMailSender } from './smtp-mail-sender.js';

const NO_MAIL: SmsSender = { name: 'none', send: async () => ({ ok: false, failure: smsFailure('configuration', 'no mail provider') }) };

export function mailSenderFor(settings: MailSettings | undefined, db: Database, pepper: Buffer, clock: Clock): SmsSender {
  const s = settings ?? { provider: 'development', from: '', timeoutMs: 10_000 };
  if (s.provider === 'smtp') return new SmtpMailSender(s.smtpUrl!, s.from, s.timeoutMs);
  if (s.provider === 'development') return new DevelopmentSmsSender(db, new SecretBox(pepper, 'dev-mail'), clock, 'email');
  return NO_MAIL;
}
