/**
 * Framework metadata about DTO classes, kept in a registry keyed by class — never on instances,
 * so no serializer can leak it. Decorators record raw facts; `getDtoMeta` resolves them lazily
 * (type thunks and enums only resolve once every module has loaded).
 */
import { jsonCamelCase, protoNameOf } from './proto-names.js';
import { resolveTypeSpec, setNameLookup, type Constructor, type TypeRef, type TypeScope, type TypeSpec } from '../types/type-ref.js';
import { declaredMembers, type RawMember } from './declared-members.js';
import { allEnums } from './enum-meta.js';

export type Dialect = 'servicestack' | 'aspnet' | 'gateway';
export type XmlStyle = 'DataContract' | 'XmlSerializer';

export interface DataMemberOptions {
  name?: string;
  order?: number;
  emitDefaultValue?: boolean;
  isRequired?: boolean;
}

export interface MemberOptions {
  /** Marks the member `[DataMember(…)]` (with these arguments; `{}` for none). */
  dataMember?: DataMemberOptions;
  /** A public field rather than a property: Json.NET and XmlSerializer list fields first. */
  field?: boolean;
  description?: string;
  /** Shown as "Required" on help and metadata pages (validation is class-validator's job). */
  required?: boolean;
  /** Gateway dialect: the proto field is int64/uint64 (written as a JSON string). */
  protoName?: string;
  /**
   * A value a fresh server accepts, for the metadata pages' sample requests and OpenAPI's examples
   * (ServiceStack's placeholder — "String", 0 — otherwise). The Help pages keep ASP.NET's samples.
   */
  example?: string | number | boolean;
}

export interface MemberMeta {
  /** The .NET property name; also the JavaScript property key on DTO instances. */
  readonly name: string;
  readonly type: TypeRef;
  readonly declaringClass: Constructor;
  readonly dataMember?: DataMemberOptions;
  readonly field: boolean;
  readonly description?: string;
  readonly required: boolean;
  /** Gateway dialect: the proto field name (its lowerCamelCase is the JSON name). */
  readonly protoName?: string;
  readonly example?: string | number | boolean;
}

export interface RouteDef {
  readonly path: string;
  /** Upper-case verbs; empty = all verbs. */
  readonly verbs: readonly string[];
  readonly summary?: string;
  readonly notes?: string;
}

export interface DtoOptions {
  /** .NET type name; defaults to the class name. */
  name?: string;
  /** CLR namespace. */
  namespace?: string;
  dialect?: Dialect;
  /** ASP.NET dialect only: which XML serializer the endpoint was configured with. */
  xml?: XmlStyle;
  /** Generic parameter names of a generic base class, e.g. `['TResponse']`. */
  genericParams?: string[];
  /** Generic arguments this class passes to its (generic) base class. */
  baseArgs?: TypeSpec[];
  /** .NET interfaces shown in metadata (`IPut`, `ITenantedRequest`); verb markers also pick the default verb. */
  implements?: string[];
  description?: string;
  /** Framework-owned types (ResponseStatus…) that generated clients already have. */
  builtIn?: boolean;
}

export interface DataContractOptions {
  name?: string;
  namespace?: string;
}

export interface DtoMeta {
  readonly ctor: Constructor;
  readonly name: string;
  readonly namespace: string;
  readonly dialect?: Dialect;
  readonly xml: XmlStyle;
  readonly dataContract?: DataContractOptions;
  readonly genericParams: readonly string[];
  readonly baseArgs: readonly TypeRef[];
  readonly implements: readonly string[];
  readonly description?: string;
  readonly builtIn: boolean;
  /** The registered base class, if any. */
  readonly base?: Constructor;
  /** Members declared on this class only, in declaration order. */
  readonly ownMembers: readonly MemberMeta[];
  /** Every member, base class first, each class in declaration order. */
  readonly allMembers: readonly MemberMeta[];
  readonly routes: readonly RouteDef[];
  /** `IReturn<T>` as declared, any type (`List<Order>`, `int`); `'void'` for `IReturnVoid`. */
  readonly returnType?: TypeRef | 'void';
  /** `returnType` when it is a DTO class (or `'void'`): what the error DTO and SOAP choices look at. */
  readonly returns?: Constructor | 'void';
  readonly authenticate: boolean;
  /** `[RequiredRole]`s, this class's and its bases': the caller needs every one. */
  readonly requiredRoles: readonly string[];
  /** `[RequiredPermission]`s, this class's and its bases': the caller needs every one. */
  readonly requiredPermissions: readonly string[];
}

