/** Time as epoch milliseconds, injected everywhere so expiry and throttling are testable. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that only moves when told to (tests). */
export class ManualClock implements Clock {
  constructor(private current = Date.now()) {}
  now(): number { return this.current; }
  advance(ms: number): void { this.current += ms; }
  set(ms: number): void { this.current = ms; }
}
