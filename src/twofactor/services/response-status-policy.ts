/**
 * HTTP statuses for envelope responses. `envelope` (the default) answers like the original Web
 * API service: HTTP 200 for every business outcome, the outcome in Success/Code. `strict`
 * (TWOFACTOR_HTTP_STATUS=strict) maps each code to the status a generic HTTP client understands.
 * Retry-After is sent with throttling codes in both modes.
 */
import type { HttpStatusMode } from '../config.js';

const STRICT: readonly [from: number, to: number, status: number][] = [
  [1, 99, 200],
  [1000, 1199, 400],
  [2001, 2001, 404],
  [3001, 3001, 404],
  [3002, 3003, 409],
  [3004, 3004, 503],
  [3100, 3100, 404],
  [3101, 3101, 400],
  [3102, 3105, 410],
  [4000, 4199, 429],
  [5001, 5001, 504],
  [5003, 5003, 503],
  [5000, 5099, 502],
  [5101, 5101, 504],
  [5103, 5103, 503],
  [5100, 5199, 502],
];

export function httpStatusFor(code: number, mode: HttpStatusMode): number {
  if (mode === 'envelope') return 200;
  return STRICT.find(([from, to]) => code >= from && code <= to)?.[2] ?? 500;
}
