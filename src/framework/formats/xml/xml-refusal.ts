/**
 * What .NET's XML serializers refuse to write, and how Stackport refuses it.
 *
 * Deliberate choice: a value .NET cannot serialize is never written in some invented form (a
 * client's .NET reader could not read it either). The writers throw XmlWriteRefusedException —
 * an InvalidOperationException, so the error table answers 500 — carrying .NET's own message
 * and exception chain (`errorCode` = the .NET exception type .NET would have thrown). The cases:
 *  - an enum value with no member (`4001`, or `0` when no member is 0), in both serializers;
 *  - under XmlSerializer, any type that can reach a Dictionary member, directly or through a
 *    nested type, whatever the values (so every DTO holding a ResponseStatus, whose Meta is one).
 * ASP.NET Web API's XmlMediaTypeFormatter reports such types as not writable and content
 * negotiation falls through to JSON; `canWriteWithXmlSerializer` lets a host do the same before
 * it commits to XML.
 */
import type { EnumMeta } from '../../dto/enum-meta.js';
import { xmlSerializerMembers } from '../../dto/member-order.js';
import { InvalidOperationException } from '../../errors/exceptions.js';
import type { Constructor, TypeRef } from '../../types/type-ref.js';
import { clrFullName } from './contract-names.js';

/** A .NET exception in the chain, by its .NET type name (the `cause` of a refusal). */
export class DotNetErrorInfo extends Error {
  constructor(readonly netType: string, message: string, cause?: DotNetErrorInfo) {
    super(message, cause ? { cause } : undefined);
    this.name = netType;
  }
}

export class XmlWriteRefusedException extends InvalidOperationException {
  /** The .NET exception type that .NET itself throws here. */
  readonly netType: string;
  constructor(netType: string, message: string, cause?: DotNetErrorInfo) {
    super(message, { errorCode: netType, ...(cause ? { cause } : {}) });
    this.netType = netType;
  }
}

/** `Type: message --> Inner: message`, the form of the vectors' `error` field. */
export function describeDotNetError(e: unknown): string {
  const parts: string[] = [];
  for (let x = e as (Error & { netType?: string }) | undefined; x instanceof Error; x = x.cause as typeof x) {
    parts.push(`${x.netType ?? x.name}: ${x.message}`);
  }
  return parts.join(' --> ');
}

export function enumRefusal(meta: EnumMeta, value: number | string, kind: 'dcs' | 'xs'): XmlWriteRefusedException {
  const full = clrFullName({ kind: 'enum', meta });
  if (kind === 'dcs') {
    return new XmlWriteRefusedException('SerializationException', `Enum value '${value}' is invalid for type '${full}' and cannot be serialized. ` +
      'Ensure that the necessary enum values are present and are marked with EnumMemberAttribute attribute if the type has DataContractAttribute attribute.');
  }
  return new XmlWriteRefusedException('InvalidOperationException', 'There was an error generating the XML document.',
    new DotNetErrorInfo('InvalidOperationException', `Instance validation error: '${value}' is not a valid value for ${full}.`));
}

// ---- XmlSerializer's type-level refusal ----------------------------------------------------

const MSCORLIB = 'mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089';
const CLR_PRIMITIVES: Record<string, string> = {
  string: 'String', bool: 'Boolean', char: 'Char', byte: 'Byte', sbyte: 'SByte', short: 'Int16', ushort: 'UInt16',
  int: 'Int32', uint: 'UInt32', long: 'Int64', ulong: 'UInt64', float: 'Single', double: 'Double', decimal: 'Decimal',
  DateTime: 'DateTime', DateTimeOffset: 'DateTimeOffset', TimeSpan: 'TimeSpan', Guid: 'Guid', 'byte[]': 'Byte[]', object: 'Object',
};

