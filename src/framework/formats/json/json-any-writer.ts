/**
 * Members declared `object`: .NET serializers pick the writer by the runtime type, and so do we,
 * mapping JavaScript values onto the .NET type they stand for (Stackport's value representations).
 */
import { isDto } from '../../dto/dto-meta.js';
import { DateTimeOffset } from '../../types/date-time-offset.js';
import { Decimal } from '../../types/decimal.js';
import { TimeSpan } from '../../types/time-span.js';
import { primitive, type Constructor, type PrimitiveName } from '../../types/type-ref.js';
import type { Enc, JsonWriter } from './json-writer.js';

const OBJECT = primitive('object');
const STRING = primitive('string');

export function makeAnyEncoder(w: JsonWriter): Enc {
  const scalar = (name: Exclude<PrimitiveName, 'object'>): Enc => w.d.scalar(name, w.opts);
  const str = scalar('string'), bool = scalar('bool'), long = scalar('long'), dbl = scalar('double');
  const dec = scalar('decimal'), dt = scalar('DateTime'), dto = scalar('DateTimeOffset');
  const span = scalar('TimeSpan'), bytes = scalar('byte[]');
  let list: Enc | undefined, dict: Enc | undefined;
  const any: Enc = (v, ctx) => {
    switch (typeof v) {
      case 'string': return str(v, ctx);
      case 'boolean': return bool(v, ctx);
      case 'bigint': return long(v, ctx);
      case 'number': return Number.isInteger(v) && !Object.is(v, -0) ? long(v, ctx) : dbl(v, ctx);
      case 'object': break;
      default: throw new TypeError(`Cannot serialize a ${typeof v} as JSON`);
    }
    if (v instanceof DateTimeOffset) return dto(v, ctx);
    if (v instanceof Date) return dt(v, ctx);
    if (v instanceof Decimal) return dec(v, ctx);
    if (v instanceof TimeSpan) return span(v, ctx);
    if (v instanceof Uint8Array) return bytes(v, ctx);
    if (Array.isArray(v) || v instanceof Set) return (list ??= w.listEncoder(OBJECT))(v, ctx);
    const ctor = (v as object).constructor as Constructor | undefined;
    if (ctor !== undefined && ctor !== Object && isDto(ctor)) return w.writeObject(v, ctor, ctx, 'any');
    return (dict ??= w.dictEncoder(STRING, OBJECT))(v, ctx);
  };
  return any;
}
