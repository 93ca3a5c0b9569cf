/**
 * The .NET type of a DTO member, as the wire formats need it. JavaScript's own types cannot say
 * "int" vs "double", "DateTime (Kind)" vs "DateTimeOffset" or "List<T>" vs "T[]", and every codec
 * (JSON, JSV, XML) decides bytes by these distinctions, so each member carries one of these.
 */
import type { EnumMeta } from '../dto/enum-meta.js';

export const PRIMITIVES = [
  'string', 'bool', 'char', 'byte', 'sbyte', 'short', 'ushort', 'int', 'uint', 'long', 'ulong',
  'float', 'double', 'decimal', 'DateTime', 'DateTimeOffset', 'TimeSpan', 'Guid', 'byte[]', 'object',
] as const;
export type PrimitiveName = (typeof PRIMITIVES)[number];

export type Constructor<T = unknown> = abstract new (...args: never[]) => T;

export type TypeRef =
  | { readonly kind: 'primitive'; readonly name: PrimitiveName }
  | { readonly kind: 'nullable'; readonly of: TypeRef }
  | { readonly kind: 'list'; readonly of: TypeRef; readonly array: boolean }
  | { readonly kind: 'dict'; readonly key: TypeRef; readonly value: TypeRef }
  | { readonly kind: 'class'; readonly ctor: Constructor }
  | { readonly kind: 'enum'; readonly meta: EnumMeta };

/**
 * What a decorator may say about a type: a C# spelling (`'int'`, `'List<string>'`,
 * `'Dictionary<string,Item>'`, `'Item[]'`, `'Guid?'`) whose names are primitives or registered DTO
 * classes and enums, a DTO class or a thunk
 * returning one (for forward references), a TS enum object registered with `defineEnum`, or a
 * builder result (`List(() => Link)`, `Dict('string', Poco)`, `Nullable(Color)`).
 */
export type TypeSpec = string | TypeRef | Constructor | (() => Constructor) | object | LazyType;

/**
 * Where a spec is written: a name in a C# string is looked up there first, as C# prefers types of
 * the declaring class's own namespace.
 */
export interface TypeScope { readonly namespace?: string }

/** A type spec that can only be resolved once every module has loaded (thunks, enums). */
export class LazyType {
  constructor(readonly resolve: (scope?: TypeScope) => TypeRef) {}
}

const primitiveCache = new Map<PrimitiveName, TypeRef>();
export function primitive(name: PrimitiveName): TypeRef {
  let t = primitiveCache.get(name);
  if (!t) primitiveCache.set(name, (t = Object.freeze({ kind: 'primitive', name })));
  return t;
}

/** C# and CLR spellings accepted for primitives. */
const ALIASES: Record<string, PrimitiveName> = {
  string: 'string', String: 'string', 'System.String': 'string',
  bool: 'bool', Boolean: 'bool', boolean: 'bool',
  char: 'char', Char: 'char',
  byte: 'byte', Byte: 'byte', sbyte: 'sbyte', SByte: 'sbyte',
  short: 'short', Int16: 'short', ushort: 'ushort', UInt16: 'ushort',
  int: 'int', Int32: 'int', integer: 'int', uint: 'uint', UInt32: 'uint',
  long: 'long', Int64: 'long', ulong: 'ulong', UInt64: 'ulong',
  float: 'float', Single: 'float', double: 'double', Double: 'double',
  decimal: 'decimal', Decimal: 'decimal',
  DateTime: 'DateTime', DateTimeOffset: 'DateTimeOffset', TimeSpan: 'TimeSpan',
  Guid: 'Guid', 'byte[]': 'byte[]', 'Byte[]': 'byte[]', object: 'object', Object: 'object',
};

const LIST_NAMES = new Set(['List', 'IList', 'ICollection', 'IEnumerable', 'IReadOnlyList', 'HashSet', 'ISet']);
const DICT_NAMES = new Set(['Dictionary', 'IDictionary', 'IReadOnlyDictionary', 'SortedDictionary']);

/**
 * Parses a C# type spelling: `List<Dictionary<string,int?>>`, `string[]`, `List<Order>`. A name that
 * is no primitive names a registered DTO class or enum, simply (`Order`) or with its namespace.
 */
export function parseCSharpType(text: string, scope?: TypeScope): TypeRef {
  const p = new CSharpTypeParser(text.replace(/\s+/g, ''), scope);
  const t = p.type();
  if (!p.done()) throw new TypeError(`Unexpected '${text.slice(p.pos)}' in type '${text}'`);
  return t;
}

