/**
 * One event for one endpoint, waiting to be posted: pending → sending (leased) → delivered, or back
 * to pending with a later next_attempt_at_ms, or failed once the attempts run out.
 */
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs, int, varchar } from './column-types.js';

export type WebhookEventStatus = 'pending' | 'sending' | 'delivered' | 'failed';

@Entity({ name: 'webhook_event' })
@Index('ux_webhook_event_endpoint', ['eventId', 'endpointId'], { unique: true })
@Index('ix_webhook_event_due', ['status', 'nextAttemptAtMs'])
export class WebhookEventEntity {
  @PrimaryGeneratedColumn({ name: 'id', type: 'int' }) id!: number;
  /** The receiver's de-duplication key: the same for every endpoint and every retry of one event. */
  @Column(varchar('event_id', 36)) eventId!: string;
  @Column(int('endpoint_id')) endpointId!: number;
  @Column(varchar('event_type', 40)) eventType!: string;
  /** The JSON body as posted (no codes, no phone numbers). */
  @Column({ name: 'payload', type: 'text' }) payload!: string;
  @Column(varchar('status', 16)) status!: WebhookEventStatus;
  @Column({ name: 'attempts', type: 'int', default: 0 }) attempts!: number;
  @Column(epochMs('next_attempt_at_ms')) nextAttemptAtMs!: number;
  @Column(epochMs('locked_until_ms', true)) lockedUntilMs!: number | null;
  @Column(int('last_http_status', true)) lastHttpStatus!: number | null;
  @Column(epochMs('created_at_ms')) createdAtMs!: number;
  @Column(epochMs('updated_at_ms')) updatedAtMs!: number;
}
