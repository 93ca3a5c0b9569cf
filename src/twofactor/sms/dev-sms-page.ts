/**
 * GET /dev/sms and GET /dev/mail — a development sender's messages (one handler per channel),
 * newest first, as an HTML page or as JSON
 * (`{"messages":[{id, createdAt, to, from, reference, text}]}`), chosen like every other endpoint's
 * format: `?format=json|html` first, then the Accept header (HTML when it does not prefer JSON, so
 * a browser gets the page). Registered only on an explicit
 * DEV_SMS_PAGE=true with the development sender (config refuses both in production), answers only
 * loopback clients, and is never cached. Codes appear here and nowhere else.
 *
 * "Loopback" is the socket's peer address: behind a reverse proxy on the same machine every client
 * would be loopback. It must not run behind a proxy; requests carrying a proxy's forwarding headers
 * are refused as a second line of defence, but a proxy that adds none cannot be recognised.
 */
import type { HttpRequestData, HttpResponseData, RawHandler } from '../../index.js';
import { parseAccept, rangeMatches } from '../../framework/formats/accept.js';
import type { DevelopmentSmsSender } from './development-sms-sender.js';

export const DEV_SMS_PATH = '/dev/sms';
export const DEV_MAIL_PATH = '/dev/mail';

/** What differs between the channels' pages. */
export interface DevPage {
  path: string;
  title: string;
}

const DEV_PAGES = {
  sms: { path: DEV_SMS_PATH, title: 'Development SMS' },
  email: { path: DEV_MAIL_PATH, title: 'Development mail' },
} as const satisfies Record<string, DevPage>;

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;
const PROXY_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-real-ip'];
const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

type Message = Awaited<ReturnType<DevelopmentSmsSender['recent']>>[number];
type Representation = 'html' | 'json';

const NO_STORE = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex', Vary: 'Accept' };

const RENDER: Readonly<Record<Representation, (rows: Message[], page: DevPage) => HttpResponseData>> = {
  html: (rows, page) => {
    const body = rows.map((r) => `<tr><td>${r.id}</td><td>${esc(new Date(r.createdAtMs).toISOString())}</td><td>${esc(r.to)}</td>`
      + `<td>${esc(r.originator)}</td><td><code>${esc(r.reference)}</code></td><td>${esc(r.body)}</td></tr>`).join('');
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${page.title}</title>`
      + '<style>body{font-family:sans-serif}td,th{padding:4px 8px;border-bottom:1px solid #ddd;text-align:left}</style></head><body>'
      + `<h1>${page.title}</h1><p>Messages the development sender recorded instead of sending. Development only.</p>`
      + `<table><thead><tr><th>#</th><th>Time (UTC)</th><th>To</th><th>From</th><th>Reference</th><th>Text</th></tr></thead><tbody>${body}</tbody></table>`
      + '</body></html>';
    return { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8', ...NO_STORE }, body: html };
  },
  json: (rows) => {
    const messages = rows.map((r) => ({ id: r.id, createdAt: new Date(r.createdAtMs).toISOString(), to: r.to, from: r.originator, reference: r.reference, text: r.body }));
    return { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8', ...NO_STORE }, body: JSON.stringify({ messages }) };
  },
};

/** `?format=` wins; else the first Accept range that names one of the two; else the page. */
function representationOf(req: HttpRequestData, query: ReadonlyMap<string, string>): Representation | { unknown: string } {
  const asked = query.get('format')?.toLowerCase();
  if (asked !== undefined) return asked in RENDER ? asked as Representation : { unknown: asked };
  const accept = req.headers.accept;
  for (const range of parseAccept(Array.isArray(accept) ? accept.join(',') : accept)) {
    if (rangeMatches(range.type, 'text/html')) return 'html';
    if (rangeMatches(range.type, 'application/json')) return 'json';
  }
  return 'html';
}

export function devSmsPage(sender: DevelopmentSmsSender, channel: keyof typeof DEV_PAGES = 'sms'): RawHandler {
  const page: DevPage = DEV_PAGES[channel];
  return async (req: HttpRequestData, path: string, query: ReadonlyMap<string, string>): Promise<HttpResponseData | undefined> => {
    if (path.toLowerCase() !== page.path || req.method !== 'GET') return undefined;
    if (!LOOPBACK.test(req.remoteAddress ?? '') || PROXY_HEADERS.some((h) => req.headers[h] !== undefined)) return { status: 404, headers: { 'Content-Type': 'text/plain' }, body: 'Not Found' };
    const representation = representationOf(req, query);
    if (typeof representation === 'object') {
      const message = `Unknown format '${representation.unknown.slice(0, 32)}': use json or html.`;
      return { status: 400, headers: { 'Content-Type': 'application/json; charset=utf-8', ...NO_STORE }, body: JSON.stringify({ message }) };
    }
    return RENDER[representation](await sender.recent(), page);
  };
}
