/**
 * Structured JSON-lines logging (pino) with ids only. Fields whose names say they may carry a
 * secret are redacted whatever their value, as a second line of defence: call sites never pass
 * codes, message bodies or access keys in the first place. pino's own `redact` takes fixed paths;
 * the rule here is a pattern over field names, so it runs as pino's log formatter instead.
 * A request's lines come from a child logger carrying its id (request-log.ts).
 */
import pino from 'pino';
import { LineWriter } from './log-line-writer.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;
export type LogSink = (line: string) => void;

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  /** A logger whose lines carry `bindings` before their own fields (a request's id). */
  child(bindings: LogFields): Logger;
  /** Writes out what is buffered (before the process exits). */
  flush?(): void;
}

const SECRET_FIELD = /^(otp|otp_?code|code)$|pass(word)?|secret|pepper|access.?key|api.?key|authorization|^body$|token|recovery.?codes?$|uri$/i;

/** `fields` with secret-named ones replaced; the same object when none is (nearly every line). */
export function redact(fields: LogFields): LogFields {
  let redacted: LogFields | undefined;
  for (const k of Object.keys(fields)) if (isSecretField(k)) (redacted ??= { ...fields })[k] = '[redacted]';
  return redacted ?? fields;
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

export interface LoggerOptions {
  /** LOG_LEVEL: debug, info (default), warn or error. */
  level?: LogLevel;
}

/**
 * Lines are `{"level":"info","time":"…","pid":…,…bindings,…fields,"event":"…"}`. Without a sink,
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
    formatters: { level: (label) => ({ level: label }), log: redact },
  }, destination);
  return wrap(p, () => stdout?.flushSync());
}

function wrap(p: pino.Logger, flush: () => void): Logger {
  return {
    debug: (e, f) => p.debug(f ?? {}, e),
    info: (e, f) => p.info(f ?? {}, e),
    warn: (e, f) => p.warn(f ?? {}, e),
    error: (e, f) => p.error(f ?? {}, e),
    // Bindings are serialised once, here, rather than on every line.
    child: (bindings) => wrap(p.child(redact(bindings)), flush),
    flush,
  };
}

/** Collects lines in memory (tests). */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return Object.assign(createLogger((l) => lines.push(l)), { lines });
}
