/**
 * Property tests: for every supported type, alone and nested in DTOs, lists and dictionaries,
 * parse(stringify(x)) ≡ x under each text case. Strings come from an alphabet rich in JSV's
 * structural characters, quotes, CR/LF, whitespace and non-ASCII.
 *
 * Generators avoid only the values JSV itself cannot carry (documented .NET behaviour, spec
 * §3.2/§3.8/§3.10): null as the last element of a list, a list whose only element is null or
 * whitespace, empty byte[] members, chars that are JSV syntax, and a leading BOM.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Dto, Member } from '../../../src/framework/dto/decorators.js';
import { defineEnum } from '../../../src/framework/dto/enum-meta.js';
import { jsv, type JsvOptions } from '../../../src/framework/formats/jsv/index.js';
import { DateTime, MIN_MS, type DateTimeKind } from '../../../src/framework/types/date-time.js';
import { DateTimeOffset } from '../../../src/framework/types/date-time-offset.js';
import { Decimal } from '../../../src/framework/types/decimal.js';
import { TimeSpan } from '../../../src/framework/types/time-span.js';
import { Dict, List, resolveTypeSpec, type TypeRef, type TypeSpec } from '../../../src/framework/types/type-ref.js';
import { diffTyped } from '../../support/sstext-values.js';

const TZ = 'Asia/Kolkata';
const NUM_RUNS = Number(process.env.FC_RUNS ?? 150);

enum Mood { Happy, Sad = 5, Weird = -3 }
defineEnum(Mood, { name: 'Mood', namespace: 'Prop' });
enum Perm { None = 0, Read = 1, Write = 2, Exec = 4 }
defineEnum(Perm, { name: 'Perm', namespace: 'Prop', flags: true });
enum Dir { Up, Down }
defineEnum(Dir, { name: 'Dir', namespace: 'Prop', enumMembers: { Up: 'UP-1' } });

@Dto({ namespace: 'Prop' }) class Leaf {
  @Member('string') S?: string | null;
  @Member('int') I?: number;
}

@Dto({ namespace: 'Prop' }) class Everything {
  @Member('string') Str?: string | null;
  @Member('char') Chr?: string;
  @Member('bool') B?: boolean;
  @Member('byte') By?: number;
  @Member('sbyte') Sb?: number;
  @Member('short') Sh?: number;
  @Member('ushort') Us?: number;
  @Member('int') I?: number;
  @Member('uint') U?: number;
  @Member('long') L?: number | bigint;
  @Member('ulong') Ul?: number | bigint;
  @Member('float') F?: number;
  @Member('double') D?: number;
  @Member('decimal') M?: Decimal;
  @Member('DateTime') Dt?: Date;
  @Member('DateTimeOffset') Dto?: Date;
  @Member('TimeSpan') Ts?: TimeSpan;
  @Member('Guid') G?: string;
  @Member('byte[]') Bytes?: Buffer | null;
  @Member(Mood) E?: Mood;
  @Member(Perm) Fl?: Perm;
  @Member(Dir) Em?: Dir;
  @Member('int?') NI?: number | null;
  @Member('bool?') NB?: boolean | null;
  @Member('DateTime?') NDt?: Date | null;
  @Member('Guid?') NG?: string | null;
  @Member('List<string>') Strs?: (string | null)[] | null;
  @Member('int[]') Ints?: number[] | null;
  @Member('List<int?>') NInts?: (number | null)[] | null;
  @Member(List(() => Leaf)) Leaves?: Leaf[] | null;
  @Member(Dict('string', () => Leaf)) Map?: Record<string, Leaf> | null;
  @Member('Dictionary<string,string>') StrMap?: Record<string, string> | null;
  @Member('Dictionary<int,string>') IntKeyMap?: Record<string, string> | null;
  @Member('List<List<int>>') Nested?: number[][] | null;
  @Member(List(Dict('string', 'double'))) ListOfMaps?: Record<string, number>[] | null;
  @Member(() => Everything) Child?: Everything | null;
}

// ---- generators ------------------------------------------------------------------------------

const CHARS = [
  ',', '"', ':', '{', '}', '[', ']', '\r', '\n', ' ', '\t', "'", '\\', '%', '#', '&', '=', '/', 'a', 'b', 'Z', '0', '9', '-', '.', '_',
  'ç', 'ğ', 'İ', '€', '😀', '\u0000', '\u00a0', '\u2028', 'null', 'True',
];
const richString = fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((a) => a.join(''));
const notBlank = (s: string): boolean => s.trim().length > 0;

/** A list JSV can carry: no trailing null, not a lone null or lone blank string. */
function carriedList<T>(item: fc.Arbitrary<T | null>, last: fc.Arbitrary<T>): fc.Arbitrary<(T | null)[]> {
  return fc.tuple(fc.array(item, { maxLength: 5 }), last, fc.boolean())
    .map(([init, end, empty]) => (empty ? [] : [...init, end]))
    .filter((l) => !(l.length === 1 && typeof l[0] === 'string' && !notBlank(l[0])));
}

