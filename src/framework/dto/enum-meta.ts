/**
 * .NET enums. A TypeScript numeric enum supplies the names and values; `defineEnum` adds what the
 * wire needs and TS cannot express: the .NET name and namespace, [Flags], and [EnumMember] values.
 * Values travel through DTOs as numbers, so [Flags] combinations and undefined values survive.
 */
import { setEnumLookup } from '../types/type-ref.js';

export interface EnumMemberMeta {
  readonly name: string;
  readonly value: number;
  /** `[EnumMember(Value = "…")]`, used by ServiceStack.Text and DataContractSerializer. */
  readonly enumMember?: string;
}

export interface EnumMeta {
  readonly name: string;
  readonly namespace: string;
  readonly flags: boolean;
  readonly underlyingType: 'int' | 'byte' | 'short' | 'long' | 'uint' | 'ushort' | 'ulong' | 'sbyte';
  /** In declaration order. */
  readonly members: readonly EnumMemberMeta[];
  readonly byValue: ReadonlyMap<number, EnumMemberMeta>;
  /** Lower-cased name and EnumMember value → member, for case-insensitive reads. */
  readonly byLowerName: ReadonlyMap<string, EnumMemberMeta>;
  readonly description?: string;
}

export interface EnumOptions {
  name: string;
  namespace?: string;
  flags?: boolean;
  underlyingType?: EnumMeta['underlyingType'];
  enumMembers?: Record<string, string>;
  description?: string;
}

const enums = new WeakMap<object, EnumMeta>();
setEnumLookup((o) => enums.get(o));
/** Every registered enum, for type strings that name one (`'List<Color>'`). */
const defined: EnumMeta[] = [];

export function defineEnum<E extends Record<string, string | number>>(tsEnum: E, options: EnumOptions): E {
  const members: EnumMemberMeta[] = Object.keys(tsEnum)
    .filter((k) => typeof tsEnum[k] === 'number')
    .map((name) => {
      const enumMember = options.enumMembers?.[name];
      return enumMember === undefined ? { name, value: tsEnum[name] as number } : { name, value: tsEnum[name] as number, enumMember };
    });
  const byValue = new Map<number, EnumMemberMeta>();
  const byLowerName = new Map<string, EnumMemberMeta>();
  for (const m of members) {
    if (!byValue.has(m.value)) byValue.set(m.value, m);
    byLowerName.set(m.name.toLowerCase(), m);
    if (m.enumMember !== undefined) byLowerName.set(m.enumMember.toLowerCase(), m);
  }
  enums.set(tsEnum, {
    name: options.name,
    namespace: options.namespace ?? 'Stackport.ServiceModel',
    flags: options.flags ?? false,
    underlyingType: options.underlyingType ?? 'int',
    members, byValue, byLowerName,
    ...(options.description === undefined ? {} : { description: options.description }),
  });
  defined.push(enums.get(tsEnum)!);
  return tsEnum;
}

export function getEnumMeta(tsEnum: object): EnumMeta | undefined {
  return enums.get(tsEnum);
}

export function allEnums(): readonly EnumMeta[] {
  return defined;
}

/**
 * The names of the flags set in `value`, as .NET's Enum.ToString() picks them: a member whose
 * value equals the whole value wins; otherwise the largest members first, listed in ascending
 * order. Returns undefined when the value cannot be expressed with the defined members.
 */
export function flagNames(meta: EnumMeta, value: number): EnumMemberMeta[] | undefined {
  const exact = meta.byValue.get(value);
  if (exact) return [exact];
  if (value === 0) return undefined;
  const sorted = [...meta.members].filter((m) => m.value !== 0).sort((a, b) => b.value - a.value);
  let rest = value;
  const picked: EnumMemberMeta[] = [];
  for (const m of sorted) {
    if ((rest & m.value) === m.value) { picked.push(m); rest &= ~m.value; }
    if (rest === 0) break;
  }
  return rest === 0 ? picked.reverse() : undefined;
}
