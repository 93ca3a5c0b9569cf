/**
 * One signed POST to a receiver. The connection's DNS lookup refuses non-public addresses (unless
 * development settings allow them), so a name that resolves inward — even after registration — is
 * never connected to; redirects are not followed. Any 2xx is an acknowledgement.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isPublicAddress } from '../domain/webhook-url.js';
import { SIGNATURE_HEADER, signatureHeader } from '../domain/webhook-signature.js';

export type PostResult = { ok: true; status: number } | { ok: false; status: number | null; reason: string };

const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, '', 4);
    const list = addresses as unknown as LookupAddress[];
    const bad = list.find((a) => !isPublicAddress(a.address));
    if (bad) return callback(Object.assign(new Error('address not allowed'), { code: 'EADDRNOTALLOWED' }), '', 4);
    if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
    callback(null, list[0]!.address, list[0]!.family);
  });
};

export function postEvent(url: string, secret: string, eventId: string, body: string, unixSeconds: number,
  options: { timeoutMs: number; allowPrivate: boolean }): Promise<PostResult> {
  const target = new URL(url);
  const host = target.hostname.replace(/^\[|\]$/g, '');
  if (!options.allowPrivate && isIP(host) !== 0 && !isPublicAddress(host)) return Promise.resolve({ ok: false, status: null, reason: 'address not allowed' });
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const req = client.request(target, {
      method: 'POST', timeout: options.timeoutMs, agent: false, ...(options.allowPrivate ? {} : { lookup: guardedLookup }),
      headers: {
        'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body), 'User-Agent': 'Stackport-Webhooks/1',
        [SIGNATURE_HEADER]: signatureHeader(secret, body, unixSeconds), 'Stackport-Event-Id': eventId,
      },
    }, (res) => {
      res.resume();
      const status = res.statusCode ?? 0;
      res.on('end', () => resolve(status >= 200 && status < 300 ? { ok: true, status } : { ok: false, status, reason: `HTTP ${status}` }));
      res.on('error', () => resolve({ ok: false, status, reason: 'response aborted' }));
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ ok: false, status: null, reason: e.code ?? e.name }));
    req.end(body);
  });
}
