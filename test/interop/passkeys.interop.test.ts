/**
 * Issue 20 in a real browser: Debian's chromium, driven by playwright-core, with Chromium's
 * virtual authenticator (DevTools protocol WebAuthn.addVirtualAuthenticator). A relying app's page
 * on http://localhost:<port> calls the two-factor API through that origin (a small forwarding
 * server stands in for the app's reverse proxy) and runs the ceremonies with
 * navigator.credentials: register a security key, find it in `_search`, authenticate with it,
 * remove it; the same for a passkey (resident, user-verifying credential).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createServer, request as forward, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { callerFor, type Caller } from '../twofactor/support/factor-client.js';
import { DATABASES, type TestDatabase } from '../twofactor/support/test-databases.js';
import { startApp, testConfig, type RunningApp } from '../twofactor/support/test-app.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const skip = !existsSync(CHROMIUM) ? 'chromium is not installed (apt-get install -y chromium)' : false;

/**
 * The relying app's page: base64url both ways, the API through the page's own origin, and the two
 * ceremonies with the options the API hands out (`key.publicKey`: base64 of `{"publicKey": …}`).
 */
const PAGE = `<!doctype html><meta charset="utf-8"><title>Relying app</title><script>
const enc = (b) => btoa(String.fromCharCode(...new Uint8Array(b))).replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');
const dec = (s) => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((s.length + 3) % 4)), (c) => c.charCodeAt(0));
async function api(method, path, token, body, stepUp) {
  const headers = { Authorization: 'Bearer ' + token, 'Content-Type': 'application/json', ...(stepUp ? { 'X-Step-Up-Token': stepUp } : {}) };
  const r = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: r.status, body: await r.json(), stepUp: r.headers.get('x-step-up-token') };
}
const optionsOf = (res) => JSON.parse(atob(res.body.key.publicKey)).publicKey;
const ids = (list) => (list || []).map((c) => ({ ...c, id: dec(c.id) }));
window.register = async (base, token, name, stepUp) => {
  const begin = await api('POST', base, token, {}, stepUp);
  if (begin.status !== 200) return begin;
  const o = optionsOf(begin);
  const cred = await navigator.credentials.create({ publicKey: { ...o, challenge: dec(o.challenge), user: { ...o.user, id: dec(o.user.id) }, excludeCredentials: ids(o.excludeCredentials) } });
  const r = cred.response;
  const json = { id: cred.id, rawId: enc(cred.rawId), type: cred.type, authenticatorAttachment: cred.authenticatorAttachment, clientExtensionResults: cred.getClientExtensionResults(),
    response: { clientDataJSON: enc(r.clientDataJSON), attestationObject: enc(r.attestationObject), transports: r.getTransports() } };
  return api('POST', base + '/_verify', token, { verification: { publicKeyCredential: btoa(JSON.stringify(json)), tokenName: name } });
};
window.authenticate = async (base, token) => {
  const begin = await api('POST', base + '/_challenge', token, {});
  if (begin.status !== 200) return begin;
  const o = optionsOf(begin);
  const cred = await navigator.credentials.get({ publicKey: { ...o, challenge: dec(o.challenge), allowCredentials: ids(o.allowCredentials) } });
  const r = cred.response;
  const json = { id: cred.id, rawId: enc(cred.rawId), type: cred.type, authenticatorAttachment: cred.authenticatorAttachment, clientExtensionResults: cred.getClientExtensionResults(),
    response: { clientDataJSON: enc(r.clientDataJSON), authenticatorData: enc(r.authenticatorData), signature: enc(r.signature), ...(r.userHandle ? { userHandle: enc(r.userHandle) } : {}) } };
  return api('POST', base + '/_check', token, { publicKeyCredential: btoa(JSON.stringify(json)) });
};
window.call = (method, path, token, body, stepUp) => api(method, path, token, body, stepUp);
</script><h1>Relying app</h1>`;

/** The relying app: its page at /, everything else forwarded to the API (a reverse proxy's job). */
function relyingApp(api: () => string): Server {
  return createServer((req, res) => {
    if (req.url === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE);
      return;
    }
    const target = new URL(req.url!, api());
    const out = forward(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
      res.writeHead(answer.statusCode!, answer.headers);
      answer.pipe(res);
    });
    out.on('error', () => res.writeHead(502).end());
    req.pipe(out);
  });
}

interface Answer { status: number; body: Record<string, any>; stepUp: string | null }

