/**
 * ASP.NET Web API Help Page's ObjectGenerator: the "sample string N" values of seeds 000 and 001.
 * The rules (help-pages.md) that decide the numbers:
 *  - each simple value consumes `++index` of the generator that makes it;
 *  - every complex object numbers its own properties with a fresh generator, in reflection
 *    order (most-derived class first, properties before fields);
 *  - nullables, collections and dictionaries use a fresh generator, so they do not advance
 *    their parent's counter; enums take the lowest value and consume nothing;
 *  - collections have two elements, and a complex element type is one cached instance.
 */
import { DateTime, DateTimeOffset, Decimal, getDtoMeta, newGuid, TimeSpan, type Constructor, type EnumMeta, type TypeRef } from '../../src/index.js';
import type { PrimitiveName } from '../../src/framework/types/type-ref.js';
import { classChain } from '../../src/framework/dto/member-order.js';

const COLLECTION_SIZE = 2;

type SimpleFactory = (index: number) => unknown;

const MAX: Partial<Record<PrimitiveName, number>> = { short: 32767, ushort: 65535, sbyte: 127, byte: 255 };

const SIMPLE: Record<PrimitiveName, SimpleFactory> = {
  string: (i) => `sample string ${i}`,
  bool: () => true,
  char: () => 'A',
  byte: () => 64,
  sbyte: () => 64,
  short: (i) => i % MAX.short!,
  ushort: (i) => i % MAX.ushort!,
  int: (i) => i,
  uint: (i) => i,
  long: (i) => i,
  ulong: (i) => i,
  float: (i) => i + 0.1,
  double: (i) => i + 0.1,
  decimal: (i) => Decimal.from(i),
  DateTime: () => new DateTime(Date.now(), 'Local'),
  DateTimeOffset: () => new DateTimeOffset(Date.now(), -new Date().getTimezoneOffset()),
  TimeSpan: () => new TimeSpan(1234567n),
  Guid: () => newGuid(),
  'byte[]': () => Buffer.from([64, 64]),
  object: () => ({}),
};

/**
 * Sample values an app sets for whole types, as ASP.NET's `HelpPageConfig.SetSampleForType` does;
 * the generator uses them instead of its own rule.
 */
export interface SampleOverrides {
  /** The sample value of an enum (its number), or undefined for the lowest value. */
  enumValue?: (meta: EnumMeta) => number | undefined;
}

export class ObjectGenerator {
  private index = 0;
  constructor(private readonly overrides: SampleOverrides = {}) {}

  /** A sample value of `type`; `created` caches one instance per complex type (shared per sample). */
  generate(type: TypeRef, created: Map<unknown, object> = new Map()): unknown {
    switch (type.kind) {
      case 'primitive':
        if (type.name === 'object') return {};
        return SIMPLE[type.name](++this.index);
      case 'nullable':
        return new ObjectGenerator(this.overrides).generate(type.of, created);
      case 'enum': {
        const chosen = this.overrides.enumValue?.(type.meta);
        if (chosen !== undefined) return chosen;
        // Enum.GetValues sorts by the unsigned magnitude of the value.
        const values = type.meta.members.map((m) => m.value).sort((a, b) => (a >>> 0) - (b >>> 0));
        return values[0];
      }
      case 'list': {
        const g = new ObjectGenerator(this.overrides);
        return Array.from({ length: COLLECTION_SIZE }, () => g.generate(type.of, created));
      }
      case 'dict': {
        const g = new ObjectGenerator(this.overrides);
        const out: Record<string, unknown> = {};
        for (let i = 0; i < COLLECTION_SIZE; i++) {
          const key = String(g.generate(type.key, created));
          const value = g.generate(type.value, created);
          if (!(key in out)) out[key] = value;
        }
        return out;
      }
      case 'class':
        return generateComplex(type.ctor, created, this.overrides);
    }
  }
}

/** A new instance of the class without running its constructor, with every member set. */
export function generateComplex(ctor: Constructor, created: Map<unknown, object> = new Map(), overrides: SampleOverrides = {}): object {
  const cached = created.get(ctor);
  if (cached) return cached;
  const instance = Object.create((ctor as unknown as { prototype: object }).prototype) as Record<string, unknown>;
  created.set(ctor, instance);
  const g = new ObjectGenerator(overrides);
  for (const m of reflectionOrder(ctor)) instance[m.name] = g.generate(m.type, created);
  return instance;
}

/** Type.GetProperties() then Type.GetFields(): each most-derived class first, in declaration order. */
export function reflectionOrder(ctor: Constructor): ReturnType<typeof getDtoMeta>['ownMembers'] {
  const chain = classChain(getDtoMeta(ctor));
  const props = chain.flatMap((c) => c.ownMembers.filter((m) => !m.field));
  const fields = chain.flatMap((c) => c.ownMembers.filter((m) => m.field));
  return [...props, ...fields];
}
