/**
 * MessageBird through its official SDK (messagebird@4, callback API, hard-coded host). Each call
 * builds fresh parameters (`messages.create` mutates them), and the answer is checked, not
 * trusted: the SDK reports an HTTP 5xx without an `errors` array as success, so only a response
 * carrying a message id counts as accepted.
 */
import { initClient, type Message, type MessageBird, type MessageParameters } from 'messagebird';
import { smsFailure, type SmsFailure, type SmsMessage, type SmsSender, type SmsSendResult } from './sms-sender.js';

interface SdkError extends Error {
  statusCode?: number;
  errors?: { code?: number; description?: string; parameter?: string }[];
  error?: { code?: string };
}

/** MessageBird REST error codes (developers.messagebird.com, "Errors"). */
const MB_AUTH = 2;
const MB_NO_RECIPIENTS = 9;
const MB_INVALID_PARAMETER = 10;
const MB_NO_BALANCE = 25;

export class MessageBirdSmsSender implements SmsSender {
  readonly name = 'messagebird';
  private readonly client: MessageBird;

  /** `reportUrl`: where MessageBird posts this message's status reports (delivery-report-endpoint.ts). */
  constructor(accessKey: string, private readonly timeoutMs = 10_000, private readonly reportUrl?: string) {
    this.client = initClient(accessKey, timeoutMs);
  }

  async send(message: SmsMessage): Promise<SmsSendResult> {
    const params: MessageParameters = {
      originator: message.originator,
      recipients: [message.to],
      body: message.body,
      reference: message.reference,
      validity: Math.max(1, Math.floor(message.validitySeconds)),
      datacoding: 'auto',
      ...(this.reportUrl ? { reportUrl: this.reportUrl } : {}),
    };
    let res: Message | null;
    try {
      res = await this.create(params);
    } catch (e) {
      return { ok: false, failure: classify(e as SdkError) };
    }
    const id = (res as Partial<Message> | null)?.id;
    if (typeof id !== 'string' || id === '') return { ok: false, failure: smsFailure('unavailable', 'answer without a message id') };
    const delivered = (res!.recipients?.totalDeliveredCount ?? 0) > 0;
    return { ok: true, providerMessageId: id.slice(0, 64), delivered };
  }

  private create(params: MessageParameters): Promise<Message | null> {
    return new Promise((resolve, reject) => {
      // The SDK has its own socket timeout; this guard covers a callback that never comes.
      const guard = setTimeout(() => reject(Object.assign(new Error('request failed: no callback'), { error: { code: 'ETIMEDOUT' } })), this.timeoutMs + 2000);
      this.client.messages.create(params, (err, res) => {
        clearTimeout(guard);
        if (err) reject(err); else resolve(res);
      });
    });
  }
}

export function classify(e: SdkError): SmsFailure {
  const status = e.statusCode;
  if (Array.isArray(e.errors) && e.errors.length) {
    const codes = e.errors.map((x) => `${x.code ?? '?'}${x.parameter ? `/${x.parameter}` : ''}`).join(',');
    const detail = `HTTP ${status ?? '?'} errors ${codes}`;
    const has = (pred: (x: NonNullable<SdkError['errors']>[number]) => boolean): boolean => e.errors!.some(pred);
    if (status === 401 || status === 403 || has((x) => x.code === MB_AUTH || x.code === MB_NO_BALANCE || x.parameter === 'originator')) return smsFailure('configuration', detail);
    if (has((x) => (x.code === MB_NO_RECIPIENTS || x.code === MB_INVALID_PARAMETER) && x.parameter === 'recipients')) return smsFailure('rejected-recipient', detail);
    if (status !== undefined && (status >= 500 || status === 429)) return smsFailure('unavailable', detail);
    return smsFailure('rejected', detail);
  }
  if (e.message === 'response failed') return smsFailure('unavailable', `HTTP ${status ?? '?'} unreadable answer`);
  const cause = e.error?.code;
  // Refused or unresolvable before a byte was sent: the message certainly did not go out.
  if (cause === 'ECONNREFUSED' || cause === 'ENOTFOUND' || cause === 'EAI_AGAIN' || cause === 'EHOSTUNREACH' || cause === 'ENETUNREACH') {
    return smsFailure('unavailable', `connection failed (${cause})`);
  }
  return smsFailure('timeout', `no answer (${cause ?? e.message.slice(0, 60)})`);
}
