/**
 * Turning conformance-vector values into the typed values Stackport's codecs take, and comparing
 * typed values. Codec-agnostic: the JSV and JSON suites both use it.
 *
 * Two `value` conventions exist (see shared/conformance/README.md):
 *  - `sstext` (servicestack-text-vectors.json): .NET invariant strings where JSON would lose
 *    information — long/ulong/double/float/decimal as strings, DateTime as `{kind, value}`,
 *    DateTimeOffset as ISO text with offset, TimeSpan in .NET "c" form, Guid dashed, byte[] as
 *    base64, enums by member name (`"Read, Write"` for flags), `{"$type": …}` for subclasses.
 *  - `tagged` (jsv-vectors.json, xml-oracle-vectors.json): plain JSON plus one-key `$` objects
 *    (`$date`, `$guid`, `$decimal`, `$bytes`, `$timespan`, `$time`, `$char`, `$enum`, `$bigint`,
 *    `$number`, `$map`, `$type`).
 * Both decode by the declared TypeRef, so `"1.10"` becomes a Decimal only where a decimal is due.
 *
 * The results follow the project's value representations: Decimal, DateTime (Kind kept),
 * DateTimeOffset, TimeSpan, dashed lowercase Guid strings, Buffer, enum numbers, number or
 * bigint for 64-bit integers, DTO instances (`new ctor()`), null-prototype dictionaries.
 */
import { getDtoMeta, isDto } from '../../src/framework/dto/dto-meta.js';
import { DateTime, MIN_MS, type DateTimeKind } from '../../src/framework/types/date-time.js';
import { DateTimeOffset } from '../../src/framework/types/date-time-offset.js';
import { Decimal } from '../../src/framework/types/decimal.js';
import { parseGuid } from '../../src/framework/types/guid.js';
import { TimeSpan } from '../../src/framework/types/time-span.js';
import {
  isValueType, parseCSharpType, resolveTypeSpec, type Constructor, type TypeRef, type TypeSpec,
} from '../../src/framework/types/type-ref.js';
import { boxOf } from '../fixtures/sstext-dtos.js';

export type Convention = 'sstext' | 'tagged';

export interface DecodeOptions {
  convention: Convention;
  /** The vector's server time zone: Local/Unspecified DateTimes are wall clocks there. */
  tz?: string;
  /** Custom C# names (for `$type`), e.g. SSTEXT_TYPES. */
  types?: Readonly<Record<string, TypeSpec>>;
}

// ---- C# type spellings -----------------------------------------------------------------------

const LISTS = new Set(['List', 'IList', 'ICollection', 'IEnumerable', 'HashSet', 'IReadOnlyList']);
const DICTS = new Set(['Dictionary', 'IDictionary', 'IReadOnlyDictionary', 'SortedDictionary']);

/**
 * A vector's `csharpType` as a TypeRef: C# generic spellings over primitives and the custom
 * names in `types`; `"T (as Box<T>.Value)"` is the Box DTO holding a T.
 */
export function resolveCSharpType(text: string, types: Readonly<Record<string, TypeSpec>> = {}): TypeRef {
  const box = /^(.*?)\s*\(as Box<T>\.Value\)\s*$/.exec(text);
  if (box) {
    const inner = box[1]!.trim();
    return { kind: 'class', ctor: boxOf(inner, resolveCSharpType(inner, types)) };
  }
  const s = text.replace(/\s+/g, '');
  let pos = 0;
  const type = (): TypeRef => {
    const m = /^[A-Za-z_][\w.]*/.exec(s.slice(pos));
    if (!m) throw new TypeError(`Bad C# type '${text}'`);
    pos += m[0].length;
    let t: TypeRef;
    if (s[pos] === '<') {
      pos++;
      const args = [type()];
      while (s[pos] === ',') { pos++; args.push(type()); }
      if (s[pos++] !== '>') throw new TypeError(`Unclosed '<' in '${text}'`);
      if (LISTS.has(m[0]) && args.length === 1) t = { kind: 'list', of: args[0]!, array: false };
      else if (DICTS.has(m[0]) && args.length === 2) t = { kind: 'dict', key: args[0]!, value: args[1]! };
      else if (m[0] === 'Nullable') t = nullable(args[0]!);
      else throw new TypeError(`Unsupported generic '${m[0]}' in '${text}'`);
    } else {
      const custom = types[m[0]];
      t = custom !== undefined ? resolveTypeSpec(custom) : parseCSharpType(m[0]);
    }
    for (;;) {
      if (s[pos] === '?') { pos++; t = nullable(t); continue; }
      if (s.startsWith('[]', pos)) {
        pos += 2;
        t = t.kind === 'primitive' && t.name === 'byte' ? { kind: 'primitive', name: 'byte[]' } : { kind: 'list', of: t, array: true };
        continue;
      }
      return t;
    }
  };
  const t = type();
  if (pos !== s.length) throw new TypeError(`Unexpected '${s.slice(pos)}' in '${text}'`);
  return t;
}

