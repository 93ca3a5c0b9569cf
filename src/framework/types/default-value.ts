/**
 * .NET's `default(T)`: what a non-nullable value-type member holds when nothing set it (every
 * writer emits it for an undefined member), and null for reference types and `Nullable<T>`.
 */
import { enumValue } from '../dto/enum-meta.js';
import { DateTime, MIN_MS } from './date-time.js';
import { DateTimeOffset } from './date-time-offset.js';
import { Decimal } from './decimal.js';
import { EMPTY_GUID } from './guid.js';
import { TimeSpan } from './time-span.js';
import type { TypeRef } from './type-ref.js';

const DECIMAL_ZERO = new Decimal('0');

export function defaultValue(t: TypeRef): unknown {
  if (t.kind === 'enum') return enumValue(t.meta, 0);
  if (t.kind !== 'primitive') return null;
  switch (t.name) {
    case 'bool': return false;
    case 'char': return '\0';
    case 'decimal': return DECIMAL_ZERO;
    case 'DateTime': return DateTime.minValue;
    case 'DateTimeOffset': return new DateTimeOffset(MIN_MS, 0);
    case 'TimeSpan': return TimeSpan.zero;
    case 'Guid': return EMPTY_GUID;
    case 'string': case 'byte[]': case 'object': return null;
    default: return 0;
  }
}