const int = (min: number, max: number): fc.Arbitrary<number> => fc.integer({ min, max });
const big = (min: bigint, max: bigint): fc.Arbitrary<number | bigint> =>
  fc.bigInt({ min, max }).map((b) => (b >= -(2n ** 53n) + 1n && b <= 2n ** 53n - 1n ? Number(b) : b));
const decimal = fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.nat({ max: 10 }), fc.bigInt({ min: 0n, max: 10n ** 10n }))
  .map(([neg, i, scale, f]) => new Decimal(`${neg && (i > 0n || f > 0n) ? '-' : ''}${i}${scale ? '.' + String(f).padStart(10, '0').slice(0, scale) : ''}`));

const YEAR_1 = MIN_MS;
const YEAR_10000 = 253402300800000;
const dateTime = fc.oneof(
  fc.tuple(fc.integer({ min: YEAR_1, max: YEAR_10000 - 1 }), int(0, 9999)).map(([t, s]) => new DateTime(t, 'Utc', s)),
  fc.tuple(fc.integer({ min: -631152000000, max: 4102444800000 }), int(0, 9999), fc.constantFrom<DateTimeKind>('Local', 'Unspecified'))
    .map(([t, s, k]) => new DateTime(t, k, s)),
  fc.tuple(fc.integer({ min: -20000, max: 40000 }), fc.constantFrom<DateTimeKind>('Utc', 'Local', 'Unspecified'))
    .map(([day, k]) => DateTime.fromWallClock(day * 86400000, k, 0, TZ)),
  fc.constant(DateTime.minValue),
);
const dateTimeOffset = fc.tuple(fc.integer({ min: YEAR_1 + 86400000, max: YEAR_10000 - 86400000 }), int(-14 * 60, 14 * 60), int(0, 9999))
  .map(([t, o, s]) => new DateTimeOffset(t, o, s));
/**
 * ServiceStack writes TimeSpans through doubles: exact below ~46 days, and for whole seconds up to
 * 2^53 ticks (~28 years); MaxValue/MinValue are fixed strings. Longer spans lose digits in .NET
 * too (-1341355.20:13:33 is written -P1341355DT20H13M32.9999847S), so they are not generated.
 */
const timeSpan = fc.oneof(
  fc.bigInt({ min: -(4n * 10n ** 13n), max: 4n * 10n ** 13n }),
  fc.bigInt({ min: -900719925n, max: 900719925n }).map((s) => s * 10_000_000n),
  fc.constantFrom(TimeSpan.maxValue.ticks, TimeSpan.minValue.ticks),
).map((t) => new TimeSpan(t));
const char = fc.constantFrom(...CHARS.filter((c) => c.length === 1 && !',}"{['.includes(c)));
const bytes = fc.uint8Array({ minLength: 1, maxLength: 12 }).map((u) => Buffer.from(u));
const opt = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(a, { nil: null });
const dict = <T>(key: fc.Arbitrary<string>, value: fc.Arbitrary<T>): fc.Arbitrary<Record<string, T>> =>
  fc.array(fc.tuple(key, value), { maxLength: 4 }).map((es) => {
    const o = Object.create(null) as Record<string, T>;
    for (const [k, v] of es) o[k] = v;
    return o;
  });

const leaf = fc.record({ S: opt(richString), I: fc.integer() }).map((r) => Object.assign(new Leaf(), r));

/** .NET Framework prints G15 doubles / G7 floats and `0` for -0: only such values round-trip. */
const fwDouble = fc.double().map((d) => (Object.is(d, -0) ? 0 : Number.isFinite(d) ? Number(d.toPrecision(15)) : d));
const fwFloat = fc.float().map((f) => (Object.is(f, -0) ? 0 : Number.isFinite(f) ? Math.fround(Number(f.toPrecision(6))) : f));

const scalars = (framework: boolean) => ({
  Str: opt(richString), Chr: char, B: fc.boolean(), By: int(0, 255), Sb: int(-128, 127), Sh: int(-32768, 32767), Us: int(0, 65535),
  I: fc.integer(), U: int(0, 4294967295), L: big(-(2n ** 63n), 2n ** 63n - 1n), Ul: big(0n, 2n ** 64n - 1n),
  F: framework ? fwFloat : fc.float(), D: framework ? fwDouble : fc.double(), M: decimal, Dt: dateTime, Dto: dateTimeOffset, Ts: timeSpan, G: fc.uuid(),
  Bytes: opt(bytes), E: fc.constantFrom(Mood.Happy, Mood.Sad, Mood.Weird, 77), Fl: int(0, 7), Em: fc.constantFrom(Dir.Up, Dir.Down),
  NI: opt(fc.integer()), NB: opt(fc.boolean()), NDt: opt(dateTime), NG: opt(fc.uuid()),
});

