/**
 * The C# DTOs from /types/csharp compile with Mono's mcs against a small stub of the ServiceStack
 * types (test/metadata/csharp-stub/), and a C# program using them exchanges DataContract XML with
 * the running app through DataContractSerializer.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { serveHelloApp } from './support/hello-server.js';
import { installed } from './support/installed.js';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../../..');
const STUB = path.join(ROOT, 'test/metadata/csharp-stub');
const WORK = path.join(ROOT, 'test-artifacts/csharp-dtos');

const skip = !installed('mcs') || !installed('mono') ? 'Mono (mcs, mono) is not installed' : false;

describe('C# DTOs from /types/csharp with Mono', { skip }, () => {
  let server: { baseUrl: string; close: () => Promise<void> };
  before(async () => {
    server = await serveHelloApp(WORK);
  });
  after(() => server.close());

  it('compile with mcs and exchange DataContract XML with the running app', async () => {
    const res = await fetch(`${server.baseUrl}/types/csharp`);
    assert.equal(res.headers.get('content-type'), 'text/plain; charset=utf-8');
    const source = await res.text();
    assert.match(source, /^\/\* Options:\n/);
    writeFileSync(path.join(WORK, 'dtos.cs'), source);
    const exe = path.join(WORK, 'exchange.exe');
    await run('mcs', ['-nologo', '-warn:0', `-out:${exe}`, '-r:System.Runtime.Serialization.dll',
      path.join(WORK, 'dtos.cs'), path.join(STUB, 'ServiceStack.cs'), path.join(STUB, 'XmlExchange.cs')]);
    const { stdout } = await run('mono', [exe, server.baseUrl]);
    assert.deepEqual(stdout.trim().split('\n'), [
      'Hello: Hello, mono',
      'TenantEcho: org-1:x',
      'AllTypes: 7|9000000000|1.10|True|s<&>|3698b76f-a5c0-4b04-b579-bc084019fb95|Blue|a,b|p',
    ]);
  });

  it('GlobalNamespace and IncludeTypes narrow the generated source, which still compiles', async () => {
    const source = await (await fetch(`${server.baseUrl}/types/csharp?GlobalNamespace=Client.Dtos&IncludeTypes=TenantEcho.*`)).text();
    assert.match(source, /\nGlobalNamespace: Client\.Dtos\n/);
    assert.match(source, /\nIncludeTypes: TenantEcho\.\*\n/);
    assert.match(source, /\nnamespace Client\.Dtos\n\{\n/);
    assert.doesNotMatch(source, /class Hello\b/);
    writeFileSync(path.join(WORK, 'narrow.cs'), source);
    await run('mcs', ['-nologo', '-warn:0', '-target:library', `-out:${path.join(WORK, 'narrow.dll')}`, '-r:System.Runtime.Serialization.dll', path.join(WORK, 'narrow.cs'), path.join(STUB, 'ServiceStack.cs')]);
  });
});
