/**
 * Resolves every type an operation can touch — request, base classes, nested members, `@Returns` —
 * when it is registered, so that a declaration mistake (a name no DTO has, a class no decorator
 * registered, a thunk that throws) stops the host at startup with the DTO and member it is in,
 * instead of failing the first request that happens to reach it.
 */
import { getDtoMeta, isDto } from './dto-meta.js';
import type { Constructor, TypeRef } from '../types/type-ref.js';

export function resolveTypeGraph(requestType: Constructor): void {
  const seen = new Set<Constructor>();
  const visit = (ctor: Constructor, where: string): void => {
    if (seen.has(ctor)) return;
    seen.add(ctor);
    if (!isDto(ctor)) throw new TypeError(`${where}: ${(ctor as { name?: string }).name || 'an anonymous class'} is not a DTO (decorate it with @Dto or @Member)`);
    const meta = getDtoMeta(ctor);
    if (meta.base) visit(meta.base, meta.name);
    for (const m of meta.ownMembers) walk(m.type, `${meta.name}.${m.name}`);
    for (const t of meta.baseArgs) walk(t, `${meta.name} (@Dto baseArgs)`);
    if (meta.returnType && meta.returnType !== 'void') walk(meta.returnType, `${meta.name} (@Returns)`);
  };
  const walk = (t: TypeRef, where: string): void => {
    if (t.kind === 'class') visit(t.ctor, where);
    else if (t.kind === 'nullable' || t.kind === 'list') walk(t.of, where);
    else if (t.kind === 'dict') { walk(t.key, where); walk(t.value, where); }
  };
  visit(requestType, 'the request type');
}
