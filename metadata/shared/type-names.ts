/**
 * C# spellings for declarations and references: `PutOperationTenanted<TResponse>` when declared,
 * `PutOperationTenanted<GenerateTwoFactorAuthenticationKeyResponse>` when inherited.
 */
import { getDtoMeta, type Constructor, type DtoMeta, type TypeRef } from '../../src/index.js';
import { csharpTypeName } from '../../src/framework/types/type-ref.js';

export const dtoName = (ctor: Constructor): string => getDtoMeta(ctor).name;

/** C# type of a member: `string`, `int?`, `List<Link>`, `Dictionary<string, string>`. */
export function csharpType(t: TypeRef): string {
  return csharpTypeName(t, dtoName);
}

/** The declared name with its generic parameters. */
export function declarationName(meta: DtoMeta): string {
  return meta.genericParams.length ? `${meta.name}<${meta.genericParams.join(', ')}>` : meta.name;
}

/**
 * Generic arguments passed to the base class: the declared `baseArgs`, else — for a generic class
 * deriving from a generic base without naming arguments — its own parameters passed through.
 */
export function baseGenericArgs(meta: DtoMeta, spell: (t: TypeRef) => string = csharpType): string[] {
  if (!meta.base) return [];
  const base = getDtoMeta(meta.base);
  if (!base.genericParams.length) return [];
  if (meta.baseArgs.length) return meta.baseArgs.map(spell);
  return meta.genericParams.length ? [...meta.genericParams] : [...base.genericParams];
}

/** The base class reference, or undefined; other languages pass their spelling and brackets (`Base[T]`). */
export function inheritsName(meta: DtoMeta, spell: (t: TypeRef) => string = csharpType, brackets = '<>'): string | undefined {
  if (!meta.base) return undefined;
  const base = getDtoMeta(meta.base);
  const args = baseGenericArgs(meta, spell);
  return args.length ? `${base.name}${brackets[0]}${args.join(', ')}${brackets[1]}` : base.name;
}

/** ServiceStack's verb marker interfaces → the verb they select. */
export const VERB_MARKERS: Readonly<Record<string, string>> = {
  IGet: 'GET', IPost: 'POST', IPut: 'PUT', IDelete: 'DELETE', IPatch: 'PATCH', IOptions: 'OPTIONS',
};

/** Interfaces a class implements, own and inherited (base classes first). */
export function allInterfaces(meta: DtoMeta): string[] {
  const chain: DtoMeta[] = [];
  for (let m: DtoMeta | undefined = meta; m; m = m.base ? getDtoMeta(m.base) : undefined) chain.unshift(m);
  return [...new Set(chain.flatMap((m) => m.implements))];
}
