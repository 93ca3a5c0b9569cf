/**
 * Enums in JSV (ServiceStack's EnumInfo): an [EnumMember] value wins, then [Flags] enums (or
 * TreatEnumAsInteger) are written as their number, else the member name; a value with no member
 * prints as its number. Reading accepts all of those, case-insensitively, plus `A, B` flag lists.
 */
import { enumValue, type EnumMeta } from '../../dto/enum-meta.js';

export function writeEnum(v: unknown, meta: EnumMeta, asInteger: boolean): string | undefined {
  let n: number;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'string') {
    const parsed = parseEnum(v, meta, false);
    if (parsed === undefined) return undefined;
    n = parsed;
  } else if (typeof v === 'bigint') n = Number(v);
  else return undefined;
  const m = meta.byValue.get(n);
  if (m?.enumMember !== undefined) return m.enumMember;
  if (asInteger || meta.flags || !m) return Number.isInteger(n) ? String(n) : undefined;
  return m.name;
}

const exactNames = new WeakMap<EnumMeta, ReadonlyMap<string, number>>();

/** Names and EnumMember values exactly as written, the usual case. */
function exact(meta: EnumMeta): ReadonlyMap<string, number> {
  let map = exactNames.get(meta);
  if (!map) {
    const m = new Map<string, number>();
    for (const x of meta.members) {
      if (!m.has(x.name)) m.set(x.name, x.value);
      if (x.enumMember !== undefined && !m.has(x.enumMember)) m.set(x.enumMember, x.value);
    }
    exactNames.set(meta, (map = m));
  }
  return map;
}

/** The enum's number for `text`, or undefined. `snake` also matches with `_` removed. */
export function parseEnum(text: string, meta: EnumMeta, snake: boolean): number | undefined {
  const hit = exact(meta).get(text);
  if (hit !== undefined) return hit;
  const t = text.trim();
  if (t.length === 0) return undefined;
  const one = (name: string): number | undefined => {
    const s = name.trim();
    if (/^-?\d+$/.test(s)) {
      const n = Number(s);
      return Number.isSafeInteger(n) ? n : undefined;
    }
    const lower = s.toLowerCase();
    const m = meta.byLowerName.get(lower) ?? (snake ? byLenient(meta, lower) : undefined);
    return m?.value;
  };
  if (!t.includes(',')) return one(t);
  let acc = 0;
  for (const part of t.split(',')) {
    const n = one(part);
    if (n === undefined) return undefined;
    acc |= n;
  }
  return acc;
}

/** What a DTO holds for `text`: the enum's number, or a string-valued enum's member name. */
export function readEnum(text: string, meta: EnumMeta, snake: boolean): number | string | undefined {
  const n = parseEnum(text, meta, snake);
  return n === undefined ? undefined : enumValue(meta, n);
}

function byLenient(meta: EnumMeta, lower: string): { value: number } | undefined {
  const key = lower.replaceAll('_', '');
  return meta.members.find((m) => m.name.toLowerCase() === key);
}
