/**
 * The id of the request being handled, for log lines written anywhere below the HTTP layer
 * (services, stores, the sync SMS send) without threading it through every call.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

const storage = new AsyncLocalStorage<string>();
/** What a caller may send as X-Request-Id: short, printable, nothing that could forge a log field. */
const ACCEPTED_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

export function currentRequestId(): string | undefined {
  return storage.getStore();
}

export function runWithRequestId<T>(id: string, fn: () => T): T {
  return storage.run(id, fn);
}

/** The caller's X-Request-Id when it is acceptable, otherwise a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const v = Array.isArray(header) ? header[0] : header;
  return v !== undefined && ACCEPTED_ID.test(v) ? v : randomUUID();
}
