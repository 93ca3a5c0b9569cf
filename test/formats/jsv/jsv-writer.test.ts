/** JSV writing rules of spec §3 beyond the conformance vectors. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jsv } from '../../../src/framework/formats/jsv/index.js';
import { DateTime } from '../../../src/framework/types/date-time.js';
import { DateTimeOffset } from '../../../src/framework/types/date-time-offset.js';
import { Decimal } from '../../../src/framework/types/decimal.js';
import { TimeSpan } from '../../../src/framework/types/time-span.js';
import { SerializationException } from '../../../src/framework/errors/exceptions.js';
import { Animal, Contract, Dog, Names, Node, Scalars, Shade, Zoo } from './jsv-test-dtos.js';

const P = { textCase: 'PascalCase', timeZone: 'Etc/UTC' } as const;
const value = (v: string | null): string => jsv.stringify(Object.assign(new Scalars(), { Value: v }), Scalars, P).replace(/,Id:.*$/s, '}');

describe('JSV writer: strings (§3.2)', () => {
  const cases: [string, string][] = [
    ['a:b', '{Value:"a:b"}'], ['say "hi"', '{Value:"say ""hi"""}'], ['[1,2]', '{Value:"[1,2]"}'], ['a\nb', '{Value:"a\nb"}'],
    ['a\rb', '{Value:"a\rb"}'], ['{x}', '{Value:"{x}"}'], ['Me, Junior', '{Value:"Me, Junior"}'], ['"1st', '{Value:"""1st"}'],
    ['a b', '{Value:a b}'], ['  a  ', '{Value:  a  }'], ['a\tb', '{Value:a\tb}'], ['a\\b', '{Value:a\\b}'], ["O'Reilly", "{Value:O'Reilly}"],
    ['#%&=', '{Value:#%&=}'], ['çğü€😀', '{Value:çğü€😀}'], ['null', '{Value:null}'], ['123', '{Value:123}'], ['', '{Value:""}'],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected}`, () => assert.equal(value(input), expected));
  }
  it('omits a null string member', () => assert.match(value(null), /^\{Id:0,/));
  it('quotes a top-level string only when needed; empty writes nothing', () => {
    assert.equal(jsv.stringify('a,b', 'string'), '"a,b"');
    assert.equal(jsv.stringify('plain text', 'string'), 'plain text');
    assert.equal(jsv.stringify('', 'string'), '');
    assert.equal(jsv.stringify(null, 'string'), '');
  });
});

describe('JSV writer: members (§3.3)', () => {
  it('writes unset value types as their .NET defaults', () => {
    assert.equal(jsv.stringify(new Scalars(), Scalars, P),
      '{Id:0,Flag:False,Double:0,Guid:00000000000000000000000000000000,When:0001-01-01,Span:PT0S,Shade:Light,Char:\u0000}');
  });
  it('applies camelCase and snake_case, keeping DataMember names verbatim', () => {
    const n = Object.assign(new Names(), { URLValue: 'u', FirstName: 'f', Id: 7 });
    assert.equal(jsv.stringify(n, Names, { textCase: 'camelCase' }), '{urlValue:u,firstName:f,MyID:7}');
    assert.equal(jsv.stringify(n, Names, { textCase: 'snake_case' }), '{u_r_l_value:u,first_name:f,MyID:7}');
  });
  it('honours EmitDefaultValue=false and ExcludeDefaultValues', () => {
    assert.equal(jsv.stringify(Object.assign(new Names(), { Quiet: 0 }), Names, P), '{MyID:0}');
    assert.equal(jsv.stringify(Object.assign(new Names(), { Quiet: 2 }), Names, P), '{MyID:0,Quiet:2}');
    assert.equal(jsv.stringify(new Scalars(), Scalars, { ...P, excludeDefaultValues: true }), '{Shade:Light}');
  });
  it('writes only DataMembers of a DataContract, ordered by Order', () => {
    const c = Object.assign(new Contract(), { First: 'a', Second: 'b', NotAMember: 'x' });
    assert.equal(jsv.stringify(c, Contract, P), '{First:a,Second:b}');
  });
  it('writes a derived instance in a base-typed slot with __type first', () => {
    const zoo = Object.assign(new Zoo(), { Star: Object.assign(new Dog(), { Name: 'Rex', Barks: 2 }), Animals: [new Animal(), null] });
    assert.equal(jsv.stringify(zoo, Zoo, P), '{Star:{__type:"MyApp.ServiceModel.Dog, MyApp",Barks:2,Name:Rex},Animals:[{},{}]}');
    assert.equal(jsv.stringify(zoo, Zoo, { ...P, assemblyName: 'MyApp.Dtos' }).slice(0, 50), '{Star:{__type:"MyApp.ServiceModel.Dog, MyApp.Dtos"');
  });
  it('writes object-typed members by their runtime type', () => {
    const w = (x: unknown): string => jsv.stringify(Object.assign(new Zoo(), { Anything: x }), Zoo, P);
    assert.equal(w(Object.assign(new Dog(), { Name: 'a' })), '{Anything:{__type:"MyApp.ServiceModel.Dog, MyApp",Barks:0,Name:a}}');
    assert.equal(w(['a,b', 1, true, null]), '{Anything:["a,b",1,True,]}');
    assert.equal(w({ k: 1.5 }), '{Anything:{k:1.5}}');
  });
  it('writes dictionaries from objects and Maps, dropping null values, keys by key type', () => {
    const zoo = Object.assign(new Zoo(), { Counts: new Map([['a', 1], ['b', null], ['', 3]]), ById: { 2: 'two', '-1': 'minus' } });
    assert.equal(jsv.stringify(zoo, Zoo, P), '{Counts:{a:1,"":3},ById:{2:two,-1:minus}}');
  });
  it('writes byte[] as base64, an empty one as nothing', () => {
    assert.equal(jsv.stringify(Object.assign(new Zoo(), { Bytes: Buffer.from([0, 65, 97, 255]) }), Zoo, P), '{Bytes:AEFh/w==}');
    assert.equal(jsv.stringify(Object.assign(new Zoo(), { Bytes: Buffer.alloc(0) }), Zoo, P), '{Bytes:}');
  });
  it('refuses cyclic graphs with a SerializationException', () => {
    const n = Object.assign(new Node(), { Id: 1 });
    n.Child = n;
    assert.throws(() => jsv.stringify(n, Node, P), SerializationException);
  });
  it('refuses values of the wrong type', () => {
    assert.throws(() => jsv.stringify(Object.assign(new Scalars(), { Id: 'x' }), Scalars, P), SerializationException);
    assert.throws(() => jsv.stringify(Object.assign(new Scalars(), { Guid: 'nope' }), Scalars, P), SerializationException);
  });
});

describe('JSV writer: scalars (§3.4–3.9)', () => {
  it('writes doubles per runtime', () => {
    assert.equal(jsv.stringify(0.1 + 0.2, 'double'), '0.30000000000000004');
    assert.equal(jsv.stringify(0.1 + 0.2, 'double', { runtime: 'framework' }), '0.3');
    for (const [n, s] of [[1e21, '1E+21'], [1e-7, '1E-07'], [1e15, '1E+15'], [2222222.22, '2222222.22'], [NaN, 'NaN'], [-Infinity, '-Infinity'], [-0, '-0'], [0.0001, '0.0001'], [0.00001, '1E-05'], [Number.MAX_VALUE, '1.7976931348623157E+308']] as const) {
      assert.equal(jsv.stringify(n, 'double'), s, String(n));
    }
    assert.equal(jsv.stringify(1e15, 'double', { runtime: 'framework' }), '1E+15');
    assert.equal(jsv.stringify(-0, 'double', { runtime: 'framework' }), '0');
    assert.equal(jsv.stringify(Math.fround(1.1), 'float'), '1.1');
    assert.equal(jsv.stringify(Math.fround(1.1), 'float', { runtime: 'framework' }), '1.1');
    assert.equal(jsv.stringify(new Decimal('1.10'), 'decimal'), '1.10');
    assert.equal(jsv.stringify(2.5, 'decimal'), '2.5');
    assert.equal(jsv.stringify(9007199254740993n, 'long'), '9007199254740993');
  });
  it('writes DateTime by Kind, time of day and runtime', () => {
    const utc = DateTime.utc(2024, 1, 2, 3, 4, 5, 123);
    assert.equal(jsv.stringify(utc, 'DateTime'), '2024-01-02T03:04:05.1230000Z');
    assert.equal(jsv.stringify(utc, 'DateTime', { runtime: 'framework' }), '2024-01-02T03:04:05.123Z');
    assert.equal(jsv.stringify(new Date(Date.UTC(2024, 0, 2, 3, 4, 5)), 'DateTime'), '2024-01-02T03:04:05Z');
    const local = DateTime.fromWallClock(Date.UTC(2024, 0, 2, 3, 4, 5), 'Local', 0, 'Europe/Istanbul');
    assert.equal(jsv.stringify(local, 'DateTime', { timeZone: 'Europe/Istanbul' }), '2024-01-02T03:04:05+03:00');
    const summer = DateTime.fromWallClock(Date.UTC(2024, 6, 2, 3, 4, 5), 'Unspecified', 0, 'Europe/Berlin');
    assert.equal(jsv.stringify(summer, 'DateTime', { timeZone: 'Europe/Berlin' }), '2024-07-02T03:04:05+02:00');
    assert.equal(jsv.stringify(DateTime.utc(2024, 1, 2), 'DateTime'), '2024-01-02');
    assert.equal(jsv.stringify(DateTime.utc(2001, 1, 13), 'DateTime', { dateHandler: 'UnixTimeMs' }), '979344000000');
  });
  it('writes DateTimeOffset, TimeSpan, Guid, char, enums', () => {
    assert.equal(jsv.stringify(new DateTimeOffset(Date.UTC(2012, 5, 27, 3, 26, 4, 524), 480), 'DateTimeOffset'), '2012-06-27T11:26:04.5240000+08:00');
    assert.equal(jsv.stringify(new Date(0), 'DateTimeOffset'), '1970-01-01T00:00:00.0000000+00:00');
    assert.equal(jsv.stringify(1500, 'TimeSpan'), 'PT1.5S');
    assert.equal(jsv.stringify(TimeSpan.maxValue, 'TimeSpan'), 'P10675199DT2H48M5.4775391S');
    assert.equal(jsv.stringify(new TimeSpan(TimeSpan.maxValue.ticks - 1n), 'TimeSpan'), 'P10675199DT2H48M5.4775391S');
    assert.equal(jsv.stringify('7DA74353-A40C-468E-93AA-7FF51F4F0E84', 'Guid'), '7da74353a40c468e93aa7ff51f4f0e84');
    assert.equal(jsv.stringify(',', 'char'), ',');
    assert.equal(jsv.stringify(Shade.Darker, Shade), 'DARKER');
    assert.equal(jsv.stringify(Shade.Dark, Shade), 'Dark');
    assert.equal(jsv.stringify(Shade.Dark, Shade, { treatEnumAsInteger: true }), '1');
    assert.equal(jsv.stringify(42, Shade), '42');
  });
});
