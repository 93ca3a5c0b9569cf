/**
 * ServiceStack's metadata-page sample values (AutoMappingUtils.PopulateWith / CreateDefaultValue):
 * strings are the literal "String", value types their default, enums their lowest value,
 * nullable value types null, every collection one element, dictionaries one entry, nested
 * classes populated recursively — a class nested under itself at most twice, then null. A member's
 * declared `example` wins, so that a sample is a request the server accepts.
 */
import { DateTime, DateTimeOffset, Decimal, EMPTY_GUID, getDtoMeta, TimeSpan, type Constructor, type TypeRef } from '../../src/index.js';
import type { PrimitiveName } from '../../src/framework/types/type-ref.js';

const MAX_RECURSION = 2;

const DEFAULTS: Record<PrimitiveName, () => unknown> = {
  string: () => 'String',
  bool: () => false,
  char: () => '\0',
  byte: () => 0, sbyte: () => 0, short: () => 0, ushort: () => 0, int: () => 0, uint: () => 0, long: () => 0, ulong: () => 0,
  float: () => 0, double: () => 0, decimal: () => Decimal.from(0),
  DateTime: () => DateTime.minValue,
  DateTimeOffset: () => new DateTimeOffset(DateTime.minValue.getTime(), 0),
  TimeSpan: () => TimeSpan.zero,
  Guid: () => EMPTY_GUID,
  'byte[]': () => Buffer.from([0]),
  object: () => ({}),
};

/** `new T().PopulateWith()`: an instance of the class with every member given a sample value. */
export function populateSample(ctor: Constructor, path: Constructor[] = []): object | undefined {
  if (path.filter((c) => c === ctor).length >= MAX_RECURSION) return undefined;
  const instance = Object.create((ctor as unknown as { prototype: object }).prototype) as Record<string, unknown>;
  const inner = [...path, ctor];
  for (const m of getDtoMeta(ctor).allMembers) {
    const value = m.example ?? defaultValue(m.type, inner);
    if (value !== undefined) instance[m.name] = value;
  }
  return instance;
}

/** The PopulateWith sample of any declared type: `[sample Order]` for `List<Order>`, `0` for `int`. */
export function sampleOf(t: TypeRef): unknown {
  return defaultValue(t, []);
}

function defaultValue(t: TypeRef, path: Constructor[]): unknown {
  switch (t.kind) {
    case 'primitive': return DEFAULTS[t.name]();
    case 'nullable': return undefined;
    case 'enum': return [...t.meta.members].map((m) => m.value).sort((a, b) => (a >>> 0) - (b >>> 0))[0] ?? 0;
    case 'list': {
      const item = defaultValue(t.of, path);
      return item === undefined ? [] : [item];
    }
    case 'dict': {
      const key = defaultValue(t.key, path);
      const value = defaultValue(t.value, path);
      return key === undefined ? {} : { [String(key)]: value };
    }
    case 'class': return populateSample(t.ctor, path);
  }
}
