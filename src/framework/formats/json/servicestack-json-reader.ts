/**
 * Reading JSON the way ServiceStack.Text does (servicestack-wire.md §4, §3.6–3.9): member names
 * case-insensitive (also without `_`/`-` under snake_case), unknown members ignored, numbers and
 * booleans accepted inside strings, `/Date(…)/` with or without `\`, ISO dates, Guids N/D/B/P,
 * enum names, numbers or [EnumMember] values. Values of the wrong type throw "Failed to set
 * property" like ServiceStack with ThrowOnError.
 */
import { getDtoMeta, type MemberMeta } from '../../dto/dto-meta.js';
import type { EnumMeta } from '../../dto/enum-meta.js';
import { serviceStackMembers } from '../../dto/member-order.js';
import { asServerLocal, DateTime } from '../../types/date-time.js';
import { DateTimeOffset } from '../../types/date-time-offset.js';
import { TimeSpan } from '../../types/time-span.js';
import { applyTextCase } from '../../types/text-case.js';
import { isValueType, type Constructor, type PrimitiveName } from '../../types/type-ref.js';
import type { CodecOptions } from '../codec-options.js';
import { JsonCursor, T_ARRAY, T_FALSE, T_NUMBER, T_OBJECT, T_STRING, T_TRUE, type SyntaxMessages, type Tok } from './json-cursor.js';
import { defaultOf } from './json-defaults.js';
import { formatPath, JsonReadError } from './json-read-error.js';
import { frameworkErrors } from '../../errors/error-catalog.js';
import {
  INT_RANGE, dateTimeFromIso, dotnetDecimal, readGuid, dateTimeOffsetFromIso, decodeBase64, intValue, parseIso, parseWcf, smallInteger, type IntegerName,
} from './json-read-values.js';
import { SKIP, type Dec, type JsonReader, type MemberReader, type ReaderDialect } from './json-reader.js';
import { genericValue, readByteArray } from './json-any-reader.js';

/** The member being set (the innermost name in the path). */
function memberName(c: JsonCursor): string {
  for (let k = c.path.length - 1; k >= 0; k--) if (typeof c.path[k] === 'string') return c.path[k] as string;
  return '';
}

function fail(c: JsonCursor, raw: string, what?: string): never {
  const name = memberName(c);
  const message = name
    ? `Failed to set property '${name}' with '${raw}'`
    : `Failed to deserialize '${raw}' as ${what ?? 'the request type'}`;
  throw new JsonReadError(message, formatPath(c.path));
}

const rawOf = (c: JsonCursor, tok: Tok): string => (tok === T_STRING ? c.text : tok === T_OBJECT || tok === T_ARRAY ? c.raw(tok) : c.s.slice(c.tokStart, c.i));

const syntax: SyntaxMessages = {
  unexpectedEnd: (c) => new JsonReadError(`Unexpected end of JSON${where(c)}`, formatPath(c.path)),
  unexpectedChar: (c, at) => new JsonReadError(`Invalid JSON: unexpected '${c.s[at]}' at position ${at}${where(c)}`, formatPath(c.path)),
  tooDeep: (c) => new JsonReadError(`JSON nested deeper than the limit of ${c.maxDepth}${where(c)}`, formatPath(c.path)),
};
const where = (c: JsonCursor): string => (c.path.length ? ` while reading '${formatPath(c.path)}'` : '');

const BOOL_WORDS: Record<string, boolean> = { true: true, t: true, y: true, yes: true, on: true, '1': true, false: false, f: false, n: false, no: false, off: false, '0': false };

function integer(name: IntegerName): Dec {
  const [min, max] = INT_RANGE[name];
  const lo = Number(min), hi = Number(max);
  return (c, tok) => {
    if (tok !== T_NUMBER && tok !== T_STRING) return fail(c, rawOf(c, tok));
    const text = tok === T_STRING ? c.text.trim() : c.text;
    const fast = smallInteger(text);
    if (fast !== undefined) return fast >= lo && fast <= hi ? fast : fail(c, text);
    if (!/^-?\d+$/.test(text)) return fail(c, text);
    const big = BigInt(text);
    return big < min || big > max ? fail(c, text) : intValue(big);
  };
}

