/**
 * The set of declarations a native-types generator emits — ServiceStack's MetadataTypes reduced
 * to what our registry knows: operations (request, response, routes, verb), the other DTO classes
 * and enums they reach, and the custom interfaces the DTOs implement.
 */
import { getDtoMeta, type AppHost, type Constructor, type Operation, type RouteDef, type TypeRef } from '../../src/index.js';
import { reachableTypes, responseRoots, responseTypeOf, returnTypeOf, sortedOperations, type DocType } from '../shared/type-graph.js';
import { allInterfaces, VERB_MARKERS } from '../shared/type-names.js';

export interface NativeOperation {
  readonly op: Operation;
  readonly request: Constructor;
  readonly response?: Constructor;
  /** The declared `IReturn<T>`, any type: `response` is it when it is a DTO class. */
  readonly returns?: TypeRef;
  readonly returnsVoid: boolean;
  readonly routes: readonly RouteDef[];
  /** The verb a client uses by default (getMethod()). */
  readonly method: string;
}

export interface NativeInterface { readonly name: string; readonly namespace: string }

export interface NativeModel {
  readonly operations: readonly NativeOperation[];
  /** Every class and enum to declare (requests and responses included), in discovery order. */
  readonly types: readonly DocType[];
  readonly interfaces: readonly NativeInterface[];
}

/** Interfaces ServiceStack's client library already declares. */
export const SERVICESTACK_INTERFACES = new Set(['IReturn', 'IReturnVoid', 'IHasResponseStatus', 'IMeta', 'IHasSessionId', 'IHasBearerToken', ...Object.keys(VERB_MARKERS)]);

/** The verb: a verb marker interface, else the first route's only verb, else POST. */
export function defaultMethod(op: Operation): string {
  const marker = allInterfaces(op.meta).find((i) => VERB_MARKERS[i]);
  if (marker) return VERB_MARKERS[marker]!;
  const first = op.meta.routes[0];
  return first && first.verbs.length === 1 ? first.verbs[0]! : 'POST';
}

export interface TypeFilter {
  includeTypes?: readonly string[];
  excludeTypes?: readonly string[];
}

export function nativeModel(host: AppHost, filter: TypeFilter = {}): NativeModel {
  const ops = sortedOperations(host.operations.values());
  const roots = ops.flatMap((op) => [op.requestType, ...responseRoots(op)]);
  let types = reachableTypes(roots);
  const include = filter.includeTypes?.length ? includeSet(filter.includeTypes, ops, types) : undefined;
  const exclude = new Set((filter.excludeTypes ?? []).map((n) => n.toLowerCase()));
  const keep = (name: string): boolean => (!include || include.has(name.toLowerCase())) && !exclude.has(name.toLowerCase());
  types = types.filter((t) => keep(t.meta.name));
  const operations = ops.filter((op) => keep(op.meta.name)).map((op): NativeOperation => {
    const response = responseTypeOf(op);
    const returns = returnTypeOf(op);
    return { op, request: op.requestType, ...(response ? { response } : {}), ...(returns ? { returns } : {}), returnsVoid: op.meta.returns === 'void', routes: op.meta.routes, method: defaultMethod(op) };
  });
  const interfaces = new Map<string, NativeInterface>();
  for (const t of types) {
    if (t.kind !== 'class') continue;
    for (const name of t.meta.implements) {
      if (!SERVICESTACK_INTERFACES.has(name) && !interfaces.has(name)) interfaces.set(name, { name, namespace: t.meta.namespace });
    }
  }
  return { operations, types, interfaces: [...interfaces.values()] };
}

/** IncludeTypes: `Name` is that type; `Name.*` adds what it reaches (its response too); `Pre*` a prefix. */
function includeSet(patterns: readonly string[], ops: readonly Operation[], all: readonly DocType[]): Set<string> {
  const out = new Set<string>();
  for (const raw of patterns) {
    const p = raw.trim();
    if (!p) continue;
    if (p.endsWith('.*')) {
      const name = p.slice(0, -2).toLowerCase();
      const op = ops.find((o) => o.meta.name.toLowerCase() === name);
      const start = op ? [op.requestType, ...responseRoots(op)]
        : all.filter((t): t is Extract<DocType, { kind: 'class' }> => t.kind === 'class' && t.meta.name.toLowerCase() === name).map((t) => t.ctor);
      for (const t of reachableTypes(start)) out.add(t.meta.name.toLowerCase());
    } else if (p.endsWith('*')) {
      const prefix = p.slice(0, -1).toLowerCase();
      for (const t of all) if (t.meta.name.toLowerCase().startsWith(prefix)) out.add(t.meta.name.toLowerCase());
    } else {
      out.add(p.toLowerCase());
    }
  }
  return out;
}

/** Namespaces of the declared types in the order they are first met. */
export function namespacesOf(types: readonly DocType[]): string[] {
  return [...new Set(types.map((t) => t.meta.namespace))];
}

export const isBuiltIn = (t: DocType): boolean => t.kind === 'class' && getDtoMeta(t.ctor).builtIn;
