/**
 * Type-directed JSV writer (ServiceStack.Text's TypeSerializer). Each TypeRef is compiled once
 * into a write function: scalars, lists and dictionaries here, classes and `object` values in
 * jsv-write-class.ts.
 *
 * Write functions return undefined for null: the container decides what null means (member
 * omitted, empty list slot, `{}` for a null object element, dictionary entry dropped).
 */
import { SerializationException } from '../../errors/exceptions.js';
import type { DotNetRuntime } from '../../types/number-format.js';
import type { TextCase } from '../../types/text-case.js';
import type { TypeRef } from '../../types/type-ref.js';
import { writeDateTime, writeDateTimeOffset, type DateWriteSettings } from './jsv-dates.js';
import { writeEnum } from './jsv-enums.js';
import { isIntName, writeDecimal, writeDouble, writeFloat, writeInteger } from './jsv-numbers.js';
import type { JsvOptions } from './jsv-options.js';
import { writeBytes, writeChar, writeGuid, writeTimeSpan } from './jsv-scalars.js';
import { encodeJsvString } from './jsv-text.js';
import { parseScalarText } from './jsv-values.js';
import { classWriter, writeObject } from './jsv-write-class.js';

export interface WriteCtx {
  readonly options: JsvOptions;
  readonly textCase: TextCase;
  readonly runtime: DotNetRuntime;
  readonly dates: DateWriteSettings;
  readonly enumAsInt: boolean;
  readonly excludeDefaults: boolean;
  readonly excludes: ReadonlySet<string> | undefined;
  readonly maxDepth: number;
  depth: number;
}

export type WriteFn = (v: unknown, w: WriteCtx) => string | undefined;

const contexts = new WeakMap<JsvOptions, WriteCtx>();

/** Derived once per options object; a write is synchronous, so reusing it (depth reset) is safe. */
export function writeContext(options: JsvOptions): WriteCtx {
  let w = contexts.get(options);
  if (!w) contexts.set(options, (w = buildContext(options)));
  w.depth = 0;
  return w;
}

function buildContext(options: JsvOptions): WriteCtx {
  return {
    options,
    textCase: options.textCase,
    runtime: options.runtime,
    dates: { tz: options.timeZone, runtime: options.runtime, dateHandler: options.dateHandler },
    enumAsInt: options.treatEnumAsInteger === true,
    excludeDefaults: options.excludeDefaultValues === true,
    excludes: options.excludePropertyReferences?.length ? new Set(options.excludePropertyReferences) : undefined,
    maxDepth: options.limits.maxDepth,
    depth: 0,
  };
}

export function mismatch(expected: string, v: unknown): SerializationException {
  const shown = typeof v === 'object' ? (v as object).constructor?.name ?? 'object' : typeof v;
  return new SerializationException(`Cannot write a ${shown} value as JSV ${expected}`);
}

export function enter(w: WriteCtx): void {
  if (++w.depth > w.maxDepth) throw new SerializationException(`JSV nesting deeper than ${w.maxDepth} (a cyclic reference?)`);
}

// ---- compiled write functions ----------------------------------------------------------------

const compiled = new WeakMap<TypeRef, WriteFn>();

export function writerFor(t: TypeRef): WriteFn {
  if (t.kind === 'class') return classWriter(t.ctor);
  let fn = compiled.get(t);
  if (!fn) compiled.set(t, (fn = compile(t)));
  return fn;
}

function checked(s: string | undefined, expected: string, v: unknown): string {
  if (s === undefined) throw mismatch(expected, v);
  return s;
}

function writeString(v: unknown): string | undefined {
  if (typeof v === 'string') return encodeJsvString(v);
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return encodeJsvString(String(v));
  throw mismatch('string', v);
}

