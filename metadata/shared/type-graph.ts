/**
 * The DTO graph the generators walk: which classes and enums an operation (or a whole host)
 * reaches through base classes, generic base arguments and member types. Everything here reads
 * only the DTO registry.
 */
import { getDtoMeta, type DtoMeta, type EnumMeta, type Operation } from '../../src/index.js';
import type { Constructor, TypeRef } from '../../src/index.js';

export type DocType =
  | { readonly kind: 'class'; readonly ctor: Constructor; readonly meta: DtoMeta }
  | { readonly kind: 'enum'; readonly meta: EnumMeta };

/** The response DTO class of an operation, if it declares one. */
export function responseTypeOf(op: Operation): Constructor | undefined {
  const r = op.meta.returns;
  return r && r !== 'void' ? r : undefined;
}

/** The declared `IReturn<T>` of an operation, whatever its type (`List<Order>`, `int`). */
export function returnTypeOf(op: Operation): TypeRef | undefined {
  const r = op.meta.returnType;
  return r && r !== 'void' ? r : undefined;
}

/** The DTO classes an operation's response reaches the graph through: `Order` of `List<Order>`. */
export function responseRoots(op: Operation): Constructor[] {
  const r = returnTypeOf(op);
  return r ? typesInRef(r).flatMap((t) => (t.kind === 'class' ? [t.ctor] : [])) : [];
}

/** Classes and enums named anywhere inside a type reference. */
export function typesInRef(t: TypeRef): DocType[] {
  switch (t.kind) {
    case 'primitive': return [];
    case 'nullable': return typesInRef(t.of);
    case 'list': return typesInRef(t.of);
    case 'dict': return [...typesInRef(t.key), ...typesInRef(t.value)];
    case 'class': return [{ kind: 'class', ctor: t.ctor, meta: getDtoMeta(t.ctor) }];
    case 'enum': return [{ kind: 'enum', meta: t.meta }];
  }
}

/** What a class refers to directly: its base, generic base arguments and own member types. */
export function directReferences(meta: DtoMeta): DocType[] {
  const out: DocType[] = [];
  if (meta.base) out.push({ kind: 'class', ctor: meta.base, meta: getDtoMeta(meta.base) });
  for (const a of meta.baseArgs) out.push(...typesInRef(a));
  for (const m of meta.ownMembers) out.push(...typesInRef(m.type));
  return out;
}

/** Every type reachable from the roots, in discovery order (roots first), each once. */
export function reachableTypes(roots: readonly Constructor[]): DocType[] {
  const seen = new Set<unknown>();
  const out: DocType[] = [];
  const queue: DocType[] = roots.map((ctor) => ({ kind: 'class', ctor, meta: getDtoMeta(ctor) }));
  while (queue.length) {
    const t = queue.shift()!;
    const key = t.kind === 'class' ? t.ctor : t.meta;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(t);
    if (t.kind === 'class') queue.push(...directReferences(t.meta));
  }
  return out;
}

/** The host's operations sorted by name, as ServiceStack lists them. */
export function sortedOperations(ops: Iterable<Operation>): Operation[] {
  return [...ops].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export const typeName = (t: DocType): string => t.meta.name;
export const typeNamespace = (t: DocType): string => t.meta.namespace;
