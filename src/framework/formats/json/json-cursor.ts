/**
 * A hand-written JSON tokenizer over a string: no intermediate tree, numbers kept as their raw
 * text (so 64-bit integers stay exact), strings sliced without copying when they hold no escape.
 * The grammar switches cover the three dialects: Go's strict encoding/json, Json.NET's lenient
 * reader (comments, single quotes, unquoted names, trailing commas, NaN/Infinity) and
 * ServiceStack.Text's tolerant one. Errors come from a dialect-supplied `SyntaxMessages`.
 */
import type { SerializationException } from '../../errors/exceptions.js';

export const T_STRING = 0, T_NUMBER = 1, T_TRUE = 2, T_FALSE = 3, T_NULL = 4, T_OBJECT = 5, T_ARRAY = 6;
export type Tok = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export type SyntaxContext = 'value' | 'key' | 'colon' | 'afterMember' | 'afterItem' | 'string' | 'escape' | 'number' | 'literal';

export interface SyntaxMessages {
  unexpectedEnd(c: JsonCursor, context?: 'string'): Error;
  unexpectedChar(c: JsonCursor, at: number, context: SyntaxContext): Error;
  tooDeep(c: JsonCursor): Error;
}

export interface Grammar {
  /** `//` and `/* *\/` comments (Json.NET). */
  readonly comments: boolean;
  /** `'single'` quoted strings and names (Json.NET). */
  readonly singleQuotes: boolean;
  /** Property names without quotes (Json.NET, ServiceStack). */
  readonly unquotedNames: boolean;
  /** `{"a":1,}` and `[1,]` (Json.NET, ServiceStack). */
  readonly trailingCommas: boolean;
  /** Bare `NaN`, `Infinity`, `-Infinity` (what ServiceStack writes; Json.NET reads them). */
  readonly nonFinite: boolean;
  /** Go's number grammar and no raw control characters inside strings. */
  readonly strict: boolean;
}

const ESCAPES: Record<number, string> = { 34: '"', 92: '\\', 47: '/', 98: '\b', 102: '\f', 110: '\n', 114: '\r', 116: '\t', 39: "'" };
const CTRL = /[\u0000-\u001f]/;

export class JsonCursor {
  i = 0;
  readonly n: number;
  depth = 0;
  /** Decoded text of the last string token, or raw text of the last number token. */
  text = '';
  /** Where the last token started. */
  tokStart = 0;
  /** The last property name read by `objectKey`. */
  key = '';
  /**
   * Member names and indices from the root to the value being read, for error messages: the
   * first `plen` entries of `parts` (a length counter is much cheaper than resizing an array).
   */
  readonly parts: (string | number)[] = [];
  plen = 0;
  /** `objectKey` matched the expected name it was given. */
  hit = false;
  /**
   * Where a member that does not read is recorded, the member left at its default and the object
   * read on (Json.NET's Error event marked handled, as Web API's formatter does); unset: throw.
   */
  errors: SerializationException[] | undefined;
  /** Next backslash at or after some earlier position (-1: none left, -2: not looked yet). */
  private bs = -2;

  constructor(readonly s: string, readonly g: Grammar, readonly msg: SyntaxMessages, readonly maxDepth: number) {
    this.n = s.length;
  }

  get path(): (string | number)[] {
    return this.parts.slice(0, this.plen);
  }

  /** Skips whitespace (and comments where allowed); returns the next char code, or -1 at the end. */
  ws(): number {
    const s = this.s;
    for (;;) {
      const ch = s.charCodeAt(this.i);
      if (ch === 32 || ch === 10 || ch === 13 || ch === 9) { this.i++; continue; }
      if (ch !== ch) return -1; // NaN: past the end
      if (this.g.strict) return ch;
      if (ch === 47 && this.g.comments) { this.comment(); continue; }
      if (ch === 0xa0 || ch === 0xfeff || ch === 0x0b || ch === 0x0c || ch === 0x85 || (ch >= 0x2000 && ch <= 0x200a) || ch === 0x2028 || ch === 0x2029 || ch === 0x3000) { this.i++; continue; }
      return ch;
    }
  }

  private comment(): void {
    const s = this.s, next = s.charCodeAt(this.i + 1);
    if (next === 47) {
      const end = s.indexOf('\n', this.i + 2);
      this.i = end < 0 ? this.n : end + 1;
    } else if (next === 42) {
      const end = s.indexOf('*/', this.i + 2);
      if (end < 0) { this.i = this.n; throw this.msg.unexpectedEnd(this); }
      this.i = end + 2;
    } else throw this.msg.unexpectedChar(this, this.i, 'value');
  }

