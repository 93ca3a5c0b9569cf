/**
 * The `value` convention of the conformance vector files (shared/conformance/README.md): plain
 * JSON plus one-key `$` tags for what JSON cannot hold. `decodeOracleValue` turns a vector's value
 * into exactly the typed instance a Stackport service holds (DateTime with its Kind, Decimal with
 * its scale, bigint beyond 2^53, Buffer, enum numbers, DTO instances, null-prototype dictionaries),
 * directed by the .NET type, so any codec test can feed it to a writer or compare a reader's
 * result with it. `assertOracleEqual` is the matching type-directed deep comparison.
 */
import assert from 'node:assert/strict';
import { allDtos, getDtoMeta, isDto } from '../../src/framework/dto/dto-meta.js';
import { DateTime, MIN_MS } from '../../src/framework/types/date-time.js';
import { DateTimeOffset } from '../../src/framework/types/date-time-offset.js';
import { Decimal } from '../../src/framework/types/decimal.js';
import { TimeSpan } from '../../src/framework/types/time-span.js';
import type { Constructor, TypeRef } from '../../src/framework/types/type-ref.js';

export interface DecodeOptions {
  /** The vector's `tz`: Unspecified DateTimes are wall clocks in the server's zone. */
  readonly tz?: string;
  /** Resolves a `$type` name to a class; default: a registered subclass of the declared class with that .NET name. */
  readonly subtype?: (declared: Constructor, name: string) => Constructor | undefined;
}

type Tagged = Record<string, unknown>;
const isTagged = (v: unknown, tag: string): v is Tagged => v !== null && typeof v === 'object' && !Array.isArray(v) && tag in v;

const ISO = /^(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?(Z|[+-]\d{2}:\d{2})?$/;

/** `{wall, sub, offsetMinutes?}` of ISO text: the wall clock as if UTC, ticks below the ms, the suffix. */
export function parseIso(text: string): { wall: number; sub: number; offset?: number } {
  const m = ISO.exec(text);
  if (!m) throw new Error(`Not an ISO date-time: ${text}`);
  const d = new Date(Date.UTC(2000, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])));
  d.setUTCFullYear(Number(m[1]));
  const frac = (m[7] ?? '').padEnd(7, '0');
  const wall = d.getTime() + Number(frac.slice(0, 3));
  const sub = Number(frac.slice(3));
  if (!m[8]) return { wall, sub };
  if (m[8] === 'Z') return { wall, sub, offset: 0 };
  const sign = m[8][0] === '-' ? -1 : 1;
  return { wall, sub, offset: sign * (Number(m[8].slice(1, 3)) * 60 + Number(m[8].slice(4, 6))) };
}

function defaultSubtype(declared: Constructor, name: string): Constructor | undefined {
  return allDtos().find((c) => (c === declared || c.prototype instanceof declared) && isDto(c) && getDtoMeta(c).name === name);
}

export function decodeOracleValue(v: unknown, type: TypeRef, o: DecodeOptions = {}): unknown {
  if (v === null || v === undefined) return null;
  switch (type.kind) {
    case 'nullable': return decodeOracleValue(v, type.of, o);
    case 'primitive': return decodePrimitive(v, type.name, o);
    case 'enum': {
      if (typeof v === 'number') return v;
      if (isTagged(v, '$enum')) return v.value as number;
      const m = type.meta.members.find((x) => x.name === v);
      if (!m) throw new Error(`${String(v)} is not a member of ${type.meta.name}`);
      return m.value;
    }
    case 'list': return (v as unknown[]).map((x) => decodeOracleValue(x, type.of, o));
    case 'dict': {
      if (isTagged(v, '$map')) {
        return new Map((v.$map as [unknown, unknown][]).map(([k, x]) => [decodeOracleValue(k, type.key, o), decodeOracleValue(x, type.value, o)]));
      }
      const out = Object.create(null) as Record<string, unknown>;
      for (const [k, x] of Object.entries(v as object)) out[k] = decodeOracleValue(x, type.value, o);
      return out;
    }
    case 'class': {
      const obj = v as Tagged;
      let ctor = type.ctor;
      if (typeof obj.$type === 'string') {
        const found = (o.subtype ?? defaultSubtype)(type.ctor, obj.$type);
        if (!found) throw new Error(`No DTO named ${obj.$type} derives from ${type.ctor.name}`);
        ctor = found;
      }
      const out = new (ctor as unknown as new () => Record<string, unknown>)();
      for (const m of getDtoMeta(ctor).allMembers) {
        if (m.name in obj) out[m.name] = decodeOracleValue(obj[m.name], m.type, o);
      }
      return out;
    }
  }
}

