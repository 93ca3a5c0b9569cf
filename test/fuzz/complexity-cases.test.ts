/**
 * The complexity guard's inputs stay meaningful: each builds a document its reader accepts (so
 * `npm run fuzz` times real reading, not an early refusal). Timing itself runs only in `npm run fuzz`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { complexityCases } from './complexity-cases.js';

describe('complexity guard inputs', () => {
  for (const c of complexityCases()) {
    it(`${c.reader}: ${c.dimension} is read without an error at n = 16`, async () => {
      await c.run(c.build(16));
    });
  }
});
