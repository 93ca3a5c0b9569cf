import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { json } from '../../../src/framework/formats/json/index.js';
import { DateTime } from '../../../src/framework/types/date-time.js';
import { DateTimeOffset } from '../../../src/framework/types/date-time-offset.js';
import { Decimal } from '../../../src/framework/types/decimal.js';
import { TimeSpan } from '../../../src/framework/types/time-span.js';
import {
  BaseShape, Collections, Color, Day, DerivedShape, Holder, Named, Perms, Poco, Scalars, Times,
} from './json-test-dtos.js';

const opts = { dialect: 'servicestack', timeZone: 'Europe/Istanbul' } as const;
const read = <T>(text: string, type: Parameters<typeof json.parse>[1], o: Parameters<typeof json.parse>[2] = {}): T =>
  json.parse<T>(text, type, { ...opts, ...o });
const make = <T extends object>(ctor: new () => T, v: Partial<T>): T => Object.assign(new ctor(), v);

describe('ServiceStack.Text JSON reader (servicestack-wire.md §4)', () => {
  it('member names are case-insensitive; DataMember aliases and declared names both bind; unknown ignored', () => {
    const n = read<Named>('{"myid":1,"ALIAS":"a","maxSmsCount":2,"firstname":"f","Other":[1,{"x":2}]}', Named);
    assert.deepEqual([n.MyID, n.Aliased, n.MaxSMSCount, n.FirstName], [1, 'a', 2, 'f']);
    assert.equal(read<Named>('{"Aliased":"b"}', Named).Aliased, 'b');
    assert.equal(read<Named>('{"first_name":"s"}', Named, { textCase: 'snake_case' }).FirstName, 's');
    assert.equal(read<Named>('{"first-name":"s"}', Named, { textCase: 'snake_case' }).FirstName, 's');
    assert.equal(read<Named>('{"first_name":"s"}', Named).FirstName, undefined);
  });

  it('numbers and booleans inside strings, bare NaN/Infinity, thousands separators in quoted decimals', () => {
    const s = read<Scalars>('{"Int":"12","Long":" 9223372036854775807 ","Dbl":NaN,"Flt":"1,111.5","Dec":"1,234.50","Flag":"true","UInt":4294967295}', Scalars);
    assert.deepEqual([s.Int, s.Long, Number.isNaN(s.Dbl), s.Flt, s.UInt], [12, 9223372036854775807n, true, 1111.5, 4294967295]);
    assert.deepEqual(s.Dec, new Decimal('1234.50'));
    assert.equal(s.Flag, true);
    assert.equal(read<Scalars>('{"Dbl":-Infinity}', Scalars).Dbl, -Infinity);
    assert.equal(read<Scalars>('{"Flag":"on"}', Scalars).Flag, true);
    assert.equal(read<Scalars>('{"Int":"01"}', Scalars).Int, 1);
  });

  it('Guid N, D, B and P forms; char; bytes', () => {
    for (const g of ['3f2504e04f8911d39a0c0305e82c3301', '3F2504E0-4F89-11D3-9A0C-0305E82C3301', '{3f2504e0-4f89-11d3-9a0c-0305e82c3301}', '(3f2504e0-4f89-11d3-9a0c-0305e82c3301)']) {
      assert.equal(read<Scalars>(JSON.stringify({ Id: g }), Scalars).Id, '3f2504e0-4f89-11d3-9a0c-0305e82c3301');
    }
    assert.equal(read<Scalars>('{"Ch":""}', Scalars).Ch, '\0');
    assert.deepEqual(read<Scalars>('{"Bytes":"AAEC+vv8/f7/"}', Scalars).Bytes, Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255]));
  });

  it('enums: name or [EnumMember] value case-insensitively, numbers, flag lists; an unknown name leaves the member unset', () => {
    assert.equal(read<Scalars>('{"Color":"blue"}', Scalars).Color, Color.Blue);
    assert.equal(read<Scalars>('{"Color":2}', Scalars).Color, Color.Blue);
    assert.equal(read<Scalars>('{"Color":"2"}', Scalars).Color, Color.Blue);
    assert.equal(read<Scalars>('{"Day":"sun"}', Scalars).Day, Day.Sun);
    assert.equal(read<Scalars>('{"Day":"Mon"}', Scalars).Day, Day.Mon);
    assert.equal(read<Scalars>('{"Perms":"Read, Write"}', Scalars).Perms, Perms.Read | Perms.Write);
    assert.equal(read<Scalars>('{"Perms":5}', Scalars).Perms, 5);
    assert.equal(read<Scalars>('{"Color":"Purple"}', Scalars).Color, undefined);
  });

  it('DateTime: /Date(…)/ with or without \\, by suffix kind; ISO 8601 forms', () => {
    const t = (s: string): DateTime => read<Times>(JSON.stringify({ When: s }), Times).When as DateTime;
    const u = t('\\/Date(1704164645123)\\/');
    assert.deepEqual([u.kind, u.getTime()], ['Utc', 1704164645123]);
    assert.deepEqual([t('/Date(1704164645123)/').kind, t('/Date(1704164645123)/').getTime()], ['Utc', 1704164645123]);
    assert.deepEqual([t('/Date(1704153845000+0300)/').kind, t('/Date(1704153845000+0300)/').getTime()], ['Local', 1704153845000]);
    assert.deepEqual([t('/Date(1704153845000-0000)/').kind, t('/Date(1704153845000-0000)/').getTime()], ['Unspecified', 1704153845000]);
    assert.deepEqual([t('2024-01-02T03:04:05.1234567Z').kind, t('2024-01-02T03:04:05.1234567Z').subMsTicks], ['Utc', 4567]);
    assert.equal(t('2024-01-02T03:04:05+03:00').getTime(), Date.UTC(2024, 0, 2, 0, 4, 5));
    const floating = t('2024-01-02');
    assert.deepEqual([floating.kind, floating.wallClockMs('Europe/Istanbul')], ['Unspecified', Date.UTC(2024, 0, 2)]);
    assert.equal(t('2010-06-01 21:52:59.280').kind, 'Unspecified');
  });

  it('DateTimeOffset: legacy and v6.11 conventions read what each writes; ISO with offset', () => {
    const v = new DateTimeOffset(Date.UTC(2024, 0, 2, 0, 4, 5, 250), 180);
    for (const mode of ['legacy', 'v6.11'] as const) {
      const text = json.stringify(v, 'DateTimeOffset', { ...opts, dateTimeOffset: mode });
      const back = read<DateTimeOffset>(text, 'DateTimeOffset', { dateTimeOffset: mode });
      assert.deepEqual([back.getTime(), back.offsetMinutes], [v.getTime(), 180], mode);
    }
    const iso = read<DateTimeOffset>('"2024-01-02T03:04:05.25+03:00"', 'DateTimeOffset');
    assert.deepEqual([iso.getTime(), iso.offsetMinutes], [v.getTime(), 180]);
  });

  it('TimeSpan: XSD duration, clock form, or seconds', () => {
    assert.deepEqual(read('"P1DT2H3M4.5670001S"', 'TimeSpan'), new TimeSpan(937845670001n));
    assert.deepEqual(read('"01:02:03"', 'TimeSpan'), TimeSpan.fromParts(0, 1, 2, 3));
    assert.deepEqual(read('"3.5"', 'TimeSpan'), TimeSpan.fromSeconds(3.5));
  });

  it('collections and nulls: null for references, value-type members left at their default', () => {
    const c = read<Collections>('{"Strings":["a",null,""],"Ints":[1,null,3],"Pocos":[{"Id":1},{}],"Map":{"k":"v","n":null},"ByKey":{"p":{"Id":2}}}', Collections);
    assert.deepEqual(c.Strings, ['a', null, '']);
    assert.deepEqual(c.Ints, [1, null, 3]);
    assert.ok(c.Pocos?.[1] instanceof Poco);
    assert.equal(Object.getPrototypeOf(c.Map), null);
    assert.deepEqual({ ...c.Map }, { k: 'v', n: null });
    assert.ok((c.ByKey as Record<string, Poco>).p instanceof Poco);
    assert.equal(read<Poco>('{"Id":null,"Name":null}', Poco).Id, undefined);
    assert.equal(read<Poco>('{"Id":null,"Name":null}', Poco).Name, null);
  });

  it('a string member takes numbers, booleans and even raw JSON', () => {
    assert.equal(read<Poco>('{"Name":12.50}', Poco).Name, '12.50');
    assert.equal(read<Poco>('{"Name":{"a":[1, 2]}}', Poco).Name, '{"a":[1, 2]}');
  });

  it('__type selects a subclass only when it is a whitelisted knownType; otherwise it is ignored', () => {
    const text = '{"Item":{"__type":"Test.Shapes.DerivedShape, Test","Alpha":"a","Zeta":"z"}}';
    assert.ok(!(read<Holder>(text, Holder).Item instanceof DerivedShape));
    const h = read<Holder>(text, Holder, { knownTypes: [DerivedShape] } as never);
    assert.ok(h.Item instanceof DerivedShape);
    assert.equal((h.Item as DerivedShape).Alpha, 'a');
    assert.ok(read<Holder>('{"Item":{"__type":"Test.Shapes.Poco, Test","Zeta":"z"}}', Holder, { knownTypes: [DerivedShape] } as never).Item instanceof BaseShape);
  });

  it('round-trips what the writer writes (camelCase)', () => {
    const v = make(Scalars, { Int: -1, Long: 2n ** 60n, Dbl: 0.1 + 0.2, Dec: new Decimal('1.10'), Flag: true, Ch: 'x', Id: '3f2504e0-4f89-11d3-9a0c-0305e82c3301', Bytes: Buffer.from([1, 2]), Text: 'a"\u0001\u0085', Color: Color.Green, Perms: Perms.Read | Perms.Write, Day: Day.Sun, MaybeInt: 0 });
    const text = json.stringify(v, Scalars, opts);
    const back = read<Scalars>(text, Scalars);
    assert.equal(json.stringify(back, Scalars, opts), text);
    assert.equal(back.Long, 2n ** 60n);
  });

  it('wrong types throw SerializationException naming the member', () => {
    assert.throws(() => read('{"Int":"abc"}', Scalars), { name: 'SerializationException', message: "Failed to set property 'Int' with 'abc'" });
    assert.throws(() => read('{"Int":1.5}', Scalars), { message: "Failed to set property 'Int' with '1.5'" });
    assert.throws(() => read('{"Byte":256}', Scalars), { message: "Failed to set property 'Byte' with '256'" });
    assert.throws(() => read('{"Id":"nope"}', Scalars), { message: "Failed to set property 'Id' with 'nope'" });
    assert.throws(() => read('{"Strings":{"a":1}}', Collections), { message: "Failed to set property 'Strings' with '{\"a\":1}'" });
    assert.throws(() => read('[1,2]', Poco), { message: "Type definitions should start with a '{', expecting serialized type 'Poco', got string starting with: [1,2]" });
    assert.throws(() => read('{"Id":1', Poco), { name: 'SerializationException' });
  });

  it('an empty body reads as a new empty DTO (ServiceStack never 400s on it); "null" as null', () => {
    assert.ok(read('', Poco) instanceof Poco);
    assert.equal(read('null', Poco), null);
    assert.equal(read(' ', 'int?'), null);
  });
});
