/**
 * Element and contract names of .NET types as the two serializers spell them. DataContract
 * names carry a namespace and, for closed generics such as `KeyValue<string,Poco>` or
 * `Nullable<Color>`, a digest of their arguments' namespaces; XmlSerializer names are bare.
 */
import { contractOf, getDtoMeta } from '../../dto/dto-meta.js';
import type { Constructor, PrimitiveName, TypeRef } from '../../types/type-ref.js';
import { namespacesDigest } from './legacy-digest.js';
import { ARRAYS_NS, DATA_CONTRACT_NS_ROOT, SERIALIZATION_NS, SYSTEM_NS, XSD_NS } from './xml-namespaces.js';
import { xmlTypeName } from './xml-type.js';

export interface QName { readonly name: string; readonly ns: string }

const q = (name: string, ns: string): QName => Object.freeze({ name, ns });

const DCS_PRIMITIVES: Record<PrimitiveName, QName> = {
  string: q('string', XSD_NS), bool: q('boolean', XSD_NS), char: q('char', SERIALIZATION_NS),
  byte: q('unsignedByte', XSD_NS), sbyte: q('byte', XSD_NS), short: q('short', XSD_NS),
  ushort: q('unsignedShort', XSD_NS), int: q('int', XSD_NS), uint: q('unsignedInt', XSD_NS),
  long: q('long', XSD_NS), ulong: q('unsignedLong', XSD_NS), float: q('float', XSD_NS),
  double: q('double', XSD_NS), decimal: q('decimal', XSD_NS), DateTime: q('dateTime', XSD_NS),
  DateTimeOffset: q('DateTimeOffset', SYSTEM_NS), TimeSpan: q('duration', SERIALIZATION_NS),
  Guid: q('guid', SERIALIZATION_NS), 'byte[]': q('base64Binary', XSD_NS), object: q('anyType', XSD_NS),
};

const XS_PRIMITIVES: Record<PrimitiveName, string> = {
  string: 'string', bool: 'boolean', char: 'char', byte: 'unsignedByte', sbyte: 'byte', short: 'short',
  ushort: 'unsignedShort', int: 'int', uint: 'unsignedInt', long: 'long', ulong: 'unsignedLong',
  float: 'float', double: 'double', decimal: 'decimal', DateTime: 'dateTime', DateTimeOffset: 'DateTimeOffset',
  TimeSpan: 'TimeSpan', Guid: 'guid', 'byte[]': 'base64Binary', object: 'anyType',
};

/** Namespaces whose generic arguments need no digest (DataContract.IsBuiltInNamespace). */
const isBuiltIn = (ns: string): boolean => ns === XSD_NS || ns === SERIALIZATION_NS;

const stableCache = new WeakMap<TypeRef | Constructor, QName>();

/**
 * DataContractSerializer's stable name of a type: the root element of a document of that type,
 * the name used inside generic names, and the namespace collections derive theirs from.
 */
export function stableName(t: TypeRef): QName {
  if (t.kind === 'primitive') return DCS_PRIMITIVES[t.name];
  // Class TypeRefs are often made per response (`{ kind: 'class', ctor }`): key those by class.
  const key = t.kind === 'class' ? t.ctor : t;
  let s = stableCache.get(key);
  if (s) return s;
  switch (t.kind) {
    case 'nullable': s = q(genericContractName('Nullable', [t.of]), SYSTEM_NS); break;
    case 'list': {
      const item = stableName(t.of);
      s = q(`ArrayOf${item.name}`, isBuiltIn(item.ns) ? ARRAYS_NS : item.ns);
      break;
    }
    case 'dict': s = q(`ArrayOf${keyValueName(t)}`, ARRAYS_NS); break;
    case 'class': { const c = contractOf(getDtoMeta(t.ctor)); s = q(c.name, c.namespace); break; }
    case 'enum': s = q(t.meta.name, DATA_CONTRACT_NS_ROOT + t.meta.namespace); break;
  }
  stableCache.set(key, s);
  return s;
}

/** The root element of a DataContract document: primitives are rooted in the Serialization namespace (`<int xmlns="…/Serialization/">`). */
export function rootName(t: TypeRef): QName {
  const s = stableName(t.kind === 'nullable' ? t.of : t);
  return t.kind === 'primitive' && t.name !== 'DateTimeOffset' ? q(s.name, SERIALIZATION_NS) : s;
}

/**
 * `{Name}Of{Arg1}{Arg2}{digest}`: the digest is added unless every argument lives in a built-in
 * XML Schema namespace (`EnvelopeOfstring`, but `EnvelopeOfArrayOfintuHEDJ7Dj`). Exported so DTO
 * authors can compute the name to give `@Dto({ name })` for a closed generic class.
 */
export function genericContractName(baseName: string, args: readonly TypeRef[]): string {
  const names = args.map(stableName);
  const plain = `${baseName}Of${names.map((n) => n.name).join('')}`;
  if (names.every((n) => isBuiltIn(n.ns))) return plain;
  return plain + namespacesDigest(` ${args.length}${names.map((n) => ` ${n.ns}`).join('')}`);
}

/** Entry element of a dictionary: `KeyValueOfstringint`, `KeyValueOfstringPocolsYPWJy_S`. */
export function keyValueName(t: Extract<TypeRef, { kind: 'dict' }>): string {
  return genericContractName('KeyValue', [t.key, t.value]);
}

/** The element name of one collection item (a nullable item is named after its underlying type). */
export function itemElementName(item: TypeRef): string {
  return stableName(item.kind === 'nullable' ? item.of : item).name;
}

/**
 * The namespace DataContractSerializer declares (as `xmlns:dNpM`) on a member element of this
 * declared type, so the value's own elements get a prefix: any non-enum, non-primitive contract
 * from a namespace other than the declaring class's (ClassDataContract.GetChildNamespaceToDeclare).
 */
export function childNamespaceToDeclare(declaringNs: string, declared: TypeRef): string | undefined {
  const t = declared.kind === 'nullable' ? declared.of : declared;
  if (t.kind === 'enum' || (t.kind === 'primitive' && t.name !== 'DateTimeOffset')) return undefined;
  const ns = stableName(t).ns;
  return ns !== '' && ns !== declaringNs ? ns : undefined;
}

/** XmlSerializer's element name for a type (root, or item of a list). */
export function xsName(t: TypeRef): string {
  switch (t.kind) {
    case 'primitive': return XS_PRIMITIVES[t.name];
    case 'nullable': return xsName(t.of);
    case 'list': { const n = xsName(t.of); return `ArrayOf${n[0]!.toUpperCase()}${n.slice(1)}`; }
    case 'dict': return `ArrayOfKeyValueOf${xsName(t.key)}${xsName(t.value)}`;
    case 'class': return xmlTypeName(t.ctor) ?? getDtoMeta(t.ctor).name;
    case 'enum': return t.meta.name;
  }
}

/** `Namespace.Name` of a DTO or enum, as .NET error messages print it. */
export function clrFullName(t: TypeRef): string {
  if (t.kind === 'class') { const m = getDtoMeta(t.ctor); return `${m.namespace}.${m.name}`; }
  if (t.kind === 'enum') return `${t.meta.namespace}.${t.meta.name}`;
  return xsName(t);
}
