/**
 * The public API is a product: every name `src/index.ts` exports, values and types alike, is named
 * in README.md, so nothing reaches users undocumented.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import * as stackport from '../../src/index.js';

const ROOT = path.resolve(__dirname, '../../..');

/** The names of `export { … }` and `export type { … }` lists (after any `as`). */
function listedExports(source: string): string[] {
  return [...source.matchAll(/export (?:type )?\{([^}]*)\}/g)].flatMap((m) => m[1]!.split(','))
    .map((part) => part.trim().replace(/^type /, '').split(/\s+as\s+/).pop()!.trim())
    .filter(Boolean);
}

it('README.md names every export of src/index.ts', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const names = new Set([...Object.keys(stackport), ...listedExports(readFileSync(path.join(ROOT, 'src/index.ts'), 'utf8'))]);
  assert.ok(names.size > 100, `only ${names.size} exports found: the scan is broken`);
  const missing = [...names].filter((name) => !new RegExp(`\\b${name}\\b`).test(readme));
  assert.deepEqual(missing, [], `README.md does not mention: ${missing.join(', ')}`);
});
