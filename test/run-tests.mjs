#!/usr/bin/env node
// Runs the compiled test files (dist/test/**/*.test.js) with node:test's TAP reporter.
// Node 20 cannot expand globs itself, and pointing it at dist/test would also run fixtures.
// Usage: node test/run-tests.mjs [--interop] [path-filter …]
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const interop = args.includes('--interop');
const filters = args.filter((a) => !a.startsWith('--'));

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const files = walk('dist/test')
  .filter((f) => f.endsWith('.test.js'))
  .filter((f) => f.endsWith('.interop.test.js') === interop)
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--test', '--test-reporter=tap', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
