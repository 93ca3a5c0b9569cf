/**
 * `/types/metadata`: ServiceStack's MetadataTypes JSON (config, namespaces, types, operations),
 * the language-neutral model its DTO generators and the API Explorer consume. .NET type names
 * are CLR names (`String`, `Int32`, `List\`1` + genericArgs); nulls are omitted.
 */
import { getDtoMeta, type DtoMeta, type EnumMeta, type MemberMeta, type TypeRef } from '../../src/index.js';
import { isValueType } from '../../src/framework/types/type-ref.js';
import { baseGenericArgs } from '../shared/type-names.js';
import { defaultMethod, namespacesOf, type NativeModel } from './native-model.js';

const CLR_NAMES: Record<string, string> = {
  string: 'String', bool: 'Boolean', char: 'Char', byte: 'Byte', sbyte: 'SByte', short: 'Int16', ushort: 'UInt16',
  int: 'Int32', uint: 'UInt32', long: 'Int64', ulong: 'UInt64', float: 'Single', double: 'Double', decimal: 'Decimal',
  DateTime: 'DateTime', DateTimeOffset: 'DateTimeOffset', TimeSpan: 'TimeSpan', Guid: 'Guid', 'byte[]': 'Byte[]', object: 'Object',
};

/** A type as a MetadataTypeName: name plus generic arguments in C#-like spelling. */
function clrName(t: TypeRef): { name: string; genericArgs?: string[]; namespace?: string } {
  switch (t.kind) {
    case 'primitive': return { name: CLR_NAMES[t.name]!, namespace: 'System' };
    case 'nullable': return { name: 'Nullable`1', genericArgs: [flat(t.of)], namespace: 'System' };
    case 'list': return t.array ? { name: `${flat(t.of)}[]` } : { name: 'List`1', genericArgs: [flat(t.of)], namespace: 'System.Collections.Generic' };
    case 'dict': return { name: 'Dictionary`2', genericArgs: [flat(t.key), flat(t.value)], namespace: 'System.Collections.Generic' };
    case 'class': { const m = getDtoMeta(t.ctor); return { name: m.name, namespace: m.namespace }; }
    case 'enum': return { name: t.meta.name, namespace: t.meta.namespace };
  }
}

function flat(t: TypeRef): string {
  const n = clrName(t);
  return n.genericArgs ? `${n.name.replace(/`\d+$/, '')}<${n.genericArgs.join(',')}>` : n.name;
}

function property(m: MemberMeta): Record<string, unknown> {
  const n = clrName(m.type);
  return {
    name: m.name, type: n.name, ...(n.namespace ? { namespace: n.namespace } : {}),
    ...(isValueType(m.type) || m.type.kind === 'nullable' ? { isValueType: true } : {}),
    ...(m.type.kind === 'enum' ? { isEnum: true } : {}),
    ...(n.genericArgs ? { genericArgs: n.genericArgs } : {}),
    ...(m.description ? { description: m.description } : {}),
    ...(m.required ? { isRequired: true } : {}),
    ...(m.dataMember ? { dataMember: m.dataMember } : {}),
  };
}

function classType(meta: DtoMeta): Record<string, unknown> {
  const inherits = meta.base ? getDtoMeta(meta.base) : undefined;
  const args = baseGenericArgs(meta);
  return {
    name: meta.genericParams.length ? `${meta.name}\`${meta.genericParams.length}` : meta.name,
    namespace: meta.namespace,
    ...(meta.genericParams.length ? { genericArgs: meta.genericParams, isGenericTypeDef: true } : {}),
    ...(inherits ? { inherits: { name: inherits.genericParams.length ? `${inherits.name}\`${inherits.genericParams.length}` : inherits.name, namespace: inherits.namespace, ...(args.length ? { genericArgs: args } : {}) } } : {}),
    ...(meta.implements.length ? { implements: meta.implements.map((name) => ({ name })) } : {}),
    ...(meta.description ? { description: meta.description } : {}),
    ...(meta.dataContract ? { dataContract: meta.dataContract } : {}),
    properties: meta.ownMembers.map(property),
  };
}

function enumType(meta: EnumMeta): Record<string, unknown> {
  return {
    name: meta.name, namespace: meta.namespace, isEnum: true, ...(meta.flags ? { isEnumInt: true } : {}),
    enumNames: meta.members.map((m) => m.name), enumValues: meta.members.map((m) => String(m.value)),
    ...(meta.members.some((m) => m.enumMember !== undefined) ? { enumMemberValues: meta.members.map((m) => m.enumMember ?? m.name) } : {}),
    ...(meta.description ? { description: meta.description } : {}),
  };
}

export function metadataTypes(model: NativeModel, baseUrl: string): Record<string, unknown> {
  const opTypes = new Set(model.operations.flatMap((o) => [o.request, ...(o.response ? [o.response] : [])]));
  const asType = (t: NativeModel['types'][number]): Record<string, unknown> => (t.kind === 'enum' ? enumType(t.meta) : classType(t.meta));
  return {
    config: { baseUrl, makePartial: true, makeVirtual: true, addReturnMarker: true, addDescriptionAsComments: true, addServiceStackTypes: true },
    namespaces: ['System', 'System.Collections', 'System.Collections.Generic', 'System.Runtime.Serialization', 'ServiceStack', 'ServiceStack.DataAnnotations', ...namespacesOf(model.types)],
    types: model.types.filter((t) => !(t.kind === 'class' && opTypes.has(t.ctor))).map(asType),
    operations: model.operations.map((o) => ({
      request: classType(getDtoMeta(o.request)),
      ...(o.response ? { response: classType(getDtoMeta(o.response)) } : {}),
      actions: [...o.op.handlers.keys()],
      ...(o.returnsVoid ? { returnsVoid: true } : {}),
      method: defaultMethod(o.op),
      routes: o.routes.map((r) => ({ path: r.path, verbs: r.verbs.length ? r.verbs.join(',') : undefined, summary: r.summary, notes: r.notes })),
      ...(o.op.meta.authenticate || o.op.meta.requiredRoles.length || o.op.meta.requiredPermissions.length ? { requiresAuth: true } : {}),
      ...(o.op.meta.requiredRoles.length ? { requiredRoles: o.op.meta.requiredRoles } : {}),
      ...(o.op.meta.requiredPermissions.length ? { requiredPermissions: o.op.meta.requiredPermissions } : {}),
    })),
  };
}
