/** JSV reading rules of spec §3.1–3.12 beyond the conformance vectors. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SerializationException } from '../../../src/framework/errors/exceptions.js';
import { jsv } from '../../../src/framework/formats/jsv/index.js';
import { DateTime } from '../../../src/framework/types/date-time.js';
import { Dict } from '../../../src/framework/types/type-ref.js';
import type { DateTimeOffset } from '../../../src/framework/types/date-time-offset.js';
import type { Decimal } from '../../../src/framework/types/decimal.js';
import type { TimeSpan } from '../../../src/framework/types/time-span.js';
import { Animal, Dog, Names, Scalars, Shade, Zoo } from './jsv-test-dtos.js';
import { MessageOfString } from './jsv-vector-table.js';

const P = { textCase: 'PascalCase', timeZone: 'Etc/UTC' } as const;
const scalars = (text: string): Scalars => jsv.parse<Scalars>(text, Scalars, P);

describe('JSV reader: objects', () => {
  it('matches keys case-insensitively, trims keys, keeps value whitespace', () => {
    const s = scalars('{ vALUE : a b ,ID:01, flag :1}');
    assert.equal(s.Value, ' a b ');
    assert.equal(s.Id, 1);
    assert.equal(s.Flag, true);
  });
  it('reads DataMember aliases, camelCase and snake_case keys', () => {
    assert.equal(jsv.parse<Names>('{myid:5,urlValue:u}', Names).Id, 5);
    const n = jsv.parse<Names>('{first_name:f,u_r_l_value:u}', Names, { textCase: 'snake_case' });
    assert.equal(n.FirstName, 'f');
    assert.equal(n.URLValue, 'u');
  });
  it('reads {Name:} as null and {Name:""} as empty', () => {
    assert.equal(scalars('{Value:}').Value, null);
    assert.equal(scalars('{Value:,Id:2}').Value, null);
    assert.equal(scalars('{Value:""}').Value, '');
  });
  it('reads raw values up to , or } only', () => {
    assert.equal(scalars('{Value:urn:post:1}').Value, 'urn:post:1');
    assert.equal(scalars('{Value:a[b]c}').Value, 'a[b]c');
    assert.equal(scalars('{Value:[1,2],Id:3}').Value, '[1,2]');
    assert.equal(scalars('{Value:{x:{y}},Id:3}').Id, 3);
  });
  it('reads JSON-style quoted keys and values', () => {
    const s = scalars('{"Value":"x, ""y""","Id":"7"}');
    assert.equal(s.Value, 'x, "y"');
    assert.equal(s.Id, 7);
  });
  it('skips unknown keys, whatever their values', () => {
    const s = scalars('{Unknown:{a:[1,{b:"}"}]},Other:"x,y",More:[[]],Id:4}');
    assert.equal(s.Id, 4);
  });
  it('skips a leading BOM', () => assert.equal(scalars('\ufeff{Id:9}').Id, 9));
  it('gives a new instance for {} and null for an empty text', () => {
    assert.ok(scalars('{}') instanceof Scalars);
    assert.equal(jsv.parse('', Scalars), null);
    assert.equal(jsv.parse('', 'int'), 0);
    assert.equal(jsv.parse('', 'int?'), null);
  });
  it('honours __type for registered subclasses (or knownTypes), only as the first member', () => {
    const text = '{Star:{__type:"MyApp.ServiceModel.Dog, MyApp",Name:Rex,Barks:3}}';
    const registered = jsv.parse<Zoo>(text, Zoo, P);
    assert.ok(registered.Star instanceof Dog);
    assert.equal((registered.Star as Dog).Barks, 3);
    assert.ok(jsv.parse<Zoo>(text, Zoo, { ...P, knownTypes: [Dog] }).Star instanceof Dog);
    const notWhitelisted = jsv.parse<Zoo>(text, Zoo, { ...P, knownTypes: [Animal] });
    assert.equal(notWhitelisted.Star!.constructor, Animal);
    assert.equal(notWhitelisted.Star!.Name, 'Rex');
    const unrelated = jsv.parse<Zoo>('{Star:{__type:"MyApp.ServiceModel.Scalars, MyApp",Name:x}}', Zoo, P);
    assert.equal(unrelated.Star!.constructor, Animal);
    const unknown = jsv.parse<Zoo>('{Star:{__type:"Evil.Type, Evil",Name:x}}', Zoo, P);
    assert.equal(unknown.Star!.constructor, Animal);
    const late = jsv.parse<Zoo>('{Star:{Name:Rex,__type:"MyApp.ServiceModel.Dog, MyApp"}}', Zoo, P);
    assert.equal(late.Star!.constructor, Animal);
    const obj = jsv.parse<Zoo>('{Anything:{__type:"MyApp.ServiceModel.Dog, MyApp",Barks:1}}', Zoo, P);
    assert.ok(obj.Anything instanceof Dog);
    // A generic CLR name, as InterfaceTests.cs:34 writes it.
    const generic = '{__type:"ServiceStack.Messaging.Message`1[[System.String, System.Private.CoreLib]], ServiceStack.Interfaces",Options:1,Body:test}';
    const message = jsv.parse<MessageOfString>(generic, 'object', P);
    assert.ok(message instanceof MessageOfString);
    assert.equal(message.Body, 'test');
  });
  it('keeps object-typed values as text unless asked to convert them', () => {
    assert.equal(jsv.parse<Zoo>('{Anything:{a:1,b:[x]}}', Zoo, P).Anything, '{a:1,b:[x]}');
    const converted = jsv.parse<Zoo>('{Anything:{a:1,b:[x,"y,z"]}}', Zoo, { ...P, convertObjectTypesIntoStringDictionary: true });
    assert.deepEqual({ ...(converted.Anything as object) }, { a: '1', b: ['x', 'y,z'] });
  });
  it('never lets __proto__ or constructor keys touch prototypes', () => {
    const s = scalars('{__proto__:{polluted:1},constructor:{prototype:{polluted:1}},Id:1}');
    assert.equal(Object.getPrototypeOf(s), Scalars.prototype);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    const d = jsv.parse<Record<string, string>>('{__proto__:x,constructor:y}', 'Dictionary<string,string>');
    assert.equal(Object.getPrototypeOf(d), null);
    assert.equal(d['__proto__'], 'x');
    assert.equal(d.constructor, 'y');
  });
});

describe('JSV reader: lists and dictionaries', () => {
  it('takes brackets optionally and keeps item whitespace', () => {
    assert.deepEqual(jsv.parse('1,2,3', 'List<int>'), [1, 2, 3]);
    assert.deepEqual(jsv.parse(' [1,2,3] ', 'int[]'), [1, 2, 3]);
    assert.deepEqual(jsv.parse('[ A ]', 'List<string>'), [' A ']);
    assert.deepEqual(jsv.parse('[a,]', 'List<string>'), ['a', null]);
    assert.deepEqual(jsv.parse('[,]', 'List<string>'), [null]);
    assert.deepEqual(jsv.parse('[]', 'List<string>'), []);
    assert.deepEqual(jsv.parse('[ ]', 'List<string>'), []);
    assert.deepEqual(jsv.parse('"a,b"', 'List<string>'), ['a,b']);
    assert.deepEqual(jsv.parse('[1,,3]', 'List<int>'), [1, 0, 3]);
  });
  it('reads a bare value as a one-element list member', () => {
    assert.deepEqual(jsv.parse<Zoo>('{Ids:7}', Zoo, P).Ids, [7]);
    assert.deepEqual(jsv.parse<Zoo>('{Ids:[7,8]}', Zoo, P).Ids, [7, 8]);
  });
  it('reads lists of objects, ignoring a trailing comma', () => {
    const zoo = jsv.parse<Zoo>('{Animals:[{Name:a},,{},]}', Zoo, P);
    assert.equal(zoo.Animals!.length, 3);
    assert.equal(zoo.Animals![0]!.Name, 'a');
    assert.equal(zoo.Animals![1], null);
    assert.ok(zoo.Animals![2] instanceof Animal);
  });
  it('reads dictionaries with typed keys, with or without braces', () => {
    const byId = jsv.parse<Record<string, string>>('{1:one,-2:"t,wo"}', 'Dictionary<int,string>');
    assert.deepEqual({ ...byId }, { 1: 'one', '-2': 't,wo' });
    assert.deepEqual({ ...jsv.parse<object>('a:1,b:2', 'Dictionary<string,int>') }, { a: 1, b: 2 });
    assert.deepEqual({ ...jsv.parse<object>('{ a :1}', 'Dictionary<string,int>') }, { ' a ': 1 });
    const byShade = jsv.parse<object>('{Light:1,dark:2,DARKER:3}', Dict(Shade, 'int'));
    assert.deepEqual({ ...byShade }, { 0: 1, 1: 2, 2: 3 });
    assert.equal(jsv.stringify(byShade, Dict(Shade, 'int')), '{Light:1,Dark:2,DARKER:3}');
  });
});

describe('JSV reader: scalars', () => {
  it('reads bools leniently', () => {
    for (const t of ['true', 'TRUE', 'True', '1', 't', 'Y', 'on', ' true ']) assert.equal(jsv.parse(t, 'bool'), true, t);
    for (const t of ['false', 'FALSE', '0', 'f', 'n', 'off']) assert.equal(jsv.parse(t, 'bool'), false, t);
    assert.throws(() => jsv.parse('maybe', 'bool'), SerializationException);
    assert.equal(scalars('{Flag:}').Flag, false);
    assert.equal(scalars('{MaybeFlag:}').MaybeFlag, null);
  });
  it('reads integers strictly', () => {
    assert.equal(jsv.parse(' 007 ', 'int'), 7);
    assert.equal(jsv.parse('-2147483648', 'int'), -2147483648);
    assert.equal(jsv.parse('9223372036854775807', 'long'), 9223372036854775807n);
    for (const bad of ['+1', '1.0', '1e3', '1,000', '2147483648', 'x', '-', '256']) {
      assert.throws(() => jsv.parse(bad, bad === '256' ? 'byte' : 'int'), SerializationException, bad);
    }
  });
  it('reads floating numbers with thousands, exponents and the special words', () => {
    assert.equal(jsv.parse('"2,222.2"', 'double'), 2222.2);
    assert.equal(jsv.parse('1E+21', 'double'), 1e21);
    assert.equal(jsv.parse('-Infinity', 'double'), -Infinity);
    assert.ok(Number.isNaN(jsv.parse('NaN', 'double')));
    assert.equal(jsv.parse<Decimal>('"3,333.30"', 'decimal').text, '3333.30');
    assert.throws(() => jsv.parse('1.2.3', 'double'), SerializationException);
  });
  it('reads DateTime in every ServiceStack form', () => {
    const at = (text: string): DateTime => jsv.parse<DateTime>(text, 'DateTime', { timeZone: 'Europe/Istanbul' });
    const iso = (text: string): string => at(text).toISOString();
    assert.equal(iso('2024-01-02T03:04:05Z'), '2024-01-02T03:04:05.000Z');
    assert.equal(at('2024-01-02T03:04:05Z').kind, 'Utc');
    assert.equal(iso('2024-01-02 03:04:05Z'), '2024-01-02T03:04:05.000Z');
    assert.equal(iso('2024-01-02T03:04:05+03:00'), '2024-01-02T00:04:05.000Z');
    assert.equal(at('2024-01-02T03:04:05+03:00').kind, 'Local');
    assert.equal(iso('2024-01-02T03:04:05'), '2024-01-02T00:04:05.000Z');
    assert.equal(at('2024-01-02').kind, 'Unspecified');
    assert.equal(iso('28/06/2015'), '2015-06-27T21:00:00.000Z');
    assert.equal(iso('6/28/2015'), '2015-06-27T21:00:00.000Z');
    assert.equal(iso('20150628'), '2015-06-27T21:00:00.000Z');
    assert.equal(iso('2010-06-01 21:52:59.280'), '2010-06-01T18:52:59.280Z');
    assert.equal(iso('\\/Date(1340767564524+0800)\\/'), '2012-06-27T03:26:04.524Z');
    assert.equal(iso('/Date(0)/'), '1970-01-01T00:00:00.000Z');
    assert.equal(at('2024-01-02T03:04:05.1234567Z').subMsTicks, 4567);
    // What @servicestack/client sends: Date.toString() in query strings, quoted local ISO in JSV.
    assert.equal(iso('Tue Mar 05 2024 13:45:07 GMT+0100 (Central European Standard Time)'), '2024-03-05T12:45:07.000Z');
    assert.equal(jsv.parse<{ When?: Date }>('{When:"2024-03-05T13:45:07"}', Scalars, { timeZone: 'UTC' }).When!.toISOString(), '2024-03-05T13:45:07.000Z');
    assert.equal(jsv.parse<DateTime>('979344000', 'DateTime', { dateHandler: 'UnixTime' }).toISOString(), '2001-01-13T00:00:00.000Z');
    assert.equal(scalars('{When:}').When!.getTime(), DateTime.minValue.getTime());
    for (const bad of ['2024-13-01', '2024-02-30', 'yesterday', '2024-01-02T25:00:00Z']) {
      assert.throws(() => at(bad), SerializationException, bad);
    }
  });
  it('reads DateTimeOffset, TimeSpan and Guid forms', () => {
    const dto = jsv.parse<DateTimeOffset>('2012-06-27T11:26:04.5240000+08:00', 'DateTimeOffset');
    assert.equal(dto.toISOString(), '2012-06-27T03:26:04.524Z');
    assert.equal(dto.offsetMinutes, 480);
    assert.equal(jsv.parse<DateTimeOffset>('2012-06-27T11:26:04', 'DateTimeOffset').offsetMinutes, 0);
    const ticks = (t: string): bigint => jsv.parse<TimeSpan>(t, 'TimeSpan').ticks;
    assert.equal(ticks('P1DT2H3M4.5670001S'), 937845670001n);
    assert.equal(ticks('01:02:03'), 37230000000n);
    assert.equal(ticks('1.02:03:04.5'), 937845000000n);
    assert.equal(ticks('3.5'), 35000000n);
    assert.equal(ticks('P10675199DT2H48M5.4775391S'), 9223372036854775807n);
    const guid = '7da74353-a40c-468e-93aa-7ff51f4f0e84';
    for (const g of ['7da74353a40c468e93aa7ff51f4f0e84', '7DA74353-A40C-468E-93AA-7FF51F4F0E84', '{7da74353-a40c-468e-93aa-7ff51f4f0e84}', ' (7da74353-a40c-468e-93aa-7ff51f4f0e84) ']) {
      assert.equal(jsv.parse(g, 'Guid'), guid, g);
    }
  });
  it('reads enums by EnumMember, name, number or flag list', () => {
    assert.equal(jsv.parse('DARKER', Shade), Shade.Darker);
    assert.equal(jsv.parse('darker', Shade), Shade.Darker);
    assert.equal(jsv.parse('dark', Shade), Shade.Dark);
    assert.equal(jsv.parse('42', Shade), 42);
    assert.equal(jsv.parse('Light, Dark', Shade), 1);
    assert.throws(() => jsv.parse('Purple', Shade), SerializationException);
  });
  it('reads a char as its first character', () => {
    assert.equal(jsv.parse('"', 'char'), '"');
    assert.equal(scalars('{Char:xyz}').Char, 'x');
    assert.equal(scalars('{Char:}').Char, '\0');
  });
});
