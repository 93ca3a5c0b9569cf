import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SerializationException } from '../../../src/framework/errors/exceptions.js';
import { json, JsonReadError } from '../../../src/framework/formats/json/index.js';
import { DateTime } from '../../../src/framework/types/date-time.js';
import { DateTimeOffset } from '../../../src/framework/types/date-time-offset.js';
import { Decimal } from '../../../src/framework/types/decimal.js';
import { TimeSpan } from '../../../src/framework/types/time-span.js';
import { Code, ContractShape, CreateTwoFactorSmsOtpRequest, Req, RequiredContract, Scalars, Times } from './json-test-dtos.js';

const opts = { dialect: 'aspnet', timeZone: 'Europe/Istanbul' } as const;
const read = <T>(text: string, type: Parameters<typeof json.parse>[1]): T => json.parse<T>(text, type, opts);

/** The error Json.NET reports, and the ModelState key Web API builds from it for parameter `request`. */
function error(text: string, type: Parameters<typeof json.parse>[1]): { message: string; key: string } {
  try {
    read(text, type);
  } catch (e) {
    assert.ok(e instanceof SerializationException, `expected SerializationException, got ${String(e)}`);
    assert.ok(e instanceof JsonReadError);
    return { message: e.message, key: e.path === '' ? 'request' : e.path.startsWith('[') ? `request${e.path}` : `request.${e.path}` };
  }
  assert.fail(`no error for ${text}`);
}

