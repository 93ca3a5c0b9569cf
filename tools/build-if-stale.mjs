#!/usr/bin/env node
// `npm start` and `npm run dev:credentials` build only when dist/ is older than the sources:
// a full `tsc` costs ~20 s on a 2-core machine, an incremental no-op still ~4 s of CPU, this check
// a few milliseconds. The build itself is incremental (tsconfig.json: dist/.tsbuildinfo).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

const STAMP = join('dist', '.tsbuildinfo');
const INPUTS = ['src', 'dtos', 'metadata', 'test', 'tsconfig.json', 'package.json'];

/** The newest modification time under `path`, in ms (0 when it does not exist). */
function newest(path) {
  let s;
  try { s = statSync(path); } catch { return 0; }
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), s.mtimeMs);
}

const built = newest(STAMP);
if (built > 0 && INPUTS.every((p) => newest(p) <= built)) process.exit(0);
const tsc = spawnSync(process.execPath, [join('node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], { stdio: 'inherit' });
// tsc leaves its build info alone when no output changed (a file saved unchanged): mark dist current.
if (tsc.status === 0) { const now = new Date(); utimesSync(STAMP, now, now); }
process.exit(tsc.status ?? 1);
