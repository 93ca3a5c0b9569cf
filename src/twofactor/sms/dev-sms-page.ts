/**
 * GET /dev/sms — the development sender's messages, newest first. Registered only on an explicit
 * DEV_SMS_PAGE=true with the development sender (config refuses both in production), answers only
 * loopback clients, and is never cached. Codes appear here and nowhere else.
 *
 * "Loopback" is the socket's peer address: behind a reverse proxy on the same machine every client
 * would be loopback. It must not run behind a proxy; requests carrying a proxy's forwarding headers
 * are refused as a second line of defence, but a proxy that adds none cannot be recognised.
 */
import type { HttpRequestData, HttpResponseData, RawHandler } from '../../index.js';
import type { DevelopmentSmsSender } from './development-sms-sender.js';

export const DEV_SMS_PATH = '/dev/sms';

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;
const PROXY_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-real-ip'];
const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function devSmsPage(sender: DevelopmentSmsSender): RawHandler {
  return async (req: HttpRequestData, path: string): Promise<HttpResponseData | undefined> => {
    if (path.toLowerCase() !== DEV_SMS_PATH || req.method !== 'GET') return undefined;
    if (!LOOPBACK.test(req.remoteAddress ?? '') || PROXY_HEADERS.some((h) => req.headers[h] !== undefined)) return { status: 404, headers: { 'Content-Type': 'text/plain' }, body: 'Not Found' };
    const rows = await sender.recent();
    const body = rows.map((r) => `<tr><td>${r.id}</td><td>${esc(new Date(r.createdAtMs).toISOString())}</td><td>${esc(r.to)}</td>`
      + `<td>${esc(r.originator)}</td><td><code>${esc(r.reference)}</code></td><td>${esc(r.body)}</td></tr>`).join('');
    const html = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Development SMS</title>'
      + '<style>body{font-family:sans-serif}td,th{padding:4px 8px;border-bottom:1px solid #ddd;text-align:left}</style></head><body>'
      + '<h1>Development SMS</h1><p>Messages the development sender recorded instead of sending. Development only.</p>'
      + `<table><thead><tr><th>#</th><th>Time (UTC)</th><th>To</th><th>From</th><th>Reference</th><th>Text</th></tr></thead><tbody>${body}</tbody></table>`
      + '</body></html>';
    return { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' }, body: html };
  };
}
