/**
 * Every TypeScript example in README.md (each block fenced ```ts that imports from 'stackport')
 * compiles with `tsc` under the tsconfig README documents, 'stackport' resolving to this
 * package's src/index.ts: the public API must be usable exactly as README shows it (the marker
 * types `implements IReturn<T>` included). A block that imports nothing from 'stackport' is a
 * fragment of the prose; it is listed as skipped, so it is seen and can be made whole.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Server } from 'node:net';
import { after, describe, it } from 'node:test';
import { createHost, isDto, type Constructor } from '../../src/index.js';
import { readmeCompilerOptions } from './readme-tsconfig.js';

const ROOT = path.resolve(__dirname, '../../..');


interface Block { readonly line: number; readonly code: string }

/** The ```ts blocks of a Markdown text, with the line each starts on. */
export function tsBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ts\s*$/.test(lines[i]!)) continue;
    const end = lines.indexOf('```', i + 1);
    assert.ok(end > i, `README.md:${i + 1}: unclosed code block`);
    blocks.push({ line: i + 1, code: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return blocks;
}

const IMPORTS_PACKAGE = /^import\s[^;]*from\s+'stackport';/m;
const blocks = tsBlocks(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
const examples = blocks.filter((b) => IMPORTS_PACKAGE.test(b.code));

const dir = mkdtempSync(path.join(tmpdir(), 'stackport-readme-'));
// The transpiled examples run from inside the checkout, where `require('stackport')` is the package's
// own self-reference (its `exports`, i.e. dist/src/index.js: the module this test imports too).
const runDir = path.join(ROOT, 'dist', `.readme-examples-${process.pid}`);
after(() => { rmSync(dir, { recursive: true, force: true }); rmSync(runDir, { recursive: true, force: true }); });

/** Compiles all examples in one tsc run (each file its own module) and returns tsc's output per file. */
function compileExamples(): Map<string, string> {
  const files = examples.map((b) => {
    const file = `readme-line-${b.line}.ts`;
    writeFileSync(path.join(dir, file), b.code);
    return file;
  });
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      ...readmeCompilerOptions(), noEmit: true, outDir: undefined,
      // What `npm install stackport` gives a project: the package by name, and Node's types.
      paths: {
        stackport: [path.join(ROOT, 'src/index.ts')],
        // The decorators README's examples import beside Stackport's (its own dependencies).
        'class-validator': [path.join(ROOT, 'node_modules/class-validator')],
        'class-transformer': [path.join(ROOT, 'node_modules/class-transformer')],
      }, typeRoots: [path.join(ROOT, 'node_modules/@types')], types: ['node'],
    },
    files,
  }));
  const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir, '--pretty', 'false'], { encoding: 'utf8' });
  const byFile = new Map<string, string>(files.map((f) => [f, '']));
  for (const line of `${tsc.stdout}${tsc.stderr}`.split('\n').filter(Boolean)) {
    const file = files.find((f) => line.includes(f)) ?? '(other)';
    byFile.set(file, `${byFile.get(file) ?? ''}${line}\n`);
  }
  return byFile;
}

/**
 * Loads an emitted example (its decorators run, its module-level code runs; a `listen(port)` is
 * moved to a free port and closed after) and registers each service class it exports on a host,
 * which resolves every operation's type graph.
 */
async function runExample(file: string, code: string): Promise<void> {
  // What README's examples read from the environment (the auth example's HS256 key).
  process.env.JWT_SECRET ??= 'readme-example-secret-of-32-bytes!!';
  const js = ts.transpileModule(code, { compilerOptions: { ...ts.convertCompilerOptionsFromJson(readmeCompilerOptions(), ROOT).options, module: ts.ModuleKind.CommonJS }, fileName: file }).outputText;
  mkdirSync(runDir, { recursive: true });
  writeFileSync(path.join(runDir, file.replace(/\.ts$/, '.js')), js);
  const servers: Server[] = [];
  const listen = Server.prototype.listen;
  Server.prototype.listen = function (this: Server, ...args: unknown[]) {
    servers.push(this);
    const callback = args.find((a): a is () => void => typeof a === 'function');
    return listen.call(this, { port: 0, host: '127.0.0.1' }, callback);
  } as typeof Server.prototype.listen;
  try {
    const exported = require(path.join(runDir, file.replace(/\.ts$/, '.js'))) as Record<string, unknown>;
    for (const value of Object.values(exported)) {
      if (typeof value !== 'function' || isDto(value as Constructor) || value.prototype instanceof Error) continue;
      createHost().register(new (value as new () => object)());
    }
  } finally {
    Server.prototype.listen = listen;
    await Promise.all(servers.map((srv) => new Promise((r) => (srv.listening ? srv.close(r) : srv.once('listening', () => srv.close(r))))));
  }
}

describe('README.md TypeScript examples compile with the documented tsconfig, and run', () => {
  it('README has examples to compile', () => assert.ok(examples.length > 0, `${blocks.length} ts blocks, none imports from 'stackport'`));
  const output = examples.length ? compileExamples() : new Map<string, string>();
  it('tsc reports nothing outside the examples (the package itself compiles under these options)', () => {
    assert.equal(output.get('(other)') ?? '', '');
  });
  for (const b of blocks) {
    const file = `readme-line-${b.line}.ts`;
    if (!examples.includes(b)) {
      it(`README.md:${b.line}`, { skip: 'a fragment: it imports nothing from \'stackport\'' }, () => {});
      continue;
    }
    it(`README.md:${b.line} compiles`, () => assert.equal(output.get(file), '', `tsc on README.md's block at line ${b.line}:\n${output.get(file)}\n${b.code}`));
    it(`README.md:${b.line} runs (loads, and its services register)`, () => runExample(file, b.code));
  }
});
