"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.protoJsonReader = protoJsonReader;
const dto_meta_js_1 = require("../../dto/dto-meta.js");
const proto_names_js_1 = require("../../dto/proto-names.js");
const date_time_js_1 = require("../../types/date-time.js");
const date_time_offset_js_1 = require("../../types/date-time-offset.js");
const time_span_js_1 = require("../../types/time-span.js");
const json_any_reader_js_1 = require("./json-any-reader.js");
const json_cursor_js_1 = require("./json-cursor.js");
const json_read_error_js_1 = require("./json-read-error.js");
const json_read_values_js_1 = require("./json-read-values.js");
const json_reader_js_1 = require("./json-reader.js");
const GRAMMAR = { comments: false, singleQuotes: false, unquotedNames: false, trailingCommas: false, nonFinite: false, strict: true };
/** Go's quoteChar. */
function quoteChar(ch) {
    if (ch === "'")
        return `'\\''`;
    if (ch === '"')
        return `'"'`;
    const q = JSON.stringify(ch).slice(1, -1);
    return `'${/^\\u00/.test(q) ? '\\x' + q.slice(4) : q}'`;
}
const CONTEXT = {
    value: 'looking for beginning of value', key: 'looking for beginning of object key string', colon: 'after object key',
    afterMember: 'after object key:value pair', afterItem: 'after array element', string: 'in string literal',
    escape: 'in string escape code', number: 'in numeric literal',
};
const goSyntax = {
    unexpectedEnd: (c) => new json_read_error_js_1.JsonReadError('unexpected EOF', (0, json_read_error_js_1.formatPath)(c.path)),
    unexpectedChar: (c, at, context) => {
        const ch = c.s[at] ?? '';
        let where = CONTEXT[context] ?? '';
        if (context === 'escape' && c.s[at - 1] !== '\\')
            where = 'in \\u hexadecimal character escape';
        if (context === 'literal') {
            const word = { t: 'true', f: 'false', n: 'null' }[c.s[c.tokStart]] ?? '';
            where = `in literal ${word} (expecting ${quoteChar(word[at - c.tokStart] ?? '')})`;
        }
        return new json_read_error_js_1.JsonReadError(`invalid character ${quoteChar(ch)} ${where}`, (0, json_read_error_js_1.formatPath)(c.path));
    },
    tooDeep: (c) => new json_read_error_js_1.JsonReadError('exceeded max depth', (0, json_read_error_js_1.formatPath)(c.path)),
};
/** `proto: (line L:C): …` at the start of the current token, column counted in code points. */
function protoError(c, text, at = c.tokStart, prefix = '') {
    checkSyntax(c);
    const { line, lineStart } = c.lineOf(at);
    let col = 1;
    for (let k = lineStart; k < at; k++) {
        const u = c.s.charCodeAt(k);
        if (u < 0xdc00 || u > 0xdfff)
            col++;
    }
    throw new json_read_error_js_1.JsonReadError(`proto: ${prefix}(line ${line}:${col}): ${text}`, (0, json_read_error_js_1.formatPath)(c.path), line, col);
}
/** Go validates the whole value before protojson binds it: a later syntax error is the one reported. */
function checkSyntax(c) {
    const v = new json_cursor_js_1.JsonCursor(c.s, GRAMMAR, goSyntax, Math.max(c.maxDepth, 1));
    v.skip(v.next());
}
const rawToken = (c, tok) => (tok === json_cursor_js_1.T_OBJECT ? '{' : tok === json_cursor_js_1.T_ARRAY ? '[' : c.s.slice(c.tokStart, c.i));
function unexpected(c, tok) {
    return protoError(c, `unexpected token ${rawToken(c, tok)}`, c.tokStart, 'syntax error ');
}
const KIND = {
    sbyte: 'int32', short: 'int32', int: 'int32', byte: 'uint32', ushort: 'uint32', uint: 'uint32', long: 'int64', ulong: 'uint64',
    float: 'float', double: 'double', bool: 'bool', string: 'string', char: 'string', Guid: 'string', decimal: 'string', 'byte[]': 'bytes',
};
function protoJsonReader() {
    const invalid = (c, kind, tok, json) => protoError(c, `invalid value for ${kind} field ${json}: ${rawToken(c, tok)}`);
    function integer(name) {
        const [min, max] = json_read_values_js_1.INT_RANGE[name];
        const lo = Number(min), hi = Number(max);
        const kind = KIND[name];
        return (c, tok) => {
            let v;
            if (tok === json_cursor_js_1.T_NUMBER || (tok === json_cursor_js_1.T_STRING && c.text !== '' && /^-?[\d.eE+-]+$/.test(c.text))) {
                const fast = (0, json_read_values_js_1.smallInteger)(c.text);
                if (fast !== undefined && fast >= lo && fast <= hi)
                    return fast;
                v = (0, json_read_values_js_1.exactInteger)(c.text);
            }
            if (v === undefined || v < min || v > max)
                return invalid(c, kind, tok, jsonNameOf(c));
            return (0, json_read_values_js_1.intValue)(v);
        };
    }
    function float(single) {
        return (c, tok) => {
            let v = NaN;
            if (tok === json_cursor_js_1.T_NUMBER)
                v = Number(c.text);
            else if (tok === json_cursor_js_1.T_STRING) {
                if (c.text === 'NaN')
                    return NaN;
                if (c.text === 'Infinity')
                    return Infinity;
                if (c.text === '-Infinity')
                    return -Infinity;
                if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(c.text))
                    v = Number(c.text);
            }
            if (!Number.isFinite(v) || (single && Math.abs(v) > 3.4028234663852886e38))
                return invalid(c, single ? 'float' : 'double', tok, jsonNameOf(c));
            return v;
        };
    }
    function scalar(name) {
        const kind = KIND[name] ?? name;
        const str = (parse) => (c, tok) => {
            const v = tok === json_cursor_js_1.T_STRING ? parse(c.text) : undefined;
            return v ?? invalid(c, kind, tok, jsonNameOf(c));
        };
        switch (name) {
            case 'byte':
            case 'sbyte':
            case 'short':
            case 'ushort':
            case 'int':
            case 'uint':
            case 'long':
            case 'ulong': return integer(name);
            case 'float':
            case 'double': return float(name === 'float');
            case 'bool': return (c, tok) => (tok === json_cursor_js_1.T_TRUE ? true : tok === json_cursor_js_1.T_FALSE ? false : invalid(c, 'bool', tok, jsonNameOf(c)));
            case 'string': return str((s) => s);
            case 'char': return str((s) => s.charAt(0) || '\0');
            case 'Guid': return str(json_read_values_js_1.readGuid);
            case 'decimal': return (c, tok) => ((tok === json_cursor_js_1.T_STRING || tok === json_cursor_js_1.T_NUMBER ? (0, json_read_values_js_1.dotnetDecimal)(c.text) : undefined) ?? invalid(c, 'string', tok, jsonNameOf(c)));
            case 'byte[]': return str((s) => (0, json_read_values_js_1.decodeBase64)(s, true));
            case 'DateTime':
            case 'DateTimeOffset': return (c, tok) => {
                const p = tok === json_cursor_js_1.T_STRING ? parseTimestamp(c.text) : undefined;
                if (!p)
                    return protoError(c, `invalid google.protobuf.Timestamp value ${rawToken(c, tok)}`);
                return name === 'DateTime' ? new date_time_js_1.DateTime(p.ms, 'Utc', p.sub) : new date_time_offset_js_1.DateTimeOffset(p.ms, 0, p.sub);
            };
            case 'TimeSpan': return (c, tok) => {
                const m = tok === json_cursor_js_1.T_STRING ? /^(-)?(\d+)(?:\.(\d{1,9}))?s$/.exec(c.text) : null;
                if (!m)
                    return protoError(c, `invalid google.protobuf.Duration value ${rawToken(c, tok)}`);
                const ticks = BigInt(m[2]) * 10000000n + BigInt((m[3] ?? '').padEnd(9, '0').slice(0, 7) || '0');
                return new time_span_js_1.TimeSpan(m[1] ? -ticks : ticks);
            };
        }
    }
    function enumDec(meta) {
        const byName = new Map(meta.members.map((m) => [m.name, m.value]));
        return (c, tok) => {
            if (tok === json_cursor_js_1.T_STRING) {
                const v = byName.get(c.text);
                // protobuf-go ≥ 1.32 with DiscardUnknown leaves a field with an unknown enum name unset.
                return v ?? json_reader_js_1.SKIP;
            }
            if (tok === json_cursor_js_1.T_NUMBER) {
                const v = (0, json_read_values_js_1.exactInteger)(c.text);
                if (v !== undefined && v >= -2147483648n && v <= 2147483647n)
                    return Number(v);
            }
            return invalid(c, 'enum', tok, jsonNameOf(c));
        };
    }
    return {
        grammar: GRAMMAR,
        syntax: () => goSyntax,
        scalar,
        enumDec,
        any: () => (c, tok) => (0, json_any_reader_js_1.genericValue)(c, tok, (s) => s),
        nullValue: (c, t, where) => {
            if (where === 'top')
                return null;
            if (where === 'member')
                return json_reader_js_1.SKIP;
            if (t.kind === 'class')
                return unexpected(c, json_cursor_js_1.T_NULL);
            return invalid(c, t.kind === 'primitive' ? (KIND[t.name] ?? t.name) : t.kind === 'enum' ? 'enum' : 'message', json_cursor_js_1.T_NULL, jsonNameOf(c));
        },
        lookup: (ctor, make) => {
            const byName = new Map();
            for (const m of (0, dto_meta_js_1.getDtoMeta)(ctor).allMembers) {
                const proto = (0, proto_names_js_1.protoNameOf)(m);
                const json = (0, proto_names_js_1.jsonCamelCase)(proto);
                const r = make(m, json);
                if (!byName.has(json))
                    byName.set(json, r);
                if (!byName.has(proto))
                    byName.set(proto, r);
            }
            return (key) => byName.get(key);
        },
        wrongToken: (c, _t, tok) => unexpected(c, tok),
        duplicate: (c, key) => protoError(c, `duplicate field ${JSON.stringify(key)}`),
        pathByMemberName: true,
        empty: (t) => (t.kind === 'class' ? new t.ctor() : null),
        internal: (c, e) => new json_read_error_js_1.JsonReadError(e instanceof RangeError ? 'exceeded max depth' : String(e), (0, json_read_error_js_1.formatPath)(c.path)),
    };
}
/** The json name of the field being read (the path holds json names, not the keys as sent). */
function jsonNameOf(c) {
    for (let k = c.path.length - 1; k >= 0; k--) {
        const p = c.path[k];
        if (typeof p === 'string')
            return p;
    }
    return '';
}
/** RFC 3339 with `T`, seconds, at most 9 fraction digits and `Z` or an offset; normalised to UTC. */
function parseTimestamp(text) {
    if (!/^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/.test(text))
        return undefined;
    const p = (0, json_read_values_js_1.parseIso)(text);
    if (!p || p.offset === undefined)
        return undefined;
    const off = p.offset === 'Z' ? 0 : p.offset;
    return { ms: p.wallMs - off * 60000, sub: p.subMsTicks };
}
