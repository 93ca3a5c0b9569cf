/**
 * The "Add ServiceStack Reference" tools for the JVM (`npx java-ref`, `npx kotlin-ref` from
 * @servicestack/cli) against the running app: they save /types/java and /types/kotlin, and
 * re-running them on the saved file (the update protocol) re-sends the options uncommented in
 * its header, which the server honours.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { serveHelloApp } from './support/hello-server.js';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'node_modules/@servicestack/cli/bin');
const WORK = path.join(ROOT, 'test-artifacts/jvm-ref');
const ENV = { ...process.env, SERVICESTACK_TELEMETRY_OPTOUT: '1' };

const skip = !existsSync(path.join(BIN, 'java-ref.js')) ? '@servicestack/cli is not installed (npm install)' : false;

describe('npx java-ref and kotlin-ref against the running app', { skip }, () => {
  let server: { baseUrl: string; close: () => Promise<void> };
  before(async () => {
    server = await serveHelloApp(WORK);
  });
  after(() => server.close());

  for (const [tool, file, packageLine] of [['java-ref', 'dtos.java', 'package org.example;'], ['kotlin-ref', 'dtos.kt', 'package org.example']] as const) {
    it(`${tool} adds the reference and updates it with Package and IncludeTypes uncommented`, async () => {
      const cli = path.join(BIN, `${tool}.js`);
      const add = await run(process.execPath, [cli, server.baseUrl, file], { cwd: WORK, env: ENV });
      assert.match(add.stdout, new RegExp(`Saved to: ${file.replace('.', '\\.')}`));
      const saved = path.join(WORK, file);
      assert.match(readFileSync(saved, 'utf8'), /\n\/\/Package: \n/);
      writeFileSync(saved, readFileSync(saved, 'utf8').replace('//Package: ', 'Package: org.example').replace('//IncludeTypes: ', 'IncludeTypes: Hello.*'));
      const update = await run(process.execPath, [cli, file], { cwd: WORK, env: ENV });
      assert.match(update.stdout, new RegExp(`Updated: ${file.replace('.', '\\.')}`));
      const dtos = readFileSync(saved, 'utf8');
      assert.match(dtos, /\nPackage: org\.example\n/);
      assert.match(dtos, /\nIncludeTypes: Hello\.\*\n/);
      assert.ok(dtos.split('\n').includes(packageLine), `no '${packageLine}' line`);
      assert.match(dtos, /class Hello\b/);
      assert.doesNotMatch(dtos, /class TenantEcho\b/);
    });
  }
});