function nullable(t: TypeRef): TypeRef {
  return t.kind === 'nullable' || !isValueType(t) ? t : { kind: 'nullable', of: t };
}

// ---- decoding --------------------------------------------------------------------------------

const WALL = /^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?(Z|[+-]\d{2}:\d{2})?$/;

interface Wall { wallMs: number; sub: number; zone?: string }

function wallClock(text: string): Wall {
  const m = WALL.exec(text);
  if (!m) throw new TypeError(`Bad date/time '${text}'`);
  const d = new Date(Date.UTC(2000, Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)));
  d.setUTCFullYear(Number(m[1]));
  const ticks = Number((m[7] ?? '').padEnd(7, '0'));
  return { wallMs: d.getTime() + Math.floor(ticks / 10000), sub: ticks % 10000, ...(m[8] ? { zone: m[8] } : {}) };
}

function offsetOf(zone: string): number {
  if (zone === 'Z') return 0;
  return (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
}

/** A .NET DateTime from its wall clock and Kind, in time zone `tz`. */
export function dateTimeOf(text: string, kind: DateTimeKind, tz?: string): DateTime {
  const w = wallClock(text);
  if (w.wallMs === MIN_MS && w.sub === 0) return new DateTime(MIN_MS, kind);
  return DateTime.fromWallClock(w.wallMs, kind, w.sub, tz);
}

export function dateTimeOffsetOf(text: string): DateTimeOffset {
  const w = wallClock(text);
  const offset = offsetOf(w.zone ?? 'Z');
  return new DateTimeOffset(w.wallMs - offset * 60000, offset, w.sub);
}

function integer(v: unknown): number | bigint {
  const big = BigInt(v as string | number | bigint);
  return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
}

function enumValue(v: unknown, t: Extract<TypeRef, { kind: 'enum' }>): number {
  if (typeof v === 'number') return v;
  if (v && typeof v === 'object' && 'value' in v) return (v as { value: number }).value;
  let acc = 0;
  for (const part of String(v).split(',')) {
    const m = t.meta.byLowerName.get(part.trim().toLowerCase());
    if (!m) throw new TypeError(`'${part}' is not a member of ${t.meta.name}`);
    acc |= m.value;
  }
  return acc;
}

function tag(v: unknown, key: string): unknown {
  return v !== null && typeof v === 'object' && key in v ? (v as Record<string, unknown>)[key] : undefined;
}

/** A vector value as the typed value the codecs take (see the module comment). */
export function decodeValue(v: unknown, t: TypeRef, o: DecodeOptions): unknown {
  if (v === null || v === undefined) return null;
  const tagged = o.convention === 'tagged';
  switch (t.kind) {
    case 'nullable': return decodeValue(v, t.of, o);
    case 'enum': return enumValue(v, t);
    case 'list': return (v as unknown[]).map((x) => decodeValue(x, t.of, o));
    case 'dict': {
      const out = Object.create(null) as Record<string, unknown>;
      const map = tag(v, '$map') as [unknown, unknown][] | undefined;
      const entries = map ?? Object.entries(v as object);
      for (const [k, x] of entries) out[String(k)] = decodeValue(x, t.value, o);
      return out;
    }
    case 'class': return decodeObject(v as Record<string, unknown>, t.ctor, o);
    case 'primitive': break;
  }
  switch (t.name) {
    case 'string': return v;
    case 'char': return tagged ? tag(v, '$char') ?? v : v;
    case 'bool': return v;
    case 'byte': case 'sbyte': case 'short': case 'ushort': case 'int': case 'uint': return Number(v);
    case 'long': case 'ulong': return integer(tag(v, '$bigint') ?? v);
    case 'double': return Number(tag(v, '$number') ?? v);
    case 'float': return Math.fround(Number(tag(v, '$number') ?? v));
    case 'decimal': return new Decimal(String(tag(v, '$decimal') ?? v));
    case 'Guid': return parseGuid(String(tag(v, '$guid') ?? v));
    case 'byte[]': {
      const bytes = tag(v, '$bytes');
      return bytes !== undefined ? Buffer.from(bytes as number[]) : Buffer.from(String(v), 'base64');
    }
    case 'TimeSpan': {
      const ticks = tag(v, 'ticks');
      if (ticks !== undefined) return new TimeSpan(BigInt(ticks as number));
      const text = String(tag(v, '$timespan') ?? tag(v, '$time') ?? v);
      const ts = TimeSpan.parseClock(text);
      if (!ts) throw new TypeError(`Bad TimeSpan '${text}'`);
      return ts;
    }
    case 'DateTimeOffset': return dateTimeOffsetOf(String(tag(v, '$datetimeoffset') ?? v));
    case 'DateTime': {
      if (tagged) {
        const text = String(tag(v, '$date'));
        const kind = (tag(v, 'kind') as DateTimeKind | undefined) ?? (text.endsWith('Z') ? 'Utc' : 'Unspecified');
        return dateTimeOf(text.replace(/Z$/, ''), kind, o.tz);
      }
      const d = v as { kind: DateTimeKind; value: string };
      return dateTimeOf(d.value, d.kind, o.tz);
    }
    case 'object': return decodeUntyped(v);
    default: throw new TypeError(`No decoder for ${t.name}`);
  }
}

function decodeObject(v: Record<string, unknown>, ctor: Constructor, o: DecodeOptions): object {
  let cls = ctor;
  const sub = v['$type'];
  if (typeof sub === 'string') {
    const spec = o.types?.[sub];
    if (!spec) throw new TypeError(`Unknown $type '${sub}'`);
    const r = resolveTypeSpec(spec);
    if (r.kind !== 'class') throw new TypeError(`$type '${sub}' is not a class`);
    cls = r.ctor;
  }
  const inst = new (cls as new () => Record<string, unknown>)();
  for (const m of getDtoMeta(cls).allMembers) {
    if (m.name in v) inst[m.name] = decodeValue(v[m.name], m.type, o);
  }
  return inst;
}

/** `object`-typed values: strings stay strings, containers stay plain JS. */
function decodeUntyped(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(decodeUntyped);
  if (v !== null && typeof v === 'object') {
    const out = Object.create(null) as Record<string, unknown>;
    for (const [k, x] of Object.entries(v)) out[k] = decodeUntyped(x);
    return out;
  }
  return v;
}

// ---- comparing -------------------------------------------------------------------------------

export interface CompareOptions {
  /** DateTime equality; default: same instant, sub-ms ticks and Kind. */
  dateTime?: (actual: DateTime, expected: DateTime) => boolean;
}

const show = (x: unknown): string => {
  if (typeof x === 'bigint') return `${x}n`;
  if (x instanceof Date) return `${x.constructor.name}(${Number.isNaN(x.getTime()) ? 'Invalid' : x.toISOString()}${x instanceof DateTime ? ` ${x.kind} +${x.subMsTicks}` : ''}${x instanceof DateTimeOffset ? ` ${x.offsetMinutes}m +${x.subMsTicks}` : ''})`;
  if (x instanceof TimeSpan) return `TimeSpan(${x.ticks})`;
  if (x instanceof Decimal) return `Decimal(${x.text})`;
  try { return JSON.stringify(x, (_k, y: unknown) => (typeof y === 'bigint' ? `${y}n` : y)) ?? String(x); } catch { return String(x); }
};

/**
 * Compares typed values by their .NET meaning: a non-nullable value-type member that is unset
 * counts as its default, integers compare across number/bigint, floats after Math.fround.
 * Returns undefined when equal, else the path and both values of the first difference.
 */
export function diffTyped(actual: unknown, expected: unknown, t: TypeRef, o: CompareOptions = {}, path = '$'): string | undefined {
  const fail = (): string => `${path}: got ${show(actual)}, expected ${show(expected)}`;
  if (actual === undefined) actual = null;
  if (expected === undefined) expected = null;
  if (actual === null || expected === null) return actual === expected ? undefined : fail();
  switch (t.kind) {
    case 'nullable': return diffTyped(actual, expected, t.of, o, path);
    case 'enum': return actual === expected ? undefined : fail();
    case 'list': {
      const a = actual as unknown[];
      const e = expected as unknown[];
      if (!Array.isArray(a) || a.length !== e.length) return fail();
      for (let i = 0; i < e.length; i++) {
        const d = diffTyped(a[i], e[i], t.of, o, `${path}[${i}]`);
        if (d) return d;
      }
      return undefined;
    }
    case 'dict': {
      const a = actual as Record<string, unknown>;
      const e = expected as Record<string, unknown>;
      const ak = Object.keys(a).sort();
      const ek = Object.keys(e).sort();
      if (ak.join('\u0000') !== ek.join('\u0000')) return `${path}: keys ${show(ak)} vs expected ${show(ek)}`;
      for (const k of ek) {
        const d = diffTyped(a[k], e[k], t.value, o, `${path}[${JSON.stringify(k)}]`);
        if (d) return d;
      }
      return undefined;
    }
    case 'class': {
      const cls = (expected as object).constructor as Constructor;
      if ((actual as object).constructor !== cls) return `${path}: got a ${(actual as object).constructor?.name}, expected a ${cls.name}`;
      if (!isDto(cls)) return fail();
      for (const m of getDtoMeta(cls).allMembers) {
        let a = (actual as Record<string, unknown>)[m.name];
        let e = (expected as Record<string, unknown>)[m.name];
        if (isValueType(m.type)) {
          a ??= defaultFor(m.type);
          e ??= defaultFor(m.type);
        }
        const d = diffTyped(a, e, m.type, o, `${path}.${m.name}`);
        if (d) return d;
      }
      return undefined;
    }
    case 'primitive': break;
  }
  switch (t.name) {
    case 'byte': case 'sbyte': case 'short': case 'ushort': case 'int': case 'uint': case 'long': case 'ulong':
      return BigInt(actual as number) === BigInt(expected as number) ? undefined : fail();
    case 'double': case 'float': {
      const a = t.name === 'float' ? Math.fround(actual as number) : (actual as number);
      const e = t.name === 'float' ? Math.fround(expected as number) : (expected as number);
      return Object.is(a, e) ? undefined : fail();
    }
    case 'decimal': return String(actual) === String(expected) ? undefined : fail();
    case 'TimeSpan': return (actual as TimeSpan).ticks === (expected as TimeSpan).ticks ? undefined : fail();
    case 'byte[]': return Buffer.compare(Buffer.from(actual as Uint8Array), Buffer.from(expected as Uint8Array)) === 0 ? undefined : fail();
    case 'DateTimeOffset': {
      const a = actual as DateTimeOffset;
      const e = expected as DateTimeOffset;
      return a.getTime() === e.getTime() && a.offsetMinutes === e.offsetMinutes && a.subMsTicks === e.subMsTicks ? undefined : fail();
    }
    case 'DateTime': {
      const a = actual as DateTime;
      const e = expected as DateTime;
      const same = o.dateTime ? o.dateTime(a, e) : a.getTime() === e.getTime() && a.subMsTicks === e.subMsTicks && a.kind === e.kind;
      return same ? undefined : fail();
    }
    case 'object': return JSON.stringify(actual) === JSON.stringify(expected) ? undefined : fail();
    default: return actual === expected ? undefined : fail();
  }
}

function defaultFor(t: TypeRef): unknown {
  if (t.kind === 'enum') return 0;
  if (t.kind !== 'primitive') return null;
  switch (t.name) {
    case 'bool': return false;
    case 'char': return '\0';
    case 'decimal': return new Decimal('0');
    case 'DateTime': return new DateTime(MIN_MS, 'Unspecified');
    case 'DateTimeOffset': return new DateTimeOffset(MIN_MS, 0);
    case 'TimeSpan': return TimeSpan.zero;
    case 'Guid': return '00000000-0000-0000-0000-000000000000';
    default: return 0;
  }
}
