/**
 * The data contracts an XSD export covers, in the order XsdDataContractExporter's DataContractSet
 * collects them: each root, then depth-first and self before what it refers to — a class's base
 * class, then its own members' types in DataContract order; a collection's item type; a
 * dictionary's key and value types. Primitives are built in and not collected (DateTimeOffset,
 * a class in the System namespace for DataContractSerializer, is).
 */
import { getDtoMeta, type Constructor, type TypeRef } from '../../src/index.js';
import { dataContractMembers } from '../../src/framework/dto/member-order.js';
import { stableName } from '../../src/framework/formats/xml/contract-names.js';

export type Contract = Exclude<TypeRef, { kind: 'nullable' } | { kind: 'primitive' }> | { kind: 'primitive'; name: 'DateTimeOffset' };

export const unwrap = (t: TypeRef): TypeRef => (t.kind === 'nullable' ? t.of : t);

/** Members declared on this very class (its level of the DataContract order). */
export function ownContractMembers(ctor: Constructor): ReturnType<typeof dataContractMembers> {
  return dataContractMembers(ctor).filter((m) => m.declaringClass === ctor);
}

export function collectContracts(roots: readonly TypeRef[]): Contract[] {
  const seen = new Set<string>();
  const out: Contract[] = [];
  const add = (raw: TypeRef): void => {
    const t = unwrap(raw);
    if (t.kind === 'primitive' && t.name !== 'DateTimeOffset') return;
    const q = stableName(t);
    const key = `${q.ns} ${q.name}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(t as Contract);
    switch (t.kind) {
      case 'class': {
        const meta = getDtoMeta(t.ctor);
        if (meta.base) add({ kind: 'class', ctor: meta.base });
        for (const m of ownContractMembers(t.ctor)) add(m.type);
        return;
      }
      case 'list': return add(t.of);
      case 'dict': add(t.key); return add(t.value);
      default: return;
    }
  };
  for (const r of roots) add(r);
  return out;
}
