/**
 * The ledger of secrets the two-factor suites see, for the secrets audit (test/audit/) that runs
 * after every suite and greps what they left behind — logs and databases — for them.
 *
 * Active only when test/run-tests.mjs names a fresh per-run directory in STACKPORT_AUDIT_DIR;
 * otherwise every function here does nothing, so a suite run on its own behaves as before.
 * node:test runs each test file in its own process: every process writes its own files (named
 * after the file and the pid), so no two processes ever append to one file.
 *
 * Layout of the directory: `ledger/*.jsonl` (`{kind, value, suite}` lines), `logs/*.log` (log
 * lines), `sqlite/<dir>/` (the suites' SQLite files, kept instead of deleted), `mariadb/*.json`
 * (every table of a MariaDB database, dumped just before the suite drops it).
 */
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';

export const AUDIT_DIR: string | undefined = process.env.STACKPORT_AUDIT_DIR || undefined;

/**
 * `key-bytes` is binary key material (pepper, JWT key), recorded as hex; the audit derives its
 * other spellings. `sms-body` is a whole SMS text, `mail-body` a whole email text; each carries a code.
 */
export type SecretKind = 'otp-code' | 'totp-code' | 'totp-secret' | 'recovery-code' | 'api-key' | 'token' | 'sms-body' | 'mail-body' | 'provider-key' | 'key-bytes' | 'step-up-token'
  | 'webhook-secret';

export interface LedgerEntry {
  kind: SecretKind;
  value: string;
  suite: string;
}

/** The test file this process runs, e.g. `lifecycle`. */
export const SUITE = path.basename(process.argv[1] ?? 'unknown').replace(/\.test\.js$|\.js$/, '');

// Codes shorter than 6 digits cannot be told from chance in a grep (see test/audit/README.md);
// other secrets shorter than 16 characters are test inputs ('x', 'not-a-token'), not secrets.
const ACCEPT: Record<SecretKind, RegExp> = {
  'otp-code': /^\d{6,10}$/, 'totp-code': /^\d{6,10}$/, 'totp-secret': /^[A-Z2-7]{16,}$/, 'recovery-code': /^[A-Z2-9]{5}-[A-Z2-9]{5}$/,
  'api-key': /^.{16,}$/s, token: /^.{16,}$/s, 'sms-body': /^.{16,}$/s, 'mail-body': /^.{16,}$/s, 'provider-key': /^.{8,}$/s, 'key-bytes': /^([0-9a-f]{2}){16,}$/,
  'step-up-token': /^[0-9a-z]{1,12}\.[A-Za-z0-9_-]{43}$/, 'webhook-secret': /^whsec_[A-Za-z0-9_-]{32,}$/,
};

const seen = new Set<string>();
let ledgerFile: string | undefined;

export function recordSecret(kind: SecretKind, value: string | null | undefined): void {
  if (!AUDIT_DIR || typeof value !== 'string' || !ACCEPT[kind].test(value)) return;
  const key = `${kind}\0${value}`;
  if (seen.has(key)) return;
  seen.add(key);
  ledgerFile ??= auditPath('ledger', `${SUITE}-${process.pid}.jsonl`);
  appendFileSync(ledgerFile, `${JSON.stringify({ kind, value, suite: SUITE } satisfies LedgerEntry)}\n`);
}

export function recordKeyBytes(key: Buffer | Uint8Array | undefined): void {
  if (key) recordSecret('key-bytes', Buffer.from(key).toString('hex'));
}

function auditSubdir(sub: string): string {
  const dir = path.join(AUDIT_DIR!, sub);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A file in a subdirectory of the audit directory (created on demand). */
export function auditPath(sub: string, name: string): string {
  return path.join(auditSubdir(sub), name);
}

/** A fresh directory for a suite's SQLite files, which the audit reads after the run. */
export function auditSqliteDir(): string | undefined {
  return AUDIT_DIR ? mkdtempSync(path.join(auditSubdir('sqlite'), `${SUITE}-${process.pid}-`)) : undefined;
}

const teed = new WeakSet<string[]>();
let logSeq = 0;

/**
 * From now on every line pushed onto `lines` (a memoryLogger's) is also written to a log file of
 * the audit directory; the lines already there are copied first. Synchronous writes: a test
 * process may end without a chance to flush, and a line a test logged must not escape the audit.
 */
export function teeLogLines(lines: string[], label = 'app'): void {
  if (!AUDIT_DIR || teed.has(lines)) return;
  teed.add(lines);
  const fd = openSync(auditPath('logs', `${SUITE}-${process.pid}-${label}-${++logSeq}.log`), 'a');
  for (const l of lines) writeSync(fd, `${l}\n`);
  const push = lines.push.bind(lines);
  lines.push = (...items: string[]): number => {
    for (const l of items) writeSync(fd, `${l}\n`);
    return push(...items);
  };
}

/** What a child process (a `node dist/src/main.js` the suite started) wrote, as one log file. */
export function saveChildOutput(label: string, text: string): void {
  if (AUDIT_DIR && text) writeFileSync(auditPath('logs', `${SUITE}-${process.pid}-${label}-${++logSeq}.log`), text);
}

/** Copies a child process's SQLite files (`*.sqlite*` in `dir`) before the suite deletes them. */
export function keepSqliteFiles(dir: string): void {
  const target = existsSync(dir) ? auditSqliteDir() : undefined;
  if (!target) return;
  for (const f of readdirSync(dir).filter((n) => n.includes('.sqlite'))) copyFileSync(path.join(dir, f), path.join(target, f));
}
