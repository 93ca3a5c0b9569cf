/**
 * Per-class serialization plans, computed once: which members each serializer writes, in which
 * order, under which element name and namespace, and the lookup table the reader matches incoming
 * elements against. The writers and the reader share them, so they cannot disagree.
 */
import { allDtos, contractOf, getDtoMeta, isDto, type MemberMeta } from '../../dto/dto-meta.js';
import { dataContractMembers, dataContractName, xmlSerializerMembers } from '../../dto/member-order.js';
import type { Constructor, TypeRef } from '../../types/type-ref.js';
import { childNamespaceToDeclare, xsName } from './contract-names.js';

export type XmlSerializerKind = 'dcs' | 'xs';

export interface MemberPlan {
  /** JavaScript property (= the .NET member name). */
  readonly key: string;
  /** Element local name (DataMember(Name) under DataContractSerializer). */
  readonly element: string;
  /** Element namespace: the declaring class's contract namespace (DCS) or '' (XmlSerializer). */
  readonly ns: string;
  readonly type: TypeRef;
  /** DCS: the namespace declared on this member's element for the value's own elements. */
  readonly childNs: string | undefined;
  /** `[DataMember(EmitDefaultValue = false)]`. */
  readonly skipDefault: boolean;
  readonly required: boolean;
}

export interface ClassPlan {
  readonly ctor: Constructor;
  /** Root/type element name and namespace ('' for XmlSerializer). */
  readonly name: string;
  readonly ns: string;
  readonly members: readonly MemberPlan[];
  /** Reader lookup: `${ns} ${element}` → member. */
  readonly byElement: ReadonlyMap<string, MemberPlan>;
}

export const elementKey = (ns: string, local: string): string => `${ns} ${local}`;

const plans: Record<XmlSerializerKind, WeakMap<Constructor, ClassPlan>> = { dcs: new WeakMap(), xs: new WeakMap() };

export function classPlan(ctor: Constructor, kind: XmlSerializerKind): ClassPlan {
  let p = plans[kind].get(ctor);
  if (!p) plans[kind].set(ctor, (p = kind === 'dcs' ? buildDcs(ctor) : buildXs(ctor)));
  return p;
}

function finish(ctor: Constructor, name: string, ns: string, members: MemberPlan[]): ClassPlan {
  const byElement = new Map<string, MemberPlan>();
  for (const m of members) byElement.set(elementKey(m.ns, m.element), m);
  return Object.freeze({ ctor, name, ns, members: Object.freeze(members), byElement });
}

function buildDcs(ctor: Constructor): ClassPlan {
  const contract = contractOf(getDtoMeta(ctor));
  const members = dataContractMembers(ctor).map((m: MemberMeta): MemberPlan => {
    const level = getDtoMeta(m.declaringClass);
    const ns = contractOf(level).namespace;
    return {
      key: m.name, element: dataContractName(level, m), ns, type: m.type,
      childNs: childNamespaceToDeclare(ns, m.type),
      skipDefault: level.dataContract !== undefined && m.dataMember?.emitDefaultValue === false,
      required: level.dataContract !== undefined && m.dataMember?.isRequired === true,
    };
  });
  return finish(ctor, contract.name, contract.namespace, members);
}

function buildXs(ctor: Constructor): ClassPlan {
  const members = xmlSerializerMembers(ctor).map((m): MemberPlan => ({
    key: m.name, element: m.name, ns: '', type: m.type, childNs: undefined, skipDefault: false, required: false,
  }));
  return finish(ctor, xsName({ kind: 'class', ctor }), '', members);
}

/**
 * The registered DTO class a `i:type`/`xsi:type` names, if it is the declared class or derives
 * from it (a document may not swap in an unrelated type).
 */
export function subtypeByName(declared: Constructor, kind: XmlSerializerKind, name: string, ns: string): Constructor | undefined {
  const matches = (c: Constructor): boolean => {
    const p = classPlan(c, kind);
    return p.name === name && (kind === 'xs' || p.ns === ns);
  };
  if (matches(declared)) return declared;
  for (const c of allDtos()) {
    if (c.prototype instanceof declared && isDto(c) && matches(c)) return c;
  }
  return undefined;
}

/** The runtime DTO class of a value written where `declared` was expected, when it is a registered subclass. */
export function runtimeClass(declared: Constructor, value: object): Constructor {
  const c = value.constructor as Constructor | undefined;
  return c && c !== declared && c.prototype instanceof declared && isDto(c) ? c : declared;
}
