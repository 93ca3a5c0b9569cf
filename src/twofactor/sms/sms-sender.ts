/**
 * The one seam between OTPs and whoever carries the SMS. Senders never throw for provider
 * trouble: they return a classified failure, and the classification — not the provider's
 * wording — decides retries and the response code the caller sees.
 */
export interface SmsMessage {
  /** E.164. */
  readonly to: string;
  readonly originator: string;
  readonly body: string;
  /** The OTP reference, echoed in provider delivery reports. */
  readonly reference: string;
  /** Seconds the network may keep trying; after that an undelivered SMS is dropped. */
  readonly validitySeconds: number;
}

export type SmsFailureKind =
  /** The provider refused the message for a reason that will not change (5000). */
  | 'rejected'
  /** No answer in time or the connection broke mid-request: the SMS may still go out (5001). */
  | 'timeout'
  /** The provider refused the recipient (5002). */
  | 'rejected-recipient'
  /** Credentials, balance or originator: an operator must act (5003). */
  | 'configuration'
  /** The provider failed before accepting the message: 5xx, unreadable answer, no message id, unreachable (5004). */
  | 'unavailable';

export interface SmsFailure {
  readonly kind: SmsFailureKind;
  /** The stable response code for this kind (CreateTwoFactorSmsOtpResponseCode 500x). */
  readonly code: number;
  /** Sending again cannot deliver twice: the provider certainly did not accept this message. */
  readonly retryable: boolean;
  /** Safe for logs and the database: status codes and provider error codes, never message content. */
  readonly detail: string;
}

export type SmsSendResult =
  | { readonly ok: true; readonly providerMessageId: string; readonly delivered: boolean }
  | { readonly ok: false; readonly failure: SmsFailure };

export interface SmsSender {
  readonly name: string;
  send(message: SmsMessage): Promise<SmsSendResult>;
}

const CODES: Record<SmsFailureKind, number> = { rejected: 5000, timeout: 5001, 'rejected-recipient': 5002, configuration: 5003, unavailable: 5004 };
// A timeout is never retried (the message may have been accepted); a refused recipient never will be.
const RETRYABLE: Record<SmsFailureKind, boolean> = { rejected: false, timeout: false, 'rejected-recipient': false, configuration: true, unavailable: true };

export function smsFailure(kind: SmsFailureKind, detail: string): SmsFailure {
  return { kind, code: CODES[kind], retryable: RETRYABLE[kind], detail: detail.slice(0, 200) };
}
