import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { json } from '../../../src/framework/formats/json/index.js';
import type { DateTime } from '../../../src/framework/types/date-time.js';
import { TimeSpan } from '../../../src/framework/types/time-span.js';
import { ErrorDetail, ObjectDetails, OtpState, ProtoShapes } from './json-test-dtos.js';

const read = <T>(text: string, type: Parameters<typeof json.parse>[1] = ProtoShapes): T => json.parse<T>(text, type, { dialect: 'gateway' });
const fails = (text: string, message: string, type: Parameters<typeof json.parse>[1] = ProtoShapes): void => {
  assert.throws(() => read(text, type), (e: Error) => {
    assert.equal(e.name, 'SerializationException');
    assert.equal(e.message, message, text);
    return true;
  });
};

describe('protojson reader behind grpc-gateway (dialects.md §3.4)', () => {
  it('framing: empty body is {}, only the first value is read', () => {
    assert.ok(read('') instanceof ProtoShapes);
    assert.ok(read('  \n') instanceof ProtoShapes);
    assert.equal(read<ProtoShapes>('{"i32":1} trailing').I32, 1);
    assert.equal(read<ProtoShapes>('{"i32":1}{"i32":2}').I32, 1);
  });

  it('framing errors are encoding/json texts', () => {
    fails('{"i32":', 'unexpected EOF');
    fails('{"i32":1,}', "invalid character '}' looking for beginning of object key string");
    fails("{'i32':1}", "invalid character '\\'' looking for beginning of object key string");
    fails('nul', 'unexpected EOF');
    fails('{"i32": 01}', "invalid character '1' after object key:value pair");
    fails('{"i32" 1}', "invalid character '1' after object key");
    fails('[1 2]', "invalid character '2' after array element", 'List<int>');
    fails('{"text":"a\nb"}', "invalid character '\\n' in string literal");
    fails('{"i32":-}', "invalid character '}' in numeric literal");
    fails('{"flag":tru}', "invalid character '}' in literal true (expecting 'e')");
    fails('{"i32":x}', "invalid character 'x' looking for beginning of value");
  });

  it('a syntax error later in the value wins over an earlier binding error (Go validates first)', () => {
    fails('{"i32":"x","flag":tru', 'unexpected EOF');
  });

  it('field names: json name or proto name, case-sensitive; unknown and wrong-case keys skipped', () => {
    const d = read<ObjectDetails>('{"creationDate":"2024-03-27T10:05:48.581Z","resource_owner":"69","Sequence":"5","extra":{"a":[1,2]}}', ObjectDetails);
    assert.equal((d.CreationDate as DateTime).getTime(), Date.UTC(2024, 2, 27, 10, 5, 48, 581));
    assert.equal(d.ResourceOwner, '69');
    assert.equal(d.Sequence, undefined);
    assert.equal(read<ProtoShapes>('{"I32":5}').I32, undefined);
    assert.equal(read<ProtoShapes>('{"opt_i32":5}').OptI32, 5);
  });

  it('duplicates are an error, also json name + proto name of one field', () => {
    fails('{"i32":1,"i32":2}', 'proto: (line 1:10): duplicate field "i32"');
    fails('{"optI32":1,\n "opt_i32":2}', 'proto: (line 2:2): duplicate field "opt_i32"');
  });

  it('null leaves a field unset; null inside a repeated field is an error', () => {
    const v = read<ProtoShapes>('{"i32":null,"detail":null,"nums":[1]}');
    assert.equal(v.I32, undefined);
    assert.equal(v.Detail, undefined);
    fails('{"nums":[1,null]}', 'proto: (line 1:12): invalid value for int32 field nums: null');
  });

  it('int32 from "12", 1.0 or 1e2; not from 1.5 or 2147483648', () => {
    assert.equal(read<ProtoShapes>('{"i32":"12"}').I32, 12);
    assert.equal(read<ProtoShapes>('{"i32":1.0}').I32, 1);
    assert.equal(read<ProtoShapes>('{"i32":1e2}').I32, 100);
    fails('{"i32":1.5}', 'proto: (line 1:8): invalid value for int32 field i32: 1.5');
    fails('{"i32":2147483648}', 'proto: (line 1:8): invalid value for int32 field i32: 2147483648');
  });

  it('int64 from 5 or "5" (exact beyond 2^53); "" is an error', () => {
    assert.equal(read<ProtoShapes>('{"i64":5}').I64, 5);
    assert.equal(read<ProtoShapes>('{"i64":"9223372036854775807"}').I64, 9223372036854775807n);
    assert.equal(read<ProtoShapes>('{"u64":18446744073709551615}').U64, 18446744073709551615n);
    fails('{"i64":""}', 'proto: (line 1:8): invalid value for int64 field i64: ""');
    fails('{"u64":-1}', 'proto: (line 1:8): invalid value for uint64 field u64: -1');
  });

  it('bool only from JSON booleans; string only from strings', () => {
    assert.equal(read<ProtoShapes>('{"flag":true}').Flag, true);
    fails('{"flag":"true"}', 'proto: (line 1:9): invalid value for bool field flag: "true"');
    fails('{"text":1}', 'proto: (line 1:9): invalid value for string field text: 1');
  });

  it('enums by exact name or number (unknown numbers kept, unknown names left unset)', () => {
    assert.equal(read<ProtoShapes>('{"state":"OTP_STATE_READY"}').State, OtpState.OTP_STATE_READY);
    assert.equal(read<ProtoShapes>('{"state":1}').State, 1);
    assert.equal(read<ProtoShapes>('{"state":7}').State, 7);
    assert.equal(read<ProtoShapes>('{"state":"NOPE"}').State, undefined);
    assert.equal(read<ProtoShapes>('{"state":"otp_state_ready"}').State, undefined);
  });

  it('bytes: standard or URL-safe Base64, padded or not', () => {
    for (const s of ['AEFh/w==', 'AEFh/w', 'AEFh_w', 'AEFh_w==']) assert.deepEqual(read<ProtoShapes>(`{"data":"${s}"}`).Data, Buffer.from([0, 65, 97, 255]), s);
  });

  it('Timestamp: RFC 3339 with any offset, normalised to UTC; >9 digits or date-only rejected', () => {
    const t = read<ProtoShapes>('{"creationDate":"2024-03-27T12:05:48.581+02:00"}').CreationDate as DateTime;
    assert.deepEqual([t.getTime(), t.kind], [Date.UTC(2024, 2, 27, 10, 5, 48, 581), 'Utc']);
    assert.equal(json.stringify(t, 'DateTime', { dialect: 'gateway' }), '"2024-03-27T10:05:48.581Z"');
    fails('{"creationDate":"2024-03-27T10:05:48.5812345678Z"}', 'proto: (line 1:17): invalid google.protobuf.Timestamp value "2024-03-27T10:05:48.5812345678Z"');
    fails('{"creationDate":"2024-03-27"}', 'proto: (line 1:17): invalid google.protobuf.Timestamp value "2024-03-27"');
  });

  it('Duration needs the s suffix; doubles from "NaN"/"Infinity"', () => {
    assert.deepEqual(read<ProtoShapes>('{"timeout":"1.5s"}').Timeout, TimeSpan.fromMilliseconds(1500));
    fails('{"timeout":"1.5"}', 'proto: (line 1:12): invalid google.protobuf.Duration value "1.5"');
    assert.ok(Number.isNaN(read<ProtoShapes>('{"dbl":"NaN"}').Dbl));
    assert.equal(read<ProtoShapes>('{"dbl":"-Infinity"}').Dbl, -Infinity);
    assert.equal(read<ProtoShapes>('{"dbl":"1.5"}').Dbl, 1.5);
  });

  it('a top-level array (or a scalar where a message belongs) is a syntax error', () => {
    fails('[]', 'proto: syntax error (line 1:1): unexpected token [');
    fails('{"detail":"x"}', 'proto: syntax error (line 1:11): unexpected token "x"');
    fails('{"nums":{}}', 'proto: syntax error (line 1:9): unexpected token {');
  });

  it('nested messages and Struct-like object fields', () => {
    const v = read<ProtoShapes>('{"detail":{"id":"COMMAND-Q54j2","message":"m"},"extra":{"a":[1,"x"],"__proto__":1}}');
    assert.ok(v.Detail instanceof ErrorDetail);
    assert.equal(v.Detail.Id, 'COMMAND-Q54j2');
    assert.equal(Object.getPrototypeOf(v.Extra), null);
    assert.deepEqual((v.Extra as Record<string, unknown>).a, [1, 'x']);
  });
});
