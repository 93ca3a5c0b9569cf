/**
 * The per-class facts JSV reading and writing need, computed once per class (WeakMap caches):
 * ServiceStack's member order, each member's wire name under every text case, the
 * `DeclaringType.Member` reference ExcludePropertyReferences matches, and the lookup tables the
 * reader matches keys with (case-insensitive .NET name and DataMember alias, optionally with
 * `_`/`-` removed).
 */
import { getDtoMeta, type MemberMeta } from '../../dto/dto-meta.js';
import { serviceStackMembers } from '../../dto/member-order.js';
import { applyTextCase, type TextCase } from '../../types/text-case.js';
import { isValueType, type Constructor, type TypeRef } from '../../types/type-ref.js';

export interface MemberInfo {
  /** .NET name = JS property key. */
  readonly name: string;
  readonly type: TypeRef;
  /** Position in `MemberInfo[]`. */
  readonly index: number;
  readonly wire: Readonly<Record<TextCase, string>>;
  /** A non-nullable value type: never null, written as its default when unset. */
  readonly valueType: boolean;
  readonly isEnum: boolean;
  /** `[DataMember(EmitDefaultValue=false)]` (ignored for enums, as ServiceStack does). */
  readonly suppressDefault: boolean;
  /** `DeclaringType.Member`, for ExcludePropertyReferences. */
  readonly ref: string;
}

export interface ClassInfo {
  readonly ctor: Constructor;
  /** `Namespace.Name` for `__type` hints. */
  readonly fullName: string;
  readonly namespace: string;
  readonly members: readonly MemberInfo[];
  /** Wire names in member order, per text case. */
  readonly wires: Readonly<Record<TextCase, readonly string[]>>;
  readonly byLower: ReadonlyMap<string, MemberInfo>;
  readonly byLenient: ReadonlyMap<string, MemberInfo>;
}

const infos = new WeakMap<Constructor, ClassInfo>();

export function classInfo(ctor: Constructor): ClassInfo {
  let info = infos.get(ctor);
  if (!info) infos.set(ctor, (info = buildInfo(ctor)));
  return info;
}

const TEXT_CASES: readonly TextCase[] = ['PascalCase', 'camelCase', 'snake_case'];

function buildInfo(ctor: Constructor): ClassInfo {
  const meta = getDtoMeta(ctor);
  const members = serviceStackMembers(ctor).map((m: MemberMeta, index): MemberInfo => {
    const alias = m.dataMember?.name;
    const wire = Object.fromEntries(TEXT_CASES.map((tc) => [tc, alias ?? applyTextCase(m.name, tc)])) as Record<TextCase, string>;
    const isEnum = m.type.kind === 'enum';
    return {
      name: m.name, type: m.type, index, wire, valueType: isValueType(m.type), isEnum,
      suppressDefault: m.dataMember?.emitDefaultValue === false && !isEnum,
      ref: `${getDtoMeta(m.declaringClass).name}.${m.name}`,
    };
  });
  const byLower = new Map<string, MemberInfo>();
  const byLenient = new Map<string, MemberInfo>();
  // First declaration wins on collisions, as reflection order decides in .NET.
  const add = (map: Map<string, MemberInfo>, key: string, m: MemberInfo): void => { if (!map.has(key)) map.set(key, m); };
  for (const m of members) {
    add(byLower, m.name.toLowerCase(), m);
    if (m.wire.PascalCase !== m.name) add(byLower, m.wire.PascalCase.toLowerCase(), m);
  }
  for (const [key, m] of byLower) add(byLenient, key.replace(/[_-]/g, ''), m);
  const wires = Object.fromEntries(TEXT_CASES.map((tc) => [tc, members.map((m) => m.wire[tc])])) as Record<TextCase, string[]>;
  return { ctor, fullName: `${meta.namespace}.${meta.name}`, namespace: meta.namespace, members, wires, byLower, byLenient };
}

/** A reader's key lookup: case-insensitive, then (snake_case/lenient) without `_` and `-`. */
export function findMember(info: ClassInfo, key: string, lenient: boolean): MemberInfo | undefined {
  const lower = key.toLowerCase();
  const m = info.byLower.get(lower);
  if (m || !lenient) return m;
  return info.byLenient.get(lower.replace(/[_-]/g, ''));
}

/** Is `sub` a registered DTO class deriving from `base` (or equal to it)? */
export function derivesFrom(sub: unknown, base: Constructor): sub is Constructor {
  return typeof sub === 'function' && (sub === base || sub.prototype instanceof base);
}
