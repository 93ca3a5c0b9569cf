/**
 * Reading a request body as grpc-gateway does for Zitadel (dialects.md §3.4): Go's encoding/json
 * frames one strict JSON value (its error texts, trailing content ignored), then protojson binds
 * it with DiscardUnknown: exact json or proto names, duplicates rejected, `null` = unset, and
 * `proto: (line L:C): …` errors. Syntax errors anywhere in the value win over binding errors,
 * because Go validates the whole value before binding.
 */
import type { EnumMeta } from '../../dto/enum-meta.js';
import { getDtoMeta } from '../../dto/dto-meta.js';
import { jsonCamelCase, protoNameOf } from '../../dto/proto-names.js';
import { DateTime } from '../../types/date-time.js';
import { DateTimeOffset } from '../../types/date-time-offset.js';
import { TimeSpan } from '../../types/time-span.js';
import type { PrimitiveName, TypeRef } from '../../types/type-ref.js';
import { genericValue } from './json-any-reader.js';
import { JsonCursor, T_ARRAY, T_FALSE, T_NULL, T_NUMBER, T_OBJECT, T_STRING, T_TRUE, type Grammar, type SyntaxMessages, type Tok } from './json-cursor.js';
import { JsonReadError, formatPath } from './json-read-error.js';
import { INT_RANGE, decodeBase64, dotnetDecimal, readGuid, exactInteger, intValue, parseIso, smallInteger, type IntegerName } from './json-read-values.js';
import { SKIP, type Dec, type ReaderDialect } from './json-reader.js';

const GRAMMAR: Grammar = { comments: false, singleQuotes: false, unquotedNames: false, trailingCommas: false, nonFinite: false, strict: true };

/** Go's quoteChar. */
function quoteChar(ch: string): string {
  if (ch === "'") return `'\\''`;
  if (ch === '"') return `'"'`;
  const q = JSON.stringify(ch).slice(1, -1);
  return `'${/^\\u00/.test(q) ? '\\x' + q.slice(4) : q}'`;
}

const CONTEXT: Record<string, string> = {
  value: 'looking for beginning of value', key: 'looking for beginning of object key string', colon: 'after object key',
  afterMember: 'after object key:value pair', afterItem: 'after array element', string: 'in string literal',
  escape: 'in string escape code', number: 'in numeric literal',
};

const goSyntax: SyntaxMessages = {
  unexpectedEnd: (c) => new JsonReadError('unexpected EOF', formatPath(c.path)),
  unexpectedChar: (c, at, context) => {
    const ch = c.s[at] ?? '';
    let where = CONTEXT[context] ?? '';
    if (context === 'escape' && c.s[at - 1] !== '\\') where = 'in \\u hexadecimal character escape';
    if (context === 'literal') {
      const word = ({ t: 'true', f: 'false', n: 'null' } as Record<string, string>)[c.s[c.tokStart]!] ?? '';
      where = `in literal ${word} (expecting ${quoteChar(word[at - c.tokStart] ?? '')})`;
    }
    return new JsonReadError(`invalid character ${quoteChar(ch)} ${where}`, formatPath(c.path));
  },
  tooDeep: (c) => new JsonReadError('exceeded max depth', formatPath(c.path)),
};

/** `proto: (line L:C): …` at the start of the current token, column counted in code points. */
function protoError(c: JsonCursor, text: string, at = c.tokStart, prefix = ''): never {
  checkSyntax(c);
  const { line, lineStart } = c.lineOf(at);
  let col = 1;
  for (let k = lineStart; k < at; k++) {
    const u = c.s.charCodeAt(k);
    if (u < 0xdc00 || u > 0xdfff) col++;
  }
  throw new JsonReadError(`proto: ${prefix}(line ${line}:${col}): ${text}`, formatPath(c.path), line, col);
}

/** Go validates the whole value before protojson binds it: a later syntax error is the one reported. */
function checkSyntax(c: JsonCursor): void {
  const v = new JsonCursor(c.s, GRAMMAR, goSyntax, Math.max(c.maxDepth, 1));
  v.skip(v.next());
}

const rawToken = (c: JsonCursor, tok: Tok): string => (tok === T_OBJECT ? '{' : tok === T_ARRAY ? '[' : c.s.slice(c.tokStart, c.i));

function unexpected(c: JsonCursor, tok: Tok): never {
  return protoError(c, `unexpected token ${rawToken(c, tok)}`, c.tokStart, 'syntax error ');
}

const KIND: Record<string, string> = {
  sbyte: 'int32', short: 'int32', int: 'int32', byte: 'uint32', ushort: 'uint32', uint: 'uint32', long: 'int64', ulong: 'uint64',
  float: 'float', double: 'double', bool: 'bool', string: 'string', char: 'string', Guid: 'string', decimal: 'string', 'byte[]': 'bytes',
};

