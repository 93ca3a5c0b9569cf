/**
 * Type-directed JSV reader, following ServiceStack.Text's deserializers: each TypeRef compiles
 * once to a read function working in place on a cursor (objects in jsv-read-object.ts, lists,
 * dictionaries and `object` in jsv-read-collections.ts, scalars here). Empty raw values are null,
 * and whitespace is kept everywhere except around object keys and whole texts.
 *
 * Deliberate differences: a value .NET would silently drop (a bad number, an unknown enum name)
 * throws SerializationException here, and so does any text after a complete top-level value.
 */
import type { SerializationException } from '../../errors/exceptions.js';
import { isValueType, type Constructor, type TypeRef } from '../../types/type-ref.js';
import { parseDateTime } from './jsv-dates.js';
import { readEnum } from './jsv-enums.js';
import { JsvCursor, TOP, lex } from './jsv-lexer.js';
import { isIntName, parseDecimal, parseFloating, parseInteger } from './jsv-numbers.js';
import { dictReader, listReader, readAny } from './jsv-read-collections.js';
import { classReader } from './jsv-read-object.js';
import { parseBool, readGuid } from './jsv-scalars.js';
import { defaultValueOf, emptyValueOf, parseScalarText } from './jsv-values.js';

export type ReadFn = (r: JsvCursor, mode: number) => unknown;

const compiled = new WeakMap<TypeRef, ReadFn>();
const classReaders = new WeakMap<Constructor, ReadFn>();

export function readerFor(t: TypeRef): ReadFn {
  if (t.kind === 'class') {
    let fn = classReaders.get(t.ctor);
    if (!fn) classReaders.set(t.ctor, (fn = classReader(t.ctor)));
    return fn;
  }
  let fn = compiled.get(t);
  if (!fn) compiled.set(t, (fn = compile(t)));
  return fn;
}

export function typeName(t: TypeRef): string {
  switch (t.kind) {
    case 'primitive': return t.name;
    case 'enum': return t.meta.name;
    case 'class': return t.ctor.name;
    case 'nullable': return typeName(t.of) + '?';
    case 'list': return 'list';
    case 'dict': return 'dictionary';
  }
}

function compile(t: TypeRef): ReadFn {
  switch (t.kind) {
    case 'nullable': {
      const inner = readerFor(t.of);
      return (r, mode) => (mode !== TOP && r.atEmpty(mode) ? null : inner(r, mode));
    }
    case 'list': return listReader(t.of);
    case 'dict': return dictReader(t.key, t.value);
    case 'enum': return scalarReader(t);
    case 'class': return readerFor(t);
    case 'primitive': break;
  }
  if (t.name === 'string') return scalarText;
  if (t.name === 'object') return readAny;
  if (t.name === 'char') return readChar;
  if (isIntName(t.name)) return intReader(t.name);
  return scalarReader(t);
}

/** .NET reads a char as the value's first character; a whole text is not unquoted first. */
function readChar(r: JsvCursor, mode: number): string {
  if (mode === TOP) {
    const c = r.s[r.i];
    r.i = r.end;
    return c ?? '\0';
  }
  if (r.atEmpty(mode)) return '\0';
  lex(r, mode);
  return r.ts < r.te ? r.token()[0]! : '\0';
}

function invalid(r: JsvCursor, t: TypeRef): SerializationException {
  const text = r.token();
  const shown = text.length > 40 ? text.slice(0, 40) + '…' : text;
  return r.error(`'${shown}' is not a valid ${typeName(t)}`, r.ts);
}

/** Integers are parsed straight from the text, without a substring. */
function intReader(name: Parameters<typeof parseInteger>[3]): ReadFn {
  const t: TypeRef = { kind: 'primitive', name };
  return (r, mode) => {
    if (mode !== TOP && r.atEmpty(mode)) throw r.error(`An empty value is not a valid ${name}`);
    lex(r, mode);
    const v = r.esc ? 'escaped' : parseInteger(r.s, r.ts, r.te, name);
    if (typeof v === 'string') throw invalid(r, t);
    return v;
  };
}

/**
 * The unquoted text of the scalar at the cursor, or null for an empty raw value — exactly how a
 * string is read. Raw values are scanned here directly; quoted ones and blocks go through the lexer.
 */
export function scalarText(r: JsvCursor, mode: number): string | null {
  const s = r.s;
  const i = r.i;
  if (mode !== TOP) {
    const c = s.charCodeAt(i);
    if (c !== 34 && c !== 123 && c !== 91) {
      const end = r.end;
      let j = i;
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
      r.i = r.te = j;
      r.ts = i;
      r.esc = r.quoted = false;
      return j === i ? null : s.slice(i, j);
    }
  }
  lex(r, mode);
  return !r.quoted && r.ts === r.te ? null : r.token();
}

/** An empty raw value: the type's .NET reading of it, or an error. */
function whenEmpty(r: JsvCursor, t: TypeRef): unknown {
  const v = emptyValueOf(t);
  if (v === undefined) throw r.error(`An empty value is not a valid ${typeName(t)}`);
  return v;
}

function parsed<T>(r: JsvCursor, t: TypeRef, v: T | undefined): T {
  if (v === undefined) throw invalid(r, t);
  return v;
}

/** One distinct closure per scalar type keeps each one's call sites monomorphic. */
function scalarReader(t: TypeRef): ReadFn {
  if (t.kind === 'enum') {
    const meta = t.meta;
    return (r, mode) => {
      const x = scalarText(r, mode);
      return x === null ? whenEmpty(r, t) : parsed(r, t, readEnum(x, meta, r.o.lenient));
    };
  }
  switch (t.kind === 'primitive' ? t.name : '') {
    case 'bool': return (r, mode) => {
      const x = scalarText(r, mode);
      return x === null ? false : parsed(r, t, x === 'True' ? true : x === 'False' ? false : parseBool(x));
    };
    case 'double': return (r, mode) => {
      const x = scalarText(r, mode);
      return x === null ? whenEmpty(r, t) : parsed(r, t, parseFloating(x, false));
    };
    case 'decimal': return (r, mode) => {
      const x = scalarText(r, mode);
      return x === null ? whenEmpty(r, t) : parsed(r, t, parseDecimal(x));
    };
    case 'DateTime': return (r, mode) => {
      const x = scalarText(r, mode);
      return x === null ? whenEmpty(r, t) : parsed(r, t, parseDateTime(x, r.o.tz, r.o.dateHandler, r.o.localDates));
    };
    case 'Guid': return (r, mode) => {
      const x = scalarText(r, mode);
      return x === null ? whenEmpty(r, t) : parsed(r, t, readGuid(x));
    };
    default: return (r, mode) => {
      const x = scalarText(r, mode);
      return x === null ? whenEmpty(r, t) : parsed(r, t, parseScalarText(t, x, r.o));
    };
  }
}

// ---- entry -----------------------------------------------------------------------------------

/** Reads a whole text (BOM skipped) as `t`; anything but trailing whitespace after it is an error. */
export function readWhole(r: JsvCursor, t: TypeRef): unknown {
  if (r.s.charCodeAt(r.i) === 0xfeff) r.i++;
  if (r.i >= r.end) return isValueType(t) ? defaultValueOf(t) : null;
  const v = readerFor(t)(r, TOP);
  r.skipWs();
  if (r.i < r.end) throw r.error(`Unexpected '${r.s[r.i]}' after the value`);
  return v;
}

