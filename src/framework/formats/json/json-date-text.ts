/**
 * The date, time-span and binary spellings of the three JSON dialects (writing side). Each
 * function returns the complete JSON literal, quotes included; none of these texts ever needs
 * escaping.
 */
import { DateTime, MIN_MS, fractionDigits, isoDateTime } from '../../types/date-time.js';
import { DateTimeOffset } from '../../types/date-time-offset.js';
import type { DotNetRuntime } from '../../types/number-format.js';
import { TimeSpan } from '../../types/time-span.js';
import { formatOffset, offsetMinutesAt } from '../../types/time-zone.js';

/**
 * .NET's `(long)TimeSpan.TotalMilliseconds` of (ticks since 1970): the tick count goes through
 * a double, so huge values round (DateTime.MaxValue gives …800000, not …799999). .NET Framework
 * multiplies by 0.0001, .NET Core divides by 10,000.
 */
export function unixMs(instantMs: number, subMsTicks: number, runtime: DotNetRuntime): number {
  const ticks = subMsTicks === 0 ? instantMs * 10000 : Number(BigInt(instantMs) * 10000n + BigInt(subMsTicks));
  const ms = Math.trunc(runtime === 'framework' ? ticks * 0.0001 : ticks / 10000);
  return ms === 0 ? 0 : ms;
}

const kindOf = (v: Date): DateTime['kind'] => (v instanceof DateTime ? v.kind : 'Utc');
const subOf = (v: Date): number => (v instanceof DateTime || v instanceof DateTimeOffset ? v.subMsTicks : 0);
const ticksBelowSecond = (v: Date): number => {
  const t = v.getTime();
  return (t - Math.floor(t / 1000) * 1000) * 10000 + subOf(v);
};

/** ServiceStack.Text DateTime: `"\/Date(ms)\/"` (Utc), `…-0000` (Unspecified), `…±hhmm` (Local, server offset). */
export function wcfDateTime(v: Date, runtime: DotNetRuntime, tz: string | undefined): string {
  const t = v.getTime();
  const kind = kindOf(v);
  if (kind === 'Utc') return `"\\/Date(${unixMs(t, subOf(v), runtime)})\\/"`;
  // DateTime.MinValue is never shifted by the local offset (.NET clamps it).
  const ms = t === MIN_MS ? MIN_MS : unixMs(t, subOf(v), runtime);
  const suffix = kind === 'Unspecified' ? '-0000' : formatOffset(offsetMinutesAt(t, tz), false);
  return `"\\/Date(${ms}${suffix})\\/"`;
}

/**
 * ServiceStack.Text DateTimeOffset. `legacy` (≤ v6.10) writes the offset's local clock read as
 * UTC, `v6.11` the UTC instant; offset 0 has no suffix in both.
 */
export function wcfDateTimeOffset(v: Date, mode: 'legacy' | 'v6.11', runtime: DotNetRuntime): string {
  const off = v instanceof DateTimeOffset ? v.offsetMinutes : 0;
  const base = mode === 'legacy' ? v.getTime() + off * 60000 : v.getTime();
  const ms = unixMs(base, subOf(v), runtime);
  return off === 0 ? `"\\/Date(${ms})\\/"` : `"\\/Date(${ms}${formatOffset(off, false)})\\/"`;
}

/** Json.NET (RoundtripKind): wall clock, trimmed 7-digit fraction, then Z / nothing / server offset by Kind. */
export function isoDateTimeNet(v: Date, tz: string | undefined): string {
  const kind = kindOf(v);
  const t = v.getTime();
  const frac = ticksBelowSecond(v);
  const dot = frac === 0 ? '' : '.' + fractionDigits(frac, true);
  if (kind === 'Utc') return `"${isoDateTime(t)}${dot}Z"`;
  if (kind === 'Unspecified') {
    const wall = v instanceof DateTime ? v.wallClockMs(tz) : t;
    return `"${isoDateTime(wall)}${dot}"`;
  }
  const off = offsetMinutesAt(t, tz);
  return `"${isoDateTime(t + off * 60000)}${dot}${formatOffset(off)}"`;
}

/** Json.NET DateTimeOffset: its own clock, trimmed fraction, always `±hh:mm`. */
export function isoDateTimeOffsetNet(v: Date): string {
  const off = v instanceof DateTimeOffset ? v.offsetMinutes : 0;
  const frac = ticksBelowSecond(v);
  return `"${isoDateTime(v.getTime() + off * 60000)}${frac === 0 ? '' : '.' + fractionDigits(frac, true)}${formatOffset(off)}"`;
}

/** protojson fraction: the smallest of 0, 3, 6 or 9 digits that holds the nanoseconds. */
function nanoDigits(nanos: number): string {
  if (nanos === 0) return '';
  const s = String(nanos).padStart(9, '0');
  if (nanos % 1000000 === 0) return '.' + s.slice(0, 3);
  if (nanos % 1000 === 0) return '.' + s.slice(0, 6);
  return '.' + s;
}

/** google.protobuf.Timestamp: RFC 3339 in UTC, `Z`, 0/3/6/9 fraction digits. */
export function rfc3339Utc(v: Date): string {
  return `"${isoDateTime(v.getTime())}${nanoDigits(ticksBelowSecond(v) * 100)}Z"`;
}

/** google.protobuf.Duration: seconds, 0/3/6/9 fraction digits, `s`. */
export function protoDuration(v: TimeSpan): string {
  const neg = v.ticks < 0n;
  const abs = neg ? -v.ticks : v.ticks;
  return `"${neg ? '-' : ''}${abs / 10_000_000n}${nanoDigits(Number(abs % 10_000_000n) * 100)}s"`;
}

/** Writers accept a TimeSpan or a number of milliseconds. */
export function toTimeSpan(v: unknown): TimeSpan {
  if (v instanceof TimeSpan) return v;
  if (typeof v === 'number') return TimeSpan.fromMilliseconds(v);
  if (typeof v === 'bigint') return new TimeSpan(v);
  throw new TypeError(`Expected a TimeSpan, got ${typeof v}`);
}

/** Standard padded Base64 of a Buffer, Uint8Array or array of byte values. */
export function base64(v: unknown): string {
  if (v instanceof Uint8Array) return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
  if (Array.isArray(v)) return Buffer.from(v as number[]).toString('base64');
  throw new TypeError('Expected a Buffer or Uint8Array for byte[]');
}
