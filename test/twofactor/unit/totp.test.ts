/**
 * The product's TOTP path (domain/totp.ts, otplib underneath) against RFC 6238 Appendix B, the
 * Key URI format, the window and malformed input; recovery codes and the weak-secret rule.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newRecoveryCode, normaliseRecoveryCode, RecoveryCodeHasher } from '../../../src/twofactor/domain/recovery-code.js';
import { checkTotp, newTotpSecret, PRODUCT_TOTP, totpCode, totpUri } from '../../../src/twofactor/domain/totp.js';
import { isWeakSecret } from '../../../src/twofactor/domain/weak-secret.js';
import { base32Decode, rfc6238 } from '../support/auth-helpers.js';

// RFC 6238 Appendix B: seeds are the ASCII "1234567890" repeated to the hash's block length.
const SEEDS = {
  sha1: Buffer.from('12345678901234567890'),
  sha256: Buffer.from('12345678901234567890123456789012'),
  sha512: Buffer.from('1234567890123456789012345678901234567890123456789012345678901234'),
} as const;
const VECTORS: [number, string, string, string][] = [
  [59, '94287082', '46119246', '90693936'],
  [1111111109, '07081804', '68084774', '25091201'],
  [1111111111, '14050471', '67062674', '99943326'],
  [1234567890, '89005924', '91819424', '93441116'],
  [2000000000, '69279037', '90698825', '38618901'],
  [20000000000, '65353130', '77737706', '47863826'],
];

describe('TOTP (RFC 6238) through the product code path', () => {
  for (const [t, sha1, sha256, sha512] of VECTORS) {
    it(`T=${t}: SHA1 ${sha1}, SHA256 ${sha256}, SHA512 ${sha512} — generated and accepted`, async () => {
      for (const [algorithm, expected] of [['sha1', sha1], ['sha256', sha256], ['sha512', sha512]] as const) {
        const p = { algorithm, digits: 8 as const, windowSteps: 0 };
        assert.equal(await totpCode(new Uint8Array(SEEDS[algorithm]), t, p), expected, algorithm);
        assert.deepEqual(await checkTotp(new Uint8Array(SEEDS[algorithm]), expected, t, p), { valid: true, timeStep: Math.floor(t / 30) }, algorithm);
        assert.equal(rfc6238(SEEDS[algorithm], t, 8, algorithm), expected, 'the tests\' independent implementation agrees');
      }
    });
  }

  it('the product parameters: SHA1, 6 digits, 30 s, one step either side', async () => {
    assert.deepEqual(PRODUCT_TOTP, { algorithm: 'sha1', digits: 6, period: 30, windowSteps: 1 });
    const secret = newTotpSecret();
    const t = 1_700_000_000;
    const code = rfc6238(base32Decode(secret), t);
    assert.equal(await totpCode(secret, t), code);
    for (const [at, ok] of [[t, true], [t - 30, true], [t + 30, true], [t - 60, false], [t + 60, false]] as const) {
      assert.equal((await checkTotp(secret, code, at)).valid, ok, `checked ${at - t} s later`);
    }
    assert.deepEqual(await checkTotp(secret, code, t + 30), { valid: true, timeStep: Math.floor(t / 30) }, 'the matched step is the code\'s own, not the current one');
  });

  it('malformed codes are refused before otplib sees them', async () => {
    const secret = newTotpSecret();
    for (const bad of ['', '12345', '1234567', '12 456', '１２３４５６', 'abcdef', '123456\n']) {
      assert.deepEqual(await checkTotp(secret, bad, 1_700_000_000), { valid: false, malformed: true }, JSON.stringify(bad));
    }
    assert.deepEqual(await checkTotp(secret, '000000', 0), { valid: false, malformed: false });
  });

  it('secrets are 20 random bytes in Base32; the URI has the issuer as label prefix and parameter', () => {
    const secret = newTotpSecret();
    assert.match(secret, /^[A-Z2-7]{32}$/);
    assert.equal(base32Decode(secret).length, 20);
    assert.notEqual(newTotpSecret(), secret);
    assert.equal(totpUri('Acme Co', 'alice@example.com', secret), `otpauth://totp/Acme%20Co:alice%40example.com?secret=${secret}&issuer=Acme%20Co`);
    assert.equal(totpUri('Acme', 'a:b', secret), `otpauth://totp/Acme:a%20b?secret=${secret}&issuer=Acme`, 'no colon in the account name');
  });
});

describe('recovery codes', () => {
  it('XXXXX-XXXXX from an unambiguous alphabet; typed forms are normalised', () => {
    const codes = new Set(Array.from({ length: 200 }, newRecoveryCode));
    assert.equal(codes.size, 200);
    for (const c of codes) assert.match(c, /^[2-9BCDFGHJKMNPQRTVWXY]{5}-[2-9BCDFGHJKMNPQRTVWXY]{5}$/);
    const code = [...codes][0]!;
    assert.equal(normaliseRecoveryCode(code.toLowerCase().replace('-', ' ')), code);
    assert.equal(normaliseRecoveryCode(code.replace('-', '')), code);
    assert.equal(normaliseRecoveryCode('AAAAA-AAAAA'), undefined, 'A is not in the alphabet');
    assert.equal(normaliseRecoveryCode('2345'), undefined);
  });

  it('only a salted, keyed hash is kept: equal codes hash differently, other peppers do not match', () => {
    const pepper = Buffer.alloc(32, 9);
    const hasher = new RecoveryCodeHasher(pepper);
    const code = newRecoveryCode();
    const a = hasher.hash(code);
    const b = hasher.hash(code);
    assert.notEqual(a.hash, b.hash);
    assert.ok(hasher.matches(code, a.salt, a.hash));
    assert.ok(!hasher.matches(newRecoveryCode(), a.salt, a.hash));
    assert.ok(!new RecoveryCodeHasher(Buffer.alloc(32, 8)).matches(code, a.salt, a.hash));
    assert.ok(!a.hash.includes(code) && !a.salt.includes(code));
  });
});

describe('weak secrets', () => {
  it('short, repetitive and placeholder secrets are weak; random ones are not', () => {
    for (const weak of ['short', 'a'.repeat(64), 'changeme'.repeat(4), 'secret'.repeat(6), 'abababababababababababababababab']) {
      assert.ok(isWeakSecret(Buffer.from(weak)), weak);
    }
    assert.ok(!isWeakSecret(Buffer.from('3f9c1e7a5b2d4086c1e9f03a7d5b2c4e8a6f1d3b5c7e9a0f2d4b6c8e0a1f3d5b', 'hex')));
    assert.ok(!isWeakSecret(Buffer.from('kP3v9Xq2LmZ7tR1sW8yB4nC6hJ0dF5gA')));
  });
});
