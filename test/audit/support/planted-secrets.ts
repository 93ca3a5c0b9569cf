/**
 * The audit's negative control: secrets of every kind planted, in every spelling, into a scratch
 * log, SQLite file and MariaDB dump — each must be found where it was put — beside digits that
 * only look like codes (a pid, a timestamp, a digest), which must not be. Proves the audit can
 * fail, and that its code rule does not fire on chance digits.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scanLogFile, scanSchemaDump, scanSqliteFile } from './audit-sources.js';
import { SecretIndex, spellings, type LedgerEntry, type SecretKind } from './secret-index.js';
import { SecretScanner } from './secret-scanner.js';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const RECOVERY = '23456789BCDFGHJKMNPQRTVWXY';
const pick = (alphabet: string, n: number): string => Array.from({ length: n }, () => alphabet[randomInt(alphabet.length)]).join('');
const b64url = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
const Sqlite = createRequire(__filename)('better-sqlite3') as new (file: string) => {
  exec(sql: string): void; prepare(sql: string): { run(...values: unknown[]): void }; close(): void;
};

/** Fresh secrets of every kind; the two codes are a number-like one and one with a leading zero. */
export function plantedLedger(): LedgerEntry[] {
  const e = (kind: SecretKind, value: string): LedgerEntry => ({ kind, value, suite: 'planted' });
  const code = String(randomInt(100_000, 1_000_000));
  return [
    e('otp-code', code), e('totp-code', `0${randomInt(10_000, 100_000)}`),
    e('totp-secret', pick(BASE32, 32)), e('recovery-code', `${pick(RECOVERY, 5)}-${pick(RECOVERY, 5)}`),
    e('api-key', randomBytes(24).toString('base64url')), e('provider-key', `test_${randomBytes(12).toString('hex')}`),
    e('token', `${b64url({ alg: 'HS256' })}.${b64url({ sub: randomBytes(8).toString('hex') })}.${randomBytes(32).toString('base64url')}`),
    // Its code is none of the ledger's: a code inside an SMS text is the codes' rule's business.
    e('sms-body', `Your verification code is ${randomInt(1_000_000, 10_000_000)}. Ref: "Q7RT".`),
    e('mail-body', `Your 2FA code is ${randomInt(1_000_000, 10_000_000)}. Ref: "M4IL".`), e('key-bytes', randomBytes(32).toString('hex')),
    e('step-up-token', `${Date.now().toString(36)}.${randomBytes(32).toString('base64url')}`),
    e('webhook-secret', `whsec_${randomBytes(32).toString('base64url')}`),
  ];
}

export interface ControlResult {
  /** Where each planted spelling should have been found, and was not. */
  missed: string[];
  /** Findings the control did not plant (chance digits taken for codes). */
  unexpected: string[];
}

export function runControl(): ControlResult {
  const ledger = plantedLedger();
  const [otp, totp, secret, recovery, apiKey] = ledger as [LedgerEntry, LedgerEntry, LedgerEntry, LedgerEntry, LedgerEntry];
  const c = otp.value;
  const scanner = new SecretScanner(new SecretIndex(ledger));
  const dir = mkdtempSync(path.join(tmpdir(), 'stackport-audit-control-'));
  const expected = new Set<string>();
  const expect = (where: string, e: LedgerEntry, spelling: string): void => { expected.add(`${where}|${e.kind}|${spelling}`); };
  try {
    // A log: one leak per line — every spelling written literally, as a careless call site would —
    // then lines of digits that only look like a code, which must stay quiet.
    const lines: string[] = [];
    const leak = (e: LedgerEntry, spelling: string, line: string): void => { lines.push(line); expect(`log:${lines.length}`, e, spelling); };
    for (const e of ledger) {
      for (const [spelling, form] of spellings(e)) {
        leak(e, spelling, `{"level":"info","pid":4242,"detail":"x ${form} y","event":"leak"}`);
        // A whole token holds its signature: both are found.
        for (const [inner, part] of spellings(e)) if (inner !== spelling && form.includes(part)) expect(`log:${lines.length}`, e, inner);
      }
    }
    leak(otp, 'as is', JSON.stringify({ pid: 4242, otp: c, event: 'leak' }));
    leak(otp, 'as is', JSON.stringify({ pid: 4242, otpNumber: Number(c), event: 'leak' }));
    leak(totp, 'as is', JSON.stringify({ pid: 4242, message: `code ${totp.value}.`, event: 'leak' }));
    leak(totp, 'as is', `plain text (${totp.value}) from a child process`);
    lines.push(
      JSON.stringify({ level: 'info', pid: Number(c), event: 'pid equal to a code' }),
      JSON.stringify({ ms: Number(`1763900${c}`), hash: `ab${c}cd`, b64: `Q${c}x9`, phone: `+90532${c}`, ref: `${c}Z`, event: 'digits inside longer runs' }),
      `not json: ${c}7 a${c} ${c}b 1${c}`,
    );
    writeFileSync(path.join(dir, 'control.log'), `${lines.join('\n')}\n`);
    scanLogFile(scanner, path.join(dir, 'control.log'), 'log');

    // A SQLite file: a TEXT, an INTEGER and a BLOB cell, found in the rows; the text ones in the bytes too.
    const sqliteFile = path.join(dir, 'control.sqlite');
    const db = new Sqlite(sqliteFile);
    db.exec('CREATE TABLE t (a TEXT, n INTEGER, b BLOB, at_ms INTEGER)');
    db.prepare('INSERT INTO t VALUES (?, ?, ?, ?)').run(`key=${apiKey.value}`, Number(c), Buffer.from(secret.value), Number(`1763900${c}`));
    db.close();
    scanSqliteFile(scanner, sqliteFile, 'db');
    expect('db t.a', apiKey, 'as is');
    expect('db t.n', otp, 'as is');
    expect('db t.b', secret, 'as is');
    expect('db bytes', apiKey, 'as is');
    expect('db bytes', secret, 'as is');

    // A MariaDB dump: a VARCHAR, a BIGINT, and a DECIMAL that arrives as a string.
    scanSchemaDump(scanner, { t: {
      columns: [{ name: 'a', type: 'varchar' }, { name: 'n', type: 'bigint' }, { name: 'd', type: 'decimal' }, { name: 'at_ms', type: 'bigint' }],
      rows: [[recovery.value.toLowerCase().replace('-', ''), Number(c), c, Number(`1763900${c}`)]],
    } }, 'dump');
    expect('dump t.a', recovery, 'lower case without dash');
    expect('dump t.n', otp, 'as is');
    expect('dump t.d', otp, 'as is');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const found = new Set(scanner.findings.map((f) => `${f.where.replace(/ at byte \d+$/, ' bytes')}|${f.kind}|${f.spelling}`));
  return { missed: [...expected].filter((x) => !found.has(x)), unexpected: [...found].filter((x) => !expected.has(x)) };
}
