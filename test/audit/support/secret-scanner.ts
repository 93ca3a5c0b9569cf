/**
 * Where a secret counts as found. Long secrets: anywhere. Codes (6–10 digits): only where a code
 * would be a code — a whole token of a text (no ASCII letter or digit either side), or a number
 * stored or logged as exactly that number — because inside longer runs (timestamps, phone
 * numbers, hex and base64 digests) every 6-digit string occurs by chance sooner or later. JSON
 * log lines are read value by value so the `pid` field, the one number in every line that can
 * have 6 digits, is not taken for a code. test/audit/README.md gives the reasoning and the odds.
 */
import { CODE_TOKEN } from '../../twofactor/support/audit-taps.js';
import type { LedgerEntry, SecretIndex, SecretKind } from './secret-index.js';

export interface Finding {
  where: string;
  kind: SecretKind;
  spelling: string;
  /** The suite that recorded the secret. */
  suite: string;
  /** The secret's first characters, to find it in the ledger without printing it. */
  hint: string;
}

export const describeFinding = (f: Finding): string =>
  `${f.kind} ${f.hint}… (recorded by ${f.suite})${f.spelling === 'as is' ? '' : `, spelled ${f.spelling},`} in ${f.where}`;

/** Fields of every log line that are no secret and can look like a code. */
const LOG_FIELDS_NOT_SECRET = new Set(['pid']);

export class SecretScanner {
  readonly findings: Finding[] = [];
  /** Digit tokens that are no code of the ledger: what a code could meet by chance. */
  readonly otherTokens = new Set<string>();
  readonly stats = { texts: 0, characters: 0, numbers: 0 };
  private readonly reported = new Set<string>();

  constructor(readonly index: SecretIndex) {}

  /** Free text (a value; a file's bytes as latin1, then `bytes` names offsets): long secrets anywhere, codes as whole tokens. */
  text(text: string, where: string, bytes = false): void {
    this.longSecrets(text, where, (at) => (bytes ? `${where} at byte ${at}` : where));
    for (const m of text.matchAll(CODE_TOKEN)) this.token(m[0], bytes ? `${where} at byte ${m.index}` : where);
  }

  /** A number as such (an INTEGER cell, a JSON number): a code only if it is that number. */
  number(value: number | bigint | string, where: string): void {
    this.stats.numbers++;
    const s = String(value);
    if (/^\d{6,10}$/.test(s)) this.token(s, where);
  }

  /** A log file: long secrets anywhere; codes in each JSON line's values, or in other lines' text. */
  log(text: string, where: string): void {
    this.longSecrets(text, where, (at) => `${where}:${text.slice(0, at).split('\n').length}`);
    text.split('\n').forEach((line, i) => {
      const at = `${where}:${i + 1}`;
      let parsed: unknown;
      try { parsed = line.startsWith('{') ? JSON.parse(line) : undefined; } catch { parsed = undefined; }
      if (parsed && typeof parsed === 'object') this.values(parsed, at);
      else this.codeTokens(line, at);
    });
  }

  /** Expected number of chance matches of a code with a token of the texts that is no code. */
  chanceMatches(): number {
    const byLength = new Map<number, number>();
    for (const code of this.index.codes.keys()) byLength.set(code.length, (byLength.get(code.length) ?? 0) + 1);
    let e = 0;
    for (const t of this.otherTokens) e += (byLength.get(t.length) ?? 0) / 10 ** t.length;
    return e;
  }

  private values(v: unknown, where: string, key?: string): void {
    if (typeof v === 'string') this.codeTokens(v, where);
    else if (typeof v === 'number') { if (!LOG_FIELDS_NOT_SECRET.has(key ?? '')) this.number(v, where); }
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) this.values(x, where, Array.isArray(v) ? key : k);
  }

  private longSecrets(text: string, where: string, at: (offset: number) => string): void {
    this.stats.texts++;
    this.stats.characters += text.length;
    for (const [n, offset] of this.index.longSecretsIn(text)) this.found(at(offset), n.secret, n.spelling);
  }

  private codeTokens(text: string, where: string): void {
    for (const m of text.matchAll(CODE_TOKEN)) this.token(m[0], where);
  }

  private token(t: string, where: string): void {
    const secret = this.index.codes.get(t);
    if (secret) this.found(where, secret, 'as is');
    else this.otherTokens.add(t);
  }

  private found(where: string, secret: LedgerEntry, spelling: string): void {
    const key = `${where}\0${secret.kind}\0${secret.value}\0${spelling}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.findings.push({ where, kind: secret.kind, spelling, suite: secret.suite, hint: secret.value.slice(0, 4) });
  }
}
