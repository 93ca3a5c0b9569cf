/**
 * .NET default values per type: what an unset value-type member is written as, and what
 * `EmitDefaultValue = false` (and protojson's implicit presence) leave out.
 */
import { enumNumber } from '../../dto/enum-meta.js';
import { DateTime, MIN_MS } from '../../types/date-time.js';
import { DateTimeOffset } from '../../types/date-time-offset.js';
import { EMPTY_GUID, parseGuid } from '../../types/guid.js';
import { TimeSpan } from '../../types/time-span.js';
import type { TypeRef } from '../../types/type-ref.js';

/** The value a non-nullable .NET value type holds when nothing set it. */
export { defaultValue as defaultOf } from '../../types/default-value.js';

/**
 * True when `v` equals the type's default. `proto` adds protojson's defaults for reference
 * types: the empty string, empty bytes, and empty lists and maps.
 */
export function isDefaultValue(t: TypeRef, v: unknown, proto: boolean): boolean {
  if (v === null || v === undefined) return true;
  switch (t.kind) {
    case 'enum': return enumNumber(t.meta, v) === 0;
    case 'nullable': return false;
    case 'list': return proto && (Array.isArray(v) ? v.length === 0 : isEmptyIterable(v));
    case 'dict': return proto && (v instanceof Map ? v.size === 0 : Object.keys(v as object).length === 0);
    case 'class': return false;
    case 'primitive': break;
  }
  switch (t.name) {
    case 'bool': return v === false;
    case 'string': return proto && v === '';
    case 'char': return v === '\0' || (proto && v === '');
    case 'byte[]': return proto && (v as Uint8Array).length === 0;
    case 'decimal': return Number(v) === 0;
    case 'DateTime': case 'DateTimeOffset':
      return !proto && (v as Date).getTime() === MIN_MS && ((v as DateTime).subMsTicks ?? 0) === 0
        && (!(v instanceof DateTimeOffset) || v.offsetMinutes === 0);
    case 'TimeSpan': return !proto && (v instanceof TimeSpan ? v.ticks === 0n : v === 0);
    case 'Guid': return !proto && typeof v === 'string' && parseGuid(v) === EMPTY_GUID;
    case 'object': return false;
    default: return typeof v === 'number' ? v === 0 && !(proto && Object.is(v, -0)) : v === 0n;
  }
}

function isEmptyIterable(v: unknown): boolean {
  if (v instanceof Set || v instanceof Map) return v.size === 0;
  for (const _ of v as Iterable<unknown>) return false;
  return true;
}