export const DEFAULT_NAMESPACE = 'Stackport.ServiceModel';

interface RawDto {
  members: RawMember[];
  options: DtoOptions;
  dataContract?: DataContractOptions;
  routes: RouteDef[];
  returns?: TypeSpec | 'void';
  authenticate: boolean;
  requiredRoles: string[];
  requiredPermissions: string[];
}

const raw = new WeakMap<Constructor, RawDto>();
const resolved = new WeakMap<Constructor, DtoMeta>();
/** Every DTO class, for lookups by .NET name (error DTOs, metadata pages). */
const known = new Set<Constructor>();

export function rawDto(ctor: Constructor): RawDto {
  let r = raw.get(ctor);
  if (!r) { raw.set(ctor, (r = { members: [], options: {}, routes: [], authenticate: false, requiredRoles: [], requiredPermissions: [] })); known.add(ctor); }
  if (resolved.has(ctor)) throw new Error(`DTO ${ctor.name} was changed after first use`);
  return r;
}

export function isDto(ctor: unknown): ctor is Constructor {
  return typeof ctor === 'function' && raw.has(ctor as Constructor);
}

/** The resolved metadata of a DTO class (throws for classes no decorator has registered). */
export function getDtoMeta(ctor: Constructor): DtoMeta {
  const done = resolved.get(ctor);
  if (done) return done;
  const r = raw.get(ctor);
  if (!r) throw new TypeError(`${ctor.name || 'anonymous class'} is not a DTO (decorate it with @Dto or @Member)`);
  const parent = Object.getPrototypeOf(ctor) as Constructor;
  const base = raw.has(parent) ? parent : undefined;
  const baseMeta = base ? getDtoMeta(base) : undefined;
  const o = r.options;
  const name = o.name ?? ctor.name;
  const namespace = o.namespace ?? baseMeta?.namespace ?? DEFAULT_NAMESPACE;
  const resolve = (spec: TypeSpec | undefined, where: string): TypeRef => resolveDeclared(spec, { namespace }, `${name}${where}`);
  const dialect = o.dialect ?? baseMeta?.dialect;
  // A gateway message is a data contract named as protojson names it, so generated .NET and
  // TypeScript clients, and the XML and JSV writers, use the names the gateway reads and writes.
  const gateway = dialect === 'gateway' && !r.dataContract;
  const ownMembers: MemberMeta[] = declaredMembers(ctor, r.members).map((m) => ({
    name: m.name,
    type: resolve(m.spec, `.${m.name}`),
    declaringClass: ctor,
    ...(m.options.dataMember ? { dataMember: m.options.dataMember } : gateway ? { dataMember: { name: jsonCamelCase(protoNameOf({ name: m.name, protoName: m.options.protoName })) } } : {}),
    field: m.options.field ?? false,
    ...(m.options.description === undefined ? {} : { description: m.options.description }),
    required: m.options.required ?? false,
    ...(m.options.protoName === undefined ? {} : { protoName: m.options.protoName }),
    ...(m.options.example === undefined ? {} : { example: m.options.example }),
  }));
  const meta: DtoMeta = {
    ctor,
    name,
    namespace,
    ...(dialect ? { dialect } : {}),
    xml: o.xml ?? baseMeta?.xml ?? 'DataContract',
    ...(r.dataContract ?? gateway ? { dataContract: r.dataContract ?? {} } : {}),
    genericParams: o.genericParams ?? [],
    baseArgs: (o.baseArgs ?? []).map((spec) => resolve(spec, ' (@Dto baseArgs)')),
    implements: o.implements ?? [],
    ...(o.description === undefined ? {} : { description: o.description }),
    builtIn: o.builtIn ?? false,
    ...(base ? { base } : {}),
    ownMembers,
    allMembers: [...(baseMeta?.allMembers ?? []), ...ownMembers],
    routes: r.routes.length ? r.routes : (baseMeta?.routes ?? []),
    ...returnsOf(r.returns === undefined ? baseMeta?.returnType : r.returns === 'void' ? 'void' : resolve(r.returns, ' (@Returns)')),
    authenticate: r.authenticate || (baseMeta?.authenticate ?? false),
    requiredRoles: [...new Set([...(baseMeta?.requiredRoles ?? []), ...r.requiredRoles])],
    requiredPermissions: [...new Set([...(baseMeta?.requiredPermissions ?? []), ...r.requiredPermissions])],
  };
  resolved.set(ctor, meta);
  return meta;
}

