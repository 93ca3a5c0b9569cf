/**
 * The shared conformance suite every Format runs (style: one interface, one suite). Each case is
 * a typed value that must survive write → read unchanged, in every dialect the format serves.
 * A format opts out of a case only with a written reason.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  codecOptions, DateTime, DateTimeOffset, Decimal, defineEnum, Dict, Dto, List, Member, TimeSpan,
  type CodecOptions, type Dialect, type Format, type TypeRef,
} from '../../src/index.js';

const NS = 'Conformance';
export enum Shade { Light, Dark = 5 }
defineEnum(Shade, { name: 'Shade', namespace: NS });
export enum Access { None = 0, Read = 1, Write = 2, Admin = 4 }
defineEnum(Access, { name: 'Access', namespace: NS, flags: true });

@Dto({ namespace: NS })
export class Leaf { @Member('int') Id?: number; @Member() Label?: string; }

@Dto({ namespace: NS })
export class Branch extends Leaf { @Member('double') Weight?: number; }

@Dto({ namespace: NS })
export class Scalars {
  @Member() Text?: string;
  @Member('int') Int?: number;
  @Member('long') Long?: number | bigint;
  @Member('ulong') ULong?: number | bigint;
  @Member('short') Short?: number;
  @Member('byte') Byte?: number;
  @Member('double') Double?: number;
  @Member('float') Float?: number;
  @Member('decimal') Decimal?: Decimal;
  @Member() Bool?: boolean;
  @Member('char') Char?: string;
  @Member('Guid') Guid?: string;
  @Member('byte[]') Bytes?: Buffer;
}

@Dto({ namespace: NS })
export class Ticks {
  @Member('DateTime') UtcTicks?: DateTime;
}

@Dto({ namespace: NS })
export class Times {
  @Member('DateTime') Utc?: DateTime;
  @Member('DateTimeOffset') Offset?: DateTimeOffset;
  @Member('TimeSpan') Span?: TimeSpan;
  @Member('TimeSpan') Negative?: TimeSpan;
}

@Dto({ namespace: NS })
export class Nullables {
  @Member('int?') NoInt?: number;
  @Member('int?') SomeInt?: number;
  @Member() NoText?: string;
  @Member('DateTime?') NoDate?: DateTime;
  @Member(Leaf) NoLeaf?: Leaf;
  @Member('List<string>') NoList?: string[];
}

@Dto({ namespace: NS })
export class Enums {
  @Member(Shade) Shade?: Shade;
  @Member(Access) Access?: Access;
  @Member(Access) NoAccess?: Access;
  @Member(List(Shade)) Shades?: Shade[];
}

@Dto({ namespace: NS })
export class Nested {
  @Member(List(Leaf)) Leaves?: Leaf[];
  @Member('List<int>') Ints?: number[];
  @Member('string[]') Strings?: string[];
  @Member(Dict('string', 'int')) Counts?: Record<string, number>;
  @Member(Dict('string', Leaf)) ByKey?: Record<string, Leaf>;
  @Member(Leaf) Single?: Leaf;
  @Member(Leaf) Derived?: Leaf;
  @Member('List<string>') Empty?: string[];
}

const make = <T extends object>(ctor: new () => T, values: Partial<T>): T => Object.assign(new ctor(), values);
const dict = <V>(entries: [string, V][]): Record<string, V> => Object.assign(Object.create(null) as Record<string, V>, Object.fromEntries(entries));

export const ESCAPE_STRINGS = [
  'plain', '', ' padded ', 'a,b', 'a:b', '{x}', '[y]', 'say "hi"', '"lead', 'trail"', 'tab\there', 'line\nbreak',
  "O'Reilly & <Sons>", 'back\\slash', 'çğü € 😀', 'null', 'True', '123', '\u2028\u2029', 'a]}"),:{[',
];

export interface FormatCase { name: string; type: new () => object; value: object }

export const CASES: FormatCase[] = [
  { name: 'scalars', type: Scalars, value: make(Scalars, {
    Text: 'hello', Int: -42, Long: 9007199254740993n, ULong: 18446744073709551615n, Short: -32768, Byte: 255,
    Double: 0.1 + 0.2, Float: 1.5, Decimal: new Decimal('1.10'), Bool: true, Char: 'x',
    Guid: '3698b76f-a5c0-4b04-b579-bc084019fb95', Bytes: Buffer.from([0, 65, 97, 255]),
  }) },
  { name: 'value-type defaults', type: Scalars, value: make(Scalars, {
    Int: 0, Long: 0, ULong: 0, Short: 0, Byte: 0, Double: 0, Float: 0, Decimal: new Decimal('0'), Bool: false, Char: 'a',
    Guid: '00000000-0000-0000-0000-000000000000',
  }) },
  { name: 'dates and durations', type: Times, value: make(Times, {
    Utc: DateTime.utc(2024, 1, 2, 3, 4, 5, 123),
    Offset: new DateTimeOffset(Date.UTC(2024, 0, 2, 0, 4, 5, 250), 180), Span: TimeSpan.fromParts(1, 2, 3, 4, 5),
    Negative: new TimeSpan(-15000000n),
  }) },
  { name: 'sub-millisecond ticks', type: Ticks, value: make(Ticks, { UtcTicks: DateTime.utc(2024, 1, 2, 3, 4, 5, 123, 4567) }) },
  { name: 'nulls', type: Nullables, value: make(Nullables, { SomeInt: 7 }) },
  { name: 'enums and flags', type: Enums, value: make(Enums, { Shade: Shade.Dark, Access: Access.Read | Access.Write, NoAccess: Access.None, Shades: [Shade.Light, Shade.Dark] }) },
  { name: 'nested lists, dictionaries and a derived instance', type: Nested, value: make(Nested, {
    Leaves: [make(Leaf, { Id: 1, Label: 'a' }), make(Leaf, { Id: 2 })], Ints: [1, 2, 3], Strings: ['x', 'y,z'],
    Counts: dict([['one', 1], ['two', 2]]), ByKey: dict([['k', make(Leaf, { Id: 9, Label: 'nine' })]]),
    Single: make(Leaf, { Id: 5, Label: 'five' }), Derived: make(Branch, { Id: 6, Label: 'six', Weight: 2.5 }), Empty: [],
  }) },
  ...ESCAPE_STRINGS.map((s, i) => ({ name: `escaping #${i} ${JSON.stringify(s)}`, type: Leaf, value: make(Leaf, { Id: i + 1, Label: s }) })),
];

/** A comparable, JSON-safe picture of a value: class names, Kind, ticks, scale and bytes included. */
export function picture(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (v instanceof DateTime) return { DateTime: v.toISOString(), kind: v.kind, ticks: v.subMsTicks };
  if (v instanceof DateTimeOffset) return { DateTimeOffset: v.toISOString(), offset: v.offsetMinutes, ticks: v.subMsTicks };
  if (v instanceof TimeSpan) return { TimeSpan: String(v.ticks) };
  // By value: Json.NET writes decimal 0 as 0.0 (dialects.md §2.3.5); scale is pinned by the vector suites.
  if (v instanceof Decimal) return { Decimal: String(Number(v.text)) };
  if (v instanceof Uint8Array) return { bytes: Buffer.from(v).toString('base64') };
  if (Array.isArray(v)) return v.map(picture);
  if (typeof v === 'object') {
    const out: Record<string, unknown> = { $class: Object.getPrototypeOf(v)?.constructor?.name ?? 'dictionary' };
    for (const k of Object.keys(v).sort()) { const p = picture((v as Record<string, unknown>)[k]); if (p !== null) out[k] = p; }
    return out;
  }
  return v;
}

