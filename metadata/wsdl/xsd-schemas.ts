/**
 * XML Schemas for a set of DTOs, as .NET's XsdDataContractExporter exports them (the source of
 * ServiceStack's WSDL types and `/metadata?xsd=N`): the Serialization schema first, then one
 * schema per contract namespace in the order the namespaces are first reached; per contract a
 * complexType (class, collection, dictionary) or simpleType (enum) and a nillable top-level
 * element; members `minOccurs="0"` unless required, `nillable="true"` for reference and nullable
 * types, types from other namespaces through a fresh `xmlns:qN` on the element and an
 * `xs:import`, DataContractSerializer's own types through the schema-wide `ser` prefix.
 */
import { getDtoMeta, type Constructor, type EnumMeta, type TypeRef } from '../../src/index.js';
import { dataContractName } from '../../src/framework/dto/member-order.js';
import { keyValueName, stableName, type QName } from '../../src/framework/formats/xml/contract-names.js';
import { SERIALIZATION_NS, XSD_NS } from '../../src/framework/formats/xml/xml-namespaces.js';
import { isValueType } from '../../src/framework/types/type-ref.js';
import { collectContracts, ownContractMembers, unwrap, type Contract } from './xsd-contracts.js';
import { serializationSchema } from './serialization-schema.js';
import { el, writeTree, type XNode } from './xml-tree.js';

export interface XsdSchema {
  readonly targetNamespace: string;
  readonly root: XNode;
}

type Attrs = [string, string][];

/** One schema under construction: its items, imports, and the `ser`/`qN` prefix bookkeeping. */
class SchemaBuilder {
  readonly items: XNode[] = [];
  private readonly imports: string[] = [];
  private usesSer = false;
  private q = 0;
  constructor(readonly ns: string) {}

  import(ns: string): void {
    if (ns === XSD_NS || ns === this.ns || this.imports.includes(ns)) return;
    this.imports.push(ns);
  }

  /** The attributes naming a type: `type="tns:X"`, `xs:`/`ser:` prefixes, or `xmlns:qN` + `type="qN:X"`. */
  typeRef(attr: string, q: QName): Attrs {
    if (q.ns === XSD_NS) return [[attr, `xs:${q.name}`]];
    if (q.ns === SERIALIZATION_NS) { this.usesSer = true; this.import(q.ns); return [[attr, `ser:${q.name}`]]; }
    this.import(q.ns);
    if (q.ns === this.ns) return [[attr, `tns:${q.name}`]];
    const prefix = `q${++this.q}`;
    return [[`xmlns:${prefix}`, q.ns], [attr, `${prefix}:${q.name}`]];
  }

  /** An annotation element in the Serialization namespace (GetAnnotationMarkup imports it). */
  markup(name: string, text: string): XNode {
    this.import(SERIALIZATION_NS);
    return el(name, [['xmlns', SERIALIZATION_NS]], undefined, text);
  }

  build(): XsdSchema {
    const attrs: Attrs = [
      ...(this.usesSer ? [['xmlns:ser', SERIALIZATION_NS] as [string, string]] : []),
      ['xmlns:tns', this.ns], ['elementFormDefault', 'qualified'], ['targetNamespace', this.ns], ['xmlns:xs', XSD_NS],
    ];
    const imports = this.imports.map((ns) => el('xs:import', [['namespace', ns]]));
    return { targetNamespace: this.ns, root: el('xs:schema', attrs, [...imports, ...this.items]) };
  }
}

const annotation = (...markup: XNode[]): XNode => el('xs:annotation', [], [el('xs:appinfo', [], markup)]);
/** The type an element of declared type `t` names: Nullable<T> is T's contract. */
const contractName = (t: TypeRef): QName => stableName(unwrap(t));
const nillable = (t: TypeRef): boolean => t.kind === 'nullable' || !isValueType(t);

function member(s: SchemaBuilder, name: string, type: TypeRef, o: { required?: boolean; skipDefault?: boolean } = {}): XNode {
  const attrs: Attrs = [...(o.required ? [] : [['minOccurs', '0'] as [string, string]]), ['name', name],
    ...(nillable(type) ? [['nillable', 'true'] as [string, string]] : []), ...s.typeRef('type', contractName(type))];
  const defaultValue = o.skipDefault ? [annotation(el('DefaultValue', [['EmitDefaultValue', 'false'], ['xmlns', SERIALIZATION_NS]]))] : undefined;
  return el('xs:element', attrs, defaultValue);
}