/** Reflection's `Type.ToString()` for the types a dictionary message names (assembly names of DTOs are Stackport's). */
function clrTypeString(t: TypeRef, qualified = false): string {
  const wrap = (name: string, assembly: string): string => (qualified ? `[${name}, ${assembly}]` : name);
  switch (t.kind) {
    case 'primitive': return wrap(`System.${CLR_PRIMITIVES[t.name]}`, MSCORLIB);
    case 'nullable': return wrap(`System.Nullable\`1[${clrTypeString(t.of, true)}]`, MSCORLIB);
    case 'list': return t.array ? wrap(`${clrTypeString(t.of)}[]`, MSCORLIB) : wrap(`System.Collections.Generic.List\`1[${clrTypeString(t.of, true)}]`, MSCORLIB);
    case 'dict': return wrap(`System.Collections.Generic.Dictionary\`2[${clrTypeString(t.key, true)},${clrTypeString(t.value, true)}]`, MSCORLIB);
    case 'class': case 'enum': return wrap(clrFullName(t), 'Stackport, Version=0.0.0.0, Culture=neutral, PublicKeyToken=null');
  }
}

const classRefusals = new WeakMap<Constructor, DotNetErrorInfo | null>();

/** The class whose members must be reflected for a member of this type (list items included). */
function reflectedClass(t: TypeRef): Constructor | undefined {
  if (t.kind === 'class') return t.ctor;
  if (t.kind === 'list' || t.kind === 'nullable') return reflectedClass(t.of);
  return undefined;
}

const containsDictionary = (t: TypeRef): boolean =>
  t.kind === 'dict' || ((t.kind === 'list' || t.kind === 'nullable') && containsDictionary(t.of));

/** XmlSerializer's reflection of one class, depth first in declaration order, as .NET words its failure. */
function reflectClass(ctor: Constructor, visiting: Set<Constructor>): DotNetErrorInfo | null {
  const known = classRefusals.get(ctor);
  if (known !== undefined) return known;
  if (visiting.has(ctor)) return null;
  visiting.add(ctor);
  const full = clrFullName({ kind: 'class', ctor });
  let result: DotNetErrorInfo | null = null;
  for (const m of xmlSerializerMembers(ctor)) {
    if (containsDictionary(m.type)) {
      const declaring = clrFullName({ kind: 'class', ctor: m.declaringClass });
      result = new DotNetErrorInfo('InvalidOperationException', `There was an error reflecting type '${full}'.`,
        new DotNetErrorInfo('NotSupportedException', `Cannot serialize member ${declaring}.${m.name} of type ${clrTypeString(m.type)}, because it implements IDictionary.`));
      break;
    }
    const inner = reflectedClass(m.type);
    const failure = inner ? reflectClass(inner, visiting) : null;
    if (failure) {
      result = new DotNetErrorInfo('InvalidOperationException', `There was an error reflecting type '${full}'.`,
        new DotNetErrorInfo('InvalidOperationException', `There was an error reflecting property '${m.name}'.`, failure));
      break;
    }
  }
  visiting.delete(ctor);
  classRefusals.set(ctor, result);
  return result;
}

/** The refusal XmlSerializer raises for this type, or undefined when it can serialize it. */
export function xmlSerializerRefusal(t: TypeRef): XmlWriteRefusedException | undefined {
  if (containsDictionary(t)) {
    return new XmlWriteRefusedException('InvalidOperationException', `Cannot serialize ${clrTypeString(t)}, because it implements IDictionary.`);
  }
  const ctor = reflectedClass(t);
  const failure = ctor ? reflectClass(ctor, new Set()) : null;
  if (!failure) return undefined;
  return new XmlWriteRefusedException(failure.netType, failure.message, failure.cause as DotNetErrorInfo | undefined);
}

/** XmlMediaTypeFormatter.CanWriteType under UseXmlSerializer: false for types XmlSerializer refuses. */
export function canWriteWithXmlSerializer(t: TypeRef): boolean {
  return xmlSerializerRefusal(t) === undefined;
}
