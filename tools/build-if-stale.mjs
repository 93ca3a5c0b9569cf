#!/usr/bin/env node
// The build before `npm start` and `npm run dev:credentials`: transpile, do not type-check.
//
// A full `tsc` of the project costs ~20 s on a 2-core machine, most of it type-checking the tests;
// a server start needs none of that. Each server source (src/, dtos/, metadata/) whose compiled
// file is missing or older than it is transpiled on its own with TypeScript's transpileModule and
// the project's own compiler options (~4 s for all of them, a few ms when nothing changed).
// `npm test` and `npm run build` still run the full, type-checked `tsc -p .` over the same dist/.
//
//   node tools/build-if-stale.mjs [--out DIR]     DIR defaults to dist (tsconfig's outDir)
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const SOURCES = ['src', 'dtos', 'metadata'];

/** Every TypeScript source under `dir` (declaration files have no output). */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

function mtime(path) {
  try { return statSync(path).mtimeMs; } catch { return 0; }
}

const outIndex = process.argv.indexOf('--out');
const outDir = outIndex > 0 ? process.argv[outIndex + 1] : 'dist';
const outputOf = (file) => join(outDir, file.replace(/\.ts$/, '.js'));
const stale = SOURCES.flatMap(sources).filter((file) => mtime(outputOf(file)) < mtime(file));
if (stale.length === 0) process.exit(0);

// Loading the compiler costs half a second: only when there is something to build.
const { default: ts } = await import('typescript');
const config = ts.getParsedCommandLineOfConfigFile('tsconfig.json', {}, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); },
});
// One file at a time: no project-wide settings (rootDir, build info, declarations) apply. The
// package has no "type" field, so every file is CommonJS, as tsc emits it.
const options = { ...config.options, incremental: false, declaration: false, tsBuildInfoFile: undefined, rootDir: undefined };

for (const file of stale) {
  const out = outputOf(file);
  const result = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: options,
    fileName: file,
    reportDiagnostics: true,
  });
  const errors = result.diagnostics?.filter((d) => d.category === ts.DiagnosticCategory.Error) ?? [];
  if (errors.length > 0) {
    console.error(ts.formatDiagnostics(errors, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => '.', getNewLine: () => '\n' }));
    process.exit(1);
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, result.outputText);
  if (result.sourceMapText) writeFileSync(`${out}.map`, result.sourceMapText);
}
console.error(`build-if-stale: transpiled ${stale.length} server file(s) into ${outDir}/ (npm test type-checks everything)`);