function classType(s: SchemaBuilder, ctor: Constructor): XNode {
  const meta = getDtoMeta(ctor);
  const members = ownContractMembers(ctor).map((m) => member(s, dataContractName(meta, m), m.type, {
    required: meta.dataContract !== undefined && m.dataMember?.isRequired === true,
    skipDefault: meta.dataContract !== undefined && m.dataMember?.emitDefaultValue === false,
  }));
  const sequence = el('xs:sequence', [], members);
  const name = stableName({ kind: 'class', ctor }).name;
  if (!meta.base) return el('xs:complexType', [['name', name]], [sequence]);
  const extension = el('xs:extension', s.typeRef('base', stableName({ kind: 'class', ctor: meta.base })), [sequence]);
  return el('xs:complexType', [['name', name]], [el('xs:complexContent', [['mixed', 'false']], [extension])]);
}

/** DateTimeOffset as DataContractSerializer's surrogate: a value-type class of two required members. */
function dateTimeOffsetType(s: SchemaBuilder): XNode {
  return el('xs:complexType', [['name', 'DateTimeOffset']], [
    annotation(s.markup('IsValueType', 'true')),
    el('xs:sequence', [], [member(s, 'DateTime', { kind: 'primitive', name: 'DateTime' }, { required: true }),
      member(s, 'OffsetMinutes', { kind: 'primitive', name: 'short' }, { required: true })]),
  ]);
}

function enumType(s: SchemaBuilder, meta: EnumMeta): XNode {
  const facets = meta.members.map((m, i) => {
    const expected = meta.flags ? 2 ** i : i;
    return el('xs:enumeration', [['value', m.enumMember ?? m.name]],
      m.value !== expected ? [annotation(s.markup('EnumerationValue', String(m.value)))] : undefined);
  });
  const restriction = el('xs:restriction', [['base', 'xs:string']], facets);
  return el('xs:simpleType', [['name', meta.name]], [meta.flags ? el('xs:list', [], [el('xs:simpleType', [], [restriction])]) : restriction]);
}

function listType(s: SchemaBuilder, t: Extract<TypeRef, { kind: 'list' }>): XNode {
  const item = unwrap(t.of);
  const attrs: Attrs = [['minOccurs', '0'], ['maxOccurs', 'unbounded'], ['name', contractName(item).name],
    ...(isValueType(item) ? [] : [['nillable', 'true'] as [string, string]]), ...s.typeRef('type', contractName(item))];
  return el('xs:complexType', [['name', stableName(t).name]], [el('xs:sequence', [], [el('xs:element', attrs)])]);
}

function dictType(s: SchemaBuilder, t: Extract<TypeRef, { kind: 'dict' }>): XNode {
  const entry = el('xs:element', [['minOccurs', '0'], ['maxOccurs', 'unbounded'], ['name', keyValueName(t)]], [
    el('xs:complexType', [], [el('xs:sequence', [], [member(s, 'Key', t.key, { required: true }), member(s, 'Value', t.value, { required: true })])]),
  ]);
  return el('xs:complexType', [['name', stableName(t).name]], [
    annotation(el('IsDictionary', [['xmlns', SERIALIZATION_NS]], undefined, 'true')),
    el('xs:sequence', [], [entry]),
  ]);
}

function exportContract(s: SchemaBuilder, c: Contract): void {
  const q = stableName(c);
  switch (c.kind) {
    case 'class': s.items.push(classType(s, c.ctor)); break;
    case 'enum': s.items.push(enumType(s, c.meta)); break;
    case 'list': s.items.push(listType(s, c)); break;
    case 'dict': s.items.push(dictType(s, c)); break;
    case 'primitive': s.items.push(dateTimeOffsetType(s)); break;
  }
  s.items.push(el('xs:element', [['name', q.name], ['nillable', 'true'], ...s.typeRef('type', q)]));
}

/** The schemas for `roots` and everything they reach, Serialization schema first. */
export function xsdSchemas(roots: readonly TypeRef[]): XsdSchema[] {
  const builders = new Map<string, SchemaBuilder>();
  for (const c of collectContracts(roots)) {
    const ns = stableName(c).ns;
    let b = builders.get(ns);
    if (!b) builders.set(ns, (b = new SchemaBuilder(ns)));
    exportContract(b, c);
  }
  return [{ targetNamespace: SERIALIZATION_NS, root: serializationSchema() }, ...[...builders.values()].map((b) => b.build())];
}

/** ServiceStack's XsdUtils.GetXsd: every schema written out (no declarations), one after another. */
export function xsdText(schemas: readonly XsdSchema[], newline = '\n'): string {
  return schemas.map((s) => writeTree(s.root, newline)).join(newline);
}

