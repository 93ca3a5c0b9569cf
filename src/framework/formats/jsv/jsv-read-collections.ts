/**
 * JSV lists, dictionaries and `object` values, read in place (ServiceStack's
 * DeserializeListWithElements / DeserializeDictionary): brackets are optional, so `1,2,3` and
 * `a:1,b:2` are a list and a map; empty slots are the element's default; a trailing separator adds
 * one more default element, except in lists of `{…}` objects.
 */
import { isValueType, type TypeRef } from '../../types/type-ref.js';
import { BARE_ITEM, ITEM, JsvCursor, MEMBER, TOP, afterEntry, lex, readKey } from './jsv-lexer.js';
import { readObject } from './jsv-read-object.js';
import { readerFor, typeName, type ReadFn } from './jsv-reader.js';
import { classInfo } from './member-plan.js';
import { isWs } from './jsv-text.js';
import { resolveHint } from './type-hint.js';
import { defaultValueOf, parseScalarText } from './jsv-values.js';

// ---- lists -----------------------------------------------------------------------------------

export function listReader(of: TypeRef): ReadFn {
  // A fresh default per empty slot: DateTime defaults are mutable objects.
  const dflt = isValueType(of) ? () => defaultValueOf(of) : () => null;
  let elem: ReadFn | undefined;
  return (r, mode) => {
    elem ??= readerFor(of);
    const s = r.s;
    if (mode === TOP) {
      // StripList: trim, then drop the brackets if there are any.
      let a = r.i;
      let b = r.end;
      while (a < b && isWs(s.charCodeAt(a))) a++;
      while (b > a && isWs(s.charCodeAt(b - 1))) b--;
      if (a < b && s.charCodeAt(a) === 91) {
        if (s.charCodeAt(b - 1) !== 93 || b - a < 2) throw r.error("Unbalanced '['", a);
        a++;
        b--;
      }
      const whole = r.end;
      return region(r, a, b, () => items(r, elem!, dflt, false), whole);
    }
    if (r.atEmpty(mode)) return null;
    if (s.charCodeAt(r.i) === 91) {
      r.i++;
      return items(r, elem, dflt, true);
    }
    // A raw or quoted value is a bracketless list of its own.
    const start = r.i;
    lex(r, mode);
    return region(r, start, r.i, () => items(r, elem!, dflt, false));
  };
}

/** Reads [a, b) as a region of its own, then leaves the cursor at `after` (default b). */
function region<T>(r: JsvCursor, a: number, b: number, read: () => T, after = b): T {
  const saved = r.end;
  r.end = b;
  r.i = a;
  const v = read();
  r.end = saved;
  r.i = after;
  return v;
}

function items(r: JsvCursor, elem: ReadFn, dflt: () => unknown, bracketed: boolean): unknown[] {
  const s = r.s;
  const out: unknown[] = [];
  r.enter();
  const mode = bracketed ? ITEM : BARE_ITEM;
  let j = r.i;
  while (j < r.end && isWs(s.charCodeAt(j))) j++;
  if (bracketed ? j < r.end && s.charCodeAt(j) === 93 : j >= r.end) {
    r.i = bracketed ? j + 1 : r.end;
    r.depth--;
    return out;
  }
  // Lists of `{…}` elements ignore a trailing separator; others add a default element.
  const objects = r.i < r.end && s.charCodeAt(r.i) === 123;
  for (;;) {
    if (r.i >= r.end) {
      if (bracketed) throw r.error("Unterminated list: expected ']'");
      break;
    }
    const empty = r.atEmpty(mode);
    if (!empty) out.push(elem(r, mode));
    if (r.i >= r.end) {
      if (bracketed) throw r.error("Unterminated list: expected ']'");
      break;
    }
    const c = s.charCodeAt(r.i);
    if (c === 44 || c === 125) {
      r.i++;
      const last = bracketed ? r.i < r.end && s.charCodeAt(r.i) === 93 : r.i >= r.end;
      if (last) {
        if (!objects || empty) out.push(dflt());
        if (bracketed) r.i++;
        break;
      }
      if (empty) out.push(dflt());
      continue;
    }
    if (bracketed && c === 93) {
      r.i++;
      break;
    }
    throw r.error(`Expected ',' between list items but found '${s[r.i]}'`);
  }
  r.depth--;
  return out;
}