class CSharpTypeParser {
  pos = 0;
  constructor(private readonly s: string, private readonly scope?: TypeScope) {}
  done(): boolean { return this.pos >= this.s.length; }
  type(): TypeRef {
    const m = /^[A-Za-z_][\w.]*/.exec(this.s.slice(this.pos));
    if (!m) throw new TypeError(`Expected a type name in '${this.s}'`);
    this.pos += m[0].length;
    const name = m[0].replace(/^System\.(Collections\.Generic\.)?/, '');
    let t: TypeRef;
    if (this.s[this.pos] === '<') {
      this.pos++;
      const args = [this.type()];
      while (this.s[this.pos] === ',') { this.pos++; args.push(this.type()); }
      if (this.s[this.pos++] !== '>') throw new TypeError(`Unclosed '<' in '${this.s}'`);
      if (LIST_NAMES.has(name) && args.length === 1) t = { kind: 'list', of: args[0]!, array: false };
      else if (DICT_NAMES.has(name) && args.length === 2) t = { kind: 'dict', key: args[0]!, value: args[1]! };
      else if (name === 'Nullable' && args.length === 1) t = nullableOf(args[0]!);
      else throw new TypeError(`unsupported generic type '${name}' in '${this.s}'`);
    } else {
      const prim = ALIASES[name];
      t = prim ? primitive(prim) : this.named(name);
    }
    for (;;) {
      if (this.s[this.pos] === '?') { this.pos++; t = nullableOf(t); continue; }
      if (this.s.startsWith('[]', this.pos)) {
        this.pos += 2;
        t = t.kind === 'primitive' && t.name === 'byte' ? primitive('byte[]') : { kind: 'list', of: t, array: true };
        continue;
      }
      return t;
    }
  }
  private named(name: string): TypeRef {
    const found = nameLookup(name, this.scope);
    if (!found) throw new TypeError(`unknown type '${name}' in '${this.s}': no primitive, registered DTO class or enum has that name`);
    return found;
  }
}

function nullableOf(t: TypeRef): TypeRef {
  return t.kind === 'nullable' || !isValueType(t) ? t : { kind: 'nullable', of: t };
}

/** True for .NET value types: they are never null and always written (default 0/false/…). */
export function isValueType(t: TypeRef): boolean {
  if (t.kind === 'enum') return true;
  if (t.kind !== 'primitive') return false;
  return t.name !== 'string' && t.name !== 'byte[]' && t.name !== 'object';
}

/** The type with any `Nullable<>` removed. */
export function unwrapNullable(t: TypeRef): TypeRef {
  return t.kind === 'nullable' ? t.of : t;
}

// ---- builders for decorators -------------------------------------------------------------

export function List(of: TypeSpec): LazyType {
  return new LazyType((scope) => ({ kind: 'list', of: resolveTypeSpec(of, scope), array: false }));
}
export function ArrayOf(of: TypeSpec): LazyType {
  return new LazyType((scope) => ({ kind: 'list', of: resolveTypeSpec(of, scope), array: true }));
}
export function Dict(key: TypeSpec, value: TypeSpec): LazyType {
  return new LazyType((scope) => ({ kind: 'dict', key: resolveTypeSpec(key, scope), value: resolveTypeSpec(value, scope) }));
}
export function Nullable(of: TypeSpec): LazyType {
  return new LazyType((scope) => nullableOf(resolveTypeSpec(of, scope)));
}

/** Set by the enum registry so this module does not import it (it imports us). */
let enumLookup: (o: object) => EnumMeta | undefined = () => undefined;
export function setEnumLookup(fn: (o: object) => EnumMeta | undefined): void { enumLookup = fn; }

/**
 * Set by the DTO registry: the DTO class or enum a C# name means (undefined if none; throws if
 * several do). Injected for the same reason as `enumLookup`.
 */
let nameLookup: (name: string, scope?: TypeScope) => TypeRef | undefined = () => undefined;
export function setNameLookup(fn: typeof nameLookup): void { nameLookup = fn; }

export function resolveTypeSpec(spec: TypeSpec, scope?: TypeScope): TypeRef {
  if (typeof spec === 'string') return parseCSharpType(spec, scope);
  if (spec instanceof LazyType) return spec.resolve(scope);
  if (typeof spec === 'function') {
    // A class has a prototype; an arrow-function thunk has none.
    if (spec.prototype) return { kind: 'class', ctor: spec as Constructor };
    return resolveTypeSpec((spec as () => Constructor)(), scope);
  }
  if (spec && typeof spec === 'object') {
    if ('kind' in spec && typeof (spec as TypeRef).kind === 'string') return spec as TypeRef;
    const e = enumLookup(spec);
    if (e) return { kind: 'enum', meta: e };
  }
  throw new TypeError('Unrecognised type spec: register enums with defineEnum() before use');
}

/** C# spelling of a type, for metadata pages, generated DTOs and error messages. */
export function csharpTypeName(t: TypeRef, nameOf: (ctor: Constructor) => string): string {
  switch (t.kind) {
    case 'primitive': return t.name;
    case 'nullable': return `${csharpTypeName(t.of, nameOf)}?`;
    case 'list': return t.array ? `${csharpTypeName(t.of, nameOf)}[]` : `List<${csharpTypeName(t.of, nameOf)}>`;
    case 'dict': return `Dictionary<${csharpTypeName(t.key, nameOf)}, ${csharpTypeName(t.value, nameOf)}>`;
    case 'class': return nameOf(t.ctor);
    case 'enum': return t.meta.name;
  }
}
