/**
 * The embedded default as `npm start` runs it: the process starts on a fresh folder with SQLite
 * and the development sender, the development page (with DEV_SMS_PAGE=true) shows the SMS,
 * SIGTERM stops it cleanly, and production refuses development settings.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { devSmsPage } from '../../src/twofactor/sms/dev-sms-page.js';
import type { DevelopmentSmsSender } from '../../src/twofactor/sms/development-sms-sender.js';
import { createBody } from './support/helpers.js';
import { keepSqliteFiles, recordSecret, saveChildOutput } from './support/secret-ledger.js';
import { PATIENCE_MS } from '../support/patience.js';

const MAIN = path.resolve(__dirname, '../../src/main.js');
const DEV_CREDENTIALS = path.resolve(__dirname, '../../src/twofactor/dev-credentials.js');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => { const p = (s.address() as { port: number }).port; s.close(() => resolve(p)); });
  });
}

function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs = PATIENCE_MS): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; output: ${out}`)), timeoutMs);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => pattern.test(l));
      if (line) { clearTimeout(timer); resolve(line); }
    });
  });
}

describe('npm start on a fresh folder', () => {
  let cwd: string;
  let child: ChildProcess;
  let port: number;
  const stdout: string[] = [];
  let started: Record<string, unknown>;

  before(async () => {
    cwd = mkdtempSync(path.join(tmpdir(), 'stackport-start-'));
    port = await freePort();
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, PORT: String(port), OTP_EXPOSE_CODE: 'true', DEV_SMS_PAGE: 'true' };
    child = spawn(process.execPath, [MAIN], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d: Buffer) => stdout.push(d.toString()));
    started = JSON.parse(await waitForLine(child, /"event":"server.started"/)) as Record<string, unknown>;
  });
  after(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
    // This suite's server is a child process, out of reach of test-app.ts's audit taps.
    saveChildOutput('npm-start', stdout.join(''));
    keepSqliteFiles(path.join(cwd, 'data'));
    rmSync(cwd, { recursive: true, force: true });
  });

  it('serves the API on SQLite with the development sender; the development page shows the SMS', async () => {
    const api = request(`http://127.0.0.1:${port}`);
    const res = await api.post('/api/TwoFactor/CreateTwoFactorSmsOtp').send(createBody({ IsSync: true }));
    assert.equal(res.body.Code, 1);
    assert.match(res.body.OtpCode, /^\d{6}$/, 'OTP_EXPOSE_CODE=true outside production');
    recordSecret('otp-code', res.body.OtpCode);
    const page = await api.get('/dev/sms');
    assert.equal(page.status, 200);
    assert.equal(page.headers['cache-control'], 'no-store');
    assert.ok(page.text.includes(`Your verification code is ${res.body.OtpCode}`));
    assert.ok(page.text.includes(res.body.OtpIdReference));
    // JSON too, chosen like every other endpoint's format: the Accept header or ?format=.
    for (const asked of [api.get('/dev/sms').set('Accept', 'application/json'), api.get('/dev/sms?format=json'), api.get('/dev/sms?format=json').set('Accept', 'text/html')]) {
      const json = await asked;
      assert.equal(json.status, 200, json.text);
      assert.match(json.headers['content-type'] ?? '', /^application\/json/, `content type: ${json.headers['content-type']}`);
      assert.equal(json.headers['cache-control'], 'no-store');
      const mine = (json.body.messages as Record<string, unknown>[]).find((m) => m.reference === res.body.OtpIdReference);
      assert.ok(mine, `the message in ${json.text.slice(0, 300)}`);
      assert.deepEqual(Object.keys(mine), ['id', 'createdAt', 'to', 'from', 'reference', 'text']);
      assert.ok(String(mine.text).includes(`Your verification code is ${res.body.OtpCode}`));
    }
    assert.match((await api.get('/dev/sms?format=html').set('Accept', 'application/json')).headers['content-type'] ?? '', /^text\/html/);
    const unknown = await api.get('/dev/sms?format=csv');
    assert.equal(unknown.status, 400, unknown.text);
    assert.equal(unknown.body.message, "Unknown format 'csv': use json or html.");
    const verify = await api.post('/api/TwoFactor/VerifyTwoFactorSmsOtp').send({ OtpIdReference: res.body.OtpIdReference, OtpCode: res.body.OtpCode });
    assert.equal(verify.body.Code, 1);
    assert.ok(!stdout.join('').includes(res.body.OtpCode), 'the code is never logged');
  });

  it('the start-up log prints the front door\'s URLs, and each answers 200 (issue 18 item 3)', async () => {
    const base = `http://localhost:${port}`;
    assert.deepEqual(started.urls, {
      home: `${base}/`, metadata: `${base}/metadata`, help: `${base}/Help`, openapi: `${base}/openapi/ui`, types: `${base}/types`,
      live: `${base}/health/live`, ready: `${base}/health/ready`,
    });
    const api = request(`http://127.0.0.1:${port}`);
    for (const url of Object.values(started.urls as Record<string, string>)) assert.equal((await api.get(url.slice(base.length))).status, 200, url);
  });

  it('serves the documentation pages, with seed 001\'s URI parameters on its Help page', async () => {
    const api = request(`http://127.0.0.1:${port}`);
    const help = await api.get('/Help/Api/POST-User-verify-2fa-opt-in');
    assert.equal(help.status, 200);
    assert.match(help.text, /WsAccessKey/);
    assert.match(help.text, /FileId/);
    assert.match(help.text, /The provider user id of the mobile number registered for 2FA\./);
    assert.equal((await api.get('/Help/Api/POST-api-TwoFactor-CreateTwoFactorSmsOtp')).status, 200);
    assert.equal((await api.get('/metadata')).status, 200);
  });

  it('dev-credentials gives a bearer token and an API key that the running server accepts', async () => {
    const run = spawnSync(process.execPath, [DEV_CREDENTIALS, '--tenant', '3', '--name', 'dev@example.com', '--json'], { cwd, env: { PATH: process.env.PATH }, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const creds = JSON.parse(run.stdout) as { tenantId: string; userId: string; token: string; apiKey: string };
    recordSecret('token', creds.token);
    recordSecret('api-key', creds.apiKey);
    assert.equal(creds.tenantId, '3');
    const api = request(`http://127.0.0.1:${port}`);
    const gen = await api.put('/users/2fa/generate-key').set('Authorization', `Bearer ${creds.token}`).send({ organisationId: '3' });
    assert.equal(gen.status, 200, gen.text);
    assert.match(gen.body.twoFactorUri, /^otpauth:\/\/totp\/Stackport:dev%40example\.com\?secret=/);
    recordSecret('totp-secret', new URL(gen.body.twoFactorUri as string).searchParams.get('secret'));
    const search = await api.post('/auth/v1/users/me/auth_factors/_search').set('X-WsAccessKey', creds.apiKey).send({});
    assert.equal(search.status, 200);
    assert.equal(search.text, '{"result":[{"state":"AUTH_FACTOR_STATE_NOT_READY","otp":{}}]}', 'token and key are the same user: the key sees the key just generated');
    const human = spawnSync(process.execPath, [DEV_CREDENTIALS], { cwd, env: { PATH: process.env.PATH }, encoding: 'utf8' });
    assert.match(human.stdout, /bearer token \(valid 3600 s\): ey/);
    const all = stdout.join('');
    assert.ok(!all.includes(creds.token) && !all.includes(creds.apiKey), 'the server never logs them');
    const prod = spawnSync(process.execPath, [DEV_CREDENTIALS], { cwd, env: { PATH: process.env.PATH, NODE_ENV: 'production' }, encoding: 'utf8' });
    assert.equal(prod.status, 1);
    assert.match(prod.stderr, /dev-credentials: /);
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  });
});

describe('start-up refusals', () => {
  it('production with OTP_EXPOSE_CODE, or without OTP_PEPPER, does not start', async () => {
    for (const env of [
      { NODE_ENV: 'production', OTP_EXPOSE_CODE: 'true', OTP_PEPPER: 'b'.repeat(64), MESSAGEBIRD_ACCESS_KEY: 'live_x' },
      { NODE_ENV: 'production', MESSAGEBIRD_ACCESS_KEY: 'live_x' },
    ]) {
      const cwd = mkdtempSync(path.join(tmpdir(), 'stackport-refuse-'));
      const child = spawn(process.execPath, [MAIN], { cwd, env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      rmSync(cwd, { recursive: true, force: true });
      assert.equal(code, 1);
      assert.match(err, /cannot start: (OTP_EXPOSE_CODE|OTP_PEPPER)/);
      assert.ok(!err.includes('b'.repeat(64)) && !err.includes('live_x'), 'secrets never echoed');
    }
  });
});

describe('development page', () => {
  it('answers loopback clients only, GET only', async () => {
    const sender = { recent: async () => [] } as unknown as DevelopmentSmsSender;
    const page = devSmsPage(sender);
    const req = (remoteAddress: string, method = 'GET') => ({ method, url: '/dev/sms', headers: {}, remoteAddress });
    assert.equal((await page(req('10.1.2.3'), '/dev/sms', new Map()))?.status, 404);
    assert.equal((await page(req('127.0.0.1'), '/dev/sms', new Map()))?.status, 200);
    assert.equal((await page(req('::ffff:127.0.0.1'), '/dev/sms', new Map()))?.status, 200);
    assert.equal(await page(req('127.0.0.1', 'POST'), '/dev/sms', new Map()), undefined);
    assert.equal(await page(req('127.0.0.1'), '/other', new Map()), undefined);
  });
});
