import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ConfigError, loadConfig, sqliteFileOf } from '../../../src/twofactor/config.js';

const PEPPER = 'a'.repeat(64);
// Random-looking 32-byte values (hex and base64), as production wants them.
const STRONG_A = '3f9c1e7a5b2d4086c1e9f03a7d5b2c4e8a6f1d3b5c7e9a0f2d4b6c8e0a1f3d5b';
const STRONG_B = 'q8Vz3kLmN1xR7tYb2WcE5hJ9pA4sD6fG0uI+oKjHn2M=';
const PROD = {
  NODE_ENV: 'production', OTP_PEPPER: STRONG_A, MESSAGEBIRD_ACCESS_KEY: 'live_x', AUTH_JWT_SECRET: STRONG_B,
  AUTH_JWT_ISSUER: 'https://id.example.com', AUTH_JWT_AUDIENCE: 'stackport',
} as Record<string, string | undefined>;
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
    assert.equal(c.devSmsPage, false, '/dev/sms only when asked for');
    assert.equal(loadConfig({ DEV_SMS_PAGE: 'true' }, cwd).devSmsPage, true);
    assert.throws(() => loadConfig({ DEV_SMS_PAGE: 'true', MESSAGEBIRD_ACCESS_KEY: 'live_x' }, cwd), /DEV_SMS_PAGE needs SMS_PROVIDER=development/);
    assert.equal(c.defaultRegion, 'TR');
    assert.equal(c.pepper.length, 32);
    assert.ok(existsSync(join(cwd, 'data', '.otp-pepper')));
    assert.deepEqual(loadConfig({}, cwd).pepper, c.pepper, 'the same pepper after a restart');
    assert.equal(readFileSync(join(cwd, 'data', '.otp-pepper'), 'utf8').length, 64);
  });

  it('mail: SMTP when SMTP_URL is set (MAIL_FROM required), development elsewhere, none in production; /dev/mail only when asked for', () => {
    const cwd = tmp();
    assert.deepEqual(loadConfig({}, cwd).mail, { provider: 'development', from: 'Stackport <no-reply@localhost>', timeoutMs: 10_000, devPage: false });
    const smtp = loadConfig({ SMTP_URL: 'smtp://user:pass@mail.example.com:587', MAIL_FROM: 'Acme <otp@acme.example>', MAIL_TIMEOUT_MS: '2000' }, cwd).mail!;
    assert.deepEqual([smtp.provider, smtp.smtpUrl, smtp.from, smtp.timeoutMs], ['smtp', 'smtp://user:pass@mail.example.com:587', 'Acme <otp@acme.example>', 2000]);
    assert.throws(() => loadConfig({ SMTP_URL: 'smtp://mail.example.com' }, cwd), /^ConfigError: MAIL_FROM must be an email address \(with SMTP_URL\)$/);
    assert.throws(() => loadConfig({ SMTP_URL: 'http://mail.example.com', MAIL_FROM: 'a@b.c' }, cwd), /SMTP_URL must be smtp:/);
    assert.throws(() => loadConfig({ MAIL_PROVIDER: 'smtp' }, cwd), /MAIL_PROVIDER=smtp needs SMTP_URL/);
    assert.equal(loadConfig(PROD, cwd).mail!.provider, 'none', 'production without SMTP_URL: no email codes');
    assert.throws(() => loadConfig({ ...PROD, MAIL_PROVIDER: 'development' }, cwd), /MAIL_PROVIDER=development is not allowed/);
    assert.equal(loadConfig({ DEV_MAIL_PAGE: 'true' }, cwd).mail!.devPage, true);
    assert.throws(() => loadConfig({ DEV_MAIL_PAGE: 'true', SMTP_URL: 'smtp://m.example.com', MAIL_FROM: 'a@b.c' }, cwd), /DEV_MAIL_PAGE needs MAIL_PROVIDER=development/);
    assert.throws(() => loadConfig({ ...PROD, DEV_MAIL_PAGE: 'true' }, cwd), /DEV_MAIL_PAGE must not be set/);
    for (const thrown of [() => loadConfig({ SMTP_URL: 'smtp://user:s3cr3t-pw@m.example.com' }, cwd)]) {
      assert.throws(thrown, (e: Error) => !e.message.includes('s3cr3t-pw'), 'the error never quotes the URL');
    }
  });

  it('a MessageBird key selects MessageBird', () => {
    const c = loadConfig({ MESSAGEBIRD_ACCESS_KEY: 'live_x', OTP_PEPPER: PEPPER }, tmp());
    assert.equal(c.smsProvider, 'messagebird');
    assert.throws(() => loadConfig({ SMS_PROVIDER: 'messagebird', OTP_PEPPER: PEPPER }, tmp()), ConfigError);
  });

  it('refuses to start production with development settings or without a pepper', () => {
    const prod = PROD;
    assert.equal(loadConfig(prod, tmp()).production, true);
    assert.throws(() => loadConfig({ ...prod, OTP_EXPOSE_CODE: 'true' }, tmp()), /OTP_EXPOSE_CODE/);
    assert.throws(() => loadConfig({ ...prod, DEV_SMS_PAGE: 'true' }, tmp()), /DEV_SMS_PAGE must not be set/);
    assert.throws(() => loadConfig({ ...prod, SMS_PROVIDER: 'development' }, tmp()), /development/);
    assert.throws(() => loadConfig({ ...prod, OTP_PEPPER: undefined }, tmp()), /OTP_PEPPER is required/);
  });

  it('authentication and TOTP settings: development defaults, a generated JWT secret kept on disk', () => {
    const cwd = tmp();
    const c = loadConfig({}, cwd);
    assert.deepEqual({ ...c.auth, jwtSecret: undefined }, {
      algorithm: 'HS256', jwtSecret: undefined, issuer: 'stackport-dev', audience: 'stackport',
      tenantClaim: 'urn:zitadel:iam:user:resourceowner:id', clockToleranceSeconds: 5,
    });
    assert.equal(c.auth.jwtSecret!.length, 32);
    assert.ok(existsSync(join(cwd, 'data', '.jwt-secret')));
    assert.deepEqual(loadConfig({}, cwd).auth.jwtSecret, c.auth.jwtSecret, 'the same secret after a restart (tokens stay valid)');
    assert.notDeepEqual(c.auth.jwtSecret, c.pepper);
    assert.deepEqual(c.totp, { issuer: 'Stackport' });
    const rs = loadConfig({ AUTH_JWT_ALGORITHM: 'RS256', AUTH_JWKS_URL: 'http://127.0.0.1:9/jwks', TOTP_ISSUER: 'Acme Co', TOTP_ENCRYPTION_KEY: STRONG_B }, tmp());
    assert.equal(rs.auth.algorithm, 'RS256');
    assert.equal(rs.auth.jwksUrl, 'http://127.0.0.1:9/jwks');
    assert.equal(rs.auth.jwtSecret, undefined);
    assert.equal(rs.totp.issuer, 'Acme Co');
    assert.equal(rs.totp.encryptionKey!.length, 32);
    assert.throws(() => loadConfig({ AUTH_JWT_ALGORITHM: 'RS256' }, tmp()), /AUTH_JWKS_URL/);
    assert.throws(() => loadConfig({ AUTH_JWT_ALGORITHM: 'none' }, tmp()), /AUTH_JWT_ALGORITHM/);
    assert.throws(() => loadConfig({ TOTP_ISSUER: 'Acme:Co' }, tmp()), /TOTP_ISSUER/);
    assert.throws(() => loadConfig({ AUTH_JWT_SECRET: 'too-short' }, tmp()), /AUTH_JWT_SECRET/);
    assert.equal(loadConfig({ BOOTSTRAP_WS_ACCESS_KEY: 'k'.repeat(24), BOOTSTRAP_TENANT_ID: '69629023906488334' }, tmp()).bootstrapAccessKey?.tenantId, '69629023906488334');
    assert.equal(loadConfig({ BOOTSTRAP_WS_ACCESS_KEY: 'k'.repeat(24), BOOTSTRAP_FILE_ID: '7' }, tmp()).bootstrapAccessKey?.tenantId, '7');
  });

  it('production needs JWT issuer, audience and secret, and refuses weak or placeholder secrets', () => {
    assert.equal(loadConfig(PROD, tmp()).auth.issuer, 'https://id.example.com');
    for (const missing of ['AUTH_JWT_SECRET', 'AUTH_JWT_ISSUER', 'AUTH_JWT_AUDIENCE']) {
      assert.throws(() => loadConfig({ ...PROD, [missing]: undefined }, tmp()), new RegExp(missing));
    }
    const weak = ['a'.repeat(64), 'secretsecretsecretsecretsecretsecret', 'changeme'.repeat(4), '0123456789abcdef'.repeat(4)];
    for (const secret of weak) {
      for (const name of ['OTP_PEPPER', 'AUTH_JWT_SECRET', 'TOTP_ENCRYPTION_KEY']) {
        assert.throws(() => loadConfig({ ...PROD, [name]: secret }, tmp()), (e: Error) => e instanceof ConfigError && e.message.includes(name) && !e.message.includes(secret));
      }
    }
    assert.doesNotThrow(() => loadConfig({ ...PROD, NODE_ENV: 'development', OTP_PEPPER: 'a'.repeat(64) }, tmp()), 'outside production any long secret will do');
    assert.throws(() => loadConfig({ ...PROD, AUTH_JWT_ALGORITHM: 'RS256', AUTH_JWKS_URL: 'http://id.example.com/jwks' }, tmp()), /https/);
    assert.equal(loadConfig({ ...PROD, AUTH_JWT_SECRET: undefined, AUTH_JWT_ALGORITHM: 'RS256', AUTH_JWKS_URL: 'https://id.example.com/jwks' }, tmp()).auth.algorithm, 'RS256');
    assert.throws(() => loadConfig({ ...PROD, BOOTSTRAP_WS_ACCESS_KEY: 'x'.repeat(30) }, tmp()), /BOOTSTRAP_WS_ACCESS_KEY/);
  });

  it('WebAuthn: localhost defaults in development; in production both WEBAUTHN_RP_ID and WEBAUTHN_ORIGINS (https) or none (off)', () => {
    assert.deepEqual(loadConfig({ PORT: '8080' }, tmp()).webauthn, { rpId: 'localhost', rpName: 'Stackport', origins: ['http://localhost:8080'], challengeTtlMs: 300_000 });
    assert.equal(loadConfig(PROD, tmp()).webauthn, undefined, 'off unless configured');
    const both = { ...PROD, WEBAUTHN_RP_ID: 'Example.com', WEBAUTHN_ORIGINS: 'https://example.com, https://login.example.com:8443', WEBAUTHN_CHALLENGE_TTL_S: '60' };
    assert.deepEqual(loadConfig(both, tmp()).webauthn, { rpId: 'example.com', rpName: 'Stackport', origins: ['https://example.com', 'https://login.example.com:8443'], challengeTtlMs: 60_000 });
    for (const bad of [{ WEBAUTHN_ORIGINS: undefined }, { WEBAUTHN_RP_ID: undefined }, { WEBAUTHN_ORIGINS: 'http://example.com' }, { WEBAUTHN_ORIGINS: 'https://example.com/login' },
      { WEBAUTHN_RP_ID: 'https://example.com' }, { WEBAUTHN_CHALLENGE_TTL_S: '5' }, { WEBAUTHN_RP_NAME: 'x'.repeat(65) }]) {
      assert.throws(() => loadConfig({ ...both, ...bad }, tmp()), (e: Error) => e instanceof ConfigError && /WEBAUTHN_/.test(e.message), JSON.stringify(bad));
    }
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
