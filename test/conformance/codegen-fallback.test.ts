/**
 * The codecs' compiled writers are the default; with `STACKPORT_CODEGEN=off` they run the
 * interpreted loop instead (formats/codegen.ts). This runs the codec conformance vectors
 * (test/conformance, test/formats) once more in a child process with code generation off, so both
 * paths are held to the same bytes in every `npm test`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';

const DIST_TEST = path.resolve(__dirname, '..');

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? testFiles(p) : p.endsWith('.test.js') ? [p] : [];
  });
}

it('the codec conformance vectors pass with code generation off (the interpreted fallback)', () => {
  const files = [...testFiles(path.join(DIST_TEST, 'formats')), ...testFiles(__dirname).filter((f) => f !== __filename)];
  const run = spawnSync(process.execPath, ['--test', '--test-reporter=tap', '--test-concurrency=1', ...files], {
    env: { ...process.env, NODE_TEST_CONTEXT: undefined, STACKPORT_CODEGEN: 'off' }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(run.status, 0, `fallback run failed:\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-2000)}`);
  const passed = Number(/^# pass (\d+)$/m.exec(run.stdout)?.[1] ?? 0);
  assert.ok(passed > 1000, `only ${passed} tests passed in the fallback run`);
});
