/**
 * src/twofactor/README.md as a newcomer reads it: the settings table is one table (Markdown ends a
 * table at a blank line, and the rows after it render as a paragraph of pipes), and every
 * variable it names is one the service reads.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const ROOT = path.resolve(__dirname, '../../..');
const README = readFileSync(path.join(ROOT, 'src/twofactor/README.md'), 'utf8').split('\n');
const CONFIG = readFileSync(path.join(ROOT, 'src/twofactor/config.ts'), 'utf8');

describe('src/twofactor/README.md', () => {
  it('the settings table is one table, and names only variables config.ts reads', () => {
    const header = README.findIndex((l) => /^\| variable \| meaning \|$/.test(l));
    assert.ok(header >= 0, 'the settings table has its header row');
    let end = header;
    while (README[end + 1]?.startsWith('|')) end++;
    const settingRows = README.map((l, i) => [l, i] as const).filter(([l]) => /^\| `[A-Z][A-Z0-9_]+`/.test(l));
    const outside = settingRows.filter(([, i]) => i < header || i > end).map(([l, i]) => `line ${i + 1}: ${l.slice(0, 60)}`);
    assert.deepEqual(outside, [], `setting rows outside the table (lines ${header + 1}–${end + 1})`);
    const named = settingRows.flatMap(([l]) => [...l.split('|')[1]!.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1]!));
    assert.ok(named.length >= 15, `${named.length} variables in the table`);
    const unknown = named.filter((v) => !new RegExp(`\\b${v}\\b`).test(CONFIG));
    assert.deepEqual(unknown, [], 'variables the README names but config.ts does not read');
  });
});
