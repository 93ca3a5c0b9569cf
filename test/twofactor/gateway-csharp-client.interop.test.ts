/**
 * Issue 16 item 5: the product's /types/csharp, compiled with Mono's mcs against the ServiceStack
 * stub, drives the gateway (Zitadel) TOTP operations from a .NET JsonServiceClient-style caller
 * (test/metadata/csharp-stub/GatewayClient.cs): the generated [DataMember(Name="code")] makes it
 * send what protojson reads, and it reads every member of the answers. Runs with
 * `npm run test:interop`; skips itself when Mono or Json.NET is not installed.
 */
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { base32Decode, rfc6238 } from './support/auth-helpers.js';
import { callerFor, type Caller } from './support/factor-client.js';
import { recordSecret } from './support/secret-ledger.js';
import { sqliteDatabase, type TestDatabase } from './support/test-databases.js';
import { startApp, testConfig, type RunningApp } from './support/test-app.js';

const run = promisify(execFile);
const STUB = path.resolve(__dirname, '../../../test/metadata/csharp-stub');
const jsonNet = spawnSync('pkg-config', ['--libs', 'newtonsoft-json'], { encoding: 'utf8' });
const haveMono = spawnSync('sh', ['-c', 'command -v mono && command -v mcs'], { stdio: 'ignore' }).status === 0 && jsonNet.status === 0;

describe('generated C# DTOs call the gateway with a .NET JSON client (issue 16 item 5)', { skip: haveMono ? false : 'mono, mcs or Json.NET (libnewtonsoft-json-cil-dev) not installed' }, () => {
  const target = sqliteDatabase();
  let db: TestDatabase;
  let t: RunningApp;
  let work: string;
  let caller: Caller;
  before(async () => {
    db = await target.create();
    t = await startApp(testConfig(db.url, { smsProvider: 'development' }));
    caller = await callerFor(t, 'tenant-cs');
    work = mkdtempSync(path.join(tmpdir(), 'stackport-gateway-cs-'));
  });
  after(async () => { await t?.stop(); await db?.drop(); rmSync(work, { recursive: true, force: true }); });

  it('compiles /types/csharp and adds then verifies a TOTP factor through the gateway routes', async () => {
    const source = await (await fetch(`${t.baseUrl}/types/csharp`)).text();
    assert.match(source, /\[DataContract\]\n    public partial class VerifyMyAuthFactorOTPRequest\n        : IReturn<VerifyMyAuthFactorOTPResponse>\n    \{\n        \[DataMember\(Name="code"\)\]\n        public virtual string Code \{ get; set; \}/);
    writeFileSync(path.join(work, 'dtos.cs'), source);
    const exe = path.join(work, 'gateway-client.exe');
    await run('mcs', ['-nologo', '-warn:0', `-out:${exe}`, '-r:System.Runtime.Serialization.dll', ...jsonNet.stdout.trim().split(/\s+/),
      path.join(work, 'dtos.cs'), path.join(STUB, 'ServiceStack.cs'), path.join(STUB, 'GatewayClient.cs')]);
    const dll = /-r:(\S+)/.exec(jsonNet.stdout)![1]!;
    const env = { ...process.env, MONO_PATH: path.dirname(dll) };

    const add = await run('mono', [exe, t.baseUrl, caller.token, 'add'], { env });
    assert.match(add.stdout, /^> POST \/auth\/v1\/users\/me\/auth_factors\/otp \{\}\nsecret=([A-Z2-7]+)\nsequence=[1-9]\d* owner=tenant-cs created=True\n$/, add.stdout);
    const secret = /secret=([A-Z2-7]+)/.exec(add.stdout)![1]!;
    recordSecret('totp-secret', secret);
    const code = rfc6238(base32Decode(secret), Math.floor(t.clock.now() / 1000));
    recordSecret('totp-code', code);

    const verify = await run('mono', [exe, t.baseUrl, caller.token, 'verify', code], { env });
    assert.match(verify.stdout, new RegExp(`^> POST /auth/v1/users/me/auth_factors/otp/_verify \\{"code":"${code}"\\}\nverified sequence=[1-9]\\d* owner=tenant-cs\n$`), verify.stdout);
  });
});