const collections = (framework: boolean) => ({
  Strs: opt(carriedList(opt(richString), richString)),
  Ints: opt(fc.array(fc.integer(), { maxLength: 5 })),
  NInts: opt(carriedList(opt(fc.integer()), fc.integer())),
  Leaves: opt(fc.array(leaf, { maxLength: 3 })),
  Map: opt(dict(richString, leaf)),
  StrMap: opt(dict(richString, richString)),
  IntKeyMap: opt(dict(fc.integer().map(String), richString)),
  Nested: opt(fc.array(fc.array(fc.integer(), { maxLength: 3 }), { maxLength: 3 })),
  ListOfMaps: opt(fc.array(dict(richString, framework ? fwDouble : fc.double()), { maxLength: 2 })),
});

function everything(depth: number, framework = false): fc.Arbitrary<Everything> {
  const child = depth > 0 ? opt(everything(depth - 1, framework)) : fc.constant(null);
  return fc.record({ ...scalars(framework), ...collections(framework), Child: child }, { requiredKeys: [] })
    .map((r) => Object.assign(new Everything(), r));
}

// ---- properties ------------------------------------------------------------------------------

/** Wall clock and sub-ms ticks always survive; the instant too unless the text was a bare date. */
function sameDateTime(a: DateTime, e: DateTime): boolean {
  return a.wallClockMs(TZ) === e.wallClockMs(TZ) && a.subMsTicks === e.subMsTicks && (a.kind === 'Unspecified' || a.getTime() === e.getTime());
}

function roundTrips<T>(arb: fc.Arbitrary<T>, spec: TypeSpec, options: Partial<JsvOptions>): void {
  const type: TypeRef = resolveTypeSpec(spec);
  fc.assert(fc.property(arb, (x) => {
    const text = jsv.stringify(x, type, options);
    const back = jsv.parse(text, type, options);
    const diff = diffTyped(back, x, type, { dateTime: sameDateTime });
    assert.equal(diff, undefined, `${diff}\n  text: ${JSON.stringify(text)}`);
  }), { numRuns: NUM_RUNS });
}

const base: Partial<JsvOptions> = { timeZone: TZ, runtime: 'core' };

describe('JSV round trip: DTOs', () => {
  for (const textCase of ['PascalCase', 'camelCase', 'snake_case'] as const) {
    it(`nested DTO with every member type (${textCase})`, () => roundTrips(everything(2), Everything, { ...base, textCase }));
  }
  it('nested DTO on the .NET Framework runtime', () => roundTrips(everything(1, true), Everything, { ...base, textCase: 'PascalCase', runtime: 'framework' }));
});

describe('JSV round trip: top-level values', () => {
  const cases: [string, fc.Arbitrary<unknown>, TypeSpec][] = [
    ['string', richString.filter((s) => s.length > 0), 'string'],
    ['char', char, 'char'],
    ['bool', fc.boolean(), 'bool'],
    ['int', fc.integer(), 'int'],
    ['long', big(-(2n ** 63n), 2n ** 63n - 1n), 'long'],
    ['ulong', big(0n, 2n ** 64n - 1n), 'ulong'],
    ['float', fc.float(), 'float'],
    ['double', fc.double(), 'double'],
    ['decimal', decimal, 'decimal'],
    ['DateTime', dateTime, 'DateTime'],
    ['DateTimeOffset', dateTimeOffset, 'DateTimeOffset'],
    ['TimeSpan', timeSpan, 'TimeSpan'],
    ['Guid', fc.uuid(), 'Guid'],
    ['byte[]', bytes, 'byte[]'],
    ['enum', fc.constantFrom(Mood.Happy, Mood.Sad, Mood.Weird, 12), Mood],
    ['flags enum', int(0, 7), Perm],
    ['int?', opt(fc.integer()), 'int?'],
    ['List<string>', carriedList(opt(richString), richString), 'List<string>'],
    ['List<int?>', carriedList(opt(fc.integer()), fc.integer()), 'List<int?>'],
    ['List<Leaf>', fc.array(leaf, { maxLength: 4 }), List(() => Leaf)],
    ['Dictionary<string,string>', dict(richString, richString), 'Dictionary<string,string>'],
    ['Dictionary<string,List<string>>', dict(richString, carriedList(opt(richString), richString)), Dict('string', 'List<string>')],
    ['Dictionary<Guid,Leaf>', dict(fc.uuid(), leaf), Dict('Guid', () => Leaf)],
    ['List<List<string>>', fc.array(carriedList(opt(richString), richString), { maxLength: 3 }), 'List<List<string>>'],
  ];
  for (const [name, arb, spec] of cases) {
    it(name, () => roundTrips(arb, spec, { ...base, textCase: 'camelCase' }));
  }
});
