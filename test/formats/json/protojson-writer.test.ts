import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { json } from '../../../src/framework/formats/json/index.js';
import { DateTime } from '../../../src/framework/types/date-time.js';
import { DateTimeOffset } from '../../../src/framework/types/date-time-offset.js';
import { TimeSpan } from '../../../src/framework/types/time-span.js';
import { AddMyAuthFactorOTPSMSResponse, ErrorDetail, ObjectDetails, OtpState, ProtoShapes, RpcStatus } from './json-test-dtos.js';

const make = <T extends object>(ctor: new () => T, v: Partial<T>): T => Object.assign(new ctor(), v);
const gw = (value: unknown, type: Parameters<typeof json.stringify>[1]): string => json.stringify(value, type, { dialect: 'gateway' });

describe('protojson writer as Zitadel runs it (dialects.md §3.3)', () => {
  it('seed 003/004 details body: int64 as string, lowerCamelCase, timestamps in UTC with 3 digits', () => {
    const at = new DateTime(Date.UTC(2024, 2, 27, 10, 5, 48, 581), 'Utc');
    const body = make(AddMyAuthFactorOTPSMSResponse, {
      Details: make(ObjectDetails, { Sequence: 2, CreationDate: at, ChangeDate: at, ResourceOwner: '69629023906488334' }),
    });
    assert.equal(gw(body, AddMyAuthFactorOTPSMSResponse),
      '{"details":{"sequence":"2","creationDate":"2024-03-27T10:05:48.581Z","changeDate":"2024-03-27T10:05:48.581Z","resourceOwner":"69629023906488334"}}');
    // What a real add call returns: change_date unset, so it is omitted.
    const add = make(AddMyAuthFactorOTPSMSResponse, { Details: make(ObjectDetails, { Sequence: 2n, CreationDate: at, ResourceOwner: '69629023906488334' }) });
    assert.equal(gw(add, AddMyAuthFactorOTPSMSResponse), '{"details":{"sequence":"2","creationDate":"2024-03-27T10:05:48.581Z","resourceOwner":"69629023906488334"}}');
  });

  it('Timestamp fraction: 0, 3, 6 or 9 digits; converted to UTC', () => {
    const base = Date.UTC(2024, 2, 27, 10, 5, 48);
    const cases: [Date, string][] = [
      [new DateTime(base, 'Utc'), '"2024-03-27T10:05:48Z"'],
      [new DateTime(base + 500, 'Utc'), '"2024-03-27T10:05:48.500Z"'],
      [new DateTime(base + 581, 'Utc'), '"2024-03-27T10:05:48.581Z"'],
      [new DateTime(base + 581, 'Utc', 2340), '"2024-03-27T10:05:48.581234Z"'],
      [new DateTime(base + 581, 'Utc', 2345), '"2024-03-27T10:05:48.581234500Z"'],
      [new DateTime(base, 'Utc', 1), '"2024-03-27T10:05:48.000000100Z"'],
      [new DateTimeOffset(base + 581, 120), '"2024-03-27T10:05:48.581Z"'],
      [new Date(base), '"2024-03-27T10:05:48Z"'],
    ];
    for (const [v, s] of cases) assert.equal(gw(v, 'DateTime'), s);
  });

  it('defaults and unset fields are omitted; proto3 optional and messages are written when set', () => {
    assert.equal(gw(make(ProtoShapes, {}), ProtoShapes), '{}');
    assert.equal(gw(make(ProtoShapes, { I32: 0, I64: 0, Flag: false, Text: '', Dbl: 0, State: OtpState.OTP_STATE_UNSPECIFIED, Nums: [], Counts: {}, Data: Buffer.alloc(0) }), ProtoShapes), '{}');
    assert.equal(gw(make(ProtoShapes, { OptI32: 0, Detail: make(ErrorDetail, {}) }), ProtoShapes), '{"optI32":0,"detail":{}}');
    assert.equal(gw(make(ProtoShapes, { Dbl: -0 }), ProtoShapes), '{"dbl":-0}');
  });

  it('scalars: int64/uint64 strings, Go float text, NaN quoted, enums by name (unknown as number), bytes, Duration', () => {
    const v = make(ProtoShapes, {
      I32: -5, I64: 9223372036854775807n, U64: 18446744073709551615n, Flag: true, Text: 'a\u2028<b>', Dbl: 1e21, Flt: 1.1,
      Data: Buffer.from([0, 65, 97, 255]), State: OtpState.OTP_STATE_READY, Nums: [1, 2], Counts: { b: 2, a: 1, B: 3 },
      Timeout: TimeSpan.fromMilliseconds(1500),
    });
    assert.equal(gw(v, ProtoShapes),
      '{"i32":-5,"i64":"9223372036854775807","u64":"18446744073709551615","flag":true,"text":"a\u2028<b>","dbl":1e+21,"flt":1.1,'
      + '"data":"AEFh/w==","state":"OTP_STATE_READY","nums":[1,2],"counts":{"B":3,"a":1,"b":2},"timeout":"1.500s"}');
    assert.equal(gw(1e-7, 'double'), '1e-7');
    assert.equal(gw(100, 'double'), '100');
    assert.equal(gw(NaN, 'double'), '"NaN"');
    assert.equal(gw(-Infinity, 'float'), '"-Infinity"');
    assert.equal(gw(7, OtpState), '7');
    assert.equal(gw(TimeSpan.fromSeconds(3), 'TimeSpan'), '"3s"');
    assert.equal(gw(TimeSpan.fromMilliseconds(-500), 'TimeSpan'), '"-0.500s"');
  });

  it('error body: code, message, details as Any with "@type" first; empty details omitted', () => {
    const status = make(RpcStatus, {
      Code: 9, Message: "Multifactor OTP (OneTimePassword) isn't ready (COMMAND-Q54j2)",
      Details: [make(ErrorDetail, { Id: 'COMMAND-Q54j2', Message: "Multifactor OTP (OneTimePassword) isn't ready" })],
    });
    assert.equal(gw(status, RpcStatus),
      '{"code":9,"message":"Multifactor OTP (OneTimePassword) isn\'t ready (COMMAND-Q54j2)","details":[{"@type":"type.googleapis.com/zitadel.v1.ErrorDetail","id":"COMMAND-Q54j2","message":"Multifactor OTP (OneTimePassword) isn\'t ready"}]}');
    assert.equal(gw(make(RpcStatus, { Code: 5, Message: 'Not Found', Details: [] }), RpcStatus), '{"code":5,"message":"Not Found"}');
    assert.equal(gw(make(RpcStatus, { Code: 2, Message: 'x ()', Details: [make(ErrorDetail, { Id: '', Message: 'x' })] }), RpcStatus),
      '{"code":2,"message":"x ()","details":[{"@type":"type.googleapis.com/zitadel.v1.ErrorDetail","message":"x"}]}');
  });

  it('escapes like Go: lowercase \\u00xx for controls only', () => {
    assert.equal(gw('"\\\u0001\b\f\n\r\t\u007f\u0085', 'string'), '"\\"\\\\\\u0001\\b\\f\\n\\r\\t\u007f\u0085"');
  });

  it('null never appears: unset messages omitted, a top-level null writes nothing', () => {
    assert.equal(gw(make(AddMyAuthFactorOTPSMSResponse, {}), AddMyAuthFactorOTPSMSResponse), '{}');
    assert.equal(gw(null, AddMyAuthFactorOTPSMSResponse), '');
  });
});
