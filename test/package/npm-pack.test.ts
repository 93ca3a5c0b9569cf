/**
 * Stackport as a library user gets it: `npm pack`, the tarball installed into a fresh project
 * outside the repository (with TypeScript and @types/node, from npm's cache when it has them),
 * README's "Build your own service" example compiled there with the tsconfig README documents,
 * started, and called in JSON, XML and JSV. Also what the tarball holds (only the built library)
 * and what the install leaves out (the 2FA app's database, SMS and logging packages).
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readmeCompilerOptions } from '../readme/readme-tsconfig.js';
import { assertReadmeCurls } from '../readme/readme-curls.js';
import { eventually } from '../support/patience.js';

const ROOT = path.resolve(__dirname, '../../..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** What may ship: the entry point, the framework, the metadata pages, and npm's own files. */
const SHIPPED = /^(package\.json|README\.md|LICENSE|dist\/src\/index\.(js|d\.ts)|dist\/src\/framework\/.+\.(js|d\.ts)|dist\/metadata\/.+\.(js|d\.ts))$/;
/** The 2FA app's runtime packages: a library install must not fetch them. */
const PRODUCT_ONLY = ['typeorm', 'better-sqlite3', 'mysql2', 'messagebird', 'otplib', 'pino'];
/** Any `listen(port)` in the example listens on a free port instead, and says which. */
const ANY_PORT = `import http from 'node:http';
const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number') args[0] = 0;
  this.once('listening', () => process.stdout.write('listening on ' + this.address().port + '\\n'));
  return listen.apply(this, args);
};
`;

function section(heading: string): string {
  const start = README.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `README has a "${heading}" section`);
  const end = README.indexOf('\n## ', start + heading.length + 2);
  return README.slice(start, end < 0 ? undefined : end);
}

function readmeExample(): string {
  const block = /```ts\n([\s\S]*?)```/.exec(section('## Build your own service'));
  assert.ok(block, 'the section has a ts block');
  return block[1]!;
}

function readmeTsconfig(): unknown {
  return { compilerOptions: { ...readmeCompilerOptions(), outDir: 'dist' } };
}

/** Without the npm_* variables `npm test` sets: they describe this repository, not the user's project. */
const ENV = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k))), npm_config_update_notifier: 'false' };

function run(cmd: string, args: string[], cwd: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: ENV });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} in ${cwd} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

const versionOf = (name: string): string =>
  (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

describe('npm pack → fresh install → README example', () => {
  let tmp: string;
  let app: string;
  let packed: { filename: string; size: number; files: { path: string }[] };
  let child: ChildProcess | undefined;
  let base = '';

  before(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), 'stackport-pack-'));
    // `npm test` has just built dist/; prepack would build it again.
    packed = (JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], ROOT)) as typeof packed[])[0]!;
    app = path.join(tmp, 'app');
    mkdirSync(path.join(app, 'src'), { recursive: true });
    writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'library-user', private: true, type: 'module' }));
    const started = Date.now();
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', path.join(tmp, packed.filename),
      `typescript@${versionOf('typescript')}`, `@types/node@${versionOf('@types/node')}`], app);
    console.log(`# npm install of the tarball (${packed.size} bytes, ${packed.files.length} files) with typescript and @types/node: ${Date.now() - started} ms`);
    writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify(readmeTsconfig()));
    writeFileSync(path.join(app, 'src', 'app.ts'), readmeExample());
    writeFileSync(path.join(app, 'any-port.mjs'), ANY_PORT);
    run(process.execPath, [path.join(app, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], app);
    const proc = spawn(process.execPath, ['--import', './any-port.mjs', 'dist/app.js'], { cwd: app, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    let out = '';
    proc.stdout.on('data', (d: Buffer) => { out += d; });
    proc.stderr.on('data', (d: Buffer) => { out += d; });
    await eventually(`the example to listen (output so far: ${out})`, () => /listening on \d+/.test(out) || proc.exitCode !== null);
    const port = /listening on (\d+)/.exec(out);
    assert.ok(port, `the example exited ${proc.exitCode} before listening:\n${out}`);
    base = `http://127.0.0.1:${port[1]}`;
  });

  after(() => {
    child?.kill();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('ships only the built library', () => {
    const stray = packed.files.map((f) => f.path).filter((p) => !SHIPPED.test(p));
    assert.deepEqual(stray, [], `files outside the library in the tarball: ${stray.join(', ')}`);
    const paths = new Set(packed.files.map((f) => f.path));
    for (const entry of ['package.json', 'LICENSE', 'dist/src/index.js', 'dist/src/index.d.ts', 'dist/metadata/metadata-feature.js']) {
      assert.ok(paths.has(entry), `${entry} is in the tarball`);
    }
  });

  it('every relative import of a shipped file is shipped', () => {
    const paths = new Set(packed.files.map((f) => f.path));
    const missing: string[] = [];
    for (const file of paths) {
      if (!file.endsWith('.js')) continue;
      const text = readFileSync(path.join(app, 'node_modules', 'stackport', file), 'utf8');
      for (const [, spec] of text.matchAll(/require\("(\.{1,2}\/[^"]+)"\)/g)) {
        const target = path.posix.join(path.posix.dirname(file), spec!);
        if (!paths.has(target)) missing.push(`${file} → ${spec}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it("leaves the 2FA app's packages out of the install", () => {
    const installed = PRODUCT_ONLY.filter((name) => existsSync(path.join(app, 'node_modules', name)));
    assert.deepEqual(installed, [], `installed with the library: ${installed.join(', ')}`);
  });

  it('answers README\'s curls in JSON, XML and JSV', () => assertReadmeCurls(base));

  it('resolves the public subpaths and nothing deeper', () => {
    const probe = `console.log(typeof (await import('stackport/metadata')).addMetadataPages);
console.log(await import('stackport/dist/src/index.js').then(() => 'deep import allowed', (e) => e.code));`;
    assert.equal(run(process.execPath, ['--input-type=module', '-e', probe], app), 'function\nERR_PACKAGE_PATH_NOT_EXPORTED\n');
  });

  it('loads from CommonJS too', () => {
    assert.equal(run(process.execPath, ['-e', "console.log(typeof require('stackport').createHost)"], app), 'function\n');
  });
});
