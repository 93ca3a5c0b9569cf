/** Client aborts: a debug line each, an info summary at most once per interval, the rest at shutdown. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CLIENT_ABORT_SUMMARY_MS, ClientAbortLog } from '../../../src/twofactor/client-abort-log.js';
import { ManualClock } from '../../../src/twofactor/domain/clock.js';
import { createLogger } from '../../../src/twofactor/logger.js';

describe('ClientAbortLog', () => {
  it('debug per abort, one info summary per interval with the count since the last, and a final one on flush', () => {
    const lines: { level: string; event: string; aborted?: number; total?: number; path?: string }[] = [];
    const clock = new ManualClock(1_750_000_000_000);
    const aborts = new ClientAbortLog(createLogger((l) => lines.push(JSON.parse(l)), { level: 'debug' }), clock);
    const request = { method: 'POST', url: '/api/TwoFactor/CreateTwoFactorSmsOtp?WsAccessKey=k', headers: {} };
    for (let i = 0; i < 40; i++) aborts.record(request);
    clock.advance(CLIENT_ABORT_SUMMARY_MS);
    for (let i = 0; i < 10; i++) aborts.record(request);
    aborts.flush();
    assert.equal(aborts.total, 50);
    const debug = lines.filter((l) => l.level === 'debug');
    assert.equal(debug.length, 50, `debug lines: ${debug.length}`);
    assert.deepEqual(new Set(debug.map((l) => `${l.event} ${l.path}`)), new Set(['http.client_aborted /api/TwoFactor/CreateTwoFactorSmsOtp']), 'the path without its query string');
    const summaries = lines.filter((l) => l.level === 'info').map((l) => [l.event, l.aborted, l.total]);
    assert.deepEqual(summaries, [['http.client_aborts', 1, 1], ['http.client_aborts', 40, 41], ['http.client_aborts', 9, 50]]);
    assert.equal(lines.filter((l) => l.level === 'error' || l.level === 'warn').length, 0);
  });
});
