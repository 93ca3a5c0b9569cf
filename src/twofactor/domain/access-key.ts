/** WsAccessKeys: random, shown once when created, stored only as an HMAC keyed by the pepper. */
import { createHmac, randomBytes } from 'node:crypto';

export function newAccessKey(): string {
  return randomBytes(24).toString('base64url');
}

export function hashAccessKey(pepper: Buffer, key: string): string {
  return createHmac('sha256', pepper).update(`ws-access-key\x1f${key}`).digest('base64');
}
