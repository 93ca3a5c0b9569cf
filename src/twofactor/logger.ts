/**
 * Structured JSON-lines logging (pino) with ids only. Fields whose names say they may carry a
 * secret are redacted whatever their value, as a second line of defence: call sites never pass
 * codes, message bodies or access keys in the first place. pino's own `redact` takes fixed paths;
 * the rule here is a pattern over field names, so it runs as pino's log formatter instead.
 * Every line written while a request is handled carries that request's id (request-context.ts).
 */
import pino from 'pino';
import { LineWriter } from './log-line-writer.js';
import { currentRequestId } from './request-context.js';

export type LogLevel = 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;
export type LogSink = (line: string) => void;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  /** Writes out what is buffered (before the process exits). */
  flush?(): void;
}

const SECRET_FIELD = /^(otp|otp_?code|code)$|pass(word)?|secret|pepper|access.?key|api.?key|authorization|^body$|^token|recovery.?codes?$|uri$/i;

export function redact(fields: LogFields, into: LogFields = {}): LogFields {
  for (const k of Object.keys(fields)) into[k] = isSecretField(k) ? '[redacted]' : fields[k];
  return into;
}

/** Field names come from call sites, a few dozen in all: each is tested against the pattern once. */
const secretFieldCache = new Map<string, boolean>();
function isSecretField(name: string): boolean {
  let secret = secretFieldCache.get(name);
  if (secret === undefined) {
    secret = SECRET_FIELD.test(name);
    if (secretFieldCache.size < 1024) secretFieldCache.set(name, secret);
  }
  return secret;
}

/** The request's id first, then the fields, redacted: one new object per line. */
function lineFields(fields: LogFields): LogFields {
  const requestId = currentRequestId();
  return redact(fields, requestId ? { requestId } : {});
}

export interface LoggerOptions {
  /** LOG_LEVEL: info (default), warn or error. */
  level?: LogLevel;
}

/**
 * Lines are `{"level":"info","time":"…","pid":…,"requestId":"…",…fields,"event":"…"}`. Without a sink,
 * stdout, a turn's lines in one write after the turn (log-line-writer.ts).
 */
export function createLogger(sink?: LogSink, options: LoggerOptions = {}): Logger {
  const stdout = sink ? undefined : new LineWriter(1);
  const destination = stdout ?? { write: (s: string) => sink!(s.endsWith('\n') ? s.slice(0, -1) : s) };
  const p = pino({
    level: options.level ?? 'info',
    // The pid tells a cluster's workers apart (WORKERS > 1).
    base: { pid: process.pid },
    messageKey: 'event',
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }), log: lineFields },
  }, destination);
  return {
    info: (e, f) => p.info(f ?? {}, e),
    warn: (e, f) => p.warn(f ?? {}, e),
    error: (e, f) => p.error(f ?? {}, e),
    flush: () => stdout?.flushSync(),
  };
}

/** Collects lines in memory (tests). */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return Object.assign(createLogger((l) => lines.push(l)), { lines });
}
