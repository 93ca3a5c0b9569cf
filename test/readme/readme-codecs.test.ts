/**
 * README's "Codecs" example: the block is taken from README.md itself, its calls are run, and each
 * result is compared with the comment README puts beside it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DateTime, Dto, json, jsv, List, Member, xml } from '../../src/index.js';

@Dto({ namespace: 'Shop.ServiceModel' })
class Line { @Member() Sku?: string; @Member('int') Qty?: number; @Member('DateTime') At?: DateTime; }

const readme = readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
const section = readme.slice(readme.indexOf('### Codecs'));
const block = /```ts\n([\s\S]*?)```/.exec(section)![1]!;
/** `call; // expected` lines of the block. */
const documented = new Map(block.split('\n').flatMap((l) => {
  const m = /^(\w+\.\w+(?:<\w+>)?\(.*\));\s*\/\/ (.*)$/.exec(l);
  return m ? [[m[1]!, m[2]!] as const] : [];
}));

const line = Object.assign(new Line(), { Sku: 'A-1', Qty: 2, At: DateTime.utc(2024, 1, 2, 3, 4, 5) });

describe("README's Codecs example", () => {
  it('declares the same DTO and value as this test', () => {
    assert.match(block, /export class Line \{ @Member\(\) Sku\?: string; @Member\('int'\) Qty\?: number; @Member\('DateTime'\) At\?: DateTime; \}/);
    assert.match(block, /Object\.assign\(new Line\(\), \{ Sku: 'A-1', Qty: 2, At: DateTime\.utc\(2024, 1, 2, 3, 4, 5\) \}\)/);
    assert.equal(documented.size, 4, [...documented.keys()].join(' | '));
  });

  it('json.stringify', () => assert.equal(json.stringify(line, Line), documented.get('json.stringify(line, Line)')));
  it('jsv.stringify', () => assert.equal(jsv.stringify([line], List(Line)), documented.get('jsv.stringify([line], List(Line))')));

  it('xml.stringify (README elides the declaration and xmlns:i)', () => {
    const expected = documented.get('xml.stringify(line, Line)')!;
    const actual = xml.stringify(line, Line).replace(/^<\?xml [^?]*\?>/, '<?xml …?>').replace(/ xmlns:i="[^"]*"/, ' xmlns:i=…');
    assert.equal(actual, expected);
  });

  it('json.parse', () => {
    assert.match(documented.get(`json.parse<Line>('{"Sku":"B","Qty":"3"}', Line)`)!, /Sku "B", Qty 3/);
    const parsed = json.parse<Line>('{"Sku":"B","Qty":"3"}', Line);
    assert.ok(parsed instanceof Line);
    assert.deepEqual({ Sku: parsed.Sku, Qty: parsed.Qty }, { Sku: 'B', Qty: 3 });
  });
});