  /**
   * Reads the next token. Scalars are consumed (their text in `text`); for `{` and `[` nothing is
   * consumed yet: the caller continues with `objectKey`/`arrayItem` or `skip`.
   */
  next(): Tok {
    const ch = this.ws();
    this.tokStart = this.i;
    switch (ch) {
      case 34: this.string(34); return T_STRING;
      case 123: return T_OBJECT;
      case 91: return T_ARRAY;
      case 116: this.literal('true'); return T_TRUE;
      case 102: this.literal('false'); return T_FALSE;
      case 110: this.literal('null'); return T_NULL;
      case -1: throw this.msg.unexpectedEnd(this);
      case 39: if (this.g.singleQuotes) { this.string(39); return T_STRING; } break;
      case 78: if (this.g.nonFinite) { this.literal('NaN'); this.text = 'NaN'; return T_NUMBER; } break;
      case 73: if (this.g.nonFinite) { this.literal('Infinity'); this.text = 'Infinity'; return T_NUMBER; } break;
      case 117: if (this.g.comments) { this.literal('undefined'); return T_NULL; } break;
      default:
        if (ch === 45 || (ch >= 48 && ch <= 57)) { this.number(); return T_NUMBER; }
    }
    throw this.msg.unexpectedChar(this, this.i, 'value');
  }

  private literal(word: string): void {
    const s = this.s;
    for (let k = 1; k < word.length; k++) {
      const at = this.i + k;
      if (at >= this.n) { this.i = this.n; throw this.msg.unexpectedEnd(this); }
      if (s.charCodeAt(at) !== word.charCodeAt(k)) throw this.msg.unexpectedChar(this, at, 'literal');
    }
    this.i += word.length;
  }

  private number(): void {
    const s = this.s, start = this.i;
    let i = start;
    if (this.g.strict) {
      i = this.strictNumber(i);
    } else {
      if (s.charCodeAt(i) === 45 && this.g.nonFinite && s.startsWith('Infinity', i + 1)) {
        this.i = i + 9;
        this.text = '-Infinity';
        return;
      }
      for (;;) {
        const c = s.charCodeAt(i);
        if ((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46 || c === 101 || c === 69) i++;
        else break;
      }
    }
    this.text = s.slice(start, i);
    this.i = i;
  }

  /** Go's number grammar: -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)? */
  private strictNumber(i: number): number {
    const s = this.s;
    const digit = (at: number): boolean => { const c = s.charCodeAt(at); return c >= 48 && c <= 57; };
    const need = (at: number): void => {
      if (at >= this.n) { this.i = this.n; throw this.msg.unexpectedEnd(this); }
      if (!digit(at)) throw this.msg.unexpectedChar(this, at, 'number');
    };
    if (s.charCodeAt(i) === 45) i++;
    need(i);
    if (s.charCodeAt(i) === 48) i++;
    else while (digit(i)) i++;
    if (s.charCodeAt(i) === 46) { i++; need(i); while (digit(i)) i++; }
    const e = s.charCodeAt(i);
    if (e === 101 || e === 69) {
      i++;
      const sign = s.charCodeAt(i);
      if (sign === 43 || sign === 45) i++;
      need(i);
      while (digit(i)) i++;
    }
    return i;
  }

  /** Reads a quoted string starting at `this.i` into `text`. */
  string(quote: number): void {
    const s = this.s, start = this.i + 1;
    const end = s.indexOf(quote === 34 ? '"' : "'", start);
    if (end < 0) { this.i = this.n; throw this.msg.unexpectedEnd(this, 'string'); }
    if (this.bs !== -1 && this.bs < start) this.bs = s.indexOf('\\', start);
    if (this.bs === -1 || this.bs > end) {
      const text = s.slice(start, end);
      if (this.g.strict && CTRL.test(text)) throw this.msg.unexpectedChar(this, start + text.search(CTRL), 'string');
      this.text = text;
      this.i = end + 1;
      return;
    }
    this.escapedString(quote, start);
  }

  private escapedString(quote: number, start: number): void {
    const s = this.s;
    let out = '';
    let from = start;
    let i = start;
    for (;;) {
      if (i >= this.n) { this.i = this.n; throw this.msg.unexpectedEnd(this, 'string'); }
      const c = s.charCodeAt(i);
      if (c === quote) break;
      if (c < 32 && this.g.strict) throw this.msg.unexpectedChar(this, i, 'string');
      if (c !== 92) { i++; continue; }
      out += s.slice(from, i);
      const e = s.charCodeAt(i + 1);
      if (e !== e) { this.i = this.n; throw this.msg.unexpectedEnd(this, 'string'); }
      if (e === 117) {
        const hex = s.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
          if (i + 6 > this.n && /^[0-9a-fA-F]*$/.test(hex)) { this.i = this.n; throw this.msg.unexpectedEnd(this, 'string'); }
          const bad = i + 2 + hex.search(/[^0-9a-fA-F]|$/);
          throw this.msg.unexpectedChar(this, bad, 'escape');
        }
        out += String.fromCharCode(parseInt(hex, 16));
        i += 6;
      } else {
        const r = ESCAPES[e];
        if (r === undefined || (e === 39 && this.g.strict)) {
          if (this.g.strict || this.g.comments) throw this.msg.unexpectedChar(this, i + 1, 'escape');
          out += s[i + 1]; // ServiceStack keeps an unknown escaped char as is
        } else out += r;
        i += 2;
      }
      from = i;
    }
    this.text = out + s.slice(from, i);
    this.i = i + 1;
    this.bs = -2;
  }

