#!/usr/bin/env node
// Runs the compiled test files (dist/test/**/*.test.js) with node:test's TAP reporter.
// Node 20 cannot expand globs itself, and pointing it at dist/test would also run fixtures.
// Usage: node test/run-tests.mjs [--interop] [path-filter …]
//
// Two phases. The first runs the selected files; the two-factor suites among them record the
// secrets they see and keep their logs and databases in a fresh directory (STACKPORT_AUDIT_DIR).
// The second, when a two-factor suite ran, is the secrets audit (dist/test/audit/), which greps
// all of that at once. The directory is deleted after a run that passed (STACKPORT_AUDIT_KEEP=1
// keeps it) and kept, with its path printed, after one that failed.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const interop = args.includes('--interop');
const filters = args.filter((a) => !a.startsWith('--'));
const AUDIT = join('dist', 'test', 'audit') + sep;
const TWOFACTOR = join('dist', 'test', 'twofactor') + sep;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const all = walk('dist/test').filter((f) => f.endsWith('.test.js')).sort();
const files = all
  .filter((f) => f.endsWith('.interop.test.js') === interop && !f.startsWith(AUDIT))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)));
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}

const auditDir = mkdtempSync(join(tmpdir(), 'stackport-audit-'));
// `full`: every suite ran, so the audit may insist on having seen enough secrets of every kind.
const env = { ...process.env, STACKPORT_AUDIT_DIR: auditDir, STACKPORT_AUDIT_SCOPE: filters.length === 0 && !interop ? 'full' : 'partial' };
const run = (list) => spawnSync(process.execPath, ['--test', '--test-reporter=tap', '--test-concurrency=2', ...list], { stdio: 'inherit', env }).status ?? 1;

let status = run(files);
if (files.some((f) => f.startsWith(TWOFACTOR))) {
  const auditFiles = all.filter((f) => f.startsWith(AUDIT));
  const started = Date.now();
  // Never `node --test` without files: it would go looking for tests itself.
  const audit = auditFiles.length ? run(auditFiles) : (console.error('no secrets audit in dist/test/audit'), 1);
  console.log(`# secrets audit: ${audit === 0 ? 'passed' : 'FAILED'} in ${Date.now() - started} ms (artifacts: ${auditDir})`);
  status ||= audit;
}
if (status === 0 && !process.env.STACKPORT_AUDIT_KEEP) rmSync(auditDir, { recursive: true, force: true });
else console.error(`secrets audit artifacts kept in ${auditDir}`);
process.exit(status);
