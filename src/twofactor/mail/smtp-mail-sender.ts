/**
 * Email through nodemailer over SMTP (`SMTP_URL`, from `MAIL_FROM`), behind the same seam as SMS
 * (sms-sender.ts), so the outbox's retry rules decide. SMTP says exactly when a message was
 * accepted — the reply to the end of DATA — so the classification follows the conversation:
 *  - no connection, or a refusal before the mail transaction (`CONN`): certainly not sent, retried;
 *  - any 4xx reply: the server did not take the message ("try again later"), retried;
 *  - a 5xx reply: refused for good (to a recipient: the address; to AUTH: the credentials);
 *  - anything else (the connection broke or went silent mid-conversation): the server may have
 *    accepted the message, so it counts as a timeout — unconfirmed, never resent.
 */
import { createTransport, type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { smsFailure, type SmsFailure, type SmsMessage, type SmsSender, type SmsSendResult } from '../sms/sms-sender.js';

export const MAIL_SUBJECT = 'Your verification code';

interface SmtpError extends Error {
  code?: string;
  command?: string;
  responseCode?: number;
}

export class SmtpMailSender implements SmsSender {
  readonly name = 'smtp';
  private readonly transport: Transporter;

  constructor(smtpUrl: string, private readonly from: string, timeoutMs = 10_000) {
    const options: SMTPTransport.Options & { url: string } = { url: smtpUrl, connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs };
    this.transport = createTransport(options);
  }

  async send(message: SmsMessage): Promise<SmsSendResult> {
    try {
      const info = await this.transport.sendMail({
        from: this.from, to: message.to, subject: MAIL_SUBJECT, text: message.body,
        // Echoed by bounces and visible to the receiving system: the OTP reference, never the code.
        headers: { 'X-Stackport-Reference': message.reference },
      }) as { messageId?: string };
      return { ok: true, providerMessageId: (info.messageId ?? message.reference).slice(0, 64), delivered: false };
    } catch (e) {
      return { ok: false, failure: classifySmtp(e as SmtpError) };
    }
  }

  close(): void {
    this.transport.close();
  }
}

export function classifySmtp(e: SmtpError): SmsFailure {
  const status = e.responseCode;
  const detail = `SMTP ${e.command ?? '-'} ${status ?? e.code ?? 'error'}`;
  if (status !== undefined && status >= 400 && status < 500) return smsFailure('unavailable', detail);
  if (status !== undefined && status >= 500) {
    if (e.code === 'EAUTH' || /^AUTH/i.test(e.command ?? '')) return smsFailure('configuration', detail);
    return smsFailure(/^RCPT/i.test(e.command ?? '') ? 'rejected-recipient' : 'rejected', detail);
  }
  if (e.code === 'EAUTH') return smsFailure('configuration', detail);
  if (e.command === 'CONN') return smsFailure('unavailable', detail);
  return smsFailure('timeout', detail);
}
