/**
 * Which webhook URLs Stackport will post to. A tenant chooses the URL, so without a rule the
 * service would be a proxy into its own network (SSRF): only http(s), no user-info, and no address
 * that is loopback, private, link-local, CGNAT, multicast or otherwise special — checked on the
 * literal host at registration and on every address DNS gives at connection time (so a name that
 * later resolves inward is refused too). `allowPrivate` lifts the address rule for tests and
 * development only (config refuses it in production).
 */
import { BlockList, isIP } from 'node:net';

const BLOCKED = new BlockList();
for (const [net, bits] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4]] as const) BLOCKED.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [['::', 127], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96]] as const) BLOCKED.addSubnet(net, bits, 'ipv6');

export type UrlProblem = 'malformed' | 'scheme' | 'credentials' | 'address';

export const MAX_URL_LENGTH = 2000;

export function isPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return isPublicAddress(mapped[1]!);
  const family = isIP(address);
  return family !== 0 && !BLOCKED.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** The URL as it will be stored, or why it is refused. */
export function checkWebhookUrl(raw: unknown, allowPrivate: boolean): { ok: true; url: string } | { ok: false; problem: UrlProblem } {
  if (typeof raw !== 'string' || raw.length > MAX_URL_LENGTH) return { ok: false, problem: 'malformed' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'scheme' };
  if (url.username || url.password) return { ok: false, problem: 'credentials' };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && (host === 'localhost' || host.endsWith('.localhost') || (isIP(host) !== 0 && !isPublicAddress(host)))) {
    return { ok: false, problem: 'address' };
  }
  return { ok: true, url: url.toString() };
}
