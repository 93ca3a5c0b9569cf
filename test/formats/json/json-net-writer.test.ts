import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { json } from '../../../src/framework/formats/json/index.js';
import { DateTime } from '../../../src/framework/types/date-time.js';
import { DateTimeOffset } from '../../../src/framework/types/date-time-offset.js';
import { Decimal } from '../../../src/framework/types/decimal.js';
import { TimeSpan } from '../../../src/framework/types/time-span.js';
import { Collections, Color, ContractShape, DerivedShape, Holder, Named, Perms, Poco, Scalars } from './json-test-dtos.js';

const make = <T extends object>(ctor: new () => T, v: Partial<T>): T => Object.assign(new ctor(), v);
const net = (value: unknown, type: Parameters<typeof json.stringify>[1], o: Parameters<typeof json.stringify>[2] = {}): string =>
  json.stringify(value, type, { dialect: 'aspnet', timeZone: 'UTC', ...o });

describe('Json.NET writer with Web API 2 settings (dialects.md §2.3)', () => {
  it('writes nulls and defaults; declared names, no camelCasing', () => {
    assert.equal(net(make(Poco, {}), Poco), '{"Id":0,"Name":null}');
    assert.equal(net(make(Named, { MyID: 1 }), Named), '{"MyID":1,"Aliased":null,"MaxSMSCount":0,"FirstName":null}');
    assert.equal(net(null, Poco), 'null');
  });

  it('escapes the §2.3.4 example exactly (lowercase \\u00xx, U+0085/U+2028/U+2029, DEL raw)', () => {
    const s = 'q"b\\s/ <>&\' \t\n\u0001\u001f\u007f é € \u2028\u2029\u0085 😀';
    assert.equal(net(s, 'string'), '"q\\"b\\\\s/ <>&\' \\t\\n\\u0001\\u001f\u007f é € \\u2028\\u2029\\u0085 😀"');
    assert.equal(net('\0', 'char'), '"\\u0000"');
  });

  it('doubles: .NET Framework "R" + ".0"; NaN/Infinity quoted (the §2.3.5 table)', () => {
    const cases: [number, string][] = [
      [100, '100.0'], [0.1, '0.1'], [0, '0.0'], [-0, '0.0'], [1e14, '100000000000000.0'], [1e15, '1E+15'], [1e-5, '1E-05'],
      [1.5e-5, '1.5E-05'], [1e21, '1E+21'], [0.1 + 0.2, '0.30000000000000004'], [1 / 3, '0.33333333333333331'],
      [1.7976931348623157e308, '1.7976931348623157E+308'], [NaN, '"NaN"'], [Infinity, '"Infinity"'], [-Infinity, '"-Infinity"'],
    ];
    for (const [n, s] of cases) assert.equal(net(n, 'double'), s, String(n));
    assert.equal(net(1.1, 'float'), '1.1');
    assert.equal(net(100, 'float'), '100.0');
    assert.equal(net(16777217, 'float'), '16777216.0');
    assert.equal(net(3.4e38, 'float'), '3.4E+38');
  });

  it('decimals keep their scale and get ".0"; 64-bit integers exact', () => {
    const cases: [unknown, string][] = [
      [new Decimal('1.10'), '1.10'], [new Decimal('100'), '100.0'], [0, '0.0'], ['0.00001', '0.00001'], [1e20, '100000000000000000000.0'],
      [new Decimal('79228162514264337593543950335'), '79228162514264337593543950335.0'],
    ];
    for (const [v, s] of cases) assert.equal(net(v, 'decimal'), s);
    assert.equal(net(9223372036854775807n, 'long'), '9223372036854775807');
    assert.equal(net(18446744073709551615n, 'ulong'), '18446744073709551615');
  });

  it('Guid dashed, TimeSpan "c", enums and [Flags] as integers, bytes Base64', () => {
    assert.equal(net('3698B76FA5C04B04B579BC084019FB95', 'Guid'), '"3698b76f-a5c0-4b04-b579-bc084019fb95"');
    const spans: [TimeSpan, string][] = [
      [TimeSpan.fromParts(0, 1, 2, 3), '"01:02:03"'], [TimeSpan.fromParts(1, 2, 3, 4, 500), '"1.02:03:04.5000000"'],
      [new TimeSpan(1n), '"00:00:00.0000001"'], [TimeSpan.fromParts(0, -1), '"-01:00:00"'],
    ];
    for (const [v, s] of spans) assert.equal(net(v, 'TimeSpan'), s);
    assert.equal(net(Color.Blue, Color), '2');
    assert.equal(net(Perms.Read | Perms.Write, Perms), '3');
    assert.equal(net(4001, Color), '4001');
    assert.equal(net(Buffer.from([0, 65, 97, 255]), 'byte[]'), '"AEFh/w=="');
  });

  it('DateTime by Kind with a trimmed fraction; DateTimeOffset always ±hh:mm (§2.3.7)', () => {
    const t = Date.UTC(2024, 2, 27, 10, 5, 48);
    assert.equal(net(new DateTime(t, 'Utc'), 'DateTime'), '"2024-03-27T10:05:48Z"');
    assert.equal(net(new DateTime(t + 581, 'Utc'), 'DateTime'), '"2024-03-27T10:05:48.581Z"');
    assert.equal(net(new DateTime(t + 123, 'Utc', 4500), 'DateTime'), '"2024-03-27T10:05:48.12345Z"');
    assert.equal(net(DateTime.fromWallClock(t, 'Unspecified', 0, 'Europe/Berlin'), 'DateTime', { timeZone: 'Europe/Berlin' }), '"2024-03-27T10:05:48"');
    assert.equal(net(DateTime.fromWallClock(t, 'Local', 0, 'Europe/Berlin'), 'DateTime', { timeZone: 'Europe/Berlin' }), '"2024-03-27T10:05:48+01:00"');
    assert.equal(net(DateTime.minValue, 'DateTime'), '"0001-01-01T00:00:00"');
    assert.equal(net(new DateTimeOffset(t + 581 - 7200000, 120), 'DateTimeOffset'), '"2024-03-27T10:05:48.581+02:00"');
    assert.equal(net(new Date(t), 'DateTimeOffset'), '"2024-03-27T10:05:48+00:00"');
    assert.equal(net(undefined, 'DateTimeOffset'), '"0001-01-01T00:00:00+00:00"');
  });

  it('a subclass in a base-typed member writes its own members and no type information', () => {
    const h = make(Holder, { Item: make(DerivedShape, { Alpha: 'a', Extra: 1, Zeta: 'z', BaseId: 2 }) });
    assert.equal(net(h, Holder), '{"Item":{"Alpha":"a","Extra":1,"Zeta":"z","BaseId":2},"Items":null,"Any":null}');
  });

  it('[DataContract]: only [DataMember]s, Name and Order honoured, EmitDefaultValue=false omits, IsRequired writes null', () => {
    const c = make(ContractShape, { Second: '2nd', First: '1st', NoOrderB: 'B', NoOrderA: 'A', Original: 'orig', OmittedWhenZero: 0, NotAMember: 'hidden' });
    assert.equal(net(c, ContractShape), '{"NoOrderB":"B","NoOrderA":"A","First":"1st","Second":"2nd","renamed_member":"orig","Required":null}');
    const e = make(ContractShape, { First: '1st', OmittedWhenNull: 'present', OmittedWhenZero: 9, OmittedList: [], Required: 'r' });
    assert.equal(net(e, ContractShape), '{"NoOrderB":null,"NoOrderA":null,"First":"1st","Second":null,"renamed_member":null,"OmittedWhenNull":"present","OmittedWhenZero":9,"OmittedList":[],"Required":"r"}');
  });

  it('DataMember(Name) without [DataContract] is ignored; null list items and dictionary values written', () => {
    assert.match(net(make(Named, { Aliased: 'x' }), Named), /"Aliased":"x"/);
    const v = make(Collections, { Strings: ['a', null], Map: { b: '2', a: '1', n: null } });
    assert.equal(net(v, Collections), '{"Strings":["a",null],"Ints":null,"Pocos":null,"Map":{"b":"2","a":"1","n":null},"ByKey":null}');
  });

  it('every value type gets its .NET default when unset', () => {
    assert.equal(net(make(Scalars, {}), Scalars),
      '{"Int":0,"Long":0,"ULong":0,"Short":0,"Byte":0,"UInt":0,"Dbl":0.0,"Flt":0.0,"Dec":0.0,"Flag":false,"Ch":"\\u0000",'
      + '"Id":"00000000-0000-0000-0000-000000000000","Bytes":null,"Text":null,"Color":0,"Perms":0,"Day":0,"MaybeInt":null}');
  });
});
