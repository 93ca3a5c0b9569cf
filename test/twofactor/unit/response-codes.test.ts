/**
 * The response-code registry: one number, one meaning, across every operation's enum; the
 * original catalogue's members keep their numbers.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CreateTwoFactorSmsOtpResponseCode, GetTwoFactorSmsOtpResponseCode, VerifyTwoFactorSmsOtpResponseCode,
} from '../../../dtos/index.js';
import { httpStatusFor } from '../../../src/twofactor/services/response-status-policy.js';
import { messageFor } from '../../../src/twofactor/services/response-messages.js';
import { oracleVectors } from '../support/shared-files.js';

const ENUMS = { CreateTwoFactorSmsOtpResponseCode, VerifyTwoFactorSmsOtpResponseCode, GetTwoFactorSmsOtpResponseCode };
const members = (e: object): [string, number][] => Object.entries(e).filter(([, v]) => typeof v === 'number') as [string, number][];

describe('response codes', () => {
  it('keep the original catalogue (oracle types) exactly', () => {
    const oracle = oracleVectors();
    for (const m of oracle.types.CreateTwoFactorSmsOtpResponseCode!.members) {
      assert.equal((CreateTwoFactorSmsOtpResponseCode as unknown as Record<string, number>)[m.name], m.value, m.name);
    }
  });

  it('one number means one outcome in every enum; every code has a message and a strict status', () => {
    const byNumber = new Map<number, string>();
    for (const [enumName, e] of Object.entries(ENUMS)) {
      const seen = new Set<number>();
      for (const [name, value] of members(e)) {
        assert.ok(!seen.has(value), `${enumName}.${name} reuses ${value}`);
        seen.add(value);
        const meaning = byNumber.get(value);
        if (meaning) assert.equal(name, meaning, `${value} is ${meaning} elsewhere but ${name} in ${enumName}`);
        else byNumber.set(value, name);
        if (value > 2) assert.ok(messageFor(value), `no message for ${value}`);
      }
    }
    assert.equal(httpStatusFor(4000, 'envelope'), 200);
    assert.deepEqual([1, 2, 1001, 3001, 3102, 4000, 4100, 5001, 5002, 5003, 5004, 9000].map((c) => httpStatusFor(c, 'strict')),
      [200, 200, 400, 404, 410, 429, 429, 504, 502, 503, 502, 500]);
  });
});
