import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ConfigError, loadConfig, sqliteFileOf } from '../../../src/twofactor/config.js';

const PEPPER = 'a'.repeat(64);
const made: string[] = [];
const tmp = (): string => { const d = mkdtempSync(join(tmpdir(), 'stackport-config-')); made.push(d); return d; };
after(() => { for (const d of made) rmSync(d, { recursive: true, force: true }); });

describe('configuration', () => {
  it('defaults: port 5000, SQLite under ./data, development sender, envelope statuses, a generated pepper kept on disk', () => {
    const cwd = tmp();
    const c = loadConfig({}, cwd);
    assert.equal(c.port, 5000);
    assert.equal(c.databaseUrl, 'sqlite:./data/stackport.sqlite');
    assert.equal(sqliteFileOf(c.databaseUrl, cwd), join(cwd, 'data', 'stackport.sqlite'));
    assert.equal(c.smsProvider, 'development');
    assert.equal(c.httpStatusMode, 'envelope');
    assert.equal(c.exposeOtpCode, false);
    assert.equal(c.defaultRegion, 'TR');
    assert.equal(c.pepper.length, 32);
    assert.ok(existsSync(join(cwd, 'data', '.otp-pepper')));
    assert.deepEqual(loadConfig({}, cwd).pepper, c.pepper, 'the same pepper after a restart');
    assert.equal(readFileSync(join(cwd, 'data', '.otp-pepper'), 'utf8').length, 64);
  });

  it('a MessageBird key selects MessageBird', () => {
    const c = loadConfig({ MESSAGEBIRD_ACCESS_KEY: 'live_x', OTP_PEPPER: PEPPER }, tmp());
    assert.equal(c.smsProvider, 'messagebird');
    assert.throws(() => loadConfig({ SMS_PROVIDER: 'messagebird', OTP_PEPPER: PEPPER }, tmp()), ConfigError);
  });

  it('refuses to start production with development settings or without a pepper', () => {
    const prod = { NODE_ENV: 'production', OTP_PEPPER: PEPPER, MESSAGEBIRD_ACCESS_KEY: 'live_x' };
    assert.equal(loadConfig(prod, tmp()).production, true);
    assert.throws(() => loadConfig({ ...prod, OTP_EXPOSE_CODE: 'true' }, tmp()), /OTP_EXPOSE_CODE/);
    assert.throws(() => loadConfig({ ...prod, SMS_PROVIDER: 'development' }, tmp()), /development/);
    assert.throws(() => loadConfig({ NODE_ENV: 'production', MESSAGEBIRD_ACCESS_KEY: 'live_x' }, tmp()), /OTP_PEPPER is required/);
  });

  it('validates values and never echoes them', () => {
    const secret = 'short-secret';
    assert.throws(() => loadConfig({ OTP_PEPPER: secret }, tmp()), (e: Error) => e instanceof ConfigError && !e.message.includes(secret));
    assert.throws(() => loadConfig({ PORT: 'x' }, tmp()), /PORT/);
    assert.throws(() => loadConfig({ PHONE_DEFAULT_REGION: 'XX' }, tmp()), /PHONE_DEFAULT_REGION/);
    assert.throws(() => loadConfig({ TWOFACTOR_HTTP_STATUS: 'loud' }, tmp()), /TWOFACTOR_HTTP_STATUS/);
    assert.equal(loadConfig({ OTP_PEPPER: Buffer.alloc(32, 7).toString('base64'), TWOFACTOR_HTTP_STATUS: 'strict' }, tmp()).httpStatusMode, 'strict');
  });
});
