/**
 * .NET's DateTime: an instant plus a Kind, with 100 ns ticks. Extends Date (the instant), so
 * services can treat it as a Date; the extra fields keep what the wire formats need to write
 * the value back exactly: the Kind (Utc → "Z", Local → server offset, Unspecified → nothing or
 * the server offset, by format) and the sub-millisecond ticks (.NET has 7 fraction digits).
 * A plain `Date` given to a writer is treated as Kind=Utc.
 */
import { offsetMinutesAt, wallClockToUtc } from './time-zone.js';

export type DateTimeKind = 'Utc' | 'Local' | 'Unspecified';

export class DateTime extends Date {
  /** 100 ns units below the millisecond, 0–9999. */
  readonly subMsTicks: number;
  readonly kind: DateTimeKind;

  /** `instantMs` is milliseconds since the Unix epoch of the instant (as `Date`). */
  constructor(instantMs: number, kind: DateTimeKind = 'Utc', subMsTicks = 0) {
    super(instantMs);
    this.kind = kind;
    this.subMsTicks = subMsTicks;
  }

  static utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0, subMsTicks = 0): DateTime {
    const d = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, ms));
    d.setUTCFullYear(year);
    return new DateTime(d.getTime(), 'Utc', subMsTicks);
  }

  /** A Local or Unspecified value from its wall clock (encoded as if UTC) in zone `tz`. */
  static fromWallClock(wallMs: number, kind: DateTimeKind, subMsTicks = 0, tz?: string): DateTime {
    return new DateTime(kind === 'Utc' ? wallMs : wallClockToUtc(wallMs, tz), kind, subMsTicks);
  }

  static from(value: Date, kind: DateTimeKind = 'Utc'): DateTime {
    return value instanceof DateTime ? value : new DateTime(value.getTime(), kind);
  }

  /** `DateTime.MinValue` (0001-01-01T00:00:00, Unspecified). */
  static get minValue(): DateTime {
    return new DateTime(MIN_MS, 'Unspecified');
  }

  /** The wall clock (encoded as if UTC) this value shows: UTC for Utc, the zone's clock otherwise. */
  wallClockMs(tz?: string): number {
    const t = this.getTime();
    if (this.kind === 'Utc' || t === MIN_MS) return t;
    return t + offsetMinutesAt(t, tz) * 60000;
  }

  /** Ticks below the second (0–9,999,999): milliseconds × 10,000 + subMsTicks. */
  fractionTicks(): number {
    const t = this.getTime();
    return (t - Math.floor(t / 1000) * 1000) * 10000 + this.subMsTicks;
  }
}

/**
 * ServiceStack 5's DateTimeSerializer on reading: a time given in UTC or with an offset, and a date
 * without a time, become the server's Local time (to the millisecond, as it keeps them); a time
 * without a zone stays Unspecified.
 */
export function asServerLocal(d: DateTime, dateOnly: boolean): DateTime {
  const local = d.kind !== 'Unspecified' || (dateOnly && d.getTime() !== MIN_MS);
  return local ? new DateTime(d.getTime(), 'Local') : d;
}

/** 0001-01-01T00:00:00Z in Unix milliseconds. */
export const MIN_MS = -62135596800000;

/** Digits of a tick fraction (0–9,999,999): all 7, or trimmed of trailing zeros ('' for 0). */
export function fractionDigits(ticks: number, trim: boolean): string {
  const s = String(ticks).padStart(7, '0');
  return trim ? s.replace(/0+$/, '') : s;
}

/** `yyyy-MM-ddTHH:mm:ss` of a wall clock encoded as if UTC. */
export function isoDateTime(wallMs: number): string {
  const d = new Date(wallMs);
  const y = d.getUTCFullYear();
  const p2 = (n: number): string => String(n).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}T${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
}
