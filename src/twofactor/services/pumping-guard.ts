/**
 * The SMS-pumping defence, beyond the per-user and per-number windows of otp-issue.ts. First the
 * conversion guard: when the share of verified codes the configuration sent to the destination
 * prefix within its window falls below the threshold (over at least the minimum sample), the prefix
 * is held for a window and the tenant is told (`onPrefixHeld`, once per hold). Then the send is
 * counted against the configuration's limits per client IP, per tenant and per destination prefix
 * (each 0 = off); a full one refuses it with the time until its window has room, and gives back
 * what the scopes before it counted. The issuer refunds the counts when no OTP is written after all.
 */
import { destinationPrefix } from '../domain/phone-number.js';
import type { TwoFactorConfigurationEntity } from '../persistence/entities/index.js';
import type { PrefixHoldStore } from '../persistence/prefix-hold-store.js';
import type { SendCounterStore, SendLimitScope } from '../persistence/send-counter-store.js';

export type PumpingScope = 'ip' | 'tenant' | 'prefix' | 'conversion';

/** The tenant's notice that a prefix is held (for status callbacks; see app.ts). */
export interface PrefixHeldEvent {
  readonly type: 'sms.prefix_held';
  readonly tenantId: string | null;
  readonly configurationId: number;
  readonly prefix: string;
  readonly sent: number;
  readonly verified: number;
  readonly heldUntilMs: number;
}

export type PumpingVerdict = { ok: true; counted: readonly string[] } | { ok: false; scope: PumpingScope; retryAfterSeconds: number };

export interface PumpingGuardDeps {
  counters: SendCounterStore;
  holds: PrefixHoldStore;
  onPrefixHeld: (event: PrefixHeldEvent) => void;
}

/** The scope a configuration's shared counters live in: its tenant, or the operator's rows. */
const tenantKey = (c: TwoFactorConfigurationEntity): string => c.tenant ?? '*';

export class PumpingGuard {
  constructor(private readonly d: PumpingGuardDeps) {}

  async admit(c: TwoFactorConfigurationEntity, e164: string, clientIp: string | undefined, now: number): Promise<PumpingVerdict> {
    const prefix = destinationPrefix(e164, c.prefixDigits);
    const windowMs = c.sendWindowSeconds * 1000;
    const scopes: [PumpingScope, SendLimitScope][] = [
      ['ip', { key: `ip:${tenantKey(c)}:${clientIp ?? 'unknown'}`, limit: c.ipSendLimit, windowMs }],
      ['tenant', { key: `tenant:${tenantKey(c)}`, limit: c.tenantSendLimit, windowMs }],
      ['prefix', { key: `prefix:${tenantKey(c)}:${prefix}`, limit: c.prefixSendLimit, windowMs }],
    ];
    // A held prefix answers "held" whatever the counters say: that is what the tenant was told.
    const heldUntil = c.minConversionPercent > 0 ? await this.conversionHold(c, prefix, now) : undefined;
    if (heldUntil !== undefined) return { ok: false, scope: 'conversion', retryAfterSeconds: Math.max(1, Math.ceil((heldUntil - now) / 1000)) };
    const counted: string[] = [];
    for (const [scope, s] of scopes) {
      if (s.limit <= 0) continue;
      const claim = await this.d.counters.claim(s, now);
      if (claim !== true) {
        await this.refund(counted);
        return { ok: false, scope, retryAfterSeconds: Math.ceil(claim / 1000) };
      }
      counted.push(s.key);
    }
    return { ok: true, counted };
  }

  async refund(keys: readonly string[]): Promise<void> {
    for (const key of keys) await this.d.counters.refund(key);
  }

  /** When the prefix's hold ends, if it is held or falls below the threshold now. */
  private async conversionHold(c: TwoFactorConfigurationEntity, prefix: string, now: number): Promise<number | undefined> {
    const held = await this.d.holds.heldUntil(c.id, prefix, now);
    if (held !== undefined) return held;
    const windowMs = c.conversionWindowSeconds * 1000;
    const { sent, verified } = await this.d.holds.stats(c.id, prefix, now - windowMs);
    if (sent < c.conversionMinSample || verified * 100 >= c.minConversionPercent * sent) return undefined;
    const until = now + windowMs;
    if (await this.d.holds.hold(c.id, prefix, until, now)) {
      this.d.onPrefixHeld({ type: 'sms.prefix_held', tenantId: c.tenant, configurationId: c.id, prefix, sent, verified, heldUntilMs: until });
    }
    return until;
  }
}
