import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { effectivePolicy, remainingSeconds } from '../../../src/twofactor/domain/send-policy.js';
import { renderSmsBody } from '../../../src/twofactor/domain/message-template.js';

const caps = { maxSmsCount: 5, smsIntervalSeconds: 600, defaultExpirySeconds: 180, minExpirySeconds: 60, maxExpirySeconds: 600 };

describe('send policy', () => {
  it('0 or absent means the configuration', () => {
    assert.deepEqual(effectivePolicy(caps, {}), { ok: true, policy: { maxSmsCount: 5, intervalSeconds: 600, expirySeconds: 180 } });
    assert.deepEqual(effectivePolicy(caps, { maxSmsCount: 0, maxSmsInterval: 0, otpExpirationPeriod: 0 }), { ok: true, policy: { maxSmsCount: 5, intervalSeconds: 600, expirySeconds: 180 } });
  });

  it('callers may only tighten: fewer messages, longer windows', () => {
    assert.deepEqual(effectivePolicy(caps, { maxSmsCount: 2, maxSmsInterval: 3600 }), { ok: true, policy: { maxSmsCount: 2, intervalSeconds: 3600, expirySeconds: 180 } });
    assert.deepEqual(effectivePolicy(caps, { maxSmsCount: 50, maxSmsInterval: 5 }), { ok: true, policy: { maxSmsCount: 5, intervalSeconds: 600, expirySeconds: 180 } });
  });

  it('refuses negative or unbounded limits and out-of-range lifetimes', () => {
    for (const bad of [{ maxSmsCount: -1 }, { maxSmsInterval: -5 }, { maxSmsInterval: 86_401 }, { maxSmsCount: 1.5 }]) {
      assert.deepEqual(effectivePolicy(caps, bad), { ok: false, problem: 'rate-limit-parameters' }, JSON.stringify(bad));
    }
    for (const otpExpirationPeriod of [1, 59, 601, -3, 6]) {
      assert.deepEqual(effectivePolicy(caps, { otpExpirationPeriod }), { ok: false, problem: 'expiration-period' });
    }
    assert.equal(effectivePolicy(caps, { otpExpirationPeriod: 60 }).ok, true);
    assert.equal(effectivePolicy(caps, { otpExpirationPeriod: 600 }).ok, true);
  });

  it('remaining seconds are never overstated', () => {
    assert.equal(remainingSeconds(10_000, 0), 10);
    assert.equal(remainingSeconds(10_000, 1), 9);
    assert.equal(remainingSeconds(10_000, 10_000), 0);
    assert.equal(remainingSeconds(10_000, 99_999), 0);
  });

  it('renders templates and refuses one without {code}', () => {
    assert.equal(renderSmsBody('Code {code} ({ref}), {minutes} min', { code: '012345', referenceCode: 'AB3C', expirySeconds: 61 }), 'Code 012345 (AB3C), 2 min');
    assert.throws(() => renderSmsBody('no code here', { code: '1', referenceCode: 'x', expirySeconds: 1 }));
  });
});