/** Integer-typed members may come back as number where they went out as a small bigint, and vice versa. */
function normalizeNumbers(p: unknown): unknown {
  return JSON.parse(JSON.stringify(p, (_k, x) => (typeof x === 'string' && /^-?\d+n$/.test(x) && Number.isSafeInteger(Number(x.slice(0, -1))) ? Number(x.slice(0, -1)) : x)));
}

export interface RunOptions {
  dialects: Dialect[];
  /** Case name prefix → reason it does not apply to this format. */
  skip?: Record<string, string>;
  options?: Partial<CodecOptions>;
  /**
   * A response-only format (HTML: ServiceStack registers no reader for it): instead of reading
   * the text back, this judges it; the format's `read` must refuse with a SerializationException.
   */
  check?: (text: string, c: FormatCase) => void;
}

export function runFormatCases(format: Format, run: RunOptions): void {
  for (const dialect of run.dialects) {
    describe(`${format.name} conformance (${dialect})`, () => {
      const options = codecOptions({ dialect, timeZone: 'UTC', ...run.options });
      for (const c of CASES) {
        const reason = Object.entries(run.skip ?? {}).find(([prefix]) => c.name.startsWith(prefix))?.[1];
        it(c.name, { skip: reason }, () => {
          const type: TypeRef = { kind: 'class', ctor: c.type };
          const text = format.write(c.value, type, options);
          assert.equal(typeof text, 'string');
          if (run.check) {
            run.check(text, c);
            assert.throws(() => format.read(text, type, options), (e: Error) => e.name === 'SerializationException' || e.constructor.name === 'SerializationException');
            return;
          }
          const back = format.read(text, type, options);
          assert.deepEqual(normalizeNumbers(picture(back)), normalizeNumbers(picture(c.value)), `${format.name} text: ${text}`);
        });
      }
    });
  }
}
