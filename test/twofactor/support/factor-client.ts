/** Thin HTTP helpers for the factor suites: one caller (tenant + user + token) and its requests. */
import type request from 'supertest';
import type { RunningApp } from './test-app.js';
import { tokenFor } from './auth-helpers.js';
import { newUser } from './helpers.js';

export interface Caller {
  tenantId: string;
  userId: string;
  token: string;
  auth: Record<string, string>;
}

export async function callerFor(t: RunningApp, tenantId: string, userId = newUser(), accountName?: string): Promise<Caller> {
  const token = await tokenFor(t.app.config.auth, { tenantId, userId, nowMs: t.clock.now(), expiresIn: 86_400 * 30, ...(accountName ? { accountName } : {}) });
  return { tenantId, userId, token, auth: { Authorization: `Bearer ${token}` } };
}

type Verb = 'get' | 'put' | 'post' | 'delete';

/** A request with the caller's credentials; JSON bodies. */
export function send(t: RunningApp, c: Pick<Caller, 'auth'> | undefined, verb: Verb, path: string, body?: object): request.Test {
  let r = t.api[verb](path);
  for (const [k, v] of Object.entries(c?.auth ?? {})) r = r.set(k, v);
  return body === undefined ? r : r.set('Content-Type', 'application/json').send(JSON.stringify(body));
}

export const SS = {
  generate: '/users/2fa/generate-key', confirm: '/users/2fa/confirm-key', verify: '/users/2fa/verify-code', key: '/users/2fa/key',
  recovery: '/users/2fa/recovery-codes', redeem: '/users/2fa/recovery-codes/redeem',
} as const;

export const ZITADEL = '/auth/v1/users/me/auth_factors';
