/**
 * The pipeline hands the writers a new `{ kind: 'class', ctor }` for every response. Writers must
 * key what they compile for it by class, not by that object: otherwise every response compiles
 * its writer (or contract name) again, and the compiled code is thrown away after one use.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { Dto, Member } from '../../src/framework/dto/decorators.js';
import { codecOptions } from '../../src/framework/formats/codec-options.js';
import { jsonWriter } from '../../src/framework/formats/json/json-format.js';
import { stableName } from '../../src/framework/formats/xml/contract-names.js';

@Dto({ namespace: 'Bench' })
class Answer {
  @Member() Result?: string;
}

const fresh = (): { kind: 'class'; ctor: typeof Answer } => ({ kind: 'class', ctor: Answer });

it('JSON: one encoder per class, whatever TypeRef object names it', () => {
  for (const dialect of ['servicestack', 'aspnet', 'gateway'] as const) {
    const w = jsonWriter(codecOptions({ dialect }));
    assert.equal(w.encoder(fresh()), w.encoder(fresh()), `${dialect}: a new encoder was compiled for a new TypeRef of the same class`);
  }
});

it('XML: one contract name per class, whatever TypeRef object names it', () => {
  assert.equal(stableName(fresh()), stableName(fresh()), 'the stable name was built again for a new TypeRef of the same class');
});