/** A declared type, or an error that says which DTO and member declared it wrong. */
function resolveDeclared(spec: TypeSpec | undefined, scope: TypeScope, where: string): TypeRef {
  try {
    if (spec === undefined) throw new TypeError("give the .NET type, e.g. @Member('int'), @Member(List(Poco)) or class-transformer's @Type(() => Poco) on an array");
    return resolveTypeSpec(spec, scope);
  } catch (e) {
    throw new TypeError(`${where}: ${(e as Error).message}`, { cause: e });
  }
}

function returnsOf(t: TypeRef | 'void' | undefined): Pick<DtoMeta, 'returnType' | 'returns'> {
  if (t === undefined) return {};
  if (t === 'void' || t.kind === 'class') return { returnType: t, returns: t === 'void' ? 'void' : t.ctor };
  return { returnType: t };
}

/** The XML contract name and namespace DataContractSerializer uses for the class. */
export function contractOf(meta: DtoMeta): { name: string; namespace: string } {
  return {
    name: meta.dataContract?.name ?? meta.name,
    namespace: meta.dataContract?.namespace ?? `http://schemas.datacontract.org/2004/07/${meta.namespace}`,
  };
}

/** Every registered DTO class (in registration order). */
export function allDtos(): readonly Constructor[] {
  return [...known];
}

/** The .NET name and namespace of a DTO class, from its decorators alone (its members may not resolve yet). */
function declaredName(ctor: Constructor): { name: string; namespace: string } {
  let namespace: string | undefined;
  for (let c = ctor; namespace === undefined && raw.has(c); c = Object.getPrototypeOf(c) as Constructor) namespace = raw.get(c)!.options.namespace;
  return { name: raw.get(ctor)!.options.name ?? ctor.name, namespace: namespace ?? DEFAULT_NAMESPACE };
}

/**
 * What a name in a type string means: the DTO classes and enums of that simple or full name; of
 * several, those of the declaring class's namespace. Still several is an error, not a guess.
 */
setNameLookup((name, scope) => {
  const named: { name: string; namespace: string; type: TypeRef }[] = [
    ...[...known].map((ctor) => ({ ...declaredName(ctor), type: { kind: 'class', ctor } as const })),
    ...allEnums().map((meta) => ({ name: meta.name, namespace: meta.namespace, type: { kind: 'enum', meta } as const })),
  ].filter((t) => t.name === name || `${t.namespace}.${t.name}` === name);
  const local = named.filter((t) => t.namespace === scope?.namespace);
  const found = named.length > 1 && local.length ? local : named;
  if (found.length > 1) {
    const full = found.map((t) => `${t.namespace}.${t.name}`);
    throw new TypeError(`type '${name}' is ambiguous: ${full.join(', ')} (write the full name, e.g. '${full[0]}', or pass the class)`);
  }
  return found[0]?.type;
});

/** A registered DTO by CLR namespace and name, e.g. the `{Request}Response` an error should use. */
export function findDto(namespace: string, name: string): Constructor | undefined {
  for (const ctor of known) {
    const meta = getDtoMeta(ctor);
    if (meta.name === name && meta.namespace === namespace) return ctor;
  }
  return undefined;
}
