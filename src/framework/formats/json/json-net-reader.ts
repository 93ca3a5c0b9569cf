/**
 * Reading JSON as Json.NET 6 does inside ASP.NET Web API 2 (dialects.md §2.5): lenient syntax,
 * exact-then-case-insensitive member names, last duplicate wins, and Json.NET's own error texts
 * with `Path '…', line L, position P.` so the host can rebuild ModelState keys.
 */
import { getDtoMeta, type MemberMeta } from '../../dto/dto-meta.js';
import type { EnumMeta } from '../../dto/enum-meta.js';
import { dataContractName, jsonNetMembers } from '../../dto/member-order.js';
import { DateTimeOffset } from '../../types/date-time-offset.js';
import { DateTime } from '../../types/date-time.js';
import { applyTextCase } from '../../types/text-case.js';
import { TimeSpan } from '../../types/time-span.js';
import { offsetMinutesAt, wallClockToUtc } from '../../types/time-zone.js';
import { isValueType, type PrimitiveName, type TypeRef } from '../../types/type-ref.js';
import type { CodecOptions } from '../codec-options.js';
import { genericValue, readByteArray } from './json-any-reader.js';
import { JsonCursor, T_ARRAY, T_FALSE, T_NULL, T_NUMBER, T_OBJECT, T_STRING, T_TRUE, type SyntaxMessages, type Tok } from './json-cursor.js';
import { clrTypeName } from './clr-type-name.js';
import { formatPath, JsonReadError } from './json-read-error.js';
import {
  INT_RANGE, dateTimeFromIso, dotnetDecimal, readGuid, dateTimeOffsetFromIso, decodeBase64, exactInteger, intValue, parseIso, parseWcf, smallInteger, type IntegerName,
} from './json-read-values.js';
import type { Dec, JsonReader, MemberReader, ReaderDialect } from './json-reader.js';

/** A JsonReaderException/JsonSerializationException text: message, then `Path '…', line L, position P.` */
export function netError(c: JsonCursor, message: string, end: number, nl = '\r\n', path = formatPath(c.path)): JsonReadError {
  const { line, lineStart } = c.lineOf(end);
  let msg = message;
  if (!msg.endsWith(nl)) {
    msg = msg.trim();
    if (!msg.endsWith('.')) msg += '.';
    msg += ' ';
  }
  return new JsonReadError(`${msg}Path '${path}', line ${line}, position ${end - lineStart}.`, path, line, end - lineStart);
}

const tokenName = (c: JsonCursor, tok: Tok): string =>
  ['String', /^-?\d+$/.test(c.text) ? 'Integer' : 'Float', 'Boolean', 'Boolean', 'Null', 'StartObject', 'StartArray'][tok]!;

/** How Json.NET prints a token's value in "Error converting value …". */
const valueText = (c: JsonCursor, tok: Tok): string =>
  tok === T_STRING ? `"${c.text}"` : tok === T_TRUE ? 'True' : tok === T_FALSE ? 'False' : tok === T_NULL ? '{null}' : c.text;

/** End of the token for positions: containers are reported just after their opening bracket. */
const endOf = (c: JsonCursor, tok: Tok): number => (tok === T_OBJECT || tok === T_ARRAY ? c.tokStart + 1 : c.i);

function converting(c: JsonCursor, tok: Tok, t: TypeRef): never {
  throw netError(c, `Error converting value ${valueText(c, tok)} to type '${clrTypeName(t)}'.`, endOf(c, tok));
}

function syntax(opts: CodecOptions): SyntaxMessages {
  const nl = opts.newline === '\n' ? '\n' : '\r\n';
  return {
    unexpectedEnd: (c, context) => {
      const last = c.path[c.path.length - 1];
      const what = context === 'string' ? `Unterminated string. Expected delimiter: ${c.s[c.tokStart]}.`
        : c.depth > 0 && typeof last !== 'number' ? 'Unexpected end when deserializing object.' : 'Unexpected end when reading JSON.';
      return netError(c, what, c.n, nl);
    },
    unexpectedChar: (c, at, context) => {
      const ch = c.s[at] ?? '';
      const text = context === 'key' ? `Invalid property identifier character: ${ch}.`
        : context === 'colon' ? `Invalid character after parsing property name. Expected ':' but got: ${ch}.`
        : context === 'afterMember' || context === 'afterItem' ? `After parsing a value an unexpected character was encountered: ${ch}.`
        : context === 'escape' ? `Bad JSON escape sequence: \\${ch}.`
        : `Unexpected character encountered while parsing value: ${ch}.`;
      return netError(c, text, at + 1);
    },
    tooDeep: (c) => netError(c, `The reader's MaxDepth of ${c.maxDepth} has been exceeded.`, c.i + 1),
  };
}

