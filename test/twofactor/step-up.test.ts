/**
 * Changes that could remove or bypass the second factor need a fresh proof of it, on both route
 * families and every database under test: a step-up token (X-Step-Up-Token) from a successful
 * code check, bound to the user and tenant, good for 5 minutes until the user's factors change,
 * and worth nothing while the user is locked out. A bearer token alone — the finding's attacker —
 * can neither regenerate recovery codes, nor remove the key, nor replace it.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { codeFromUri, wrongCode } from './support/auth-helpers.js';
import { callerFor, send, SS, ZITADEL, type Caller } from './support/factor-client.js';
import { appPerDatabase } from './support/app-per-database.js';
import { DATABASES } from './support/test-databases.js';
import type { RunningApp } from './support/test-app.js';

const HEADER = 'X-Step-Up-Token';
const STEP_UP_REQUIRED = {
  errorCode: 'StepUpRequired', errors: [],
  message: 'This change needs a fresh second-factor proof: send the X-Step-Up-Token header from a successful code check.',
};
const GATEWAY_STEP_UP = '{"code":7,"message":"A fresh second-factor proof is required: send the X-Step-Up-Token header from a successful code check (MFA-StepUp)","details":[{"@type":"type.googleapis.com/zitadel.v1.ErrorDetail","id":"MFA-StepUp","message":"A fresh second-factor proof is required: send the X-Step-Up-Token header from a successful code check"}]}';

for (const target of DATABASES) {
  describe(`step-up proof for factor changes on ${target.kind}`, { skip: target.skip }, () => {
    const suite = appPerDatabase(target);
    let t: RunningApp;
    before(() => { t = suite.t; });
    const tokens: string[] = [];

    const nextStep = (): void => t.clock.set((Math.floor(t.clock.now() / 30_000) + 1) * 30_000 + 1234);
    const code = (uri: string): string => codeFromUri(uri, t.clock.now());

    async function withTotp(c: Caller): Promise<{ uri: string; recovery: string[] }> {
      const uri = (await send(t, c, 'put', SS.generate, { organisationId: c.tenantId })).body.twoFactorUri as string;
      const ok = await send(t, c, 'put', SS.confirm, { organisationId: c.tenantId, code: code(uri) });
      assert.equal(ok.status, 200, ok.text);
      return { uri, recovery: ok.body.recoveryCodes as string[] };
    }

    /** A successful check of the current code, and the proof it hands out. */
    async function proof(c: Caller, uri: string): Promise<string> {
      nextStep();
      const r = await send(t, c, 'put', SS.verify, { organisationId: c.tenantId, code: code(uri) });
      assert.equal(r.status, 200, r.text);
      tokens.push(r.headers['x-step-up-token']);
      return r.headers['x-step-up-token'];
    }

    const refusedServiceStack = (r: { status: number; body: { responseStatus: unknown } }, why: string): void => {
      assert.equal(r.status, 403, why);
      assert.deepEqual(r.body.responseStatus, STEP_UP_REQUIRED, why);
    };

    it('seed 002: removing the key and new recovery codes are refused without proof, allowed with it', async () => {
      const c = await callerFor(t, '1');
      const { uri } = await withTotp(c);
      refusedServiceStack(await send(t, c, 'put', SS.recovery, { organisationId: '1' }), 'new recovery codes, bearer token only');
      refusedServiceStack(await send(t, c, 'delete', `${SS.key}?organisationId=1`), 'removing the key, bearer token only');
      refusedServiceStack(await send(t, c, 'delete', `${SS.key}?organisationId=1`).set(HEADER, 'kz0.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'), 'a made-up token');

      const other = await callerFor(t, '1');
      const otherProof = await proof(other, (await withTotp(other)).uri);
      refusedServiceStack(await send(t, c, 'delete', `${SS.key}?organisationId=1`).set(HEADER, otherProof), "another user's proof");

      const expiring = await proof(c, uri);
      t.clock.advance(5 * 60_000 + 1);
      refusedServiceStack(await send(t, c, 'delete', `${SS.key}?organisationId=1`).set(HEADER, expiring), 'a proof older than 5 minutes');

      const p = await proof(c, uri);
      const regen = await send(t, c, 'put', SS.recovery, { organisationId: '1' }).set(HEADER, p);
      assert.equal(regen.status, 200, regen.text);
      assert.equal(regen.body.recoveryCodes.length, 10);
      refusedServiceStack(await send(t, c, 'delete', `${SS.key}?organisationId=1`).set(HEADER, p), 'the factors changed since the proof');

      // A recovery code proves the factor as well as a TOTP code does.
      const redeemed = await send(t, c, 'put', SS.redeem, { organisationId: '1', recoveryCode: regen.body.recoveryCodes[0] });
      assert.equal(redeemed.status, 200, redeemed.text);
      const removed = await send(t, c, 'delete', `${SS.key}?organisationId=1`).set(HEADER, redeemed.headers['x-step-up-token']);
      assert.equal(removed.status, 200, removed.text);

      // Nothing left to prove: a first enrolment needs no proof.
      assert.equal((await send(t, c, 'put', SS.generate, { organisationId: '1' })).status, 200);
    });

    it('Zitadel: removing the otp factor is refused without proof (code 7), allowed with the proof otp/_verify gave', async () => {
      const c = await callerFor(t, '69629023906488334');
      const add = await send(t, c, 'post', `${ZITADEL}/otp`, {});
      assert.equal(add.status, 200, add.text);
      const verified = await send(t, c, 'post', `${ZITADEL}/otp/_verify`, { code: code(add.body.url) });
      assert.equal(verified.status, 200, verified.text);
      assert.equal(verified.headers['cache-control'], 'no-store');
      tokens.push(verified.headers['x-step-up-token']);

      const bare = await send(t, c, 'delete', `${ZITADEL}/otp`);
      assert.equal(bare.status, 403);
      assert.equal(bare.text, GATEWAY_STEP_UP);
      const removed = await send(t, c, 'delete', `${ZITADEL}/otp`).set(HEADER, verified.headers['x-step-up-token']);
      assert.equal(removed.status, 200, removed.text);
      // A proof from seed 002's routes works here too: one rule, one token for both families.
      const again = await send(t, c, 'post', `${ZITADEL}/otp`, {});
      assert.equal(again.status, 200, 'first enrolment again: no proof needed');
      assert.equal((await send(t, c, 'post', `${ZITADEL}/otp/_verify`, { code: code(again.body.url) })).status, 200);
      const p = await proof(c, again.body.url);
      assert.equal((await send(t, c, 'delete', `/users/me/auth_factors/otp`).set(HEADER, p)).status, 200);
    });

    it('while the user is locked out, every change is refused (429), even with a proof obtained before the lock', async () => {
      const c = await callerFor(t, '1');
      const { uri, recovery } = await withTotp(c);
      const p = await proof(c, uri);
      for (let i = 0; i < 5; i++) assert.equal((await send(t, c, 'put', SS.verify, { organisationId: '1', code: wrongCode(code(uri)) })).status, 400);

      for (const r of [
        await send(t, c, 'put', SS.recovery, { organisationId: '1' }).set(HEADER, p),
        await send(t, c, 'delete', `${SS.key}?organisationId=1`).set(HEADER, p),
      ]) {
        assert.equal(r.status, 429, r.text);
        assert.equal(r.body.responseStatus.errorCode, 'TooManyRequests');
        assert.ok(Number(r.headers['retry-after']) > 0);
      }
      const gw = await send(t, c, 'delete', `${ZITADEL}/otp`).set(HEADER, p);
      assert.equal(gw.status, 429);
      assert.equal(JSON.parse(gw.text).code, 8);
      // The finding's path: recovery codes share the lock, so none can be redeemed for a proof.
      assert.equal((await send(t, c, 'put', SS.redeem, { organisationId: '1', recoveryCode: recovery[0] })).status, 429);
      assert.equal((await send(t, c, 'put', SS.generate, { organisationId: '1' })).status, 409, 'the key cannot be replaced either');

      t.clock.advance(5 * 60_000 + 1000);
      const after = await proof(c, uri);
      assert.equal((await send(t, c, 'delete', `${SS.key}?organisationId=1`).set(HEADER, after)).status, 200, 'after the lock, a new proof works');
    });

    it('step-up tokens appear in no log line', () => {
      assert.ok(tokens.length >= 5);
      const logs = t.log.lines.join('\n');
      for (const tok of tokens) {
        assert.ok(!logs.includes(tok), 'a step-up token in the logs');
        assert.ok(!logs.includes(tok.split('.')[1]!), 'a step-up token\'s HMAC in the logs');
      }
    });
  });
}