function decodePrimitive(v: unknown, name: Extract<TypeRef, { kind: 'primitive' }>['name'], o: DecodeOptions): unknown {
  switch (name) {
    case 'char': return isTagged(v, '$char') ? v.$char : v;
    case 'byte': case 'sbyte': case 'short': case 'ushort': case 'int': case 'uint': case 'long': case 'ulong': {
      if (!isTagged(v, '$bigint')) return v;
      const big = BigInt(v.$bigint as string);
      return big >= -9007199254740991n && big <= 9007199254740991n ? Number(big) : big;
    }
    case 'float': case 'double': return isTagged(v, '$number') ? Number(v.$number) : v;
    case 'decimal': return isTagged(v, '$decimal') ? new Decimal(v.$decimal as string) : Decimal.from(v as number);
    case 'DateTime': {
      const t = v as { $date: string; kind: 'Utc' | 'Local' | 'Unspecified'; offset?: string };
      const { wall, sub } = parseIso(t.$date.replace(/Z$/, ''));
      if (t.kind === 'Utc') return new DateTime(wall, 'Utc', sub);
      if (wall === MIN_MS && sub === 0) return new DateTime(MIN_MS, t.kind);
      if (t.kind === 'Local' && t.offset) return new DateTime(wall - parseIso(`2000-01-01T00:00:00${t.offset}`).offset! * 60000, 'Local', sub);
      return DateTime.fromWallClock(wall, t.kind, sub, o.tz);
    }
    case 'DateTimeOffset': {
      const p = parseIso((v as Tagged).$datetimeoffset as string);
      return new DateTimeOffset(p.wall - p.offset! * 60000, p.offset!, p.sub);
    }
    case 'TimeSpan': {
      const t = v as Tagged;
      if (t.ticks !== undefined) return new TimeSpan(BigInt(t.ticks as string | number));
      const ts = TimeSpan.parseClock(t.$timespan as string);
      if (!ts) throw new Error(`Bad $timespan ${String(t.$timespan)}`);
      return ts;
    }
    case 'Guid': return isTagged(v, '$guid') ? v.$guid : v;
    case 'byte[]': return Buffer.from((v as Tagged).$bytes as number[]);
    default: return v;
  }
}

export interface CompareOptions {
  /** Which members of a class to compare (default: every member); e.g. only those a serializer writes. */
  readonly members?: (ctor: Constructor) => readonly string[];
  /** Compare strings after XML end-of-line normalization (`\r\n` and `\r` read as `\n`). */
  readonly normalizeNewlines?: boolean;
  /** Members whose value cannot survive the trip, expected back as this instead (by TypeRef). */
  readonly lost?: (t: TypeRef) => { value: unknown } | undefined;
}

const nl = (s: string): string => s.replace(/\r\n?/g, '\n');
const show = (v: unknown): string => (v !== null && typeof v === 'object' ? Object.prototype.toString.call(v) : String(v));

/** Type-directed deep equality; `null` and `undefined` are the same .NET null. */
export function assertOracleEqual(actual: unknown, expected: unknown, type: TypeRef, o: CompareOptions = {}, path = '$'): void {
  const lost = o.lost?.(type);
  if (lost) expected = lost.value;
  if (expected === null || expected === undefined) {
    assert.ok(actual === null || actual === undefined, `${path}: expected null, got ${show(actual)}`);
    return;
  }
  assert.ok(actual !== null && actual !== undefined, `${path}: expected a value, got ${show(actual)}`);
  switch (type.kind) {
    case 'nullable': return assertOracleEqual(actual, expected, type.of, o, path);
    case 'enum': assert.equal(actual, expected, path); return;
    case 'list': {
      const a = actual as unknown[], e = expected as unknown[];
      assert.equal(a.length, e.length, `${path}: length`);
      e.forEach((x, i) => assertOracleEqual(a[i], x, type.of, o, `${path}[${i}]`));
      return;
    }
    case 'dict': {
      const a = actual instanceof Map ? actual : new Map(Object.entries(actual as object));
      const e = expected instanceof Map ? expected : new Map(Object.entries(expected as object));
      assert.deepEqual([...a.keys()].map(String), [...e.keys()].map(String), `${path}: keys`);
      for (const [k, x] of e) assertOracleEqual(a.get(k) ?? a.get(String(k)), x, type.value, o, `${path}.${String(k)}`);
      return;
    }
    case 'class': {
      assert.equal((actual as object).constructor, (expected as object).constructor, `${path}: class`);
      const ctor = (expected as object).constructor as Constructor;
      const keys = o.members?.(ctor) ?? getDtoMeta(ctor).allMembers.map((m) => m.name);
      const types = new Map(getDtoMeta(ctor).allMembers.map((m) => [m.name, m.type]));
      for (const k of keys) {
        const t = types.get(k)!;
        const a = (actual as Record<string, unknown>)[k], e = (expected as Record<string, unknown>)[k];
        assertOracleEqual(a, e, t, o, `${path}.${k}`);
      }
      return;
    }
    case 'primitive': break;
  }
  const p = `${path} (${type.name})`;
  switch (type.name) {
    case 'string': assert.equal(o.normalizeNewlines ? nl(actual as string) : actual, o.normalizeNewlines ? nl(expected as string) : expected, p); return;
    case 'float': assert.equal(Math.fround(actual as number), Math.fround(expected as number), p); return;
    case 'double': assert.ok(Object.is(actual, expected) || actual === expected, `${p}: ${show(actual)} !== ${show(expected)}`); return;
    case 'long': case 'ulong': assert.equal(BigInt(actual as number), BigInt(expected as number), p); return;
    case 'decimal': assert.equal(String(actual), String(expected), p); return;
    case 'TimeSpan': assert.equal((actual as TimeSpan).ticks, (expected as TimeSpan).ticks, p); return;
    case 'byte[]': assert.deepEqual([...(actual as Uint8Array)], [...(expected as Uint8Array)], p); return;
    case 'DateTime': {
      const a = actual as DateTime, e = expected as DateTime;
      assert.deepEqual([a.getTime(), a.kind, a.subMsTicks], [e.getTime(), e.kind, e.subMsTicks], p);
      return;
    }
    case 'DateTimeOffset': {
      const a = actual as DateTimeOffset, e = expected as DateTimeOffset;
      assert.deepEqual([a.getTime(), a.offsetMinutes, a.subMsTicks], [e.getTime(), e.offsetMinutes, e.subMsTicks], p);
      return;
    }
    default: assert.equal(actual, expected, p);
  }
}
