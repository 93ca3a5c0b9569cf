/**
 * Per-type facts the JSV reader and writer share: .NET default values (written for unset value
 * type members, read for empty list slots) and parsing a scalar from its unquoted text.
 */
import { enumNumber } from '../../dto/enum-meta.js';
import { DateTime } from '../../types/date-time.js';
import { DateTimeOffset } from '../../types/date-time-offset.js';
import { TimeSpan } from '../../types/time-span.js';
import type { TypeRef } from '../../types/type-ref.js';
import { minDateTimeOffset, parseDateTime, parseDateTimeOffset } from './jsv-dates.js';
import { readEnum } from './jsv-enums.js';
import { isIntName, parseDecimal, parseFloating, parseInteger } from './jsv-numbers.js';
import { parseBool, parseBytes, parseTimeSpan, readGuid } from './jsv-scalars.js';

/** What scalar parsing needs from the options. */
export interface ScalarSettings {
  tz: string | undefined;
  /** snake_case text case: enum names and member keys also match with `_`/`-` removed. */
  lenient: boolean;
  dateHandler: 'UnixTime' | 'UnixTimeMs' | undefined;
  /** CodecOptions.localDateTimes. */
  localDates?: boolean;
}

/** .NET's default(T): null for reference types and Nullable<T>. */
export { defaultValue as defaultValueOf } from '../../types/default-value.js';

/** True when `v` equals default(T) the way .NET's Equals sees it (DateTime ignores Kind). */
export function isDefaultValue(v: unknown, t: TypeRef): boolean {
  if (v === null || v === undefined) return true;
  if (t.kind === 'enum') return enumNumber(t.meta, v) === 0;
  if (t.kind !== 'primitive') return false;
  switch (t.name) {
    case 'bool': return v === false;
    case 'char': return v === '\0' || v === 0;
    case 'decimal': return Number(v) === 0;
    case 'DateTime': return v instanceof Date && v.getTime() === DateTime.minValue.getTime() && !((v as DateTime).subMsTicks > 0);
    case 'DateTimeOffset': return v instanceof Date && v.getTime() === minDateTimeOffset().getTime() && !((v as DateTimeOffset).subMsTicks > 0);
    case 'TimeSpan': return v instanceof TimeSpan ? v.ticks === 0n : v === 0;
    case 'Guid': return typeof v === 'string' && /^[0-]*$/.test(v.replace(/[{}()]/g, ''));
    case 'string': case 'byte[]': case 'object': return false;
    default: return v === 0 || v === 0n;
  }
}

/** Parses unquoted scalar text as `t`; undefined when .NET would reject it. */
export function parseScalarText(t: TypeRef, text: string, o: ScalarSettings): unknown {
  if (t.kind === 'enum') return readEnum(text, t.meta, o.lenient);
  if (t.kind !== 'primitive') return undefined;
  const name = t.name;
  if (isIntName(name)) {
    const v = parseInteger(text, 0, text.length, name);
    return typeof v === 'string' ? undefined : v;
  }
  switch (name) {
    case 'string': case 'object': return text;
    case 'bool': return parseBool(text);
    case 'float': return parseFloating(text, true);
    case 'double': return parseFloating(text, false);
    case 'decimal': return parseDecimal(text);
    case 'DateTime': return parseDateTime(text, o.tz, o.dateHandler, o.localDates);
    case 'DateTimeOffset': return parseDateTimeOffset(text);
    case 'TimeSpan': return parseTimeSpan(text);
    case 'Guid': return readGuid(text);
    case 'byte[]': return parseBytes(text);
    case 'char': return text.length === 0 ? '\0' : text[0];
    default: return undefined;
  }
}

/** The value an empty raw token gives a non-nullable `t` (a fresh one), or undefined if that is an error. */
export function emptyValueOf(t: TypeRef): unknown {
  if (t.kind !== 'primitive') return t.kind === 'enum' ? undefined : null;
  switch (t.name) {
    case 'string': case 'byte[]': return null;
    case 'object': return '';
    case 'bool': return false;
    case 'char': return '\0';
    case 'DateTime': return DateTime.minValue;
    case 'DateTimeOffset': return minDateTimeOffset();
    default: return undefined;
  }
}