function float(): Dec {
  return (c, tok) => {
    if (tok === T_NUMBER) {
      const n = Number(c.text);
      if (n === n || c.text === 'NaN') return n;
    } else if (tok === T_STRING) {
      const t = c.text.trim().replace(/,/g, '');
      const n = t === '' ? NaN : Number(t);
      if (n === n || t === 'NaN') return n;
    }
    return fail(c, rawOf(c, tok));
  };
}

function dateTime(opts: CodecOptions): Dec {
  return (c, tok) => {
    if (tok !== T_STRING) return fail(c, rawOf(c, tok));
    const w = parseWcf(c.text);
    if (w) {
      if (w.offset === undefined) return new DateTime(w.ms, 'Utc');
      return new DateTime(w.ms, w.unspecified ? 'Unspecified' : 'Local');
    }
    const iso = parseIso(c.text);
    if (iso) return opts.localDateTimes ? asServerLocal(dateTimeFromIso(iso, opts.timeZone), !iso.hasTime) : dateTimeFromIso(iso, opts.timeZone);
    return fail(c, c.text);
  };
}

function dateTimeOffset(opts: CodecOptions): Dec {
  return (c, tok) => {
    if (tok !== T_STRING) return fail(c, rawOf(c, tok));
    const w = parseWcf(c.text);
    if (w) {
      const off = w.offset ?? 0;
      // Before v6.11 the number was the offset's wall clock read as UTC.
      return new DateTimeOffset(opts.dateTimeOffset === 'legacy' ? w.ms - off * 60000 : w.ms, off);
    }
    const iso = parseIso(c.text);
    if (iso) return dateTimeOffsetFromIso(iso, () => 0);
    return fail(c, c.text);
  };
}

function scalar(name: Exclude<PrimitiveName, 'object'>, r: JsonReader): Dec {
  const opts = r.opts;
  switch (name) {
    case 'string': return (c, tok) => rawOf(c, tok);
    case 'char': return (c, tok) => (rawOf(c, tok).charAt(0) || '\0');
    case 'bool': return (c, tok) => {
      if (tok === T_TRUE) return true;
      if (tok === T_FALSE) return false;
      const v = tok === T_STRING || tok === T_NUMBER ? BOOL_WORDS[c.text.trim().toLowerCase()] : undefined;
      return v ?? (c.text.trim() === '' && tok === T_STRING ? false : fail(c, rawOf(c, tok)));
    };
    case 'byte': case 'sbyte': case 'short': case 'ushort': case 'int': case 'uint': case 'long': case 'ulong':
      return integer(name);
    case 'float': case 'double': return float();
    case 'decimal': return (c, tok) => {
      const v = tok === T_NUMBER || tok === T_STRING ? dotnetDecimal(tok === T_STRING ? c.text.replace(/,/g, '') : c.text) : undefined;
      return v ?? fail(c, rawOf(c, tok));
    };
    case 'DateTime': return dateTime(opts);
    case 'DateTimeOffset': return dateTimeOffset(opts);
    case 'TimeSpan': return (c, tok) => {
      if (tok !== T_STRING && tok !== T_NUMBER) return fail(c, rawOf(c, tok));
      const t = c.text.trim();
      const v = /^-?P/.test(t) ? TimeSpan.parseXsdDuration(t) : t.includes(':') ? TimeSpan.parseClock(t)
        : /^-?\d+(\.\d+)?$/.test(t) ? TimeSpan.fromSeconds(Number(t)) : undefined;
      return v ?? fail(c, t);
    };
    case 'Guid': return (c, tok) => (tok === T_STRING ? readGuid(c.text) : undefined) ?? fail(c, rawOf(c, tok));
    case 'byte[]': return (c, tok) => {
      if (tok === T_ARRAY) return readByteArray(c, (at) => fail(c, at));
      return (tok === T_STRING ? decodeBase64(c.text, false) : undefined) ?? fail(c, rawOf(c, tok));
    };
  }
}

