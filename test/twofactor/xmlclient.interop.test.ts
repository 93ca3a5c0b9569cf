/**
 * A legacy .NET XML client (the shared dotnet-oracle's xmlclient.exe on Mono, `--strict`) creates
 * an OTP through /api/TwoFactor/CreateTwoFactorSmsOtp: it must read our DataContractSerializer XML
 * without loss and byte-identically to .NET's own output. Runs with `npm run test:interop`; skips
 * itself when Mono is not installed.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { MessageBirdStub } from './support/messagebird-stub.js';
import { SHARED_DIR } from './support/shared-files.js';
import { sqliteDatabase, type TestDatabase } from './support/test-databases.js';
import { startApp, testConfig, type RunningApp } from './support/test-app.js';

const haveMono = spawnSync('sh', ['-c', 'command -v mono && command -v mcs && pkg-config --libs newtonsoft-json'], { encoding: 'utf8' }).status === 0;

function run(cmd: string, args: string[], cwd: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd });
    let out = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { out += d.toString(); });
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe('legacy .NET XML client (xmlclient.exe --strict)', { skip: haveMono ? false : 'mono, mcs or Json.NET (libnewtonsoft-json-cil-dev) not installed' }, () => {
  const stub = new MessageBirdStub();
  let db: TestDatabase;
  let t: RunningApp;
  let oracle: string;
  let url: string;

  before(async () => {
    // Built in a temp copy: the shared folder stays read-only.
    oracle = mkdtempSync(path.join(tmpdir(), 'stackport-oracle-'));
    cpSync(path.join(SHARED_DIR, 'tools', 'dotnet-oracle'), oracle, { recursive: true });
    const built = await run('bash', ['build.sh'], oracle);
    assert.equal(built.code, 0, built.out);
    await stub.start();
    db = await sqliteDatabase().create();
    t = await startApp(testConfig(db.url));
    // The oracle's default sample asks for configuration 7.
    await t.app.dataSource.query("INSERT INTO two_factor_configuration (id, tenant, name, enabled, code_length, message_template, originator, default_region, allowed_countries, default_expiry_seconds, min_expiry_seconds, max_expiry_seconds, max_sms_count, sms_interval_seconds, max_verify_attempts, created_at_ms, updated_at_ms) SELECT 7, tenant, 'oracle', enabled, code_length, message_template, originator, default_region, allowed_countries, default_expiry_seconds, min_expiry_seconds, max_expiry_seconds, max_sms_count, sms_interval_seconds, max_verify_attempts, created_at_ms, updated_at_ms FROM two_factor_configuration WHERE id = 1");
    url = `${t.baseUrl}/api/TwoFactor/CreateTwoFactorSmsOtp`;
  });
  after(async () => {
    await t?.stop();
    await stub.stop();
    await db?.drop();
    if (oracle) rmSync(oracle, { recursive: true, force: true });
  });

  it('creates an OTP in XML; .NET reads the response byte-identically; the SMS goes out', async () => {
    const r = await run('mono', ['bin/xmlclient.exe', url, 'CreateTwoFactorSmsOtpRequest', 'CreateTwoFactorSmsOtpResponse', 'POST', '--strict'], oracle);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /Code = Success \(1\)/);
    assert.match(r.out, /byte-identical to \.NET's DataContractSerializer output of the same values: yes/);
    const sms = stub.requests.at(-1);
    assert.equal(sms?.body.recipients, '+905321234567');
  });
});
