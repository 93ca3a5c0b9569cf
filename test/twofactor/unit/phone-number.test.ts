import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getCountries, getExampleNumber, parsePhoneNumberWithError } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { maskPhoneNumber, normalizeMobileNumber } from '../../../src/twofactor/domain/phone-number.js';

describe('phone numbers', () => {
  it('Turkish GSM numbers in every usual spelling normalise to one E.164 number', () => {
    for (const input of ['05321234567', '5321234567', '0532 123 45 67', '+90 (532) 123-45-67', '+905321234567', '00905321234567']) {
      assert.deepEqual(normalizeMobileNumber(input, 'TR'), { ok: true, e164: '+905321234567', country: 'TR' }, input);
    }
  });

  it('the default region only reads national numbers', () => {
    assert.deepEqual(normalizeMobileNumber('0499999999', 'AU'), { ok: true, e164: '+61499999999', country: 'AU' });
    assert.deepEqual(normalizeMobileNumber('+31612345678', 'TR'), { ok: true, e164: '+31612345678', country: 'NL' });
  });

  it('non-mobile numbers are refused; NANP numbers (untypable) are allowed', () => {
    assert.deepEqual(normalizeMobileNumber('+902121234567', 'TR'), { ok: false, problem: 'not-mobile' });
    assert.equal(normalizeMobileNumber('+16502530000', 'TR').ok, true);
  });

  it('garbage and impossible numbers are invalid', () => {
    for (const input of ['sample string 2', '', '+9053212345', '12', '+90532123456789012', 'x'.repeat(100), null, 42, '05321234567; DROP TABLE otp']) {
      assert.deepEqual(normalizeMobileNumber(input, 'TR'), { ok: false, problem: 'invalid' }, String(input));
    }
  });

  it('an allow-list restricts countries', () => {
    assert.deepEqual(normalizeMobileNumber('+31612345678', 'TR', ['TR']), { ok: false, problem: 'country-not-allowed' });
    assert.equal(normalizeMobileNumber('05321234567', 'TR', ['TR', 'NL']).ok, true);
  });

  it('masks all but the country code and the last four digits', () => {
    assert.equal(maskPhoneNumber('+905321234567'), '+90******4567');
    assert.equal(maskPhoneNumber('+61499999999'), '+61*****9999');
    assert.equal(maskPhoneNumber('+16502530000'), '+1******0000');
    assert.equal(maskPhoneNumber('+380501234567'), '+380*****4567');
    assert.equal(maskPhoneNumber('+88213100123'), '+882****0123');
    assert.equal(maskPhoneNumber('garbage'), '***');
  });

  it('reads validity from the number type alone, as libphonenumber\'s isValid() does with full metadata', () => {
    // normalizeMobileNumber skips isValid() (it computes the type a second time): checked over
    // every country's example number with each first national digit, one digit short and one
    // too many — valid and invalid alike.
    let invalid = 0;
    for (const country of getCountries()) {
      const example = getExampleNumber(country, examples);
      if (!example) continue;
      const cc = `+${example.countryCallingCode}`;
      const national = example.nationalNumber;
      const variants = [cc + national.slice(0, -1), cc + national + '5', ...Array.from({ length: 10 }, (_, d) => cc + d + national.slice(1))];
      for (const text of variants) {
        let parsed;
        try { parsed = parsePhoneNumberWithError(text); } catch { continue; }
        assert.equal(parsed.isValid(), parsed.getType() !== undefined, text);
        if (!parsed.isValid()) invalid++;
      }
    }
    assert.ok(invalid > 10, `only ${invalid} invalid numbers checked`);
  });

  it('keeps exactly the calling code libphonenumber reads, for every country\'s example mobile number', () => {
    for (const country of getCountries()) {
      const example = getExampleNumber(country, examples);
      if (!example || example.nationalNumber.length <= 4) continue;
      const masked = maskPhoneNumber(example.number);
      assert.equal(masked.slice(0, example.countryCallingCode.length + 2), `+${example.countryCallingCode}*`, `${country} ${example.number} → ${masked}`);
      assert.equal(masked.length, example.number.length);
    }
  });
});