/** One distinct closure per scalar type keeps each call site monomorphic. */
function compile(t: TypeRef): WriteFn {
  switch (t.kind) {
    case 'nullable': return writerFor(t.of);
    case 'enum': {
      const meta = t.meta;
      return (v, w) => (v === null || v === undefined ? undefined : checked(writeEnum(v, meta, w.enumAsInt), meta.name, v));
    }
    case 'list': return listWriter(t);
    case 'dict': return dictWriter(t);
    case 'class': return classWriter(t.ctor);
    case 'primitive': break;
  }
  const name = t.name;
  if (isIntName(name)) return (v) => (v === null || v === undefined ? undefined : checked(writeInteger(v), name, v));
  switch (name) {
    case 'string': return writeString;
    case 'bool': return (v) => (v === true ? 'True' : v === false ? 'False' : v === null || v === undefined ? undefined : checked(undefined, name, v));
    case 'double': return (v, w) => (v === null || v === undefined ? undefined : checked(writeDouble(v, w.runtime), name, v));
    case 'float': return (v, w) => (v === null || v === undefined ? undefined : checked(writeFloat(v, w.runtime), name, v));
    case 'decimal': return (v) => (v === null || v === undefined ? undefined : checked(writeDecimal(v), name, v));
    case 'DateTime': return (v, w) => (v === null || v === undefined ? undefined : checked(writeDateTime(v, w.dates), name, v));
    case 'DateTimeOffset': return (v) => (v === null || v === undefined ? undefined : checked(writeDateTimeOffset(v), name, v));
    case 'TimeSpan': return (v) => (v === null || v === undefined ? undefined : checked(writeTimeSpan(v), name, v));
    case 'Guid': return (v) => (v === null || v === undefined ? undefined : checked(writeGuid(v), name, v));
    case 'byte[]': return (v) => (v === null || v === undefined ? undefined : checked(writeBytes(v), name, v));
    case 'char': return (v) => (v === null || v === undefined ? undefined : checked(writeChar(v), name, v));
    case 'object': return writeObject;
    default: throw new SerializationException(`No JSV writer for ${name}`);
  }
}

function listWriter(t: Extract<TypeRef, { kind: 'list' }>): WriteFn {
  const of = t.of;
  // A null element of a class type is written `{}`; other nulls leave the slot empty.
  const nullElement = of.kind === 'class' ? '{}' : '';
  let elem: WriteFn | undefined;
  return (v, w) => {
    if (v === null || v === undefined) return undefined;
    const arr = Array.isArray(v) ? v : isIterable(v) ? Array.from(v) : undefined;
    if (!arr) throw mismatch('list', v);
    elem ??= writerFor(of);
    enter(w);
    let out = '[';
    for (let i = 0; i < arr.length; i++) {
      const s = elem(arr[i], w);
      if (i > 0) out += ',';
      out += s === undefined ? nullElement : s;
    }
    w.depth--;
    return out + ']';
  };
}

function isIterable(v: unknown): v is Iterable<unknown> {
  return typeof v === 'object' && v !== null && !(v instanceof Map) && typeof (v as Iterable<unknown>)[Symbol.iterator] === 'function'
    && !(v instanceof Uint8Array);
}

function dictWriter(t: Extract<TypeRef, { kind: 'dict' }>): WriteFn {
  const keyType = t.key;
  const stringKeys = keyType.kind === 'primitive' && (keyType.name === 'string' || keyType.name === 'object');
  let keyFn: WriteFn | undefined;
  let valFn: WriteFn | undefined;
  const keyText = (k: unknown, w: WriteCtx): string | undefined =>
    typeof k === 'string' && stringKeys ? encodeJsvString(k) : keyFn!(typeof k === 'string' ? keyFromString(k, keyType, w) : k, w);
  return (v, w) => {
    if (v === null || v === undefined) return undefined;
    if (typeof v !== 'object') throw mismatch('dictionary', v);
    keyFn ??= writerFor(keyType);
    valFn ??= writerFor(t.value);
    enter(w);
    let out = '{';
    let more = false;
    if (v instanceof Map) {
      for (const [k, x] of v) {
        const vs = valFn(x, w);
        const ks = vs === undefined ? undefined : keyText(k, w);
        if (ks === undefined) continue;
        out += (more ? ',' : '') + ks + ':' + vs;
        more = true;
      }
    } else {
      const obj = v as Record<string, unknown>;
      for (const k of Object.keys(obj)) {
        const vs = valFn(obj[k], w);
        if (vs === undefined) continue;
        out += (more ? ',' : '') + (stringKeys ? encodeJsvString(k) : keyText(k, w)) + ':' + vs;
        more = true;
      }
    }
    w.depth--;
    return out + '}';
  };
}

/** Dictionaries travel as string-keyed objects; a typed key is recovered from its string. */
function keyFromString(k: string, keyType: TypeRef, w: WriteCtx): unknown {
  const v = parseScalarText(keyType, k, { tz: w.dates.tz, lenient: false, dateHandler: undefined });
  if (v === undefined) throw new SerializationException(`Dictionary key '${k}' is not a valid ${keyType.kind === 'primitive' ? keyType.name : keyType.kind}`);
  return v;
}
