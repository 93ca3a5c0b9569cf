/**
 * The cursor the JSV reader walks, and ServiceStack's value-extent rule (`EatValue`): a value is
 * a quoted token (`""` escapes a quote), a `{…}`/`[…]` block (same-kind brackets counted, quote
 * state toggled on every `"`), or raw text up to the context's terminator. Values are read in
 * place — no substrings until a leaf value needs one — and every loop only moves forward, so
 * hostile input costs linear time.
 */
import type { Constructor } from '../../types/type-ref.js';
import type { TextCase } from '../../types/text-case.js';
import { SerializationException } from '../../errors/exceptions.js';
import { isWs } from './jsv-text.js';
import type { ScalarSettings } from './jsv-values.js';

/** Terminator sets: which characters end a raw value. TOP = the whole remaining region. */
export const TOP = 0;
/** Object member / dictionary value: `,` or `}`. */
export const MEMBER = 3;
/** Element of a `[…]` list read in place: `,`, `}` or the closing `]`. */
export const ITEM = 7;
/** Element of a bracketless list (`1,2,3`, query strings): `,` or `}`. */
export const BARE_ITEM = 3;

export interface ReadSettings extends ScalarSettings {
  textCase: TextCase;
  maxDepth: number;
  /** `Namespace.Name` → class, for `__type` hints. */
  knownTypes: ReadonlyMap<string, Constructor> | undefined;
  convertObjects: boolean;
  /** CodecOptions.throwOnError. */
  throwOnError: boolean;
}

export class JsvCursor {
  i = 0;
  depth = 0;
  /** Last token: [ts, te) of its content, whether it was quoted and holds `""` escapes. */
  ts = 0;
  te = 0;
  quoted = false;
  esc = false;

  constructor(readonly s: string, public end: number, readonly o: ReadSettings) {}

  /** True when the value at the cursor is empty (at a terminator or the region's end). */
  atEmpty(mode: number): boolean {
    if (this.i >= this.end) return true;
    const c = this.s.charCodeAt(this.i);
    return (c === 44 && (mode & 1) !== 0) || (c === 125 && (mode & 2) !== 0) || (c === 93 && (mode & 4) !== 0);
  }

  /** The last token's text, unquoted. */
  token(): string {
    const t = this.s.slice(this.ts, this.te);
    return this.esc ? t.replaceAll('""', '"') : t;
  }

  enter(): void {
    if (++this.depth > this.o.maxDepth) throw this.error(`JSV nested deeper than ${this.o.maxDepth} levels`);
  }

  error(message: string, at = this.i): SerializationException {
    return new SerializationException(`${message} (at offset ${at})`);
  }

  skipWs(): void {
    const s = this.s;
    while (this.i < this.end && isWs(s.charCodeAt(this.i))) this.i++;
  }
}

/** Reads one value's extent at the cursor into ts/te/quoted/esc and moves past it. */
export function lex(r: JsvCursor, mode: number): void {
  const s = r.s;
  const end = r.end;
  const i = r.i;
  r.quoted = false;
  r.esc = false;
  if (mode === TOP) {
    // A whole text is unquoted like FromCsvField: first and last characters dropped.
    if (i < end && s.charCodeAt(i) === 34) {
      if (end - i < 2) throw r.error('Unterminated quoted value');
      r.ts = i + 1;
      r.te = end - 1;
      r.quoted = true;
      const k = s.indexOf('""', r.ts);
      r.esc = k >= 0 && k + 2 <= r.te;
    } else {
      r.ts = i;
      r.te = end;
    }
    r.i = end;
    return;
  }
  if (i >= end) {
    r.ts = r.te = i;
    return;
  }
  const c = s.charCodeAt(i);
  if (c === 34) {
    let j = i + 1;
    for (;;) {
      const k = s.indexOf('"', j);
      if (k < 0 || k >= end) throw r.error('Unterminated quoted value', i);
      if (k + 1 < end && s.charCodeAt(k + 1) === 34) {
        r.esc = true;
        j = k + 2;
        continue;
      }
      r.ts = i + 1;
      r.te = k;
      r.quoted = true;
      r.i = k + 1;
      return;
    }
  }
  if (c === 123 || c === 91) {
    const close = c + 2;
    let depth = 1;
    let inQuotes = false;
    let j = i + 1;
    for (; j < end; j++) {
      const d = s.charCodeAt(j);
      if (d === 34) inQuotes = !inQuotes;
      else if (!inQuotes) {
        if (d === c) depth++;
        else if (d === close && --depth === 0) break;
      }
    }
    if (j >= end) throw r.error(`Unbalanced '${String.fromCharCode(c)}'`, i);
    r.ts = i;
    r.te = j + 1;
    r.i = j + 1;
    return;
  }
  let j = i + 1;
  if ((mode & 4) !== 0) {
    for (; j < end; j++) {
      const d = s.charCodeAt(j);
      if (d === 44 || d === 125 || d === 93) break;
    }
  } else {
    for (; j < end; j++) {
      const d = s.charCodeAt(j);
      if (d === 44 || d === 125) break;
    }
  }
  r.ts = i;
  r.te = j;
  r.i = j;
}

/**
 * A map key (`EatMapKey`): quoted, a `{…}` block, or raw text up to the `:`. Leaves the cursor
 * after the `:` and returns the key unquoted; `trim` as object keys are trimmed, map keys not.
 * Returns undefined for an empty raw key (ServiceStack skips such entries).
 */
export function readKey(r: JsvCursor, trim: boolean): string | undefined {
  const s = r.s;
  if (trim) r.skipWs();
  const start = r.i;
  let key: string | undefined;
  const c = r.i < r.end ? s.charCodeAt(r.i) : -1;
  if (c === 34 || c === 123) {
    lex(r, MEMBER);
    key = c === 34 ? r.token() : s.slice(r.ts, r.te);
    if (trim) r.skipWs();
  } else {
    const k = s.indexOf(':', r.i);
    if (k < 0 || k >= r.end) throw r.error("Expected ':' after a key", start);
    key = s.slice(r.i, k);
    if (trim) key = key.trim();
    r.i = k;
    if (key.length === 0) key = undefined;
  }
  if (r.i >= r.end || s.charCodeAt(r.i) !== 58) throw r.error("Expected ':' after a key");
  r.i++;
  return key;
}

/** After a member or entry: `,` continues (true), `}` ends (false); anything else is malformed. */
export function afterEntry(r: JsvCursor, braced: boolean): boolean {
  if (r.i >= r.end) {
    if (braced) throw r.error("Expected ',' or '}' but the text ended");
    return false;
  }
  const c = r.s.charCodeAt(r.i);
  if (c === 44) {
    r.i++;
    return braced || r.i < r.end;
  }
  if (c === 125) {
    r.i++;
    return !braced && r.i < r.end;
  }
  throw r.error(`Expected ',' or '}' but found '${r.s[r.i]}'`);
}
