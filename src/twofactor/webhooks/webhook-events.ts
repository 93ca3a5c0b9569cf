/**
 * What happened to a verification or its message, as an event for the tenant's webhooks. Queuing
 * never fails the request or the send it reports on: a database error is logged and the caller
 * carries on. Event ids are derived from the OTP, the event type and the occurrence, so reporting
 * the same occurrence twice queues it once (webhook-store.ts).
 */
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Clock } from '../domain/clock.js';
import type { Logger } from '../logger.js';
import type { WebhookStore } from '../persistence/webhook-store.js';

export type WebhookEventType =
  | 'verification.created' | 'verification.approved' | 'verification.failed_attempt' | 'verification.max_attempts_reached'
  | 'verification.expired' | 'verification.canceled' | 'message.sent' | 'message.delivered' | 'message.undeliverable';

/** The OTP an event is about: its row id (to find the tenant) and its public reference. */
export interface EventSubject {
  readonly id: number;
  readonly reference: string;
}

export class WebhookEvents {
  /** Set by the worker: a new event is waiting. */
  onQueued: () => void = () => undefined;

  constructor(private readonly store: WebhookStore, private readonly clock: Clock, private readonly log: Logger) {}

  /** `occurrence` tells repeatable events apart (the attempt number of a failed attempt). */
  async emit(type: WebhookEventType, otp: EventSubject, data: Record<string, unknown> = {}, occurrence = 0, m?: EntityManager): Promise<void> {
    const now = this.clock.now();
    const eventId = eventIdOf(otp.reference, type, occurrence);
    const payload = JSON.stringify({ id: eventId, type, created: new Date(now).toISOString(), data: { otpIdReference: otp.reference, ...data } });
    try {
      if (await this.store.enqueue(otp.id, { eventId, type, payload }, now, m)) this.onQueued();
    } catch (e) {
      if (m) throw e;
      this.log.error('webhook.enqueue_failed', { otpId: otp.id, type, error: (e as Error).name });
    }
  }
}

/** A UUID-shaped digest, so receivers can store it where they store ids. */
function eventIdOf(reference: string, type: string, occurrence: number): string {
  const h = createHash('sha256').update(`${reference}|${type}|${occurrence}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
