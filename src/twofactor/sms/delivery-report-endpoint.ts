/**
 * MessageBird's SMS status reports: `GET <report URL>?id=…&reference=…&recipient=…&status=…&statusDatetime=…`,
 * authenticated by the `MessageBird-Signature-JWT` header, verified with the SDK's own verifier
 * (messagebird/lib/webhook-signature-jwt: HMAC JWT from the account's signing key, issuer
 * MessageBird, expiry, and the SHA-256 of the URL as MessageBird called it — the configured public
 * report URL plus the query received). A final status moves the message: delivered, or
 * undeliverable (delivery_failed, expired); the others are interim and only acknowledged.
 */
import { createSecretKey, type KeyObject } from 'node:crypto';
import { type HttpRequestData, type HttpResponseData, type RawHandler } from '../../index.js';
import type { Clock } from '../domain/clock.js';
import type { Logger } from '../logger.js';
import type { OutboxStore } from '../persistence/outbox-store.js';
import type { WebhookEvents } from '../webhooks/webhook-events.js';

interface SignatureModule {
  SIGNATURE_HEADER_NAME: string;
  VerifyOptions: new (validateUrl: boolean, validatePayload: boolean, jwtVerifyOptions: object) => object;
  verify(url: string, payload: Buffer, jwt: string, key: KeyObject, opts: object): Promise<true>;
}
// The SDK ships this module without type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const signature = require('messagebird/lib/webhook-signature-jwt') as SignatureModule;

const FINAL: Readonly<Record<string, 'delivered' | 'undeliverable'>> = { delivered: 'delivered', delivery_failed: 'undeliverable', expired: 'undeliverable' };
const INTERIM = new Set(['scheduled', 'sent', 'buffered']);
const PARAMETER = /^[\x21-\x7e]{1,64}$/;

export interface DeliveryReportSettings {
  /** The report URL as configured at MessageBird (its path is where this endpoint listens). */
  reportUrl: string;
  signingKey: string;
}

const reply = (status: number, body: string): HttpResponseData => ({ status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }, body });

export function deliveryReportEndpoint(settings: DeliveryReportSettings, outbox: OutboxStore, events: WebhookEvents, clock: Clock, log: Logger): RawHandler {
  const key = createSecretKey(Buffer.from(settings.signingKey, 'utf8'));
  const base = new URL(settings.reportUrl);
  const path = base.pathname.toLowerCase();
  return async (req: HttpRequestData, requestPath: string): Promise<HttpResponseData | undefined> => {
    if (requestPath.toLowerCase() !== path) return undefined;
    if (req.method !== 'GET') return { ...reply(405, 'Method Not Allowed'), headers: { Allow: 'GET', 'Content-Type': 'text/plain; charset=utf-8' } };
    const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
    const raw = req.headers[signature.SIGNATURE_HEADER_NAME];
    const jwt = Array.isArray(raw) ? raw[0] : raw;
    const options = new signature.VerifyOptions(true, true, { issuer: 'MessageBird', algorithms: ['HS256', 'HS384', 'HS512'], clockTolerance: 5, currentDate: new Date(clock.now()) });
    const valid = jwt !== undefined && await signature.verify(`${base.origin}${base.pathname}${query}`, Buffer.alloc(0), jwt, key, options).catch(() => false);
    if (!valid) {
      log.warn('sms.report_rejected', { reason: jwt === undefined ? 'no signature' : 'bad signature' });
      return reply(401, 'Invalid signature');
    }
    const p = new URLSearchParams(query);
    const [id, reference, status] = [p.get('id'), p.get('reference'), p.get('status')];
    if (!id || !reference || !status || ![id, reference, status].every((v) => PARAMETER.test(v))) return reply(400, 'id, reference and status are required');
    const final = FINAL[status];
    if (!final) return INTERIM.has(status) ? reply(200, 'OK') : reply(400, 'Unknown status');
    // The move and its event commit together; a failure is a 5xx, which MessageBird retries.
    const otpId = await outbox.recordDeliveryReport(reference.toLowerCase(), id, final, clock.now(), (m, moved) =>
      events.emit(final === 'delivered' ? 'message.delivered' : 'message.undeliverable', { id: moved, reference: reference.toLowerCase() },
        { providerMessageId: id, statusDatetime: p.get('statusDatetime')?.slice(0, 40) ?? null }, 0, m));
    log.info('sms.report', { providerMessageId: id, status, moved: otpId !== undefined });
    return reply(200, 'OK');
  };
}
