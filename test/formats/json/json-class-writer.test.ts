/**
 * The compiled per-DTO JSON writer (json-class-writer.ts): metadata reaches the generated source
 * only as string literals, so hostile member names cannot run code, and the compiled and the
 * interpreted writer give the same bytes. (The conformance vectors run on both paths:
 * test/conformance/codegen-fallback.test.ts.)
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DataMember, Dto, Member } from '../../../src/framework/dto/decorators.js';
import { codecOptions } from '../../../src/framework/formats/codec-options.js';
import { compileMembersWriter, interpretMembersWriter } from '../../../src/framework/formats/json/json-class-writer.js';
import { jsonFormat } from '../../../src/framework/formats/json/json-format.js';
import type { Enc } from '../../../src/framework/formats/json/json-writer.js';
import { List, resolveTypeSpec } from '../../../src/framework/types/type-ref.js';
import { HOSTILE_MEMBER_NAMES, probe } from '../hostile-member-names.js';

const HOSTILE = HOSTILE_MEMBER_NAMES;

@Dto({ namespace: '"); globalThis.pwned = 9; ("' })
class Hostile {
  @DataMember('string', { name: HOSTILE[3]! }) Renamed?: string;
  @DataMember('int', { name: HOSTILE[4]! }) Zero?: number;
}
// Computed keys that are not literals cannot be declared in a class body: decorate them by hand.
HOSTILE.forEach((key, i) => Member(i === 0 ? 'int' : i === 2 ? 'List<string>' : 'string')(Hostile.prototype, key));

@Dto({ namespace: 'Hostile' })
class HostileHolder {
  @Member(List(Hostile)) Items?: Hostile[];
}

const hostile = (): Hostile => {
  const h = new Hostile() as Record<string, unknown>;
  HOSTILE.forEach((k, i) => { h[k] = i === 0 ? 42 : i === 2 ? ['a', 'b'] : `value ${i}`; });
  h['Renamed'] = 'renamed';
  h['Zero'] = 0;
  return h as Hostile;
};

describe('compiled JSON class writer', () => {
  for (const dialect of ['servicestack', 'aspnet', 'gateway'] as const) {
    it(`${dialect}: hostile member names and namespaces are written as data, never run as code`, () => {
      delete probe.pwned;
      const text = jsonFormat.write(Object.assign(new HostileHolder(), { Items: [hostile(), hostile()] }), resolveTypeSpec(HostileHolder), codecOptions({ dialect, textCase: 'PascalCase' }));
      assert.equal(probe.pwned, undefined, `generated code ran: pwned = ${probe.pwned}`);
      const items = Object.values(JSON.parse(text) as Record<string, Record<string, unknown>[]>)[0]!;
      assert.equal(items.length, 2, text);
      const values = Object.values(items[0]!);
      for (const i of [1, 5, 6, 7]) assert.ok(values.includes(`value ${i}`), `member ${JSON.stringify(HOSTILE[i])} missing from ${text}`);
    });
  }

  it('a hostile key reaches the compiled source only as a literal', () => {
    delete probe.pwned;
    const enc: Enc = (v) => JSON.stringify(v);
    const members = HOSTILE.map((key) => ({ key, first: `${JSON.stringify(key)}:`, next: `,${JSON.stringify(key)}:`, enc, whenNull: () => 'null', skipDefault: undefined }));
    const value = Object.fromEntries(HOSTILE.map((k, i) => [k, i]));
    const ctx = { opts: codecOptions({}), tz: undefined, depth: 0 };
    const compiled = compileMembersWriter(members)(value, ctx, '{', false) + '}';
    assert.equal(probe.pwned, undefined, `generated code ran: pwned = ${probe.pwned}`);
    assert.deepEqual(JSON.parse(compiled), value);
    assert.equal(compiled, interpretMembersWriter(members)(value, ctx, '{', false) + '}');
  });

  it('writes what the interpreted writer writes: omitted, null, skipped default and tagged members', () => {
    const enc: Enc = (v) => String(v);
    const members = [
      { key: 'A', first: '"A":', next: ',"A":', enc, whenNull: undefined, skipDefault: undefined },
      { key: 'B', first: '"B":', next: ',"B":', enc, whenNull: undefined, skipDefault: (x: unknown) => x === 0 },
      { key: 'C', first: '"C":', next: ',"C":', enc, whenNull: () => '0', skipDefault: undefined },
      { key: 'D', first: '"D":', next: ',"D":', enc, whenNull: undefined, skipDefault: undefined },
    ];
    const ctx = { opts: codecOptions({}), tz: undefined, depth: 0 };
    const values = [{}, { A: 1 }, { B: 0 }, { B: 2 }, { A: null, B: 3, C: 4, D: 5 }, { D: 6 }];
    for (const v of values) {
      for (const [head, started] of [['{', false], ['{"__type":"T"', true]] as const) {
        assert.equal(compileMembersWriter(members)(v, ctx, head, started), interpretMembersWriter(members)(v, ctx, head, started), JSON.stringify(v));
      }
    }
  });
});
