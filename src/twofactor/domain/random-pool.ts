/**
 * Nonces from a pooled CSPRNG buffer. `randomBytes(12)` costs a trip into OpenSSL per call — two per
 * OTP (the outbox body and the development sender each seal one) — which showed as ≈ 5 % of the
 * OTP-create profile. Node draws randomInt and randomUUID from such a cache too. Each byte is
 * handed out once; the buffer is refilled when used up.
 */
import { randomFillSync } from 'node:crypto';

const POOL_SIZE = 4096;
const pool = Buffer.alloc(POOL_SIZE);
let offset = POOL_SIZE;

/** `n` fresh random bytes (n ≤ 256), copied out of the pool. */
export function randomNonce(n: number): Buffer {
  if (n > 256) throw new RangeError('randomNonce is for short nonces');
  if (offset + n > POOL_SIZE) {
    randomFillSync(pool);
    offset = 0;
  }
  const out = Buffer.from(pool.subarray(offset, offset + n));
  // Wiped as it is handed out, so no nonce stays readable in the pool after use.
  pool.fill(0, offset, offset + n);
  offset += n;
  return out;
}
