/**
 * The real "Add ServiceStack Reference" tool chain: `npx typescript-ref <url>` (@servicestack/cli)
 * downloads /types/typescript from the running test app, the file compiles with `tsc --strict`,
 * @servicestack/client's JsonServiceClient calls the app through the generated DTOs with typed
 * results, and re-running the tool on the file (the update protocol) re-sends the options
 * uncommented in its header.
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
const CLI = path.join(ROOT, 'node_modules/@servicestack/cli/bin/typescript-ref.js');
const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');
// Inside the repository so the generated code resolves @servicestack/client from node_modules.
const WORK = path.join(ROOT, 'test-artifacts/typescript-ref');
const ENV = { ...process.env, SERVICESTACK_TELEMETRY_OPTOUT: '1' };

const USAGE = `
import { JsonServiceClient } from '@servicestack/client';
import { DoNothing, Hello, HelloResponse, TenantEcho, TenantEchoResponse, UpdateUser } from './dtos';

async function main(): Promise<void> {
  const client = new JsonServiceClient(process.argv[2]);
  // The annotations make tsc check that the generated IReturn<T> markers type each result.
  const hello: HelloResponse = await client.get(new Hello({ name: 'typed' }));
  const posted: HelloResponse = await client.post(new Hello({ name: 'posted' }));
  const echo: TenantEchoResponse = await client.put(new TenantEcho({ organisationId: 'org', extra: 'x' }));
  await client.post(new DoNothing({ id: 7 }));
  const sent = await client.send(new UpdateUser({ id: 3, name: 'n', age: 4 }));
  console.log(JSON.stringify({
    hello: hello.result, posted: posted.result, echo: echo.echo, sent,
  }));
}
main().catch((e) => { console.error(e); process.exit(1); });
`;

const skip = !existsSync(CLI) ? '@servicestack/cli is not installed (npm install)' : false;

describe('npx typescript-ref against the running app', { skip }, () => {
  let server: { baseUrl: string; close: () => Promise<void> };
  before(async () => {
    server = await serveHelloApp(WORK);
  });
  after(() => server.close());

  it('adds the reference, compiles it with tsc --strict and calls the service with typed results', async () => {
    const add = await run(process.execPath, [CLI, server.baseUrl, 'dtos.ts'], { cwd: WORK, env: ENV });
    assert.match(add.stdout, /Saved to: dtos\.ts/);
    const dtos = readFileSync(path.join(WORK, 'dtos.ts'), 'utf8');
    assert.match(dtos, /^\/\* Options:\n/);
    assert.match(dtos, new RegExp(`\\nBaseUrl: ${server.baseUrl.replace(/\./g, '\\.')}\\n`));
    writeFileSync(path.join(WORK, 'usage.ts'), USAGE);
    await run(process.execPath, [TSC, '--strict', '--target', 'es2020', '--module', 'commonjs', '--moduleResolution', 'node', '--esModuleInterop', '--skipLibCheck', '--outDir', 'out', 'dtos.ts', 'usage.ts'], { cwd: WORK });
    const out = await run(process.execPath, [path.join(WORK, 'out/usage.js'), server.baseUrl], { cwd: WORK });
    assert.deepEqual(JSON.parse(out.stdout), {
      hello: 'Hello, typed', posted: 'Hello, posted', echo: 'org:x',
      sent: { id: 3, name: 'n', age: 4 },
    });
  });

  it('updates the reference with the options uncommented in its header', async () => {
    const file = path.join(WORK, 'dtos.ts');
    const edited = readFileSync(file, 'utf8')
      .replace('//MakePropertiesOptional: False', 'MakePropertiesOptional: True')
      .replace('//IncludeTypes: ', 'IncludeTypes: Hello.*');
    writeFileSync(file, edited);
    const update = await run(process.execPath, [CLI, 'dtos.ts'], { cwd: WORK, env: ENV });
    assert.match(update.stdout, /Updated: dtos\.ts/);
    const dtos = readFileSync(file, 'utf8');
    assert.match(dtos, /\nMakePropertiesOptional: True\n/);
    assert.match(dtos, /\nIncludeTypes: Hello\.\*\n/);
    assert.match(dtos, /\n\/\/ExcludeTypes: \n/);
    assert.match(dtos, /export class Hello implements IReturn<HelloResponse>/);
    assert.match(dtos, /export class HelloResponse\n/);
    assert.doesNotMatch(dtos, /class TenantEcho/);
    await run(process.execPath, [TSC, '--strict', '--noEmit', '--skipLibCheck', 'dtos.ts'], { cwd: WORK });
  });
});