describe('passkeys and security keys in Chromium (issue 20)', { skip }, () => {
  let browser: Browser;
  let db: TestDatabase;
  let product: RunningApp;
  let site: Server;
  let origin: string;

  before(async () => {
    site = relyingApp(() => product.baseUrl);
    await new Promise<void>((r) => site.listen(0, '127.0.0.1', () => r()));
    origin = `http://localhost:${(site.address() as AddressInfo).port}`;
    db = await DATABASES[0]!.create();
    product = await startApp(testConfig(db.url, { webauthn: { rpId: 'localhost', rpName: 'Stackport', origins: [origin], challengeTtlMs: 120_000 } }));
    product.clock.set(Date.now());
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: [...ARGS, '--host-resolver-rules=MAP localhost 127.0.0.1'] });
  });
  after(async () => {
    await browser?.close();
    await product?.stop();
    site?.closeAllConnections();
    await new Promise<void>((r) => (site ? site.close(() => r()) : r()));
    await db?.drop();
  });

  /** A fresh page of the relying app with one virtual authenticator attached. */
  async function pageWith(options: Record<string, unknown>): Promise<{ page: Page; cdp: CDPSession; authenticatorId: string }> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/`);
    assert.deepEqual(errors, []);
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', { options: { protocol: 'ctap2', automaticPresenceSimulation: true, ...options } as never });
    return { page, cdp, authenticatorId };
  }

  const run = (page: Page, fn: 'register' | 'authenticate' | 'call', ...args: unknown[]): Promise<Answer> =>
    page.evaluate(([f, a]) => (globalThis as unknown as Record<string, (...x: unknown[]) => Promise<Answer>>)[f as string]!(...(a as unknown[])), [fn, args] as const);

  async function credentialsOf(cdp: CDPSession, authenticatorId: string): Promise<{ isResidentCredential: boolean; signCount: number }[]> {
    return (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials;
  }

  it('a security key: registered from the page, listed by _search, authenticated with, removed', async () => {
    const c: Caller = await callerFor(product, '1', undefined, 'ada@example.com');
    const { page, cdp, authenticatorId } = await pageWith({ transport: 'usb', hasResidentKey: false, hasUserVerification: false });
    const base = '/auth/v1/users/me/auth_factors/u2f';

    const added = await run(page, 'register', base, c.token, 'Chromium key');
    assert.equal(added.status, 200, JSON.stringify(added.body));
    const creds = await credentialsOf(cdp, authenticatorId);
    assert.equal(creds.length, 1, 'the virtual authenticator holds the new credential');
    assert.equal(creds[0]!.isResidentCredential, false);

    const listed = await run(page, 'call', 'POST', '/auth/v1/users/me/auth_factors/_search', c.token, {});
    assert.equal(listed.body.result.length, 1, JSON.stringify(listed.body));
    const factor = listed.body.result[0] as { state: string; u2f: { id: string; name: string } };
    assert.deepEqual(factor, { state: 'AUTH_FACTOR_STATE_READY', u2f: { id: factor.u2f.id, name: 'Chromium key' } });

    const before = creds[0]!.signCount;
    const checked = await run(page, 'authenticate', base, c.token);
    assert.equal(checked.status, 200, JSON.stringify(checked.body));
    assert.ok(checked.stepUp, 'a passed check carries a step-up token');
    assert.equal((await credentialsOf(cdp, authenticatorId))[0]!.signCount, before + 1, 'the authenticator signed once more');
    assert.equal((await run(page, 'authenticate', base, c.token)).status, 200, 'and again, with the next count');

    const unproven = await run(page, 'call', 'DELETE', `${base}/${factor.u2f.id}`, c.token);
    assert.equal(unproven.status, 403, 'removing a ready factor needs the step-up token of a check');
    const removed = await run(page, 'call', 'DELETE', `${base}/${factor.u2f.id}`, c.token, undefined, checked.stepUp);
    assert.equal(removed.status, 200, JSON.stringify(removed.body));
    assert.deepEqual((await run(page, 'call', 'POST', '/auth/v1/users/me/auth_factors/_search', c.token, {})).body, {});
    const noKey = await run(page, 'authenticate', base, c.token);
    assert.equal(noKey.status, 404, JSON.stringify(noKey.body));
  });

  it('a passkey (resident, user-verifying): registered from the page, listed, authenticated with, removed', async () => {
    const c: Caller = await callerFor(product, '1', undefined, 'grace@example.com');
    const { page, cdp, authenticatorId } = await pageWith({ transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true });
    const base = '/auth/v1/users/me/passwordless';

    const added = await run(page, 'register', base, c.token, 'Chromium passkey');
    assert.equal(added.status, 200, JSON.stringify(added.body));
    const creds = await credentialsOf(cdp, authenticatorId);
    assert.equal(creds.length, 1);
    assert.equal(creds[0]!.isResidentCredential, true, 'a discoverable credential');

    const listed = await run(page, 'call', 'POST', `${base}/_search`, c.token, {});
    const token = listed.body.result?.[0] as { id: string; state: string; name: string };
    assert.deepEqual(listed.body, { result: [{ id: token.id, state: 'AUTH_FACTOR_STATE_READY', name: 'Chromium passkey' }] });

    const checked = await run(page, 'authenticate', base, c.token);
    assert.equal(checked.status, 200, JSON.stringify(checked.body));

    await cdp.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified: false });
    const unverified = await run(page, 'authenticate', base, c.token).catch((e: Error) => ({ status: 0, body: { error: e.message }, stepUp: null }));
    assert.notEqual(unverified.status, 200, `without user verification: ${JSON.stringify(unverified.body)}`);
    await cdp.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified: true });

    const proof = (await run(page, 'authenticate', base, c.token)).stepUp;
    const removed = await run(page, 'call', 'DELETE', `${base}/${token.id}`, c.token, undefined, proof);
    assert.equal(removed.status, 200, JSON.stringify(removed.body));
    assert.deepEqual((await run(page, 'call', 'POST', `${base}/_search`, c.token, {})).body, {});
  });
});
