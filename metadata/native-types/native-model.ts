/**
 * The set of declarations a native-types generator emits — ServiceStack's MetadataTypes reduced
 * to what our registry knows: operations (request, response, routes, verb), the other DTO classes
 * and enums they reach, and the custom interfaces the DTOs implement.
 */
import { getDtoMeta, type AppHost, type Constructor, type DtoMeta, type EnumMeta, type MemberMeta, type Operation, type RouteDef, type TypeRef } from '../../src/index.js';
import { directReferences, reachableTypes, responseRoots, responseTypeOf, returnTypeOf, sortedOperations, typesInRef, type DocType } from '../shared/type-graph.js';
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

/** The members a generator declares: a [DataContract] class's [DataMember]s only, as the serializers do. */
export const emittedMembers = (meta: DtoMeta): readonly MemberMeta[] => (meta.dataContract ? meta.ownMembers.filter((m) => m.dataMember) : meta.ownMembers);

/** ServiceStack.Text writes enums by name (unless [Flags]); Json.NET and protojson by number. */
export function enumIsNumeric(meta: EnumMeta, users: readonly DocType[]): boolean {
  if (meta.flags) return true;
  return users.some((t) => t.kind === 'class' && t.meta.dialect !== undefined && t.meta.dialect !== 'servicestack'
    && t.meta.ownMembers.some((m) => typesInRef(m.type).some((x) => x.kind === 'enum' && x.meta === meta)));
}

/**
 * Sorted by name, each class after its base class — and, with `members`, after the types its
 * members name too (Python evaluates member annotations when the class is created). A cycle
 * leaves the later type undeclared at its first use; the generators that care quote it.
 */
export function dependencyOrder(types: readonly DocType[], members: boolean): DocType[] {
  const sorted = [...types].sort((a, b) => (a.meta.name < b.meta.name ? -1 : a.meta.name > b.meta.name ? 1 : 0));
  const keyOf = (t: DocType): unknown => (t.kind === 'class' ? t.ctor : t.meta);
  const byKey = new Map(sorted.map((t) => [keyOf(t), t] as const));
  const out: DocType[] = [];
  const done = new Set<unknown>();
  const visit = (t: DocType): void => {
    if (done.has(keyOf(t))) return;
    done.add(keyOf(t));
    if (t.kind === 'class') {
      const deps = members ? directReferences(t.meta) : t.meta.base ? [{ kind: 'class', ctor: t.meta.base, meta: getDtoMeta(t.meta.base) } as DocType] : [];
      for (const d of deps) {
        const declared = byKey.get(keyOf(d));
        if (declared) visit(declared);
      }
    }
    out.push(t);
  };
  sorted.forEach(visit);
  return out;
}

/** The response DTO classes of the operations (AddResponseStatus applies to them). */
export const responseClasses = (model: NativeModel): Set<Constructor> => new Set(model.operations.flatMap((o) => (o.response ? [o.response] : [])));

/** AddResponseStatus: a response DTO without a ResponseStatus member of its own gets one. */
export const addsResponseStatus = (config: { addResponseStatus: boolean }, meta: DtoMeta, isResponse: boolean): boolean =>
  config.addResponseStatus && isResponse && !meta.allMembers.some((m) => m.name === 'ResponseStatus');
