import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { json } from '../../../src/framework/formats/json/index.js';
import { DateTime } from '../../../src/framework/types/date-time.js';
import { DateTimeOffset } from '../../../src/framework/types/date-time-offset.js';
import { Decimal } from '../../../src/framework/types/decimal.js';
import { TimeSpan } from '../../../src/framework/types/time-span.js';
import {
  BaseShape, Collections, Color, ContractShape, Day, DerivedShape, Holder, Named, Perms, Poco, Scalars, Times,
} from './json-test-dtos.js';

const make = <T extends object>(ctor: new () => T, v: Partial<T>): T => Object.assign(new ctor(), v);
const ss = (value: unknown, type: Parameters<typeof json.stringify>[1], o: Parameters<typeof json.stringify>[2] = {}): string =>
  json.stringify(value, type, { dialect: 'servicestack', textCase: 'PascalCase', timeZone: 'UTC', ...o });

describe('ServiceStack.Text JSON writer (servicestack-wire.md §4)', () => {
  it('omits null members, writes value-type defaults, no whitespace', () => {
    assert.equal(ss(make(Poco, {}), Poco), '{"Id":0}');
    assert.equal(ss(make(Poco, { Id: 3, Name: null as never }), Poco), '{"Id":3}');
    assert.equal(ss(null, Poco), '');
    assert.equal(ss(null, 'int?'), '');
  });

  it('escapes like JsonUtils: short escapes, UPPERCASE \\uXXXX for every char.IsControl char', () => {
    assert.equal(ss('a"b\\c\u001f', 'string'), '"a\\"b\\\\c\\u001F"');
    assert.equal(ss('\b\f\n\r\t', 'string'), '"\\b\\f\\n\\r\\t"');
    assert.equal(ss('\u007f\u0085\u009f\u00a0', 'string'), '"\\u007F\\u0085\\u009F\u00a0"');
    assert.equal(ss('http://x.com/a?b=c&d=e#f <>\' \u2028 çğü€😀', 'string'), '"http://x.com/a?b=c&d=e#f <>\' \u2028 çğü€😀"');
  });

  it('numbers: 64-bit exact, .NET Core doubles by default, .NET Framework G15 on request, NaN bare', () => {
    const v = make(Scalars, { Long: 9007199254740993n, ULong: 18446744073709551615n, Dbl: 0.1 + 0.2, Flt: 1.1, Dec: new Decimal('1.10') });
    assert.match(ss(v, Scalars), /"Long":9007199254740993,"ULong":18446744073709551615,.*"Dbl":0\.30000000000000004,"Flt":1\.1,"Dec":1\.10,/);
    assert.equal(ss(0.1 + 0.2, 'double', { runtime: 'framework' }), '0.3');
    assert.equal(ss(1.7976931348623157e308, 'double', { runtime: 'framework' }), '1.7976931348623157E+308');
    assert.equal(ss(1e21, 'double'), '1E+21');
    assert.equal(ss(1e-7, 'double'), '1E-07');
    assert.equal(ss(NaN, 'double'), 'NaN');
    assert.equal(ss(-Infinity, 'double'), '-Infinity');
    assert.equal(ss(100, 'decimal'), '100');
  });

  it('Guid N, bytes Base64, char, bool, TimeSpan XSD (ms numbers accepted)', () => {
    assert.equal(ss('3F2504E0-4F89-11D3-9A0C-0305E82C3301', 'Guid'), '"3f2504e04f8911d39a0c0305e82c3301"');
    assert.equal(ss(new Uint8Array([0, 65, 97, 255]), 'byte[]'), '"AEFh/w=="');
    assert.equal(ss(Buffer.alloc(0), 'byte[]'), '""');
    assert.equal(ss('"', 'char'), '"\\""');
    assert.equal(ss(TimeSpan.fromParts(0, 1, 30), 'TimeSpan'), '"PT1H30M"');
    assert.equal(ss(1500, 'TimeSpan'), '"PT1.5S"');
    assert.equal(ss(undefined, 'TimeSpan'), '"PT0S"');
  });

  it('enums by name, [EnumMember] value, [Flags] as numbers, undefined values as their number', () => {
    assert.equal(ss(Color.Blue, Color), '"Blue"');
    assert.equal(ss(Day.Sun, Day), '"SUN"');
    assert.equal(ss(Perms.Read | Perms.Write, Perms), '3');
    assert.equal(ss(Perms.Admin, Perms), '7');
    assert.equal(ss(9, Color), '"9"');
  });

  it('DateTime: \\/Date(ms)\\/ by Kind; sub-ms ticks dropped; MinValue never shifted', () => {
    const wall = Date.UTC(2024, 0, 2, 3, 4, 5, 123);
    assert.equal(ss(new DateTime(wall, 'Utc', 4567), 'DateTime'), '"\\/Date(1704164645123)\\/"');
    assert.equal(ss(new Date(wall), 'DateTime'), '"\\/Date(1704164645123)\\/"');
    const ist = 'Europe/Istanbul';
    assert.equal(ss(DateTime.fromWallClock(wall, 'Local', 0, ist), 'DateTime', { timeZone: ist }), '"\\/Date(1704153845123+0300)\\/"');
    assert.equal(ss(DateTime.fromWallClock(wall, 'Unspecified', 0, ist), 'DateTime', { timeZone: ist }), '"\\/Date(1704153845123-0000)\\/"');
    assert.equal(ss(DateTime.minValue, 'DateTime', { timeZone: ist }), '"\\/Date(-62135596800000-0000)\\/"');
    assert.equal(ss(DateTime.utc(9999, 12, 31, 23, 59, 59, 999, 9999), 'DateTime'), '"\\/Date(253402300800000)\\/"');
    assert.equal(ss(make(Times, {}), Times), '{"When":"\\/Date(-62135596800000-0000)\\/","Offset":"\\/Date(-62135596800000)\\/","Span":"PT0S"}');
  });

  it("DateTimeOffset: legacy (≤ v6.10) local clock vs v6.11 instant; offset 0 has no suffix", () => {
    const v = new DateTimeOffset(Date.UTC(2024, 0, 2, 0, 4, 5), 180);
    assert.equal(ss(v, 'DateTimeOffset'), '"\\/Date(1704164645000+0300)\\/"');
    assert.equal(ss(v, 'DateTimeOffset', { dateTimeOffset: 'v6.11' }), '"\\/Date(1704153845000+0300)\\/"');
    assert.equal(ss(new DateTimeOffset(Date.UTC(2024, 0, 2, 8, 34, 5), -330), 'DateTimeOffset'), '"\\/Date(1704164645000-0530)\\/"');
    assert.equal(ss(new DateTimeOffset(1704164645000, 0), 'DateTimeOffset', { dateTimeOffset: 'v6.11' }), '"\\/Date(1704164645000)\\/"');
  });

  it('collections: null strings/nullables as null, null POCO as {}, null dictionary values omitted, Maps accepted', () => {
    const v = make(Collections, {
      Strings: ['a', null, ''], Ints: [1, null, 3], Pocos: [make(Poco, { Id: 1, Name: 'a' }), null],
      Map: new Map([['k', 'v'], ['n', null]]), ByKey: { p: make(Poco, { Id: 2 }) },
    });
    assert.equal(ss(v, Collections), '{"Strings":["a",null,""],"Ints":[1,null,3],"Pocos":[{"Id":1,"Name":"a"},{}],"Map":{"k":"v"},"ByKey":{"p":{"Id":2}}}');
  });

  it('member order: derived first, then a stable sort by DataMember Order; DataContract filters', () => {
    assert.equal(ss(make(DerivedShape, { Alpha: 'a', Extra: 2, Zeta: 'z', BaseId: 1 }), DerivedShape), '{"Alpha":"a","Extra":2,"Zeta":"z","BaseId":1}');
    const c = make(ContractShape, { Second: '2nd', First: '1st', NoOrderB: 'B', NoOrderA: 'A', Original: 'o', OmittedWhenZero: 0, Required: 'r', NotAMember: 'x' });
    assert.equal(ss(c, ContractShape), '{"NoOrderB":"B","NoOrderA":"A","First":"1st","Second":"2nd","renamed_member":"o","Required":"r"}');
  });

  it('names: TextCase camelCase / snake_case; DataMember(Name) verbatim even without [DataContract]', () => {
    const v = make(Named, { MyID: 1, Aliased: 'x', MaxSMSCount: 2, FirstName: 'f' });
    assert.equal(ss(v, Named), '{"MyID":1,"alias":"x","MaxSMSCount":2,"FirstName":"f"}');
    assert.equal(ss(v, Named, { textCase: 'camelCase' }), '{"myID":1,"alias":"x","maxSMSCount":2,"firstName":"f"}');
    assert.equal(ss(v, Named, { textCase: 'snake_case' }), '{"my_i_d":1,"alias":"x","max_s_m_s_count":2,"first_name":"f"}');
  });

  it('__type first for a subclass in a base-typed member, and for DTOs in object members', () => {
    const h = make(Holder, {
      Item: make(DerivedShape, { Alpha: 'a1', Extra: 1, Zeta: 'z1', BaseId: 1 }),
      Items: [make(BaseShape, { Zeta: 'b' }), make(DerivedShape, { Alpha: 'x', Zeta: 'd' })],
      Any: make(Poco, { Id: 1 }),
    });
    assert.equal(ss(h, Holder),
      '{"Item":{"__type":"Test.Shapes.DerivedShape, Test","Alpha":"a1","Extra":1,"Zeta":"z1","BaseId":1},'
      + '"Items":[{"Zeta":"b","BaseId":0},{"__type":"Test.Shapes.DerivedShape, Test","Alpha":"x","Extra":0,"Zeta":"d","BaseId":0}],'
      + '"Any":{"__type":"Test.Shapes.Poco, Test","Id":1}}');
    assert.match(ss(h, Holder, { assemblyName: 'my-asm' } as never), /"__type":"Test.Shapes.DerivedShape, my-asm"/);
  });

  it('object members are written by their runtime type', () => {
    const v = make(Holder, { Any: { n: 1, f: 1.5, s: 'x', b: true, big: 2n ** 64n, d: new Date(0), l: [1, null] } });
    assert.equal(ss(v, Holder), '{"Any":{"n":1,"f":1.5,"s":"x","b":true,"big":18446744073709551616,"d":"\\/Date(0)\\/","l":[1,null]}}');
  });

  it('a self-referencing graph is a SerializationException, not a stack overflow', () => {
    const h = make(Holder, {});
    h.Any = h;
    assert.throws(() => ss(h, Holder), { name: 'SerializationException' });
  });
});
