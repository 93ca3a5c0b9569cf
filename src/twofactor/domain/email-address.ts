/**
 * Email addresses for one-time codes: a deliberately narrow reading (one `@`, a dotted domain,
 * no spaces, quotes, brackets or control characters, at most 254 characters as RFC 5321's path
 * allows), the domain lower-cased so one mailbox has one send window. What the mail server
 * accepts beyond that is its call, not ours.
 */
export type EmailResult = { ok: true; address: string } | { ok: false };

const SHAPE = /^([A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64})@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})$/;

export function normalizeEmail(input: unknown): EmailResult {
  if (typeof input !== 'string') return { ok: false };
  const text = input.trim();
  if (text.length > 254) return { ok: false };
  const m = SHAPE.exec(text);
  if (!m || m[1]!.startsWith('.') || m[1]!.endsWith('.') || m[1]!.includes('..')) return { ok: false };
  return { ok: true, address: `${m[1]}@${m[2]!.toLowerCase()}` };
}

/** `alice@example.com` → `a***e@example.com`: enough to recognise, not to harvest. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 1) return '***';
  const local = address.slice(0, at);
  return `${local[0]}***${local.length > 1 ? local.at(-1) : ''}${address.slice(at)}`;
}