// ---- dictionaries ----------------------------------------------------------------------------

export function dictReader(keyType: TypeRef, valueType: TypeRef): ReadFn {
  let val: ReadFn | undefined;
  const stringKeys = keyType.kind === 'primitive' && (keyType.name === 'string' || keyType.name === 'object');
  const keyOf = (r: JsvCursor, text: string): string => {
    if (stringKeys) return text;
    const k = parseScalarText(keyType, text, r.o);
    if (k === undefined || k === null) throw r.error(`Dictionary key '${text}' is not a valid ${typeName(keyType)}`);
    return typeof k === 'string' ? k : String(k);
  };
  const entries = (r: JsvCursor, braced: boolean): Record<string, unknown> => {
    const s = r.s;
    const out = Object.create(null) as Record<string, unknown>;
    r.enter();
    let j = r.i;
    while (j < r.end && isWs(s.charCodeAt(j))) j++;
    if (braced ? j < r.end && s.charCodeAt(j) === 125 : j >= r.end) {
      r.i = braced ? j + 1 : r.end;
    } else {
      do {
        const key = readKey(r, false);
        const v = val!(r, MEMBER);
        if (key !== undefined) out[keyOf(r, key)] = v;
      } while (afterEntry(r, braced));
    }
    r.depth--;
    return out;
  };
  return (r, mode) => {
    val ??= readerFor(valueType);
    if (mode === TOP) {
      r.skipWs();
      if (r.i < r.end && r.s.charCodeAt(r.i) === 123) {
        r.i++;
        return entries(r, true);
      }
      return region(r, r.i, r.end, () => entries(r, false));
    }
    if (r.atEmpty(mode)) return null;
    if (r.s.charCodeAt(r.i) === 123) {
      r.i++;
      return entries(r, true);
    }
    const start = r.i;
    lex(r, mode);
    return region(r, start, r.i, () => entries(r, false));
  };
}

// ---- object ----------------------------------------------------------------------------------

const STRING: TypeRef = Object.freeze({ kind: 'primitive', name: 'string' });
const OBJECT: TypeRef = Object.freeze({ kind: 'primitive', name: 'object' });
const OBJECT_LIST: TypeRef = Object.freeze({ kind: 'list', of: OBJECT, array: false });
const OBJECT_DICT: TypeRef = Object.freeze({ kind: 'dict', key: STRING, value: OBJECT });

/**
 * `object`-typed values stay text, as in ServiceStack: a `__type` hint naming a known DTO makes
 * an instance, and ConvertObjectTypesIntoStringDictionary turns `{…}`/`[…]` into containers.
 */
export function readAny(r: JsvCursor, mode: number): unknown {
  if (mode !== TOP && r.atEmpty(mode)) return '';
  const s = r.s;
  const c = s.charCodeAt(r.i);
  if (c === 123) {
    const hint = /^\{\s*__type\s*:\s*(?:"((?:[^"]|"")*)"|([^,}]*))/i.exec(s.slice(r.i, Math.min(r.end, r.i + 512)));
    const name = hint ? (hint[1]?.replaceAll('""', '"') ?? hint[2]!) : '';
    const ctor = name.length > 1 ? resolveHint(r, name, undefined) : undefined;
    if (ctor) return readObject(r, mode, classInfo(ctor));
    if (r.o.convertObjects) return readerFor(OBJECT_DICT)(r, mode);
  } else if (c === 91 && r.o.convertObjects) {
    return readerFor(OBJECT_LIST)(r, mode);
  }
  lex(r, mode);
  return r.quoted ? r.token() : s.slice(r.ts, r.te);
}
