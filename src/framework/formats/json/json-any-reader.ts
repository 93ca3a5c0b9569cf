/**
 * Untyped JSON values (members declared `object`, Struct/Value in protojson): strings, numbers
 * (integers exact: bigint beyond 2^53), booleans, arrays and null-prototype dictionaries, so a
 * hostile `__proto__` key is just a key.
 */
import { JsonCursor, T_ARRAY, T_FALSE, T_NULL, T_NUMBER, T_OBJECT, T_STRING, T_TRUE, type Tok } from './json-cursor.js';
import { exactInteger, intValue, smallInteger } from './json-read-values.js';

export function numberValue(text: string): number | bigint {
  const small = smallInteger(text);
  if (small !== undefined) return small;
  if (/^-?\d+$/.test(text)) return intValue(BigInt(text));
  return Number(text);
}

/** One untyped value; `str` maps strings (Json.NET turns ISO-looking ones into DateTime). */
export function genericValue(c: JsonCursor, tok: Tok, str: (text: string) => unknown): unknown {
  switch (tok) {
    case T_STRING: return str(c.text);
    case T_NUMBER: return numberValue(c.text);
    case T_TRUE: return true;
    case T_FALSE: return false;
    case T_NULL: return null;
    case T_ARRAY: {
      const out: unknown[] = [];
      c.enter();
      for (let first = true; c.arrayItem(first); first = false) out.push(genericValue(c, c.next(), str));
      return out;
    }
    case T_OBJECT: {
      const out = Object.create(null) as Record<string, unknown>;
      c.enter();
      for (let first = true; c.objectKey(first); first = false) {
        const key = c.key;
        out[key] = genericValue(c, c.next(), str);
      }
      return out;
    }
  }
}

/** A JSON array of byte values read as byte[] (Json.NET and ServiceStack accept it). */
export function readByteArray(c: JsonCursor, fail: (raw: string) => never): Buffer {
  const bytes: number[] = [];
  c.enter();
  for (let first = true; c.arrayItem(first); first = false) {
    const tok = c.next();
    const v = tok === T_NUMBER ? exactInteger(c.text) : undefined;
    if (v === undefined || v < 0n || v > 255n) fail(tok === T_STRING ? c.text : c.s.slice(c.tokStart, c.i));
    bytes.push(Number(v));
  }
  return Buffer.from(bytes);
}
