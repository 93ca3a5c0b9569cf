/**
 * The signature on every webhook POST, in the shape Stripe's receivers already parse:
 * `Stackport-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>`. Binding the
 * timestamp into the MAC lets a receiver refuse replays older than its tolerance (the README
 * recommends 300 s, Stripe's default).
 */
import { createHmac } from 'node:crypto';

export const SIGNATURE_HEADER = 'Stackport-Signature';

export function signatureHeader(secret: string, body: string, unixSeconds: number): string {
  return `t=${unixSeconds},v1=${mac(secret, unixSeconds, body)}`;
}

function mac(secret: string, unixSeconds: number, body: string): string {
  return createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
}