function enumDec(meta: EnumMeta, r: JsonReader): Dec {
  const snake = r.opts.textCase === 'snake_case';
  const stripped = new Map<string, number>();
  for (const m of meta.members) stripped.set(m.name.replace(/_/g, '').toLowerCase(), m.value);
  const one = (name: string): number | undefined => {
    const t = name.trim();
    const m = meta.byLowerName.get(t.toLowerCase());
    if (m) return m.value;
    if (/^-?\d+$/.test(t)) return Number(t);
    return snake ? stripped.get(t.replace(/_/g, '').toLowerCase()) : undefined;
  };
  return (c, tok) => {
    if (tok === T_NUMBER) {
      const n = smallInteger(c.text);
      return n ?? fail(c, c.text);
    }
    if (tok !== T_STRING) return fail(c, rawOf(c, tok));
    let v = one(c.text);
    if (v === undefined && meta.flags && c.text.includes(',')) {
      v = 0;
      for (const part of c.text.split(',')) {
        const p = one(part);
        if (p === undefined) { v = undefined; break; }
        v |= p;
      }
    }
    // ServiceStack logs an unknown enum name and leaves the member unset.
    return v ?? SKIP;
  };
}

function lookup(ctor: Parameters<ReaderDialect['lookup']>[0], make: (m: MemberMeta, n: string) => MemberReader, opts: CodecOptions): (key: string) => MemberReader | undefined {
  const exact = new Map<string, MemberReader>();
  const lower = new Map<string, MemberReader>();
  const bare = new Map<string, MemberReader>();
  const strip = (s: string): string => s.replace(/[_-]/g, '').toLowerCase();
  for (const m of serviceStackMembers(ctor)) {
    const wire = m.dataMember?.name ?? applyTextCase(m.name, opts.textCase);
    const r = make(m, wire);
    for (const n of [wire, m.name]) {
      if (!exact.has(n)) exact.set(n, r);
      if (!lower.has(n.toLowerCase())) lower.set(n.toLowerCase(), r);
      if (!bare.has(strip(n))) bare.set(strip(n), r);
    }
  }
  const snake = opts.textCase === 'snake_case';
  return (key) => exact.get(key) ?? lower.get(key.toLowerCase()) ?? (snake ? bare.get(strip(key)) : undefined);
}

/**
 * `__type` as the first member selects a subclass, but only one listed in `knownTypes` (the
 * option the JSV reader shares; ServiceStack's runtime-type whitelist) and assignable to the
 * declared type. Anything else is ignored, as .NET ignores types it may not create.
 */
function resolveTypeHint(typeName: string, declared: Constructor, opts: CodecOptions): Constructor | undefined {
  const known = (opts as CodecOptions & { knownTypes?: readonly Constructor[] }).knownTypes;
  if (!known) return undefined;
  const full = typeName.split(',')[0]!.trim();
  return known.find((k) => {
    const meta = getDtoMeta(k);
    return `${meta.namespace}.${meta.name}` === full && (k === declared || k.prototype instanceof (declared as unknown as new () => unknown));
  });
}

export const serviceStackJsonReader: ReaderDialect = {
  grammar: { comments: false, singleQuotes: false, unquotedNames: true, trailingCommas: true, nonFinite: true, strict: false },
  syntax: () => syntax,
  scalar,
  enumDec,
  any: () => (c, tok) => genericValue(c, tok, (text) => text),
  nullValue: (_c, t, where) => {
    if (t.kind === 'nullable' || !isValueType(t)) return null;
    return where === 'member' ? SKIP : defaultOf(t);
  },
  lookup,
  typeHint: { key: '__type', resolve: resolveTypeHint },
  wrongToken: (c, _t, tok) => fail(c, rawOf(c, tok)),
  start: (c, t, ch) => {
    if (t.kind === 'class' && ch !== 123 && !c.s.startsWith('null', c.i)) throw frameworkErrors.typeDefinitionExpected(getDtoMeta(t.ctor).name, c.s.slice(c.i));
  },
  emptyStringIsNull: true,
  empty: (t) => (t.kind === 'class' ? new (t.ctor as new () => unknown)() : null),
  internal: (c, e) => new JsonReadError(`Failed to deserialize JSON${where(c)}: ${e instanceof RangeError ? 'nesting too deep' : String(e)}`, formatPath(c.path)),
};
