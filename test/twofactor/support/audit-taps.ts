/**
 * Feeds the secret ledger from a running test app, so every suite that starts its app through
 * test-app.ts takes part in the secrets audit without a line of its own. Secrets are taken where
 * they cross the app's edge — not from the assertions of one test — so a secret no test looked
 * at is audited too:
 * - SMS and email texts and their codes as the app hands them to its senders (any sender: the
 *   MessageBird SDK, SMTP, the development senders, a suite's own);
 * - TOTP secrets, recovery codes and exposed OTP codes in the bodies of the app's responses;
 * - bearer tokens and API keys in requests (a refused credential must not be logged either);
 * - step-up tokens in responses and requests;
 * - API keys the suites create, and the configuration's keys.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { TwoFactorApp } from '../../../src/twofactor/app.js';
import type { SmsSender } from '../../../src/twofactor/sms/sms-sender.js';
import { AUDIT_DIR, recordKeyBytes, recordSecret, teeLogLines } from './secret-ledger.js';

/** A code in a text: 6–10 digits standing alone (the rule of test/audit/README.md). */
export const CODE_TOKEN = /(?<![A-Za-z0-9])\d{6,10}(?![A-Za-z0-9])/g;

const tapped = new WeakSet<object>();

export function tapAppForAudit(app: TwoFactorApp, server: Server, log: { lines: string[] }): void {
  if (!AUDIT_DIR) return;
  teeLogLines(log.lines);
  const c = app.config;
  recordKeyBytes(c.pepper);
  recordKeyBytes(c.auth.jwtSecret);
  recordKeyBytes(c.totp.encryptionKey);
  recordSecret('provider-key', c.messageBirdAccessKey);
  recordSecret('provider-key', c.messageBirdReports?.signingKey);
  recordSecret('api-key', c.bootstrapAccessKey?.key);
  tapSender(app.sender, 'sms-body');
  tapSender(app.mailSender, 'mail-body');
  if (c.mail?.smtpUrl) recordSecret('provider-key', decodeURIComponent(new URL(c.mail.smtpUrl).password));
  tapAccessKeys(app.accessKeys);
  // Before the app's own listener, so the response methods are wrapped before anything is written.
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    recordCredentials(req);
    tapResponse(res);
  });
}

function tapSender(sender: SmsSender, kind: 'sms-body' | 'mail-body'): void {
  if (tapped.has(sender)) return;
  tapped.add(sender);
  const send = sender.send.bind(sender);
  sender.send = (m) => {
    recordSecret(kind, m.body);
    for (const code of m.body.match(CODE_TOKEN) ?? []) recordSecret('otp-code', code);
    return send(m);
  };
}

function tapAccessKeys(keys: TwoFactorApp['accessKeys']): void {
  if (tapped.has(keys)) return;
  tapped.add(keys);
  const create = keys.create.bind(keys);
  keys.create = async (...args: Parameters<typeof create>): Promise<string> => {
    const key = await create(...args);
    recordSecret('api-key', key);
    return key;
  };
}

function recordCredentials(req: IncomingMessage): void {
  const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '');
  recordSecret('token', bearer?.[1]?.trim());
  const header = req.headers['x-wsaccesskey'];
  recordSecret('api-key', Array.isArray(header) ? header[0] : header);
  const stepUp = req.headers['x-step-up-token'];
  recordSecret('step-up-token', Array.isArray(stepUp) ? stepUp[0] : stepUp);
  const q = (req.url ?? '').indexOf('?');
  if (q >= 0) recordSecret('api-key', new URLSearchParams((req.url ?? '').slice(q + 1)).get('WsAccessKey'));
}

function tapResponse(res: ServerResponse): void {
  const chunks: Buffer[] = [];
  const add = (chunk: unknown, encoding: unknown): void => {
    if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  const write = res.write.bind(res) as (...a: unknown[]) => boolean;
  const end = res.end.bind(res) as (...a: unknown[]) => ServerResponse;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    add(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as ServerResponse['write'];
  res.end = ((...a: unknown[]) => {
    if (typeof a[0] !== 'function') add(a[0], a[1]);
    recordFromBody(Buffer.concat(chunks).toString('utf8'));
    const stepUp = res.getHeader('x-step-up-token');
    recordSecret('step-up-token', typeof stepUp === 'string' ? stepUp : undefined);
    return end(...a);
  }) as ServerResponse['end'];
}

/** JSON, JSV and XML bodies alike: the patterns need no parser. */
function recordFromBody(body: string): void {
  for (const m of body.matchAll(/secret=([A-Z2-7]{16,})/g)) recordSecret('totp-secret', m[1]);
  for (const m of body.matchAll(/"secret":"([A-Z2-7]{16,})"/g)) recordSecret('totp-secret', m[1]);
  for (const m of body.matchAll(/"secret":"(whsec_[A-Za-z0-9_-]{20,})"/g)) recordSecret('webhook-secret', m[1]);
  if (/recoveryCodes/i.test(body)) {
    for (const m of body.matchAll(/[2-9BCDFGHJKMNPQRTVWXY]{5}-[2-9BCDFGHJKMNPQRTVWXY]{5}/g)) recordSecret('recovery-code', m[0]);
  }
  for (const m of body.matchAll(/"OtpCode":"(\d+)"|<OtpCode>(\d+)<\/OtpCode>|OtpCode:"?(\d+)/g)) recordSecret('otp-code', m[1] ?? m[2] ?? m[3]);
}
