/**
 * The ledger's secrets in every spelling the audit looks for, indexed for one pass over a text.
 * Two families, because they leak differently (test/audit/README.md):
 * - long secrets (keys, tokens, TOTP secrets, recovery codes, SMS texts): random enough that any
 *   occurrence, anywhere, in any of their spellings, is a leak — plain substring search;
 * - codes (6–10 digits): short enough to occur by chance, so they are looked up only as whole
 *   tokens (scanner.ts decides where a token starts and ends).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { base32Decode } from '../../twofactor/support/auth-helpers.js';
import type { LedgerEntry, SecretKind } from '../../twofactor/support/secret-ledger.js';

export type { LedgerEntry, SecretKind };

export interface Needle {
  form: string;
  /** Which spelling: `as is`, `base64`, `hex of the key`… */
  spelling: string;
  secret: LedgerEntry;
}

export const CODE_KINDS: readonly SecretKind[] = ['otp-code', 'totp-code'];

export function loadLedger(dir: string): LedgerEntry[] {
  const ledgerDir = path.join(dir, 'ledger');
  let files: string[] = [];
  try { files = readdirSync(ledgerDir); } catch { return []; }
  return files.flatMap((f) => readFileSync(path.join(ledgerDir, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as LedgerEntry));
}

const b64 = (b: Buffer): string => b.toString('base64').replace(/=+$/, '');
const b64url = (b: Buffer): string => b.toString('base64url');

/** The spellings in which a secret, written anywhere, would still be that secret. */
export function spellings(e: LedgerEntry): [spelling: string, form: string][] {
  const v = e.value;
  const text = Buffer.from(v, 'utf8');
  switch (e.kind) {
    case 'token': {
      const signature = v.split('.')[2] ?? '';
      return [['as is', v], ...(signature.length >= 16 ? [['its signature', signature] as [string, string]] : [])];
    }
    case 'step-up-token':
      // The HMAC is the secret; the expiry before the dot is not.
      return [['as is', v], ['its HMAC', v.split('.')[1] ?? v]];
    case 'webhook-secret':
      // The random part alone is as good as the whole (a receiver may store it without the prefix).
      return [['as is', v], ['without prefix', v.replace(/^whsec_/, '')], ['base64', b64(text)]];
    case 'api-key':
    case 'provider-key':
      return [['as is', v], ['base64', b64(text)]];
    case 'totp-secret': {
      const key = base32Decode(v);
      return [['as is', v], ['lower case', v.toLowerCase()], ['hex of the key', key.toString('hex')],
        ['base64 of the key', b64(key)], ['base64url of the key', b64url(key)], ['base64', b64(text)]];
    }
    case 'key-bytes': {
      const key = Buffer.from(v, 'hex');
      return [['hex', v], ['HEX', v.toUpperCase()], ['base64', b64(key)], ['base64url', b64url(key)]];
    }
    case 'recovery-code': {
      // Users type them in any case, with or without the dash; the service normalises.
      const bare = v.replace('-', '');
      return [['as is', v], ['lower case', v.toLowerCase()], ['without dash', bare], ['lower case without dash', bare.toLowerCase()], ['base64', b64(text)]];
    }
    case 'sms-body':
    case 'mail-body': {
      const escaped = JSON.stringify(v).slice(1, -1);
      return [['as is', v], ...(escaped !== v ? [['JSON-escaped', escaped] as [string, string]] : [])];
    }
    case 'otp-code':
    case 'totp-code':
      return [];
  }
}

// Every long spelling is ≥ 10 characters (a recovery code without its dash); its first
// ANCHOR characters key the index, and a table of first-two-character pairs skips most
// positions of a text without building a string.
const ANCHOR = 10;
const pairOf = (s: string, i: number): number => ((s.charCodeAt(i) & 0xff) << 8) | (s.charCodeAt(i + 1) & 0xff);

export class SecretIndex {
  readonly codes = new Map<string, LedgerEntry>();
  readonly counts = new Map<SecretKind, number>();
  private readonly pairs = new Uint8Array(1 << 16);
  private readonly byAnchor = new Map<string, Needle[]>();

  constructor(readonly entries: readonly LedgerEntry[]) {
    for (const e of entries) {
      this.counts.set(e.kind, (this.counts.get(e.kind) ?? 0) + 1);
      if (CODE_KINDS.includes(e.kind)) this.codes.set(e.value, e);
      for (const [spelling, form] of spellings(e)) this.add({ form, spelling, secret: e });
    }
  }

  private add(n: Needle): void {
    if (n.form.length < ANCHOR) throw new Error(`a ${n.secret.kind} spelled ${n.spelling} is too short to search for`);
    const anchor = n.form.slice(0, ANCHOR);
    this.pairs[pairOf(anchor, 0)] = 1;
    const list = this.byAnchor.get(anchor);
    if (list) list.push(n);
    else this.byAnchor.set(anchor, [n]);
  }

  /** Every long secret occurring in `text`, with its offset. */
  *longSecretsIn(text: string): Generator<[Needle, number]> {
    for (let i = 0; i + ANCHOR <= text.length; i++) {
      if (!this.pairs[pairOf(text, i)]) continue;
      const list = this.byAnchor.get(text.slice(i, i + ANCHOR));
      if (list) for (const n of list) if (text.startsWith(n.form, i)) yield [n, i];
    }
  }
}
