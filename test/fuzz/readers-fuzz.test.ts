/** A short fuzz run of every reader in `npm test`; `npm run fuzz` runs ≥ 1,000,000 inputs each. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fuzz, fuzzTargets } from './fuzz-targets.js';

describe('fuzzing (short run)', () => {
  for (const target of fuzzTargets()) {
    it(`${target.name}: only SerializationException, no crash or hang`, () => {
      const failure = fuzz(target, 1500);
      assert.equal(failure, undefined, failure ? `input ${JSON.stringify(failure.input).slice(0, 300)} → ${String((failure.error as Error)?.stack ?? failure.error)}` : '');
    });
  }
});
