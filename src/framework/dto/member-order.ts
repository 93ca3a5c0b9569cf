/**
 * Which members each serializer writes, in which order. .NET's serializers disagree, and
 * byte-compatibility depends on copying each one exactly:
 *  - ServiceStack.Text (JSON, JSV): reflection order — most-derived class first, each class in
 *    declaration order — then a stable sort by DataMember.Order (unordered counts as -1).
 *  - Json.NET (ASP.NET Web API): the same, but all fields before all properties.
 *  - DataContractSerializer: base class first; within a class unordered members sorted ordinally
 *    by name, then ordered members by Order (ties by name).
 *  - XmlSerializer: base class first, fields then properties, declaration order; ignores DataMember.
 * Each view is computed once per class.
 */
import type { Constructor } from '../types/type-ref.js';
import { getDtoMeta, type DtoMeta, type MemberMeta } from './dto-meta.js';

type View = 'serviceStack' | 'jsonNet' | 'dataContract' | 'xmlSerializer';
const cache: Record<View, WeakMap<Constructor, readonly MemberMeta[]>> = {
  serviceStack: new WeakMap(), jsonNet: new WeakMap(), dataContract: new WeakMap(), xmlSerializer: new WeakMap(),
};

function cached(view: View, ctor: Constructor, build: (meta: DtoMeta) => MemberMeta[]): readonly MemberMeta[] {
  let v = cache[view].get(ctor);
  if (!v) cache[view].set(ctor, (v = Object.freeze(build(getDtoMeta(ctor)))));
  return v;
}

/** Class chain from the given class up to its root registered base. */
export function classChain(meta: DtoMeta): DtoMeta[] {
  const chain = [meta];
  while (chain[chain.length - 1]!.base) chain.push(getDtoMeta(chain[chain.length - 1]!.base!));
  return chain;
}

const orderKey = (m: MemberMeta): number => m.dataMember?.order ?? -1;
const stableByOrder = (ms: MemberMeta[]): MemberMeta[] =>
  ms.map((m, i) => [m, i] as const).sort((a, b) => orderKey(a[0]) - orderKey(b[0]) || a[1] - b[1]).map(([m]) => m);
const contractFilter = (meta: DtoMeta, ms: MemberMeta[]): MemberMeta[] =>
  meta.dataContract ? ms.filter((m) => m.dataMember) : ms;

export function serviceStackMembers(ctor: Constructor): readonly MemberMeta[] {
  return cached('serviceStack', ctor, (meta) =>
    stableByOrder(contractFilter(meta, classChain(meta).flatMap((c) => c.ownMembers))));
}

export function jsonNetMembers(ctor: Constructor): readonly MemberMeta[] {
  return cached('jsonNet', ctor, (meta) => {
    const chain = classChain(meta);
    const fields = chain.flatMap((c) => c.ownMembers.filter((m) => m.field));
    const props = chain.flatMap((c) => c.ownMembers.filter((m) => !m.field));
    return stableByOrder(contractFilter(meta, [...fields, ...props]));
  });
}

const ordinal = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function dataContractMembers(ctor: Constructor): readonly MemberMeta[] {
  return cached('dataContract', ctor, (meta) =>
    classChain(meta).reverse().flatMap((level) => {
      const ms = contractFilter(level, [...level.ownMembers]);
      const name = (m: MemberMeta): string => dataContractName(level, m);
      const unordered = ms.filter((m) => m.dataMember?.order === undefined).sort((a, b) => ordinal(name(a), name(b)));
      const ordered = ms.filter((m) => m.dataMember?.order !== undefined)
        .sort((a, b) => orderKey(a) - orderKey(b) || ordinal(name(a), name(b)));
      return [...unordered, ...ordered];
    }));
}

export function xmlSerializerMembers(ctor: Constructor): readonly MemberMeta[] {
  return cached('xmlSerializer', ctor, (meta) =>
    classChain(meta).reverse().flatMap((c) => [...c.ownMembers.filter((m) => m.field), ...c.ownMembers.filter((m) => !m.field)]));
}

/** DataMember(Name) renames only inside a [DataContract] class (DataContractSerializer, Json.NET). */
export function dataContractName(declaring: DtoMeta, m: MemberMeta): string {
  return declaring.dataContract && m.dataMember?.name ? m.dataMember.name : m.name;
}