describe('Json.NET reader (dialects.md §2.5)', () => {
  it('names: exact first, then case-insensitive; unknown ignored; last duplicate wins', () => {
    const r = read<CreateTwoFactorSmsOtpRequest>('{"userid":"3698B76FA5C04B04B579BC084019FB95","GSMNUMBER":"1","Extra":{"a":[1]},"GsmNumber":"a","GsmNumber":"b"}', CreateTwoFactorSmsOtpRequest);
    assert.ok(r instanceof CreateTwoFactorSmsOtpRequest);
    assert.equal(r.UserId, '3698b76f-a5c0-4b04-b579-bc084019fb95');
    assert.equal(r.GsmNumber, 'b');
    assert.deepEqual(Object.keys(r).filter((k) => r[k as keyof typeof r] !== undefined).sort(), ['GsmNumber', 'UserId']);
  });

  it('lenient syntax: single quotes, unquoted names, trailing commas, comments, trailing content', () => {
    const r = read<Req>("/* c */ {GsmNumber:'x', // line\n 'Nums':[1,2,],} trailing garbage", Req);
    assert.equal(r.GsmNumber, 'x');
    assert.deepEqual(r.Nums, [1, 2]);
  });

  it('value conversions from the table', () => {
    assert.equal(read<Req>('{"Code":99}', Req).Code, 99);
    assert.equal(read<Req>('{"Code":"maxotprequestexceededcode"}', Req).Code, Code.MaxOtpRequestExceededCode);
    assert.equal(read<Req>('{"Code":"MaxOtpRequestExceededCode"}', Req).Code, Code.MaxOtpRequestExceededCode);
    assert.equal(read<Req>('{"Code":"4001"}', Req).Code, 4001);
    assert.equal(read<Req>('{"TwoFactorConfigurationId":"12"}', Req).TwoFactorConfigurationId, 12);
    assert.equal(read<Req>('{"GsmNumber":123}', Req).GsmNumber, '123');
    const s = read<Scalars>('{"Flag":"true","Dec":1.10,"Dbl":"NaN","Flt":"1.5","Ch":"x","Id":"{3698B76F-A5C0-4B04-B579-BC084019FB95}","Bytes":[0,65,97,255]}', Scalars);
    assert.equal(s.Flag, true);
    assert.deepEqual(s.Dec, new Decimal('1.10'));
    assert.ok(Number.isNaN(s.Dbl));
    assert.equal(s.Flt, 1.5);
    assert.equal(s.Ch, 'x');
    assert.equal(s.Id, '3698b76f-a5c0-4b04-b579-bc084019fb95');
    assert.deepEqual(s.Bytes, Buffer.from([0, 65, 97, 255]));
    assert.equal(read<Scalars>('{"Flag":1}', Scalars).Flag, true);
    assert.deepEqual(read<Scalars>('{"Dec":1e2}', Scalars).Dec, new Decimal('100'));
    assert.deepEqual(read<Scalars>('{"Dec":"1.5"}', Scalars).Dec, new Decimal('1.5'));
    assert.deepEqual(read<Scalars>('{"Bytes":"AEFh/w=="}', Scalars).Bytes, Buffer.from([0, 65, 97, 255]));
    assert.equal(read<Scalars>('{"Long":9223372036854775807}', Scalars).Long, 9223372036854775807n);
  });

  it('dates: no offset → Unspecified, Z → Utc, an offset → the server clock (Local); \\/Date(ms)\\/; DateTimeOffset kept', () => {
    const u = read<Times>('{"When":"2024-03-27T10:05:48.1234567"}', Times).When as DateTime;
    assert.equal(u.kind, 'Unspecified');
    assert.equal(u.wallClockMs('Europe/Istanbul'), Date.UTC(2024, 2, 27, 10, 5, 48, 123));
    assert.equal(u.subMsTicks, 4567);
    const z = read<Times>('{"When":"2024-03-27T10:05:48Z"}', Times).When as DateTime;
    assert.deepEqual([z.kind, z.getTime()], ['Utc', Date.UTC(2024, 2, 27, 10, 5, 48)]);
    const l = read<Times>('{"When":"2024-03-27T12:05:48+02:00"}', Times).When as DateTime;
    assert.deepEqual([l.kind, l.getTime()], ['Local', Date.UTC(2024, 2, 27, 10, 5, 48)]);
    assert.equal(json.stringify(l, 'DateTime', opts), '"2024-03-27T13:05:48+03:00"');
    const w = read<Times>('{"When":"\\/Date(1711533948000)\\/"}', Times).When as DateTime;
    assert.deepEqual([w.kind, w.getTime()], ['Utc', 1711533948000]);
    const o = read<Times>('{"Offset":"2024-03-27T12:05:48.581+02:00"}', Times).Offset as DateTimeOffset;
    assert.deepEqual([o.getTime(), o.offsetMinutes], [Date.UTC(2024, 2, 27, 10, 5, 48, 581), 120]);
    assert.equal(json.stringify(o, 'DateTimeOffset', opts), '"2024-03-27T12:05:48.581+02:00"');
    assert.deepEqual(read<Times>('{"Span":"1.02:03:04.5"}', Times).Span, TimeSpan.fromParts(1, 2, 3, 4, 500));
  });

  it('empty body, whitespace, null and "" → null with no error', () => {
    for (const body of ['', '   ', 'null', '""', ' /* c */ ']) assert.equal(read(body, Req), null, body);
    assert.equal(read<Req>('{"Nums":""}', Req).Nums, null);
    assert.equal(read<Times>('{"MaybeWhen":""}', Times).MaybeWhen, null);
    assert.equal(read<Scalars>('{"MaybeInt":""}', Scalars).MaybeInt, null);
  });

  it('error texts and ModelState keys from the table (first error per key)', () => {
    const rows: [string, string, string][] = [
      ['{"TwoFactorConfigurationId":"abc"}', "Could not convert string to integer: abc. Path 'TwoFactorConfigurationId', line 1, position 33.", 'request.TwoFactorConfigurationId'],
      ['{"TwoFactorConfigurationId":null}', "Error converting value {null} to type 'System.Int32'. Path 'TwoFactorConfigurationId', line 1, position 32.", 'request.TwoFactorConfigurationId'],
      ['{"TwoFactorConfigurationId":1.5}', "Input string '1.5' is not a valid integer. Path 'TwoFactorConfigurationId', line 1, position 31.", 'request.TwoFactorConfigurationId'],
      ['{"TwoFactorConfigurationId":99999999999}', "JSON integer 99999999999 is too large or small for an Int32. Path 'TwoFactorConfigurationId', line 1, position 39.", 'request.TwoFactorConfigurationId'],
      ['{"Code":"bogus"}', "Error converting value \"bogus\" to type 'Test.Shapes.Code'. Path 'Code', line 1, position 15.", 'request.Code'],
      ['{"UserId":"bad"}', "Error converting value \"bad\" to type 'System.Guid'. Path 'UserId', line 1, position 15.", 'request.UserId'],
      ['{"Nums":[1,"x",3]}', "Could not convert string to integer: x. Path 'Nums[1]', line 1, position 14.", 'request.Nums[1]'],
      ['{"GsmNumber":{"a":1}}', "Error reading string. Unexpected token: StartObject. Path 'GsmNumber', line 1, position 14.", 'request.GsmNumber'],
      ['{"GsmNumber":"a"', "Unexpected end when deserializing object. Path 'GsmNumber', line 1, position 16.", 'request.GsmNumber'],
      ['"str"', "Error converting value \"str\" to type 'Req'. Path '', line 1, position 5.", 'request'],
    ];
    for (const [body, message, key] of rows) assert.deepEqual(error(body, Req), { message, key }, body);
  });

  it('a root array into an object type: the long Json.NET message (host newline; Windows by option)', () => {
    assert.match(error('[1,2]', Req).message, /deserialize correctly\.\nTo fix this error.*\nPath '', line 1, position 1\.$/s);
    let e = { message: '', key: '' };
    try { json.parse('[1,2]', Req, { ...opts, newline: '\r\n' }); } catch (x) { e = { message: (x as Error).message, key: 'request' }; }
    assert.equal(e.key, 'request');
    assert.ok(e.message.startsWith("Cannot deserialize the current JSON array (e.g. [1,2,3]) into type 'Req' because the type requires a JSON object (e.g. {\"name\":\"value\"}) to deserialize correctly.\r\nTo fix this error"));
    assert.ok(e.message.endsWith("\r\nPath '', line 1, position 1."));
  });

  it('required: a missing non-nullable [DataMember(IsRequired)] member of a [DataContract] class', () => {
    assert.deepEqual(error('{"Name":"x"}', RequiredContract),
      { message: "Required property 'Needed' not found in JSON. Path '', line 1, position 12.", key: 'request' });
    assert.equal(read<RequiredContract>('{"Needed":0}', RequiredContract).Needed, 0);
    // Reference-type IsRequired is left to validation; DataMember without DataContract is not Json.NET's.
    assert.equal(read<ContractShape>('{}', ContractShape).Required, undefined);
    assert.equal(read<Req>('{}', Req).Needed, undefined);
  });

  it('other conversions and syntax errors report path, line and position', () => {
    assert.equal(error('{"Code":1.5}', Req).message, "Error converting value 1.5 to type 'Test.Shapes.Code'. Path 'Code', line 1, position 11.");
    assert.equal(error('{\n "Nums": [1,\n 2,\n {}]}', Req).message, "Error reading integer. Unexpected token: StartObject. Path 'Nums[2]', line 4, position 2.");
    assert.equal(error('{"GsmNumber":"a" "b"}', Req).message, "After parsing a value an unexpected character was encountered: \". Path 'GsmNumber', line 1, position 18.");
    assert.equal(error('{"GsmNumber":"abc', Req).message, "Unterminated string. Expected delimiter: \". Path 'GsmNumber', line 1, position 17.");
    assert.equal(error('{"Flag":"maybe"}', Scalars).message, "Error converting value \"maybe\" to type 'System.Boolean'. Path 'Flag', line 1, position 15.");
    assert.equal(error('{"Ch":"xy"}', Scalars).message, "Error converting value \"xy\" to type 'System.Char'. Path 'Ch', line 1, position 10.");
    assert.equal(error('{"Span":"PT1H"}', Times).message, "Error converting value \"PT1H\" to type 'System.TimeSpan'. Path 'Span', line 1, position 14.");
    assert.equal(error('{"When":"27/03/2024"}', Times).message, "Could not convert string to DateTime: 27/03/2024. Path 'When', line 1, position 20.");
    assert.equal(error('{"When":5}', Times).message, "Error reading date. Unexpected token: Integer. Path 'When', line 1, position 9.");
    assert.equal(error('{"Bytes":"AEFh_w"}', Scalars).key, 'request.Bytes');
    assert.equal(error('{"Short":40000}', Scalars).message, "Error converting value 40000 to type 'System.Int16'. Path 'Short', line 1, position 14.");
  });
});
