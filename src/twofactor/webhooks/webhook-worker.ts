/**
 * Posts what the webhook queue holds, in the background: polls (and wakes early when an event is
 * queued), claims each due event, signs and posts it, settles it. A receiver that is down or
 * answers non-2xx gets the event again with exponential back-off until the attempts run out;
 * nothing waits for a receiver on a request's path. Each pass also reports OTPs that expired
 * unused. State lives only in the database, so a restarted process carries on.
 */
import type { WebhookSettings } from '../config.js';
import { backoffMs } from '../domain/backoff.js';
import type { Clock } from '../domain/clock.js';
import type { SecretBox } from '../domain/secret-box.js';
import type { Logger } from '../logger.js';
import { stateOf } from '../services/otp-verifier.js';
import type { ClaimedEvent, EventSettlement, WebhookStore } from '../persistence/webhook-store.js';
import type { WebhookEvents } from './webhook-events.js';
import { postEvent, type PostResult } from './webhook-poster.js';

const BATCH = 10;
const EXPIRY_BATCH = 200;

export class WebhookWorker {
  private timer: NodeJS.Timeout | undefined;
  private active: Promise<void> | undefined;
  private running = false;
  private again = false;

  constructor(private readonly store: WebhookStore, private readonly events: WebhookEvents, private readonly secrets: SecretBox,
    private readonly clock: Clock, private readonly settings: WebhookSettings, private readonly log: Logger) {
    events.onQueued = () => this.wake();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  /** Stops polling and waits for the posts in flight (bounded by the post timeout). */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await this.active;
  }

  wake(): void {
    if (this.active) this.again = true; else if (this.running) this.schedule(0);
  }

  /** One pass: report expirations, then post every due event; resolves when they are settled. */
  async drain(): Promise<void> {
    // Every OTP is looked at once after it expires, in batches until none is left, so a backlog cannot grow.
    for (let more = true; more;) {
      more = await this.store.transaction(async (m) => {
        const taken = await this.store.takeExpired(m, this.clock.now(), EXPIRY_BATCH);
        // Used, superseded and canceled OTPs did not expire; exhausted ones were reported as such.
        for (const otp of taken) {
          if (stateOf(otp, this.clock.now()) === 'expired' && otp.attempts < otp.maxAttempts) await this.events.emit('verification.expired', otp, {}, 0, m);
        }
        return taken.length === EXPIRY_BATCH && this.running;
      });
    }
    for (;;) {
      const ids = await this.store.due(this.clock.now(), BATCH);
      const claimed = (await Promise.all(ids.map((id) => this.store.claim(id, this.clock.now(), this.settings.leaseMs)))).filter((e) => e !== undefined);
      if (!claimed.length) return;
      await Promise.all(claimed.map((e) => this.post(e)));
      if (!this.running) return;
    }
  }

  private async post(event: ClaimedEvent): Promise<void> {
    let result: PostResult;
    try {
      result = await postEvent(event.url, this.secrets.open(event.secretSealed), event.eventId, event.payload, Math.floor(this.clock.now() / 1000),
        { timeoutMs: this.settings.timeoutMs, allowPrivate: this.settings.allowPrivateNetworks });
    } catch (e) {
      result = { ok: false, status: null, reason: (e as Error).name };
    }
    const now = this.clock.now();
    const outcome: EventSettlement = result.ok ? { kind: 'delivered', httpStatus: result.status }
      : event.attempts >= this.settings.maxAttempts ? { kind: 'failed', httpStatus: result.status }
        : { kind: 'retry', httpStatus: result.status, nextAttemptAtMs: now + backoffMs(event.attempts, this.settings.backoffMs, this.settings.maxBackoffMs) };
    await this.store.settle(event, outcome, now);
    this.log.info('webhook.attempt', { eventId: event.eventId, type: event.type, attempt: event.attempts, outcome: outcome.kind, ...(result.ok ? {} : { reason: result.reason }) });
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.tick(), delay);
    this.timer.unref?.();
  }

  private tick(): void {
    if (!this.running || this.active) return;
    this.active = this.drain()
      .catch((e: unknown) => { this.log.error('webhook.dispatch_failed', { error: (e as Error).name, message: (e as Error).message }); })
      .finally(() => {
        this.active = undefined;
        const again = this.again;
        this.again = false;
        if (this.running) this.schedule(again ? 0 : this.settings.pollMs);
      });
  }
}
