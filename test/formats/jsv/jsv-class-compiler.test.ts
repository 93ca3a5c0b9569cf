/**
 * The compiled JSV member writer (jsv-class-compiler.ts): hostile member names, wire names and
 * namespaces reach the generated source only as string literals, and the compiled writer gives
 * the interpreted writer's bytes. (The conformance vectors run on both paths:
 * test/conformance/codegen-fallback.test.ts.)
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { DataMember, Dto, Member } from '../../../src/framework/dto/decorators.js';
import { codecOptions } from '../../../src/framework/formats/codec-options.js';
import { compileMembers } from '../../../src/framework/formats/jsv/jsv-class-compiler.js';
import { jsvFormat } from '../../../src/framework/formats/jsv/jsv-format.js';
import { interpretMembers, plan } from '../../../src/framework/formats/jsv/jsv-write-class.js';
import { classInfo } from '../../../src/framework/formats/jsv/member-plan.js';
import { resolveTypeSpec } from '../../../src/framework/types/type-ref.js';
import { HOSTILE_MEMBER_NAMES, probe } from '../hostile-member-names.js';

const HOSTILE = HOSTILE_MEMBER_NAMES;

@Dto({ namespace: '"); globalThis.pwned = 18; ("' })
class HostileJsv {
  @DataMember('string', { name: `"); globalThis.pwned = 9; ("` }) Renamed?: string;
  @DataMember('int', { name: '\u2028globalThis.pwned = 10;' }) Zero?: number;
}
HOSTILE.forEach((key, i) => Member(i === 0 ? 'int' : i === 2 ? 'List<string>' : 'string')(HostileJsv.prototype, key));

it('JSV: hostile member names and namespaces are written as data, never run as code; compiled = interpreted', () => {
  delete probe.pwned;
  const v = new HostileJsv() as Record<string, unknown>;
  HOSTILE.forEach((k, i) => { v[k] = i === 0 ? 42 : i === 2 ? ['a', 'b'] : `value ${i}`; });
  v['Renamed'] = 'renamed';
  const text = jsvFormat.write(v, resolveTypeSpec(HostileJsv), codecOptions({ dialect: 'servicestack' }));
  assert.equal(probe.pwned, undefined, `generated code ran: pwned = ${probe.pwned}`);
  for (const i of [1, 5, 6]) assert.ok(text.includes(`value ${i}`), `member ${JSON.stringify(HOSTILE[i])} missing from ${text}`);
  const members = plan(classInfo(HostileJsv), 'PascalCase');
  const w = { excludeDefaults: false, excludes: undefined, runtime: 'core', textCase: 'PascalCase', depth: 0 } as never;
  for (const value of [v, new HostileJsv() as Record<string, unknown>, { ...v, [HOSTILE[0]!]: undefined }]) {
    assert.equal(compileMembers(members)(value, w, '{', false), interpretMembers(members)(value, w, '{', false));
  }
  assert.equal(probe.pwned, undefined, `generated code ran: pwned = ${probe.pwned}`);
});
