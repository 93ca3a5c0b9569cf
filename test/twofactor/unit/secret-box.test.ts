import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { hashAccessKey, newAccessKey } from '../../../src/twofactor/domain/access-key.js';
import { randomNonce } from '../../../src/twofactor/domain/random-pool.js';
import { SecretBox } from '../../../src/twofactor/domain/secret-box.js';
import { memoryLogger, redact } from '../../../src/twofactor/logger.js';

describe('sealed values, access keys and log redaction', () => {
  it('seals with AES-GCM: opens only with the same pepper and purpose, detects tampering', () => {
    const pepper = randomBytes(32);
    const box = new SecretBox(pepper, 'sms-outbox');
    const sealed = box.seal('Your code is 123456');
    assert.ok(!sealed.includes('123456'));
    assert.notEqual(box.seal('Your code is 123456'), sealed, 'random IV');
    assert.equal(box.open(sealed), 'Your code is 123456');
    assert.throws(() => new SecretBox(pepper, 'dev-sms').open(sealed));
    assert.throws(() => new SecretBox(randomBytes(32), 'sms-outbox').open(sealed));
    const parts = sealed.split('.');
    const ct = Buffer.from(parts[3]!, 'base64url');
    ct[0] = ct[0]! ^ 1;
    parts[3] = ct.toString('base64url');
    assert.throws(() => box.open(parts.join('.')));
  });

  it('pooled nonces never repeat, across refills of the pool', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) seen.add(randomNonce(12).toString('hex')); // ≈ 6 refills of the 4 KiB pool
    assert.equal(seen.size, 2000);
    const ivs = new Set(Array.from({ length: 500 }, () => new SecretBox(randomBytes(32), 'p').seal('x').split('.')[1]));
    assert.equal(ivs.size, 500, 'every seal a fresh IV');
    assert.throws(() => randomNonce(257), RangeError);
  });

  it('access keys are random and stored as a keyed hash', () => {
    const pepper = randomBytes(32);
    const key = newAccessKey();
    assert.ok(key.length >= 32);
    assert.notEqual(newAccessKey(), key);
    assert.equal(hashAccessKey(pepper, key), hashAccessKey(pepper, key));
    assert.notEqual(hashAccessKey(randomBytes(32), key), hashAccessKey(pepper, key));
  });

  it('log fields that may carry secrets are redacted by name', () => {
    assert.deepEqual(redact({ otpId: 1, OtpCode: '1', otp: '2', code: '3', errorCode: 5004, WsAccessKey: 'k', accessKey: 'k', authorization: 'a', body: 'b', pepper: 'p' }),
      { otpId: 1, OtpCode: '[redacted]', otp: '[redacted]', code: '[redacted]', errorCode: 5004, WsAccessKey: '[redacted]', accessKey: '[redacted]', authorization: '[redacted]', body: '[redacted]', pepper: '[redacted]' });
    assert.deepEqual(redact({ secret: 's', twoFactorUri: 'u', recoveryCodes: ['r'], apiKey: 'k', token: 't', tenant: '1', sequence: 3 }),
      { secret: '[redacted]', twoFactorUri: '[redacted]', recoveryCodes: '[redacted]', apiKey: '[redacted]', token: '[redacted]', tenant: '1', sequence: 3 });
    const log = memoryLogger();
    log.info('x', { code: '123456', otpId: 7 });
    assert.ok(!log.lines[0]!.includes('123456'));
    assert.match(log.lines[0]!, /"otpId":7/);
  });
});
