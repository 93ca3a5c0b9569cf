/**
 * How a request's own limits combine with its configuration. The configuration holds the caps;
 * a caller may only tighten them: fewer SMS (MaxSMSCount) or a longer window (MaxSMSInterval,
 * seconds). 0 means "use the configuration". The OTP lifetime (OtpExpirationPeriod, seconds) must
 * lie inside the configuration's bounds — out-of-range values are refused, not clamped, so a
 * caller never believes in a lifetime it did not get.
 */

/** The longest throttling window a caller may ask for. */
export const MAX_INTERVAL_SECONDS = 86_400;

export interface SendCaps {
  readonly maxSmsCount: number;
  readonly smsIntervalSeconds: number;
  readonly defaultExpirySeconds: number;
  readonly minExpirySeconds: number;
  readonly maxExpirySeconds: number;
}

export interface RequestedLimits {
  readonly maxSmsCount?: number | undefined;
  readonly maxSmsInterval?: number | undefined;
  readonly otpExpirationPeriod?: number | undefined;
}

export interface EffectivePolicy {
  readonly maxSmsCount: number;
  readonly intervalSeconds: number;
  readonly expirySeconds: number;
}

export type PolicyResult = { ok: true; policy: EffectivePolicy } | { ok: false; problem: 'rate-limit-parameters' | 'expiration-period' };

export function effectivePolicy(caps: SendCaps, req: RequestedLimits): PolicyResult {
  const count = req.maxSmsCount ?? 0;
  const interval = req.maxSmsInterval ?? 0;
  const expiry = req.otpExpirationPeriod ?? 0;
  if (!Number.isInteger(count) || !Number.isInteger(interval) || count < 0 || interval < 0 || interval > MAX_INTERVAL_SECONDS) {
    return { ok: false, problem: 'rate-limit-parameters' };
  }
  if (!Number.isInteger(expiry) || (expiry !== 0 && (expiry < caps.minExpirySeconds || expiry > caps.maxExpirySeconds))) {
    return { ok: false, problem: 'expiration-period' };
  }
  return {
    ok: true,
    policy: {
      maxSmsCount: count === 0 ? caps.maxSmsCount : Math.min(count, caps.maxSmsCount),
      intervalSeconds: Math.max(interval, caps.smsIntervalSeconds),
      expirySeconds: expiry === 0 ? caps.defaultExpirySeconds : expiry,
    },
  };
}

/** Whole seconds left until `expiresAtMs`, never overstated, never negative. */
export function remainingSeconds(expiresAtMs: number, nowMs: number): number {
  return Math.max(0, Math.floor((expiresAtMs - nowMs) / 1000));
}
