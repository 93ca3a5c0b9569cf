/**
 * The compiler options README documents for a project using Stackport: its ```json block that sets
 * `experimentalDecorators` ("Installing as a library"). The tests that compile README's examples
 * (readme-compiles, the npm pack test) use exactly these, so the documented setup is the tested one.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function readmeCompilerOptions(): Record<string, unknown> {
  const readme = readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((text) => text.includes('"experimentalDecorators"'));
  assert.equal(blocks.length, 1, `README has ${blocks.length} tsconfig blocks (json blocks setting experimentalDecorators); it should have one`);
  return (JSON.parse(blocks[0]!) as { compilerOptions: Record<string, unknown> }).compilerOptions;
}
