/**
 * Sends what the outbox holds, each message by its channel's sender (SMS or email: one outbox,
 * one set of leases, retries and exactly-once rules for both). Polls for due messages (and wakes early when told a message was
 * queued), claims each one, sends it, settles it. Retryable failures come back with exponential
 * backoff until the attempts or the OTP's lifetime run out; a timeout is never retried, because
 * the provider may have accepted the message and MessageBird has no idempotency key. State lives
 * only in the database, so a restarted process carries on where the last one stopped.
 */
import type { DispatcherSettings } from '../config.js';
import { backoffMs } from '../domain/backoff.js';
import type { Clock } from '../domain/clock.js';
import type { SecretBox } from '../domain/secret-box.js';
import type { Logger } from '../logger.js';
import type { OutboxChannel, SmsOutboxEntity } from '../persistence/entities/index.js';
import type { OutboxStore, Settlement } from '../persistence/outbox-store.js';
import type { WebhookEvents } from '../webhooks/webhook-events.js';
import type { SmsSender, SmsSendResult } from './sms-sender.js';

const BATCH = 20;

/** The sender of each channel. */
export type ChannelSenders = Readonly<Record<OutboxChannel, SmsSender>>;

export class SmsDispatcher {
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private active: Promise<void> | undefined;
  private wakeRequested = false;
  private stopping = false;

  constructor(
    private readonly outbox: OutboxStore,
    private readonly senders: ChannelSenders,
    private readonly box: SecretBox,
    private readonly clock: Clock,
    private readonly settings: DispatcherSettings,
    private readonly log: Logger,
    private readonly events?: WebhookEvents,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.stopping = false;
    this.schedule(0);
  }

  /** Stops polling and waits for the attempt in flight, so nothing is left half-settled. */
  async stop(): Promise<void> {
    this.running = false;
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.active;
  }

  /** A message was queued: look now rather than at the next poll. */
  wake(): void {
    if (!this.running) return;
    if (this.active) { this.wakeRequested = true; return; }
    this.schedule(0);
  }

  /** One pass over the due messages; resolves when they are all settled. */
  async drain(): Promise<void> {
    await this.outbox.sweep(this.clock.now());
    for (;;) {
      const ids = await this.outbox.due(this.clock.now(), BATCH);
      if (!ids.length) return;
      let claimedAny = false;
      for (const id of ids) {
        const row = await this.outbox.claim(id, this.clock.now(), this.settings.leaseMs);
        if (!row) continue;
        claimedAny = true;
        await this.deliverClaimed(row, 'async');
      }
      // Stopping (SIGTERM): this batch is settled; the rest waits in the outbox for the next process.
      if (!claimedAny || this.stopping) return;
    }
  }

  /**
   * Sends a message this process has claimed and settles it. `sync` callers get the outcome
   * reported to them instead of a later retry: they were told it failed, and a message arriving
   * minutes after that would only confuse. `body`: the plaintext, when the caller still has it;
   * `log`: a sync caller's request log.
   */
  async deliverClaimed(row: SmsOutboxEntity, mode: 'sync' | 'async', body?: string, log: Logger = this.log): Promise<SmsSendResult | { ok: false; expired: true }> {
    const now = this.clock.now();
    if (row.expiresAtMs <= now || (body === undefined && !row.bodySealed)) {
      await this.outbox.settle(row, { kind: 'expired' }, now);
      return { ok: false, expired: true };
    }
    let result: SmsSendResult;
    try {
      result = await this.senders[row.channel].send({
        to: row.recipient, originator: row.originator, body: body ?? this.box.open(row.bodySealed!), reference: row.reference,
        validitySeconds: Math.floor((row.expiresAtMs - now) / 1000),
      });
    } catch (e) {
      // A sender bug, not a provider answer: nothing says the message went out, but nothing says it did not.
      log.error('sms.sender_threw', { outboxId: row.id, channel: row.channel, error: (e as Error).name });
      result = { ok: false, failure: { kind: 'timeout', code: 5001, retryable: false, detail: 'sender error' } };
    }
    const done = this.clock.now();
    const outcome = this.settlementFor(row, result, mode, done);
    await this.outbox.settle(row, outcome, done);
    await this.report(row, outcome);
    log.info('sms.attempt', {
      outboxId: row.id, otpId: row.otpId, channel: row.channel, attempt: row.attempts, outcome: outcome.kind,
      ...(result.ok ? { providerMessageId: result.providerMessageId } : { errorCode: result.failure.code, detail: result.failure.detail }),
    });
    return result;
  }

  /** The settlement as the tenant's callbacks see it: accepted (perhaps delivered at once) or given up. */
  private async report(row: SmsOutboxEntity, outcome: Settlement): Promise<void> {
    const subject = { id: row.otpId, reference: row.reference };
    if (outcome.kind === 'sent') {
      await this.events?.emit('message.sent', subject, { providerMessageId: outcome.providerMessageId });
      if (outcome.delivered) await this.events?.emit('message.delivered', subject, { providerMessageId: outcome.providerMessageId });
    } else if (outcome.kind === 'failed') {
      await this.events?.emit('message.undeliverable', subject, { errorCode: outcome.failure.code });
    }
  }

  private settlementFor(row: SmsOutboxEntity, result: SmsSendResult, mode: 'sync' | 'async', now: number): Settlement {
    if (result.ok) return { kind: 'sent', providerMessageId: result.providerMessageId, delivered: result.delivered };
    const failure = result.failure;
    if (failure.kind === 'timeout') return { kind: 'unconfirmed', failure };
    if (mode === 'async' && failure.retryable && row.attempts < this.settings.maxAttempts) {
      const next = now + backoffMs(row.attempts, this.settings.backoffMs, this.settings.maxBackoffMs);
      if (next < row.expiresAtMs) return { kind: 'retry', failure, nextAttemptAtMs: next };
    }
    return { kind: 'failed', failure };
  }

  private schedule(delay: number): void {
    if (!this.running) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.tick(), delay);
    this.timer.unref?.();
  }

  private tick(): void {
    this.timer = undefined;
    if (!this.running || this.active) return;
    this.active = this.drain()
      .catch((e: unknown) => { this.log.error('sms.dispatch_failed', { error: (e as Error).name, message: (e as Error).message }); })
      .finally(() => {
        this.active = undefined;
        const again = this.wakeRequested;
        this.wakeRequested = false;
        this.schedule(again ? 0 : this.settings.pollMs);
      });
  }
}
