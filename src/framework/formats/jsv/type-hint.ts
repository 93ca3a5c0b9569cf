/**
 * `__type` hints on input (spec §3.12): which class a `"Namespace.Type, Assembly"` name may
 * create. Only registered DTO classes deriving from the declared type qualify — or, when the
 * options list `knownTypes`, only those — so input can never instantiate anything else.
 */
import { allDtos, getDtoMeta } from '../../dto/dto-meta.js';
import type { Constructor } from '../../types/type-ref.js';
import type { JsvCursor } from './jsv-lexer.js';
import { derivesFrom } from './member-plan.js';

/** `Namespace.Type` of a `Namespace.Type, Assembly` hint (generic arguments' commas kept). */
function fullNameOf(hint: string): string {
  let depth = 0;
  for (let i = 0; i < hint.length; i++) {
    const c = hint[i];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === ',' && depth === 0) return hint.slice(0, i).trim();
  }
  return hint.trim();
}

let byFullName = new Map<string, Constructor>();
let indexedCount = -1;

/** Registered DTO classes by `Namespace.Name`, re-indexed when more classes have registered. */
function registeredDto(full: string): Constructor | undefined {
  const all = allDtos();
  if (all.length !== indexedCount) {
    const map = new Map<string, Constructor>();
    for (const c of all) {
      try {
        const meta = getDtoMeta(c);
        const key = `${meta.namespace}.${meta.name}`;
        if (!map.has(key)) map.set(key, c);
      } catch { /* a class whose metadata cannot resolve cannot be named by a hint either */ }
    }
    byFullName = map;
    indexedCount = all.length;
  }
  return byFullName.get(full);
}

/**
 * The class a `__type` hint names, if it may be created here: one of `knownTypes` when that list
 * is given (ServiceStack's runtime-type whitelist), else any registered DTO class; either way it
 * must derive from the declared type. Anything else is ignored, as .NET ignores it.
 */
export function resolveHint(r: JsvCursor, hint: string, base: Constructor | undefined): Constructor | undefined {
  const full = fullNameOf(hint);
  const ctor = r.o.knownTypes ? r.o.knownTypes.get(full) : registeredDto(full);
  return ctor && (base === undefined || derivesFrom(ctor, base)) ? ctor : undefined;
}