export function protoJsonReader(): ReaderDialect {
  const invalid = (c: JsonCursor, kind: string, tok: Tok, json: string): never =>
    protoError(c, `invalid value for ${kind} field ${json}: ${rawToken(c, tok)}`);

  function integer(name: IntegerName): Dec {
    const [min, max] = INT_RANGE[name];
    const lo = Number(min), hi = Number(max);
    const kind = KIND[name]!;
    return (c, tok) => {
      let v: bigint | undefined;
      if (tok === T_NUMBER || (tok === T_STRING && c.text !== '' && /^-?[\d.eE+-]+$/.test(c.text))) {
        const fast = smallInteger(c.text);
        if (fast !== undefined && fast >= lo && fast <= hi) return fast;
        v = exactInteger(c.text);
      }
      if (v === undefined || v < min || v > max) return invalid(c, kind, tok, jsonNameOf(c));
      return intValue(v);
    };
  }

  function float(single: boolean): Dec {
    return (c, tok) => {
      let v = NaN;
      if (tok === T_NUMBER) v = Number(c.text);
      else if (tok === T_STRING) {
        if (c.text === 'NaN') return NaN;
        if (c.text === 'Infinity') return Infinity;
        if (c.text === '-Infinity') return -Infinity;
        if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(c.text)) v = Number(c.text);
      }
      if (!Number.isFinite(v) || (single && Math.abs(v) > 3.4028234663852886e38)) return invalid(c, single ? 'float' : 'double', tok, jsonNameOf(c));
      return v;
    };
  }

  function scalar(name: Exclude<PrimitiveName, 'object'>): Dec {
    const kind = KIND[name] ?? name;
    const str = (parse: (s: string) => unknown): Dec => (c, tok) => {
      const v = tok === T_STRING ? parse(c.text) : undefined;
      return v ?? invalid(c, kind, tok, jsonNameOf(c));
    };
    switch (name) {
      case 'byte': case 'sbyte': case 'short': case 'ushort': case 'int': case 'uint': case 'long': case 'ulong': return integer(name);
      case 'float': case 'double': return float(name === 'float');
      case 'bool': return (c, tok) => (tok === T_TRUE ? true : tok === T_FALSE ? false : invalid(c, 'bool', tok, jsonNameOf(c)));
      case 'string': return str((s) => s);
      case 'char': return str((s) => s.charAt(0) || '\0');
      case 'Guid': return str(readGuid);
      case 'decimal': return (c, tok) => ((tok === T_STRING || tok === T_NUMBER ? dotnetDecimal(c.text) : undefined) ?? invalid(c, 'string', tok, jsonNameOf(c)));
      case 'byte[]': return str((s) => decodeBase64(s, true));
      case 'DateTime': case 'DateTimeOffset': return (c, tok) => {
        const p = tok === T_STRING ? parseTimestamp(c.text) : undefined;
        if (!p) return protoError(c, `invalid google.protobuf.Timestamp value ${rawToken(c, tok)}`);
        return name === 'DateTime' ? new DateTime(p.ms, 'Utc', p.sub) : new DateTimeOffset(p.ms, 0, p.sub);
      };
      case 'TimeSpan': return (c, tok) => {
        const m = tok === T_STRING ? /^(-)?(\d+)(?:\.(\d{1,9}))?s$/.exec(c.text) : null;
        if (!m) return protoError(c, `invalid google.protobuf.Duration value ${rawToken(c, tok)}`);
        const ticks = BigInt(m[2]!) * 10_000_000n + BigInt((m[3] ?? '').padEnd(9, '0').slice(0, 7) || '0');
        return new TimeSpan(m[1] ? -ticks : ticks);
      };
    }
  }

  function enumDec(meta: EnumMeta): Dec {
    const byName = new Map(meta.members.map((m) => [m.name, m.value]));
    return (c, tok) => {
      if (tok === T_STRING) {
        const v = byName.get(c.text);
        // protobuf-go ≥ 1.32 with DiscardUnknown leaves a field with an unknown enum name unset.
        return v ?? SKIP;
      }
      if (tok === T_NUMBER) {
        const v = exactInteger(c.text);
        if (v !== undefined && v >= -2147483648n && v <= 2147483647n) return Number(v);
      }
      return invalid(c, 'enum', tok, jsonNameOf(c));
    };
  }

  return {
    grammar: GRAMMAR,
    syntax: () => goSyntax,
    scalar,
    enumDec,
    any: () => (c, tok) => genericValue(c, tok, (s) => s),
    nullValue: (c, t, where) => {
      if (where === 'top') return null;
      if (where === 'member') return SKIP;
      if (t.kind === 'class') return unexpected(c, T_NULL);
      return invalid(c, t.kind === 'primitive' ? (KIND[t.name] ?? t.name) : t.kind === 'enum' ? 'enum' : 'message', T_NULL, jsonNameOf(c));
    },
    lookup: (ctor, make) => {
      const byName = new Map<string, ReturnType<typeof make>>();
      for (const m of getDtoMeta(ctor).allMembers) {
        const proto = protoNameOf(m);
        const json = jsonCamelCase(proto);
        const r = make(m, json);
        if (!byName.has(json)) byName.set(json, r);
        if (!byName.has(proto)) byName.set(proto, r);
      }
      return (key) => byName.get(key);
    },
    wrongToken: (c, _t: TypeRef, tok) => unexpected(c, tok),
    duplicate: (c, key) => protoError(c, `duplicate field ${JSON.stringify(key)}`),
    pathByMemberName: true,
    empty: (t) => (t.kind === 'class' ? new (t.ctor as new () => unknown)() : null),
    internal: (c, e) => new JsonReadError(e instanceof RangeError ? 'exceeded max depth' : String(e), formatPath(c.path)),
  };
}

/** The json name of the field being read (the path holds json names, not the keys as sent). */
function jsonNameOf(c: JsonCursor): string {
  for (let k = c.path.length - 1; k >= 0; k--) {
    const p = c.path[k];
    if (typeof p === 'string') return p;
  }
  return '';
}

/** RFC 3339 with `T`, seconds, at most 9 fraction digits and `Z` or an offset; normalised to UTC. */
function parseTimestamp(text: string): { ms: number; sub: number } | undefined {
  if (!/^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/.test(text)) return undefined;
  const p = parseIso(text);
  if (!p || p.offset === undefined) return undefined;
  const off = p.offset === 'Z' ? 0 : p.offset;
  return { ms: p.wallMs - off * 60000, sub: p.subMsTicks };
}
