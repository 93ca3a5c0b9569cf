/**
 * ServiceStack.Text JSON (servicestack-wire.md §4): null members omitted, value-type defaults
 * written, Guid "N", `\/Date(ms±hhmm)\/` dates, XSD durations, enums by name ([Flags] as
 * numbers), `__type` before the members of a subclass instance, and TextCase member names.
 */
import type { DtoMeta, MemberMeta } from '../../dto/dto-meta.js';
import type { EnumMeta } from '../../dto/enum-meta.js';
import { serviceStackMembers } from '../../dto/member-order.js';
import { Decimal } from '../../types/decimal.js';
import { formatGuid } from '../../types/guid.js';
import { formatDouble, formatInteger, type DotNetRuntime } from '../../types/number-format.js';
import { applyTextCase } from '../../types/text-case.js';
import type { PrimitiveName, TypeRef } from '../../types/type-ref.js';
import type { CodecOptions } from '../codec-options.js';
import { quoteServiceStack } from './json-escape.js';
import { base64, toTimeSpan, wcfDateTime, wcfDateTimeOffset } from './json-date-text.js';
import type { Enc, WriterDialect } from './json-writer.js';

export const integerText: Enc = (v) =>
  typeof v === 'number' && Number.isSafeInteger(v) ? '' + v : typeof v === 'string' && /^-?\d+$/.test(v) ? v : formatInteger(v);

export const decimalText = (v: unknown): string => (v instanceof Decimal ? v.text : Decimal.from(v as number).text);

export const charText = (v: unknown): string => (typeof v === 'number' ? String.fromCharCode(v) : String(v).charAt(0));

/**
 * .NET's parameterless `double.ToString()`: round-trip shortest on .NET Core, 15 significant
 * digits on .NET Framework (whose "R" only ServiceStack applies to MaxValue/MinValue).
 */
function doubleText(n: number, runtime: DotNetRuntime): string {
  if (runtime === 'core') {
    return Number.isInteger(n) && Math.abs(n) < 1e15 && !Object.is(n, -0) ? '' + n : formatDouble(n, 'core');
  }
  if (!Number.isFinite(n) || Math.abs(n) === Number.MAX_VALUE) return formatDouble(n, 'framework');
  // A 15-digit decimal survives the trip through a double, so formatting it with "R" prints it in G15 form.
  const g15 = Number(n.toPrecision(15));
  return Number.isFinite(g15) ? formatDouble(g15, 'framework') : formatDouble(n, 'framework');
}

function scalar(name: Exclude<PrimitiveName, 'object'>, opts: CodecOptions): Enc {
  const runtime = opts.runtime;
  switch (name) {
    case 'string': return (v) => quoteServiceStack(typeof v === 'string' ? v : String(v));
    case 'char': return (v) => quoteServiceStack(charText(v));
    case 'bool': return (v) => (v ? 'true' : 'false');
    case 'byte': case 'sbyte': case 'short': case 'ushort': case 'int': case 'uint': case 'long': case 'ulong':
      return integerText;
    case 'double': return (v) => doubleText(Number(v), runtime);
    case 'float': return (v) => formatDouble(Number(v), runtime, true);
    case 'decimal': return decimalText;
    case 'DateTime': return (v, ctx) => wcfDateTime(v, runtime, ctx.tz);
    case 'DateTimeOffset': return (v) => wcfDateTimeOffset(v, opts.dateTimeOffset, runtime);
    case 'TimeSpan': return (v) => '"' + toTimeSpan(v).toXsdDuration() + '"';
    case 'Guid': return (v) => '"' + formatGuid(v, 'N') + '"';
    case 'byte[]': return (v) => '"' + base64(v) + '"';
  }
}

function enumEnc(meta: EnumMeta): Enc {
  if (meta.flags) return integerText;
  const texts = new Map<number, string>();
  for (const m of meta.members) if (!texts.has(m.value)) texts.set(m.value, quoteServiceStack(m.enumMember ?? m.name));
  return (v) => texts.get(v) ?? '"' + String(v) + '"';
}

/**
 * `Namespace.Type, Assembly` as ServiceStack writes `__type`. A TS server has no compiled
 * assembly: like the JSV writer, options may carry `assemblyName` (a string or a function of the
 * namespace); by default the namespace's first segment is used.
 */
export function serviceStackTypeName(meta: DtoMeta, opts: CodecOptions): string {
  const a = (opts as CodecOptions & { assemblyName?: string | ((ns: string) => string) }).assemblyName;
  const dot = meta.namespace.indexOf('.');
  const assembly = typeof a === 'string' ? a : typeof a === 'function' ? a(meta.namespace) : dot < 0 ? meta.namespace : meta.namespace.slice(0, dot);
  return `${meta.namespace}.${meta.name}, ${assembly}`;
}

export const serviceStackJsonDialect: WriterDialect = {
  id: 'servicestack',
  members: serviceStackMembers,
  memberName: (m: MemberMeta, opts: CodecOptions) => m.dataMember?.name ?? applyTextCase(m.name, opts.textCase),
  quote: quoteServiceStack,
  scalar,
  enumEnc,
  writeNulls: false,
  nullItem: (t: TypeRef) => (t.kind === 'class' ? '{}' : 'null'),
  omitDefaults: false,
  emitDefaultFalse: (m: MemberMeta) => m.dataMember?.emitDefaultValue === false,
  subtypeTag: (meta, opts) => `"__type":${quoteServiceStack(serviceStackTypeName(meta, opts))}`,
  anyTag: (meta, opts) => `"__type":${quoteServiceStack(serviceStackTypeName(meta, opts))}`,
  sortMapKeys: false,
  topNull: '',
};
