/**
 * Structured JSON-lines logging with ids only. Fields whose names say they may carry a secret
 * are redacted whatever their value, as a second line of defence: call sites never pass codes,
 * message bodies or access keys in the first place.
 */
export type LogLevel = 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;
export type LogSink = (line: string) => void;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

const SECRET_FIELD = /^(otp|otp_?code|code)$|pass(word)?|secret|pepper|access.?key|api.?key|authorization|^body$|^token|recovery.?codes?$|uri$/i;

export function redact(fields: LogFields): LogFields {
  const out: LogFields = {};
  for (const [k, v] of Object.entries(fields)) out[k] = SECRET_FIELD.test(k) ? '[redacted]' : v;
  return out;
}

export function createLogger(sink: LogSink = (line) => process.stdout.write(`${line}\n`)): Logger {
  const write = (level: LogLevel, event: string, fields: LogFields = {}): void => {
    sink(JSON.stringify({ time: new Date().toISOString(), level, event, ...redact(fields) }));
  };
  return {
    info: (e, f) => write('info', e, f),
    warn: (e, f) => write('warn', e, f),
    error: (e, f) => write('error', e, f),
  };
}

/** Collects lines in memory (tests). */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return Object.assign(createLogger((l) => lines.push(l)), { lines });
}
