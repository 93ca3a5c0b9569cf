/**
 * Client aborts — the client went away before its request body arrived — cost the service nothing
 * and are the client's doing: at error level, any client could flood the error log with them. Each
 * one is a debug line; at info there is one summary line at most per interval (and one at shutdown)
 * with the aborts since the previous summary and the total since start.
 */
import type { HttpRequestData } from '../index.js';
import type { Clock } from './domain/clock.js';
import type { Logger } from './logger.js';
import { pathOf, requestLog } from './request-log.js';

export const CLIENT_ABORT_SUMMARY_MS = 60_000;

export class ClientAbortLog {
  /** Aborts since the process started. */
  total = 0;
  private sinceSummary = 0;
  private nextSummaryAt = -Infinity;

  constructor(private readonly log: Logger, private readonly clock: Clock, private readonly intervalMs = CLIENT_ABORT_SUMMARY_MS) {}

  record(request: HttpRequestData): void {
    this.total++;
    this.sinceSummary++;
    requestLog(this.log, request).debug('http.client_aborted', { method: request.method, path: pathOf(request.url) });
    const now = this.clock.now();
    if (now < this.nextSummaryAt) return;
    this.nextSummaryAt = now + this.intervalMs;
    this.summarize();
  }

  /** Writes the summary of aborts not yet summarized (at shutdown). */
  flush(): void {
    if (this.sinceSummary > 0) this.summarize();
  }

  private summarize(): void {
    this.log.info('http.client_aborts', { aborted: this.sinceSummary, total: this.total });
    this.sinceSummary = 0;
  }
}
