/** supertest against the Express adapter, in process (no listening socket). */
import request from 'supertest';
import { createExpressApp, type AppHost } from '../../src/index.js';

export function http(host: AppHost): request.Agent {
  return request.agent(createExpressApp(host));
}

/** Parses a supertest response body as text whatever its content type. */
export function text(res: { text?: string; body?: unknown }): string {
  return res.text ?? (Buffer.isBuffer(res.body) ? res.body.toString('utf8') : '');
}

/** The HTTP reason phrase of a supertest response (ServiceStack puts the errorCode there). */
export function reasonPhrase(res: object): string | undefined {
  return (res as { res?: { statusMessage?: string } }).res?.statusMessage;
}
