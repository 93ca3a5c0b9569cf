/**
 * protojson as Zitadel's grpc-gateway configures it (dialects.md §3.3): lowerCamelCase json
 * names, unset and default fields omitted, no `null`, 64-bit integers as strings, enums by name,
 * Timestamps in UTC with 0/3/6/9 fraction digits, Durations in seconds, `"@type"` first in an Any.
 */
import { getDtoMeta, type DtoMeta, type MemberMeta } from '../../dto/dto-meta.js';
import type { EnumMeta } from '../../dto/enum-meta.js';
import { jsonCamelCase, protoNameOf } from '../../dto/proto-names.js';
import { formatGuid } from '../../types/guid.js';
import type { Constructor, PrimitiveName, TypeRef } from '../../types/type-ref.js';
import { base64, protoDuration, rfc3339Utc, toTimeSpan } from './json-date-text.js';
import { quoteProto } from './json-escape.js';
import type { Enc, WriterDialect } from './json-writer.js';
import { charText, decimalText, integerText } from './servicestack-json-writer.js';

/** Go's strconv 'g'-style shortest float text, which matches JavaScript's except for float32. */
function goFloat(n: number, single: boolean): string {
  if (Number.isNaN(n)) return '"NaN"';
  if (n === Infinity) return '"Infinity"';
  if (n === -Infinity) return '"-Infinity"';
  if (Object.is(n, -0)) return '-0';
  if (!single) return String(n);
  const f = Math.fround(n);
  for (let p = 1; p < 10; p++) {
    const d = Number(f.toPrecision(p));
    if (Math.fround(d) === f) return String(d);
  }
  return String(f);
}

function scalar(name: Exclude<PrimitiveName, 'object'>): Enc {
  switch (name) {
    case 'string': return (v) => quoteProto(typeof v === 'string' ? v : String(v));
    case 'char': return (v) => quoteProto(charText(v));
    case 'bool': return (v) => (v ? 'true' : 'false');
    case 'byte': case 'sbyte': case 'short': case 'ushort': case 'int': case 'uint': return integerText;
    case 'long': case 'ulong': return (v, ctx) => '"' + integerText(v, ctx) + '"';
    case 'double': return (v) => goFloat(Number(v), false);
    case 'float': return (v) => goFloat(Number(v), true);
    case 'decimal': return (v) => '"' + decimalText(v) + '"';
    case 'DateTime': case 'DateTimeOffset': return (v) => rfc3339Utc(v);
    case 'TimeSpan': return (v) => protoDuration(toTimeSpan(v));
    case 'Guid': return (v) => '"' + formatGuid(v, 'D') + '"';
    case 'byte[]': return (v) => '"' + base64(v) + '"';
  }
}

function enumEnc(meta: EnumMeta): Enc {
  const names = new Map<number, string>();
  for (const m of meta.members) if (!names.has(m.value)) names.set(m.value, quoteProto(m.name));
  return (v) => names.get(v) ?? String(v);
}

/** The Any type URL of a DTO: `type.googleapis.com/<namespace>.<name>` (e.g. `zitadel.v1.ErrorDetail`). */
export function typeUrl(meta: DtoMeta): string {
  return `type.googleapis.com/${meta.namespace}.${meta.name}`;
}

export const protoJsonDialect: WriterDialect = {
  id: 'gateway',
  // Proto declaration order: a flat message, so base members (if any) come first as declared.
  members: (ctor: Constructor) => getDtoMeta(ctor).allMembers,
  memberName: (m) => jsonCamelCase(protoNameOf(m)),
  quote: quoteProto,
  scalar: (name) => scalar(name),
  enumEnc,
  writeNulls: false,
  nullItem: (t: TypeRef) => (t.kind === 'class' ? '{}' : undefined),
  omitDefaults: true,
  emitDefaultFalse: () => false,
  subtypeTag: () => '',
  anyTag: (meta) => `"@type":${quoteProto(typeUrl(meta))}`,
  sortMapKeys: true,
  topNull: '',
};