/** Json.NET's ReadAsInt32. */
function int32(t: TypeRef): Dec {
  return (c, tok) => {
    if (tok === T_NUMBER) {
      const fast = smallInteger(c.text);
      if (fast !== undefined && fast >= -2147483648 && fast <= 2147483647) return fast;
      if (!/^-?\d+$/.test(c.text)) throw netError(c, `Input string '${c.text}' is not a valid integer.`, c.i);
      throw netError(c, `JSON integer ${c.text} is too large or small for an Int32.`, c.i);
    }
    if (tok === T_STRING) {
      if (c.text === '') return converting(c, T_NULL, t);
      const v = /^\s*[-+]?\d+\s*$/.test(c.text) ? Number(c.text) : NaN;
      if (Number.isInteger(v) && v >= -2147483648 && v <= 2147483647) return v;
      throw netError(c, `Could not convert string to integer: ${c.text}.`, c.i);
    }
    throw netError(c, `Error reading integer. Unexpected token: ${tokenName(c, tok)}.`, endOf(c, tok));
  };
}

/** Other integer types go through Convert.ChangeType: doubles round half to even, strings parse. */
function integer(name: IntegerName, t: TypeRef): Dec {
  const [min, max] = INT_RANGE[name];
  const lo = Number(min), hi = Number(max);
  return (c, tok) => {
    let v: bigint | undefined;
    if (tok === T_NUMBER) {
      const fast = smallInteger(c.text);
      if (fast !== undefined && fast >= lo && fast <= hi) return fast;
      v = exactInteger(c.text);
      if (v === undefined) {
        const d = Number(c.text);
        const r = Math.round(d);
        if (Number.isFinite(d)) v = BigInt(Math.abs(d % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r);
      }
    } else if (tok === T_STRING && /^\s*[-+]?\d+\s*$/.test(c.text)) v = BigInt(c.text.trim());
    else if (tok === T_TRUE || tok === T_FALSE) v = tok === T_TRUE ? 1n : 0n;
    else if (tok === T_OBJECT || tok === T_ARRAY) throw netError(c, `Unexpected token while deserializing object: ${tokenName(c, tok)}.`, endOf(c, tok));
    if (v === undefined || v < min || v > max) return converting(c, tok, t);
    return intValue(v);
  };
}

const FLOAT_STRINGS: Record<string, number> = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };

function scalar(name: Exclude<PrimitiveName, 'object'>, r: JsonReader): Dec {
  const t: TypeRef = { kind: 'primitive', name };
  const tz = r.opts.timeZone;
  switch (name) {
    case 'string': return (c, tok) => {
      if (tok === T_STRING) return c.text;
      if (tok === T_NUMBER) return /^-?\d+$/.test(c.text) ? c.text : String(Number(c.text));
      if (tok === T_TRUE || tok === T_FALSE) return tok === T_TRUE ? 'True' : 'False';
      throw netError(c, `Error reading string. Unexpected token: ${tokenName(c, tok)}.`, endOf(c, tok));
    };
    case 'int': return int32(t);
    case 'byte': case 'sbyte': case 'short': case 'ushort': case 'uint': case 'long': case 'ulong': return integer(name, t);
    case 'bool': return (c, tok) => {
      if (tok === T_TRUE || tok === T_FALSE) return tok === T_TRUE;
      if (tok === T_NUMBER && Number.isFinite(Number(c.text))) return Number(c.text) !== 0;
      if (tok === T_STRING && /^\s*(true|false)\s*$/i.test(c.text)) return c.text.trim().toLowerCase() === 'true';
      return converting(c, tok, t);
    };
    case 'float': case 'double': return (c, tok) => {
      if (tok === T_NUMBER) return Number(c.text);
      if (tok === T_STRING) {
        const s = c.text.trim();
        if (s in FLOAT_STRINGS) return FLOAT_STRINGS[s];
        const v = s === '' ? NaN : Number(s);
        if (Number.isFinite(v)) return v;
      }
      if (tok === T_TRUE || tok === T_FALSE) return tok === T_TRUE ? 1 : 0;
      return converting(c, tok, t);
    };
    case 'decimal': return (c, tok) => {
      if (tok === T_NUMBER) return dotnetDecimal(c.text) ?? converting(c, tok, t);
      if (tok === T_STRING) return dotnetDecimal(c.text) ?? fail(c, `Could not convert string to decimal: ${c.text}.`);
      throw netError(c, `Error reading decimal. Unexpected token: ${tokenName(c, tok)}.`, endOf(c, tok));
    };
    case 'DateTime': return (c, tok) => {
      if (tok !== T_STRING) throw netError(c, `Error reading date. Unexpected token: ${tokenName(c, tok)}.`, endOf(c, tok));
      const w = parseWcf(c.text);
      if (w) return w.offset === undefined ? new DateTime(w.ms, 'Utc') : new DateTime(w.ms, 'Local');
      const iso = parseIso(c.text);
      // An offset is converted to the server's clock (Kind Local), as DateTimeZoneHandling.RoundtripKind does.
      return iso ? dateTimeFromIso(iso, tz) : fail(c, `Could not convert string to DateTime: ${c.text}.`);
    };
    case 'DateTimeOffset': return (c, tok) => {
      if (tok !== T_STRING) throw netError(c, `Error reading date. Unexpected token: ${tokenName(c, tok)}.`, endOf(c, tok));
      const w = parseWcf(c.text);
      if (w) return new DateTimeOffset(w.ms, w.offset ?? 0);
      const iso = parseIso(c.text);
      return iso ? dateTimeOffsetFromIso(iso, (wall) => offsetMinutesAt(wallClockToUtc(wall, tz), tz))
        : fail(c, `Could not convert string to DateTimeOffset: ${c.text}.`);
    };
    case 'TimeSpan': return (c, tok) => (tok === T_STRING ? TimeSpan.parseClock(c.text) : undefined) ?? converting(c, tok, t);
    case 'Guid': return (c, tok) => (tok === T_STRING ? readGuid(c.text) : undefined) ?? converting(c, tok, t);
    case 'char': return (c, tok) => (tok === T_STRING && c.text.length === 1 ? c.text : converting(c, tok, t));
    case 'byte[]': return (c, tok) => {
      if (tok === T_ARRAY) return readByteArray(c, () => { throw netError(c, `Error reading bytes. Unexpected token: ${tokenName(c, T_STRING)}.`, c.i); });
      if (tok !== T_STRING) throw netError(c, `Error reading bytes. Unexpected token: ${tokenName(c, tok)}.`, endOf(c, tok));
      return decodeBase64(c.text, false) ?? converting(c, tok, t);
    };
  }
}

function fail(c: JsonCursor, message: string): never {
  throw netError(c, message, c.i);
}

/** Enum.Parse semantics: names (ordinal, then ignoring case), numeric strings, "A, B" flag lists; [EnumMember] is ignored. */
function enumDec(meta: EnumMeta): Dec {
  const t: TypeRef = { kind: 'enum', meta };
  const exact = new Map(meta.members.map((m) => [m.name, m.value]));
  const lower = new Map<string, number>();
  for (const m of meta.members) if (!lower.has(m.name.toLowerCase())) lower.set(m.name.toLowerCase(), m.value);
  const one = (s: string): number | undefined => {
    const x = s.trim();
    return exact.get(x) ?? lower.get(x.toLowerCase()) ?? (/^[-+]?\d+$/.test(x) ? Number(x) : undefined);
  };
  return (c, tok) => {
    if (tok === T_NUMBER) {
      const v = exactInteger(c.text);
      return v !== undefined && /^-?\d+$/.test(c.text) ? Number(v) : converting(c, tok, t);
    }
    if (tok !== T_STRING) return converting(c, tok, t);
    let v = one(c.text);
    if (v === undefined && c.text.includes(',')) {
      v = 0;
      for (const part of c.text.split(',')) {
        const p = one(part);
        if (p === undefined) return converting(c, tok, t);
        v |= p;
      }
    }
    return v ?? converting(c, tok, t);
  };
}

