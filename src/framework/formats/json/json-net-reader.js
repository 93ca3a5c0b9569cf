"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.netError = netError;
exports.jsonNetReader = jsonNetReader;
/**
 * Reading JSON as Json.NET 6 does inside ASP.NET Web API 2 (dialects.md §2.5): lenient syntax,
 * exact-then-case-insensitive member names, last duplicate wins, and Json.NET's own error texts
 * with `Path '…', line L, position P.` so the host can rebuild ModelState keys.
 */
const dto_meta_js_1 = require("../../dto/dto-meta.js");
const member_order_js_1 = require("../../dto/member-order.js");
const date_time_offset_js_1 = require("../../types/date-time-offset.js");
const date_time_js_1 = require("../../types/date-time.js");
const text_case_js_1 = require("../../types/text-case.js");
const time_span_js_1 = require("../../types/time-span.js");
const time_zone_js_1 = require("../../types/time-zone.js");
const type_ref_js_1 = require("../../types/type-ref.js");
const json_any_reader_js_1 = require("./json-any-reader.js");
const json_cursor_js_1 = require("./json-cursor.js");
const clr_type_name_js_1 = require("./clr-type-name.js");
const json_read_error_js_1 = require("./json-read-error.js");
const json_read_values_js_1 = require("./json-read-values.js");
/** A JsonReaderException/JsonSerializationException text: message, then `Path '…', line L, position P.` */
function netError(c, message, end, nl = '\r\n', path = (0, json_read_error_js_1.formatPath)(c.path)) {
    const { line, lineStart } = c.lineOf(end);
    let msg = message;
    if (!msg.endsWith(nl)) {
        msg = msg.trim();
        if (!msg.endsWith('.'))
            msg += '.';
        msg += ' ';
    }
    return new json_read_error_js_1.JsonReadError(`${msg}Path '${path}', line ${line}, position ${end - lineStart}.`, path, line, end - lineStart);
}
const tokenName = (c, tok) => ['String', /^-?\d+$/.test(c.text) ? 'Integer' : 'Float', 'Boolean', 'Boolean', 'Null', 'StartObject', 'StartArray'][tok];
/** How Json.NET prints a token's value in "Error converting value …". */
const valueText = (c, tok) => tok === json_cursor_js_1.T_STRING ? `"${c.text}"` : tok === json_cursor_js_1.T_TRUE ? 'True' : tok === json_cursor_js_1.T_FALSE ? 'False' : tok === json_cursor_js_1.T_NULL ? '{null}' : c.text;
/** End of the token for positions: containers are reported just after their opening bracket. */
const endOf = (c, tok) => (tok === json_cursor_js_1.T_OBJECT || tok === json_cursor_js_1.T_ARRAY ? c.tokStart + 1 : c.i);
function converting(c, tok, t) {
    throw netError(c, `Error converting value ${valueText(c, tok)} to type '${(0, clr_type_name_js_1.clrTypeName)(t)}'.`, endOf(c, tok));
}
function syntax(opts) {
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
function int32(t) {
    return (c, tok) => {
        if (tok === json_cursor_js_1.T_NUMBER) {
            const fast = (0, json_read_values_js_1.smallInteger)(c.text);
            if (fast !== undefined && fast >= -2147483648 && fast <= 2147483647)
                return fast;
            if (!/^-?\d+$/.test(c.text))
                throw netError(c, `Input string '${c.text}' is not a valid integer.`, c.i);
            throw netError(c, `JSON integer ${c.text} is too large or small for an Int32.`, c.i);
        }
        if (tok === json_cursor_js_1.T_STRING) {
            if (c.text === '')
                return converting(c, json_cursor_js_1.T_NULL, t);
            const v = /^\s*[-+]?\d+\s*$/.test(c.text) ? Number(c.text) : NaN;
            if (Number.isInteger(v) && v >= -2147483648 && v <= 2147483647)
                return v;
            throw netError(c, `Could not convert string to integer: ${c.text}.`, c.i);
        }
        throw netError(c, `Error reading integer. Unexpected token: ${tokenName(c, tok)}.`, endOf(c, tok));
    };
}
/** Other integer types go through Convert.ChangeType: doubles round half to even, strings parse. */
function integer(name, t) {
    const [min, max] = json_read_values_js_1.INT_RANGE[name];
    const lo = Number(min), hi = Number(max);
    return (c, tok) => {
        let v;
        if (tok === json_cursor_js_1.T_NUMBER) {
            const fast = (0, json_read_values_js_1.smallInteger)(c.text);
            if (fast !== undefined && fast >= lo && fast <= hi)
                return fast;
            v = (0, json_read_values_js_1.exactInteger)(c.text);
            if (v === undefined) {
                const d = Number(c.text);
                const r = Math.round(d);
                if (Number.isFinite(d))
                    v = BigInt(Math.abs(d % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r);
            }
        }
        else if (tok === json_cursor_js_1.T_STRING && /^\s*[-+]?\d+\s*$/.test(c.text))
            v = BigInt(c.text.trim());
        else if (tok === json_cursor_js_1.T_TRUE || tok === json_cursor_js_1.T_FALSE)
            v = tok === json_cursor_js_1.T_TRUE ? 1n : 0n;
        else if (tok === json_cursor_js_1.T_OBJECT || tok === json_cursor_js_1.T_ARRAY)
            throw netError(c, `Unexpected token while deserializing object: ${tokenName(c, tok)}.`, endOf(c, tok));
        if (v === undefined || v < min || v > max)
            return converting(c, tok, t);
        return (0, json_read_values_js_1.intValue)(v);
    };
}
const FLOAT_STRINGS = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };
function scalar(name, r) {
    const t = { kind: 'primitive', name };
    const tz = r.opts.timeZone;
    switch (name) {
        case 'string': return (c, tok) => {
            if (tok === json_cursor_js_1.T_STRING)
                return c.text;
            if (tok === json_cursor_js_1.T_NUMBER)
                return /^-?\d+$/.test(c.text) ? c.text : String(Number(c.text));
            if (tok === json_cursor_js_1.T_TRUE || tok === json_cursor_js_1.T_FALSE)
                return tok === json_cursor_js_1.T_TRUE ? 'True' : 'False';
            throw netError(c, `Error reading string. Unexpected token: ${tokenName(c, tok)}.`, endOf(c, tok));
        };
        case 'int': return int32(t);
        case 'byte':
        case 'sbyte':
        case 'short':
        case 'ushort':
        case 'uint':
        case 'long':
        case 'ulong': return integer(name, t);
        case 'bool': return (c, tok) => {
            if (tok === json_cursor_js_1.T_TRUE || tok === json_cursor_js_1.T_FALSE)
                return tok === json_cursor_js_1.T_TRUE;
            if (tok === json_cursor_js_1.T_NUMBER && Number.isFinite(Number(c.text)))
                return Number(c.text) !== 0;
            if (tok === json_cursor_js_1.T_STRING && /^\s*(true|false)\s*$/i.test(c.text))
                return c.text.trim().toLowerCase() === 'true';
            return converting(c, tok, t);
        };
        case 'float':
        case 'double': return (c, tok) => {
            if (tok === json_cursor_js_1.T_NUMBER)
                return Number(c.text);
            if (tok === json_cursor_js_1.T_STRING) {
                const s = c.text.trim();
                if (s in FLOAT_STRINGS)
                    return FLOAT_STRINGS[s];
                const v = s === '' ? NaN : Number(s);
                if (Number.isFinite(v))
                    return v;
            }
            if (tok === json_cursor_js_1.T_TRUE || tok === json_cursor_js_1.T_FALSE)
                return tok === json_cursor_js_1.T_TRUE ? 1 : 0;
            return converting(c, tok, t);
        };
        case 'decimal': return (c, tok) => {
            if (tok === json_cursor_js_1.T_NUMBER)
                return (0, json_read_values_js_1.dotnetDecimal)(c.text) ?? converting(c, tok, t);
            if (tok === json_cursor_js_1.T_STRING)
                return (0, json_read_values_js_1.dotnetDecimal)(c.text) ?? fail(c, `Could not convert string to decimal: ${c.text}.`);
            throw netError(c, `Error reading decimal. Unexpected token: ${tokenName(c, tok)}.`, endOf(c, tok));
        };
        case 'DateTime': return (c, tok) => {
            if (tok !== json_cursor_js_1.T_STRING)
                throw netError(c, `Error reading date. Unexpected token: ${tokenName(c, tok)}.`, endOf(c, tok));
            const w = (0, json_read_values_js_1.parseWcf)(c.text);
            if (w)
                return w.offset === undefined ? new date_time_js_1.DateTime(w.ms, 'Utc') : new date_time_js_1.DateTime(w.ms, 'Local');
            const iso = (0, json_read_values_js_1.parseIso)(c.text);
            // An offset is converted to the server's clock (Kind Local), as DateTimeZoneHandling.RoundtripKind does.
            return iso ? (0, json_read_values_js_1.dateTimeFromIso)(iso, tz) : fail(c, `Could not convert string to DateTime: ${c.text}.`);
        };
        case 'DateTimeOffset': return (c, tok) => {
            if (tok !== json_cursor_js_1.T_STRING)
                throw netError(c, `Error reading date. Unexpected token: ${tokenName(c, tok)}.`, endOf(c, tok));
            const w = (0, json_read_values_js_1.parseWcf)(c.text);
            if (w)
                return new date_time_offset_js_1.DateTimeOffset(w.ms, w.offset ?? 0);
            const iso = (0, json_read_values_js_1.parseIso)(c.text);
            return iso ? (0, json_read_values_js_1.dateTimeOffsetFromIso)(iso, (wall) => (0, time_zone_js_1.offsetMinutesAt)((0, time_zone_js_1.wallClockToUtc)(wall, tz), tz))
                : fail(c, `Could not convert string to DateTimeOffset: ${c.text}.`);
        };
        case 'TimeSpan': return (c, tok) => (tok === json_cursor_js_1.T_STRING ? time_span_js_1.TimeSpan.parseClock(c.text) : undefined) ?? converting(c, tok, t);
        case 'Guid': return (c, tok) => (tok === json_cursor_js_1.T_STRING ? (0, json_read_values_js_1.readGuid)(c.text) : undefined) ?? converting(c, tok, t);
        case 'char': return (c, tok) => (tok === json_cursor_js_1.T_STRING && c.text.length === 1 ? c.text : converting(c, tok, t));
        case 'byte[]': return (c, tok) => {
            if (tok === json_cursor_js_1.T_ARRAY)
                return (0, json_any_reader_js_1.readByteArray)(c, () => { throw netError(c, `Error reading bytes. Unexpected token: ${tokenName(c, json_cursor_js_1.T_STRING)}.`, c.i); });
            if (tok !== json_cursor_js_1.T_STRING)
                throw netError(c, `Error reading bytes. Unexpected token: ${tokenName(c, tok)}.`, endOf(c, tok));
            return (0, json_read_values_js_1.decodeBase64)(c.text, false) ?? converting(c, tok, t);
        };
    }
}
function fail(c, message) {
    throw netError(c, message, c.i);
}
/** Enum.Parse semantics: names (ordinal, then ignoring case), numeric strings, "A, B" flag lists; [EnumMember] is ignored. */
function enumDec(meta) {
    const t = { kind: 'enum', meta };
    const exact = new Map(meta.members.map((m) => [m.name, m.value]));
    const lower = new Map();
    for (const m of meta.members)
        if (!lower.has(m.name.toLowerCase()))
            lower.set(m.name.toLowerCase(), m.value);
    const one = (s) => {
        const x = s.trim();
        return exact.get(x) ?? lower.get(x.toLowerCase()) ?? (/^[-+]?\d+$/.test(x) ? Number(x) : undefined);
    };
    return (c, tok) => {
        if (tok === json_cursor_js_1.T_NUMBER) {
            const v = (0, json_read_values_js_1.exactInteger)(c.text);
            return v !== undefined && /^-?\d+$/.test(c.text) ? Number(v) : converting(c, tok, t);
        }
        if (tok !== json_cursor_js_1.T_STRING)
            return converting(c, tok, t);
        let v = one(c.text);
        if (v === undefined && c.text.includes(',')) {
            v = 0;
            for (const part of c.text.split(',')) {
                const p = one(part);
                if (p === undefined)
                    return converting(c, tok, t);
                v |= p;
            }
        }
        return v ?? converting(c, tok, t);
    };
}
/** Json.NET reads [DataMember] only on [DataContract] classes. */
const dataMemberOf = (m) => ((0, dto_meta_js_1.getDtoMeta)(m.declaringClass).dataContract ? m.dataMember : undefined);
function wireName(m, opts) {
    const declared = (0, member_order_js_1.dataContractName)((0, dto_meta_js_1.getDtoMeta)(m.declaringClass), m);
    return opts.textCase === 'PascalCase' || declared !== m.name ? declared : (0, text_case_js_1.applyTextCase)(declared, opts.textCase);
}
function jsonNetReader(opts) {
    const nl = opts.newline === '\n' ? '\n' : '\r\n';
    const wrongShape = (c, t, tok) => {
        // Json.NET coerces "" to null for every non-string reference type.
        if (tok === json_cursor_js_1.T_STRING && c.text === '')
            return null;
        const name = (0, clr_type_name_js_1.clrTypeName)(t);
        if (tok === json_cursor_js_1.T_ARRAY && t.kind !== 'list') {
            throw netError(c, `Cannot deserialize the current JSON array (e.g. [1,2,3]) into type '${name}' because the type requires a JSON object (e.g. {"name":"value"}) to deserialize correctly.${nl}`
                + `To fix this error either change the JSON to a JSON object (e.g. {"name":"value"}) or change the deserialized type to an array or implement a collection interface (e.g. ICollection, IList) like List<T> that can be deserialized from a JSON array. JsonArrayAttribute can also be added to the type to force it to deserialize from a JSON array.${nl}`, c.tokStart + 1, nl);
        }
        if (tok === json_cursor_js_1.T_OBJECT && t.kind === 'list') {
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
        any: () => (c, tok) => (0, json_any_reader_js_1.genericValue)(c, tok, (s) => {
            const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s) ? (0, json_read_values_js_1.parseIso)(s) : undefined;
            return iso ? (0, json_read_values_js_1.dateTimeFromIso)(iso, opts.timeZone) : s;
        }),
        nullValue: (c, t, where) => {
            if (where === 'top' || t.kind === 'nullable' || !(0, type_ref_js_1.isValueType)(t))
                return null;
            return converting(c, json_cursor_js_1.T_NULL, t);
        },
        lookup: (ctor, make) => {
            const exact = new Map();
            const lower = new Map();
            for (const m of (0, member_order_js_1.jsonNetMembers)(ctor)) {
                const name = wireName(m, opts);
                const r = make(m, name);
                if (!exact.has(name))
                    exact.set(name, r);
                if (!lower.has(name.toLowerCase()))
                    lower.set(name.toLowerCase(), r);
            }
            return (key) => exact.get(key) ?? lower.get(key.toLowerCase());
        },
        wrongToken: wrongShape,
        afterObject: (c, _ctor, seen, readers) => {
            for (const r of readers) {
                const m = r.member;
                if (seen(r.index) || m.type.kind === 'nullable' || !(0, type_ref_js_1.isValueType)(m.type))
                    continue;
                if (m.required || dataMemberOf(m)?.isRequired)
                    throw netError(c, `Required property '${r.name}' not found in JSON.`, c.i);
            }
        },
        emptyStringIsNull: true,
        empty: () => null,
        internal: (c, e) => netError(c, e instanceof RangeError ? `The reader's MaxDepth of ${c.maxDepth} has been exceeded.` : String(e), c.i),
    };
}
