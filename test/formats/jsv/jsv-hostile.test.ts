/**
 * Malformed and hostile JSV: every case must end in a SerializationException, without a crash,
 * a hang or a stack overflow. How fast is measured by `npm run bench` (hostile-cases.ts), never
 * asserted here: a busy machine must not turn this suite red.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SerializationException } from '../../../src/framework/errors/exceptions.js';
import { jsv, jsvFormat, jsvOptions } from '../../../src/framework/formats/jsv/index.js';
import { DEFAULT_LIMITS, type CodecLimits } from '../../../src/framework/formats/codec-options.js';
import { resolveTypeSpec, type TypeSpec } from '../../../src/framework/types/type-ref.js';
import { Node, Scalars, Zoo } from './jsv-test-dtos.js';

function rejects(text: string, spec: TypeSpec, limits: Partial<CodecLimits> = DEFAULT_LIMITS): void {
  assert.throws(() => jsvFormat.read(text, resolveTypeSpec(spec), jsvOptions({ limits })), SerializationException);
}

describe('JSV reader: malformed input', () => {
  const cases: [string, string, TypeSpec][] = [
    ['unclosed object', '{Id:1', Scalars],
    ['unclosed nested object', '{Star:{Name:x}', Zoo],
    ['unclosed list', '[1,2', 'List<int>'],
    ['unclosed nested list', '{Ids:[1,2}', Zoo],
    ['stray closer', '}', Scalars],
    ['text after the value', '{Id:1}x', Scalars],
    ['two values', '{Id:1}{Id:2}', Scalars],
    ['no colon', '{Id}', Scalars],
    ['garbage between members', '{Id:1;Value:2}', Scalars],
    ['unterminated quote in object', '{Value:"abc}', Scalars],
    ['unterminated quote in list', '["a,b]', 'List<string>'],
    ['unterminated top-level quote', '"', 'string'],
    ['object for a string list', '{a:1}', 'List<int>'],
    ['not an object', 'Id:1', Scalars],
    ['quoted object', '"{Id:1}"', Scalars],
    ['text for an int', '{Id:abc}', Scalars],
    ['decimal for an int', '{Id:1.5}', Scalars],
    ['overflowing int', '{Id:99999999999}', Scalars],
    ['empty int', '{Id:}', Scalars],
    ['bad bool', '{Flag:maybe}', Scalars],
    ['bad Guid', '{Guid:xyz}', Scalars],
    ['bad date', '{When:notadate}', Scalars],
    ['bad TimeSpan', '{Span:P1X}', Scalars],
    ['bad enum', '{Shade:Purple}', Scalars],
    ['bad double', '{Double:1.2.3}', Scalars],
    ['text for an object', '{Star:abc}', Zoo],
    ['bad list item', '{Ids:[1,x]}', Zoo],
    ['bad base64', '{Bytes:@@@}', Zoo],
    ['bad dictionary key', '{ById:{x:1}}', Zoo],
    ['dictionary without colon', '{Counts:{a}}', Zoo],
    ['trailing comma in object', '{Id:1,}', Scalars],
  ];
  for (const [name, text, spec] of cases) it(name, () => rejects(text, spec));
});

describe('JSV reader: hostile input', () => {
  it('rejects 10,000 levels of nested objects', () => rejects('{Child:'.repeat(10000) + '{}' + '}'.repeat(10000), Node));
  it('rejects 10,000 levels of nested lists', () => rejects('{Kids:['.repeat(10000) + ']}'.repeat(10000), Node));
  it('keeps 10,000 nested brackets in an object slot as text, rejects them when converting', () => {
    const deep = '['.repeat(10000) + ']'.repeat(10000);
    assert.equal(jsv.parse<Zoo>(`{Anything:${deep}}`, Zoo).Anything, deep);
    assert.throws(() => jsv.parse('{Anything:' + '['.repeat(10000) + ']'.repeat(10000) + '}', Zoo, { convertObjectTypesIntoStringDictionary: true }), SerializationException);
  });
  it('rejects deep nesting even when the depth limit is raised absurdly', () => {
    rejects('{Child:'.repeat(200000) + '}'.repeat(200000), Node, { maxDepth: 1e9, maxLength: 1e8 });
  });
  it('skips a deeply nested unknown member without recursion', () => {
    const text = '{Unknown:' + '['.repeat(100000) + ']'.repeat(100000) + ',Id:3}';
    assert.equal(jsv.parse<Scalars>(text, Scalars, { limits: { maxDepth: 64, maxLength: 1e7 } }).Id, 3);
  });
  it('rejects 10 MB of commas by length', () => rejects(','.repeat(10 * 1024 * 1024), 'List<int>'));
  it('rejects 10 MB of commas in a member when the length limit allows them', () => {
    rejects('{Id:' + ','.repeat(10 * 1024 * 1024) + '}', Scalars, { maxDepth: 64, maxLength: 1e8 });
  });
  it('reads 10 MB of commas as a list when allowed', () => {
    const list = jsv.parse<unknown[]>('[' + ','.repeat(10 * 1024 * 1024) + ']', 'List<string>', { limits: { maxDepth: 64, maxLength: 1e8 } });
    assert.equal(list.length, 10 * 1024 * 1024, `read ${list.length} items`);
  });
  it('rejects a megabyte of unterminated quote or bracket', () => {
    rejects('{Value:"' + 'a'.repeat(1_000_000), Scalars);
    rejects('{Value:' + '{'.repeat(1_000_000), Scalars);
    rejects('[' + '"",'.repeat(300_000), 'List<string>');
  });
  it('rejects input that is not a string', () => {
    assert.throws(() => jsvFormat.read(42 as unknown as string, resolveTypeSpec('int'), jsvOptions()), SerializationException);
  });
});