/** Json.NET reads [DataMember] only on [DataContract] classes. */
const dataMemberOf = (m: MemberMeta): MemberMeta['dataMember'] => (getDtoMeta(m.declaringClass).dataContract ? m.dataMember : undefined);

function wireName(m: MemberMeta, opts: CodecOptions): string {
  const declared = dataContractName(getDtoMeta(m.declaringClass), m);
  return opts.textCase === 'PascalCase' || declared !== m.name ? declared : applyTextCase(declared, opts.textCase);
}

export function jsonNetReader(opts: CodecOptions): ReaderDialect {
  const nl = opts.newline === '\n' ? '\n' : '\r\n';
  const wrongShape = (c: JsonCursor, t: TypeRef, tok: Tok): unknown => {
    // Json.NET coerces "" to null for every non-string reference type.
    if (tok === T_STRING && c.text === '') return null;
    const name = clrTypeName(t);
    if (tok === T_ARRAY && t.kind !== 'list') {
      throw netError(c, `Cannot deserialize the current JSON array (e.g. [1,2,3]) into type '${name}' because the type requires a JSON object (e.g. {"name":"value"}) to deserialize correctly.${nl}`
        + `To fix this error either change the JSON to a JSON object (e.g. {"name":"value"}) or change the deserialized type to an array or implement a collection interface (e.g. ICollection, IList) like List<T> that can be deserialized from a JSON array. JsonArrayAttribute can also be added to the type to force it to deserialize from a JSON array.${nl}`, c.tokStart + 1, nl);
    }
    if (tok === T_OBJECT && t.kind === 'list') {
      throw netError(c, `Cannot deserialize the current JSON object (e.g. {"name":"value"}) into type '${name}' because the type requires a JSON array (e.g. [1,2,3]) to deserialize correctly.${nl}`
        + `To fix this error either change the JSON to a JSON array (e.g. [1,2,3]) or change the deserialized type so that it is a normal .NET type (e.g. not a primitive type like integer, not a collection type like an array or List<T>) that can be deserialized from a JSON object. JsonObjectAttribute can also be added to the type to force it to deserialize from a JSON object.${nl}`, c.tokStart + 1, nl);
    }
    return converting(c, tok, t);
  };
  return {
    grammar: { comments: true, singleQuotes: true, unquotedNames: true, trailingCommas: true, nonFinite: true, strict: false },
    syntax: () => syntax(opts),
    scalar,
    enumDec,
    any: () => (c, tok) => genericValue(c, tok, (s) => {
      const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s) ? parseIso(s) : undefined;
      return iso ? dateTimeFromIso(iso, opts.timeZone) : s;
    }),
    nullValue: (c, t, where) => {
      if (where === 'top' || t.kind === 'nullable' || !isValueType(t)) return null;
      return converting(c, T_NULL, t);
    },
    lookup: (ctor, make) => {
      const exact = new Map<string, MemberReader>();
      const lower = new Map<string, MemberReader>();
      for (const m of jsonNetMembers(ctor)) {
        const name = wireName(m, opts);
        const r = make(m, name);
        if (!exact.has(name)) exact.set(name, r);
        if (!lower.has(name.toLowerCase())) lower.set(name.toLowerCase(), r);
      }
      return (key) => exact.get(key) ?? lower.get(key.toLowerCase());
    },
    wrongToken: wrongShape,
    afterObject: (c, _ctor, seen, readers) => {
      for (const r of readers) {
        const m = r.member;
        if (seen(r.index) || m.type.kind === 'nullable' || !isValueType(m.type)) continue;
        if (m.required || dataMemberOf(m)?.isRequired) throw netError(c, `Required property '${r.name}' not found in JSON.`, c.i);
      }
    },
    emptyStringIsNull: true,
    empty: () => null,
    internal: (c, e) => netError(c, e instanceof RangeError ? `The reader's MaxDepth of ${c.maxDepth} has been exceeded.` : String(e), c.i),
  };
}