  /** Enters an object (at `{`). */
  enter(): void {
    if (++this.depth > this.maxDepth) throw this.msg.tooDeep(this);
    this.i++;
  }

  /**
   * Moves to the next member of the current object: true with its name in `key`, positioned at
   * its value; false after consuming the closing `}`.
   */
  objectKey(first: boolean, expect?: string): boolean {
    let ch = this.ws();
    if (!first) {
      if (ch === 125) { this.i++; this.depth--; return false; }
      if (ch !== 44) throw ch < 0 ? this.msg.unexpectedEnd(this) : this.msg.unexpectedChar(this, this.i, 'afterMember');
      this.i++;
      ch = this.ws();
      if (ch === 125 && this.g.trailingCommas) { this.i++; this.depth--; return false; }
    } else if (ch === 125) { this.i++; this.depth--; return false; }
    this.tokStart = this.i;
    this.hit = false;
    if (ch === 34) {
      // Members usually arrive in declaration order: compare in place, no slice or hash.
      if (expect !== undefined && this.s.startsWith(expect, this.i + 1) && this.s.charCodeAt(this.i + 1 + expect.length) === 34) {
        this.i += expect.length + 2;
        this.text = expect;
        this.hit = true;
      } else this.string(34);
    } else if (ch === 39 && this.g.singleQuotes) this.string(39);
    else if (ch >= 0 && this.g.unquotedNames && isNameChar(ch)) this.unquotedName();
    else throw ch < 0 ? this.msg.unexpectedEnd(this) : this.msg.unexpectedChar(this, this.i, 'key');
    this.key = this.text;
    const colon = this.ws();
    if (colon !== 58) throw colon < 0 ? this.msg.unexpectedEnd(this) : this.msg.unexpectedChar(this, this.i, 'colon');
    this.i++;
    return true;
  }

  private unquotedName(): void {
    const s = this.s, start = this.i;
    let i = start;
    while (i < this.n && isNameChar(s.charCodeAt(i))) i++;
    this.text = s.slice(start, i);
    this.i = i;
  }

  /** Like `objectKey` for arrays: true when an element follows (positioned at it). */
  arrayItem(first: boolean): boolean {
    let ch = this.ws();
    if (!first) {
      if (ch === 93) { this.i++; this.depth--; return false; }
      if (ch !== 44) throw ch < 0 ? this.msg.unexpectedEnd(this) : this.msg.unexpectedChar(this, this.i, 'afterItem');
      this.i++;
      ch = this.ws();
      if (ch === 93 && this.g.trailingCommas) { this.i++; this.depth--; return false; }
    } else if (ch === 93) { this.i++; this.depth--; return false; }
    if (ch < 0) throw this.msg.unexpectedEnd(this);
    return true;
  }

  /** Skips one whole value (after `next()` returned its token). */
  skip(tok: Tok): void {
    if (tok === T_OBJECT) {
      this.enter();
      for (let first = true; this.objectKey(first); first = false) this.skip(this.next());
    } else if (tok === T_ARRAY) {
      this.enter();
      for (let first = true; this.arrayItem(first); first = false) this.skip(this.next());
    }
  }

  /** The raw JSON text of one value (after `next()` returned its token). */
  raw(tok: Tok): string {
    const start = this.tokStart;
    this.skip(tok);
    return this.s.slice(start, this.i);
  }

  /** 1-based line, and the column as a count of UTF-16 units before `at` on that line. */
  lineOf(at: number): { line: number; lineStart: number } {
    let line = 1, lineStart = 0;
    for (let k = this.s.indexOf('\n'); k >= 0 && k < at; k = this.s.indexOf('\n', k + 1)) { line++; lineStart = k + 1; }
    return { line, lineStart };
  }
}

function isNameChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c > 127;
}
