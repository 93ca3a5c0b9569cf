/**
 * JSON Schemas (OpenAPI 3.1) of the DTOs: JSON member names per dialect (host text case for
 * ServiceStack, declared names for Web API), and `xml` objects with the element names and
 * namespaces the XML writers use — DataContract namespaces and member names, XmlSerializer's
 * unqualified elements, list wrappers with their item element names.
 */
import { contractOf, getDtoMeta, type DtoMeta, type MemberMeta, type TextCase, type TypeRef } from '../../src/index.js';
import { dataContractName } from '../../src/framework/dto/member-order.js';
import { reachableTypes } from '../shared/type-graph.js';
import { jsonMemberName } from '../shared/wire-names.js';
import type { Constructor } from '../../src/index.js';

type Schema = Record<string, unknown>;

const ARRAYS_NS = 'http://schemas.microsoft.com/2003/10/Serialization/Arrays';

/** The XML element name DataContractSerializer gives a primitive list item. */
const DCS_PRIMITIVE_NAMES: Record<string, string> = {
  string: 'string', bool: 'boolean', int: 'int', long: 'long', short: 'short', byte: 'unsignedByte', sbyte: 'byte',
  ushort: 'unsignedShort', uint: 'unsignedInt', ulong: 'unsignedLong', float: 'float', double: 'double', decimal: 'decimal',
  DateTime: 'dateTime', Guid: 'guid', TimeSpan: 'duration', char: 'char', 'byte[]': 'base64Binary', object: 'anyType', DateTimeOffset: 'DateTimeOffset',
};

export const schemaRef = (name: string): string => `#/components/schemas/${name}`;

export class SchemaBuilder {
  readonly schemas: Record<string, Schema> = {};
  constructor(private readonly textCase: TextCase) {}

  /** Adds the classes reachable from `roots` and returns nothing; read `schemas`. */
  add(roots: readonly Constructor[]): void {
    for (const t of reachableTypes(roots)) if (t.kind === 'class' && !this.schemas[t.meta.name]) this.schemas[t.meta.name] = this.classSchema(t.meta);
  }

  /** A declared response type's schema: a `$ref` for a DTO (added), inline for a list, map or primitive. */
  responseSchema(t: TypeRef, dialect: string): Schema {
    return this.typeSchema(t, dialect, dialect !== 'aspnet');
  }

  private classSchema(meta: DtoMeta): Schema {
    const dcs = meta.xml === 'DataContract' || meta.dialect !== 'aspnet';
    const contract = contractOf(meta);
    const members = meta.dataContract ? meta.allMembers.filter((m) => getDtoMeta(m.declaringClass).dataContract && m.dataMember) : meta.allMembers;
    const properties: Record<string, Schema> = {};
    for (const m of members) properties[jsonMemberName(meta, m, this.textCase)] = this.memberSchema(meta, m, dcs);
    const required = members.filter((m) => m.required).map((m) => jsonMemberName(meta, m, this.textCase));
    return {
      type: 'object',
      ...(meta.description ? { description: meta.description } : {}),
      properties,
      ...(required.length ? { required } : {}),
      xml: dcs ? { name: contract.name, namespace: contract.namespace } : { name: meta.name },
    };
  }

  private memberSchema(owner: DtoMeta, m: MemberMeta, dcs: boolean): Schema {
    const declaring = getDtoMeta(m.declaringClass);
    const element = dataContractName(declaring, m);
    const xml = dcs ? { name: element, namespace: contractOf(declaring).namespace } : { name: element };
    const s = this.typeSchema(m.type, owner.dialect ?? 'servicestack', dcs);
    s.xml = s.type === 'array' ? { ...xml, wrapped: true } : xml;
    if (m.description) s.description = m.description;
    return s;
  }

  private typeSchema(t: TypeRef, dialect: string, dcs: boolean): Schema {
    switch (t.kind) {
      case 'primitive': return primitiveSchema(t.name, dialect);
      case 'nullable': return this.typeSchema(t.of, dialect, dcs);
      case 'enum': {
        const numeric = dialect !== 'servicestack' || t.meta.flags;
        return numeric ? { type: 'integer', enum: t.meta.members.map((m) => m.value) } : { type: 'string', enum: t.meta.members.map((m) => m.enumMember ?? m.name) };
      }
      case 'list': {
        const items = this.typeSchema(t.of, dialect, dcs);
        const inner = unwrap(t.of);
        if (inner.kind === 'primitive') items.xml = dcs ? { name: DCS_PRIMITIVE_NAMES[inner.name], namespace: ARRAYS_NS } : { name: DCS_PRIMITIVE_NAMES[inner.name] };
        return { type: 'array', items, xml: { wrapped: true } };
      }
      case 'dict': return { type: 'object', additionalProperties: this.typeSchema(t.value, dialect, dcs) };
      case 'class': {
        const name = getDtoMeta(t.ctor).name;
        this.add([t.ctor]);
        return { $ref: schemaRef(name) };
      }
    }
  }
}

function unwrap(t: TypeRef): TypeRef { return t.kind === 'nullable' ? t.of : t; }

function primitiveSchema(name: string, dialect: string): Schema {
  switch (name) {
    case 'string': return { type: 'string' };
    case 'bool': return { type: 'boolean' };
    case 'char': return { type: 'string', maxLength: 1 };
    case 'byte': case 'sbyte': case 'short': case 'ushort': case 'int': return { type: 'integer', format: 'int32' };
    case 'uint': case 'long': case 'ulong': return dialect === 'gateway' ? { type: 'string', format: 'int64' } : { type: 'integer', format: 'int64' };
    case 'float': return { type: 'number', format: 'float' };
    case 'double': case 'decimal': return { type: 'number', format: 'double' };
    case 'Guid': return { type: 'string', format: 'uuid' };
    case 'DateTime': case 'DateTimeOffset': return dialect === 'servicestack' ? { type: 'string', description: 'WCF JSON date: /Date(ms±zzzz)/' } : { type: 'string', format: 'date-time' };
    case 'TimeSpan': return { type: 'string', format: 'duration' };
    case 'byte[]': return { type: 'string', contentEncoding: 'base64' };
    default: return {};
  }
}

export type { Schema };
