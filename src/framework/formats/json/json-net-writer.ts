/**
 * Json.NET with ASP.NET Web API 2's formatter settings (dialects.md §2.3): declared names, null
 * members written, enums as integers, ISO dates by DateTimeKind, dashed Guids, TimeSpan "c",
 * .NET Framework "R" doubles with `.0`, decimals keeping their scale, NaN/Infinity quoted.
 */
import { getDtoMeta, type MemberMeta } from '../../dto/dto-meta.js';
import { dataContractName, jsonNetMembers } from '../../dto/member-order.js';
import { formatGuid } from '../../types/guid.js';
import { formatDouble } from '../../types/number-format.js';
import { applyTextCase } from '../../types/text-case.js';
import type { PrimitiveName } from '../../types/type-ref.js';
import type { CodecOptions } from '../codec-options.js';
import { base64, isoDateTimeNet, isoDateTimeOffsetNet, toTimeSpan } from './json-date-text.js';
import { quoteJsonNet } from './json-escape.js';
import type { Enc, WriterDialect } from './json-writer.js';
import { charText, decimalText, integerText } from './servicestack-json-writer.js';

/** JsonConvert.ToString(double): "R" text, `.0` when it has no point or exponent, non-finite quoted. */
function floatText(n: number, opts: CodecOptions, single: boolean): string {
  if (!Number.isFinite(n)) return `"${formatDouble(n, opts.runtime, single)}"`;
  const s = formatDouble(n, opts.runtime, single);
  return s.includes('.') || s.includes('E') ? s : s === '-0' ? '-0.0' : s + '.0';
}

function scalar(name: Exclude<PrimitiveName, 'object'>, opts: CodecOptions): Enc {
  switch (name) {
    case 'string': return (v) => quoteJsonNet(typeof v === 'string' ? v : String(v));
    case 'char': return (v) => quoteJsonNet(charText(v));
    case 'bool': return (v) => (v ? 'true' : 'false');
    case 'byte': case 'sbyte': case 'short': case 'ushort': case 'int': case 'uint': case 'long': case 'ulong':
      return integerText;
    case 'double': return (v) => floatText(Number(v), opts, false);
    case 'float': return (v) => floatText(Number(v), opts, true);
    case 'decimal': return (v) => {
      const s = decimalText(v);
      return s.includes('.') ? s : s + '.0';
    };
    case 'DateTime': return (v, ctx) => isoDateTimeNet(v, ctx.tz);
    case 'DateTimeOffset': return (v) => isoDateTimeOffsetNet(v);
    case 'TimeSpan': return (v) => '"' + toTimeSpan(v).toString() + '"';
    case 'Guid': return (v) => '"' + formatGuid(v, 'D') + '"';
    case 'byte[]': return (v) => '"' + base64(v) + '"';
  }
}

/** Json.NET reads [DataMember] only on [DataContract] classes. */
function dataMemberOf(m: MemberMeta): MemberMeta['dataMember'] {
  return getDtoMeta(m.declaringClass).dataContract ? m.dataMember : undefined;
}

export const jsonNetDialect: WriterDialect = {
  id: 'aspnet',
  members: jsonNetMembers,
  memberName: (m, opts) => {
    const declared = dataContractName(getDtoMeta(m.declaringClass), m);
    return opts.textCase === 'PascalCase' || declared !== m.name ? declared : applyTextCase(declared, opts.textCase);
  },
  quote: quoteJsonNet,
  scalar,
  enumEnc: () => integerText,
  writeNulls: true,
  nullItem: () => 'null',
  omitDefaults: false,
  // Web API's JsonContractResolver forces Include for required members.
  emitDefaultFalse: (m) => {
    const dm = dataMemberOf(m);
    return dm?.emitDefaultValue === false && !dm.isRequired;
  },
  subtypeTag: () => '',
  anyTag: () => '',
  sortMapKeys: false,
  topNull: 'null',
};
