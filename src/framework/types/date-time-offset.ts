/**
 * .NET's DateTimeOffset: an instant plus the offset it was observed at. Extends Date (the
 * instant); the writers print the local clock `instant + offset` with the offset.
 */
export class DateTimeOffset extends Date {
  readonly offsetMinutes: number;
  /** 100 ns units below the millisecond, 0–9999. */
  readonly subMsTicks: number;

  constructor(instantMs: number, offsetMinutes = 0, subMsTicks = 0) {
    super(instantMs);
    this.offsetMinutes = offsetMinutes;
    this.subMsTicks = subMsTicks;
  }

  static from(value: Date): DateTimeOffset {
    return value instanceof DateTimeOffset ? value : new DateTimeOffset(value.getTime(), 0);
  }

  /** The local clock at the offset, encoded as if UTC. */
  wallClockMs(): number {
    return this.getTime() + this.offsetMinutes * 60000;
  }

  fractionTicks(): number {
    const t = this.getTime();
    return (t - Math.floor(t / 1000) * 1000) * 10000 + this.subMsTicks;
  }
}
