/**
 * Issue 16 item 7: a .NET System.ServiceModel (WCF) client on Mono, written against the product's
 * served WSDL (wcf-client/WcfOtpClient.cs), creates an OTP and verifies it over SOAP 1.1
 * (BasicHttpBinding) and SOAP 1.2 (Soap12 + WS-Addressing 1.0). The code is taken from the SMS the
 * MessageBird stub received, as a user would read it. Runs with `npm run test:interop`; skips itself
 * when Mono, mcs or Mono's WCF (libmono-system-servicemodel4.0a-cil) is not installed.
 */
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { newGsm, newUser } from './support/helpers.js';
import { MessageBirdStub } from './support/messagebird-stub.js';
import { sqliteDatabase, type TestDatabase } from './support/test-databases.js';
import { startApp, testConfig, type RunningApp } from './support/test-app.js';

const run = promisify(execFile);
const SOURCE = path.resolve(__dirname, '../../../test/twofactor/wcf-client/WcfOtpClient.cs');
const haveWcf = spawnSync('sh', ['-c', 'command -v mono && command -v mcs && test -f "$(dirname "$(command -v mono)")/../lib/mono/4.5/System.ServiceModel.dll"'], { stdio: 'ignore' }).status === 0;

describe('a .NET WCF client on Mono creates and verifies an OTP over SOAP (issue 16 item 7)', { skip: haveWcf ? false : 'mono, mcs or System.ServiceModel (libmono-system-servicemodel4.0a-cil) not installed' }, () => {
  const stub = new MessageBirdStub();
  let db: TestDatabase;
  let t: RunningApp;
  let work: string;
  let exe: string;
  before(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'stackport-wcf-'));
    exe = path.join(work, 'wcf-otp-client.exe');
    await run('mcs', ['-nologo', `-out:${exe}`, '-r:System.ServiceModel.dll', '-r:System.Runtime.Serialization.dll', SOURCE]);
    await stub.start();
    db = await sqliteDatabase().create();
    t = await startApp(testConfig(db.url));
  });
  after(async () => { await t?.stop(); await stub.stop(); await db?.drop(); rmSync(work, { recursive: true, force: true }); });

  const client = async (...args: string[]): Promise<string> => (await run('mono', [exe, t.baseUrl, ...args])).stdout;

  for (const version of ['soap11', 'soap12']) {
    it(`create → SMS → wrong code → right code over /${version}`, async () => {
      const gsm = newGsm();
      const created = await client(version, 'create', newUser(), gsm);
      const m = /^Success=True Code=Success OtpIdReference=([0-9a-f-]{36}) GsmNumber=(\S+) OtpCode=\(null\)\n$/.exec(created);
      assert.ok(m, created);
      assert.equal(m[2], `+90******${gsm.slice(-4)}`);
      const sms = stub.requests.find((r) => r.body.reference === m[1]);
      assert.ok(sms, 'the SMS went out');
      const code = MessageBirdStub.codeIn(sms);

      const wrong = await client(version, 'verify', m[1]!, code === '000000' ? '111111' : '000000');
      assert.equal(wrong, `Success=False Verified=False Code=InvalidOtp OtpIdReference=${m[1]}\n`);
      const verified = await client(version, 'verify', m[1]!, code);
      assert.equal(verified, `Success=True Verified=True Code=Success OtpIdReference=${m[1]}\n`);
    });
  }
});
