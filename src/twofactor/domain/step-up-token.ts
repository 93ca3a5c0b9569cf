/**
 * Step-up tokens: proof that the caller passed a second-factor check a moment ago, for changes
 * that would otherwise need only the bearer token. Stateless: `<expiry, base 36 ms>.<HMAC>`, the
 * HMAC (key derived from the pepper, never stored) over tenant, user, expiry and the sequence of
 * the user's latest factor change — so a token is good for its user and tenant only, until it
 * expires or the user's factors change, whichever comes first.
 */
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/** The request and response header that carries it. */
export const STEP_UP_HEADER = 'X-Step-Up-Token';

/** Long enough to make the change that follows the check, short enough to be worthless later. */
export const STEP_UP_TTL_MS = 5 * 60_000;

const SHAPE = /^([0-9a-z]{1,12})\.([A-Za-z0-9_-]{43})$/;

export interface StepUpSubject {
  readonly tenantId: string;
  readonly userId: string;
  /** The sequence of the user's latest factor change. */
  readonly lastChange: number;
}

export class StepUpTokens {
  private readonly key: Buffer;

  constructor(pepper: Buffer, private readonly ttlMs: number) {
    this.key = Buffer.from(hkdfSync('sha256', pepper, Buffer.alloc(0), 'stackport/step-up', 32));
  }

  issue(s: StepUpSubject, now: number): string {
    const expires = now + this.ttlMs;
    return `${expires.toString(36)}.${this.mac(s, expires).toString('base64url')}`;
  }

  /** Whether `token` was issued for this subject and has not expired; anything malformed is not. */
  valid(token: string | undefined, s: StepUpSubject, now: number): boolean {
    const m = SHAPE.exec(token?.trim() ?? '');
    if (!m) return false;
    const expires = parseInt(m[1]!, 36);
    const given = Buffer.from(m[2]!, 'base64url');
    return expires > now && expires <= now + this.ttlMs && timingSafeEqual(given, this.mac(s, expires));
  }

  private mac(s: StepUpSubject, expires: number): Buffer {
    return createHmac('sha256', this.key).update(JSON.stringify([s.tenantId, s.userId, s.lastChange, expires])).digest();
  }
}
