/** The Format object, the pretty printer (seed 002) and the key/value entry point. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Dto, Member } from '../../../src/framework/dto/decorators.js';
import { SerializationException } from '../../../src/framework/errors/exceptions.js';
import { codecOptions } from '../../../src/framework/formats/codec-options.js';
import { formatJsv, jsv, jsvFormat, parseJsvValue } from '../../../src/framework/formats/jsv/index.js';
import { resolveTypeSpec } from '../../../src/framework/types/type-ref.js';
import { GenerateTwoFactorAuthenticationKeyResponse, ResponseError, ResponseStatus, Scalars } from './jsv-test-dtos.js';

const seedsDir = path.resolve(__dirname, '../../../../../shared/seeds');
const seed002 = readFileSync(path.join(seedsDir, readdirSync(seedsDir).find((f) => f.startsWith('002_'))!), 'utf8');

@Dto({ namespace: 'Infrastructure.Api.Interfaces.ServiceOperations' })
class PutOperationTenanted { @Member('string') OrganisationId?: string; }

const meta = (): Record<string, string> => Object.assign(Object.create(null) as Record<string, string>, { String: 'String' });
const sampleResponse = (): GenerateTwoFactorAuthenticationKeyResponse => Object.assign(new GenerateTwoFactorAuthenticationKeyResponse(), {
  ResponseStatus: Object.assign(new ResponseStatus(), {
    ErrorCode: 'String', Message: 'String', StackTrace: 'String',
    Errors: [Object.assign(new ResponseError(), { ErrorCode: 'String', FieldName: 'String', Message: 'String', Meta: meta() })],
    Meta: meta(),
  }),
  TwoFactorUri: 'String',
});

describe('JSV pretty form (JsvFormatter, seed 002)', () => {
  it('reproduces seed 002 byte for byte', () => {
    const request = jsv.stringify(Object.assign(new PutOperationTenanted(), { OrganisationId: 'String' }), PutOperationTenanted, { pretty: true });
    const response = jsv.stringify(sampleResponse(), GenerateTwoFactorAuthenticationKeyResponse, { pretty: true, textCase: 'camelCase' });
    assert.equal(request, '{\n\torganisationId: String\n}');
    assert.ok(seed002.includes(`Content-Length: length\n\n${request}\nHTTP/1.1 200 OK`), 'request sample in seed 002');
    assert.ok(seed002.includes(`Content-Length: length\n\n${response}`), `response sample in seed 002:\n${response}`);
  });
  it('uses the host newline', () => {
    assert.equal(jsv.stringify(sampleResponse(), GenerateTwoFactorAuthenticationKeyResponse, { pretty: true, newline: '\r\n' }).split('\r\n').length, 25);
  });
  it('keeps the reference quirks: empty containers inline, brackets in strings indent, only the first colon spaced', () => {
    assert.equal(formatJsv('{a:[],b:{}}'), '{\n\ta: [],\n\tb: {}\n}');
    assert.equal(formatJsv('{a:"x,{y"}'), '{\n\ta: "x,{\n\t\ty"\n\t}');
    assert.equal(formatJsv('{a:b:c}'), '{\n\ta: b:c\n}');
    assert.equal(formatJsv('[1,2]'), '[\n\t1,\n\t2\n]');
    assert.equal(formatJsv(''), '');
  });
});

describe('jsvFormat', () => {
  it('describes the JSV media types', () => {
    assert.equal(jsvFormat.name, 'jsv');
    assert.equal(jsvFormat.extension, 'jsv');
    assert.equal(jsvFormat.contentType, 'application/jsv');
    assert.deepEqual(jsvFormat.mediaTypes, ['application/jsv', 'text/jsv']);
  });
  it('writes with the host options (camelCase by default) and null as empty text', () => {
    const type = resolveTypeSpec(Scalars);
    const out = jsvFormat.write(Object.assign(new Scalars(), { Value: 'v', Id: 2 }), type, codecOptions({ timeZone: 'UTC' }));
    assert.ok(out.startsWith('{value:v,id:2,flag:False'), out);
    assert.equal(jsvFormat.write(null, type, codecOptions()), '');
    assert.equal((jsvFormat.read(out, type, codecOptions({ timeZone: 'UTC' })) as Scalars).Id, 2);
  });
  it('throws SerializationException for unwritable values', () => {
    assert.throws(() => jsvFormat.write(Symbol('x'), resolveTypeSpec('object'), codecOptions()), SerializationException);
  });
});

describe('parseJsvValue (query strings, forms, path variables)', () => {
  const o = codecOptions({ timeZone: 'UTC' });
  const read = (text: string, spec: Parameters<typeof resolveTypeSpec>[0]): unknown => parseJsvValue(text, resolveTypeSpec(spec), o);
  it('takes strings raw, without JSV unquoting', () => {
    assert.equal(read('"a"', 'string'), '"a"');
    assert.equal(read('a,b', 'string'), 'a,b');
  });
  it('reads bools up to the first comma', () => {
    assert.equal(read('true,false', 'bool'), true);
    assert.equal(read('on', 'bool?'), true);
    assert.throws(() => read('nah', 'bool'), SerializationException);
  });
  it('reads lists with or without brackets', () => {
    assert.deepEqual(read('1,2,3', 'List<int>'), [1, 2, 3]);
    assert.deepEqual(read('[1,2,3]', 'int[]'), [1, 2, 3]);
    assert.deepEqual(read('Crime,Drama,Thriller', 'List<string>'), ['Crime', 'Drama', 'Thriller']);
  });
  it('reads objects, dictionaries and scalars as JSV', () => {
    const s = read('{Value:x,Id:3}', Scalars) as Scalars;
    assert.equal(s.Value, 'x');
    assert.equal(s.Id, 3);
    assert.deepEqual({ ...(read('{a:1,b:2}', 'Dictionary<string,int>') as object) }, { a: 1, b: 2 });
    assert.equal(read('01', 'int'), 1);
    assert.equal((read('2024-03-05', 'DateTime') as Date).toISOString(), '2024-03-05T00:00:00.000Z');
    assert.equal(read('', 'int'), null);
    assert.throws(() => read('abc', 'int'), SerializationException);
  });
});
