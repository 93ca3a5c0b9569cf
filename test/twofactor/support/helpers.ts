/** Small builders shared by the two-factor suites. */
import { randomInt, randomUUID } from 'node:crypto';

/** A fresh, valid Turkish mobile number (+90 53x …), so suites never share a throttle. */
export function newGsm(): string {
  return `+90532${randomInt(0, 10_000_000).toString().padStart(7, '0')}`;
}

export function newUser(): string {
  return randomUUID();
}

export function createBody(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    UserId: newUser(), GsmNumber: newGsm(), TwoFactorConfigurationId: 1, MaxSMSCount: 0, MaxSMSInterval: 0,
    OtpExpirationPeriod: 120, IsSync: true, Source: 'test', ...over,
  };
}

/** `(?<!\d)code(?!\d)`: the code as a number of its own, not inside a longer digit run. */
export function containsCode(text: string, code: string): boolean {
  return new RegExp(`(?<![0-9])${code}(?![0-9])`).test(text);
}
