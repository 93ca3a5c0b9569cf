"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.serviceStackJsonReader = void 0;
/**
 * Reading JSON the way ServiceStack.Text does (servicestack-wire.md §4, §3.6–3.9): member names
 * case-insensitive (also without `_`/`-` under snake_case), unknown members ignored, numbers and
 * booleans accepted inside strings, `/Date(…)/` with or without `\`, ISO dates, Guids N/D/B/P,
 * enum names, numbers or [EnumMember] values. Values of the wrong type throw "Failed to set
 * property" like ServiceStack with ThrowOnError.
 */
const dto_meta_js_1 = require("../../dto/dto-meta.js");
const member_order_js_1 = require("../../dto/member-order.js");
const date_time_js_1 = require("../../types/date-time.js");
const date_time_offset_js_1 = require("../../types/date-time-offset.js");
const time_span_js_1 = require("../../types/time-span.js");
const text_case_js_1 = require("../../types/text-case.js");
const type_ref_js_1 = require("../../types/type-ref.js");
const json_cursor_js_1 = require("./json-cursor.js");
const json_defaults_js_1 = require("./json-defaults.js");
const json_read_error_js_1 = require("./json-read-error.js");
const error_catalog_js_1 = require("../../errors/error-catalog.js");
const json_read_values_js_1 = require("./json-read-values.js");
const json_reader_js_1 = require("./json-reader.js");
const json_any_reader_js_1 = require("./json-any-reader.js");
/** The member being set (the innermost name in the path). */
function memberName(c) {
    for (let k = c.path.length - 1; k >= 0; k--)
        if (typeof c.path[k] === 'string')
            return c.path[k];
    return '';
}
function fail(c, raw, what) {
    const name = memberName(c);
    const message = name
        ? `Failed to set property '${name}' with '${raw}'`
        : `Failed to deserialize '${raw}' as ${what ?? 'the request type'}`;
    throw new json_read_error_js_1.JsonReadError(message, (0, json_read_error_js_1.formatPath)(c.path));
}
const rawOf = (c, tok) => (tok === json_cursor_js_1.T_STRING ? c.text : tok === json_cursor_js_1.T_OBJECT || tok === json_cursor_js_1.T_ARRAY ? c.raw(tok) : c.s.slice(c.tokStart, c.i));
const syntax = {
    unexpectedEnd: (c) => new json_read_error_js_1.JsonReadError(`Unexpected end of JSON${where(c)}`, (0, json_read_error_js_1.formatPath)(c.path)),
    unexpectedChar: (c, at) => new json_read_error_js_1.JsonReadError(`Invalid JSON: unexpected '${c.s[at]}' at position ${at}${where(c)}`, (0, json_read_error_js_1.formatPath)(c.path)),
    tooDeep: (c) => new json_read_error_js_1.JsonReadError(`JSON nested deeper than the limit of ${c.maxDepth}${where(c)}`, (0, json_read_error_js_1.formatPath)(c.path)),
};
const where = (c) => (c.path.length ? ` while reading '${(0, json_read_error_js_1.formatPath)(c.path)}'` : '');
const BOOL_WORDS = { true: true, t: true, y: true, yes: true, on: true, '1': true, false: false, f: false, n: false, no: false, off: false, '0': false };
function integer(name) {
    const [min, max] = json_read_values_js_1.INT_RANGE[name];
    const lo = Number(min), hi = Number(max);
    return (c, tok) => {
        if (tok !== json_cursor_js_1.T_NUMBER && tok !== json_cursor_js_1.T_STRING)
            return fail(c, rawOf(c, tok));
        const text = tok === json_cursor_js_1.T_STRING ? c.text.trim() : c.text;
        const fast = (0, json_read_values_js_1.smallInteger)(text);
        if (fast !== undefined)
            return fast >= lo && fast <= hi ? fast : fail(c, text);
        if (!/^-?\d+$/.test(text))
            return fail(c, text);
        const big = BigInt(text);
        return big < min || big > max ? fail(c, text) : (0, json_read_values_js_1.intValue)(big);
    };
}
function float() {
    return (c, tok) => {
        if (tok === json_cursor_js_1.T_NUMBER) {
            const n = Number(c.text);
            if (n === n || c.text === 'NaN')
                return n;
        }
        else if (tok === json_cursor_js_1.T_STRING) {
            const t = c.text.trim().replace(/,/g, '');
            const n = t === '' ? NaN : Number(t);
            if (n === n || t === 'NaN')
                return n;
        }
        return fail(c, rawOf(c, tok));
    };
}
function dateTime(opts) {
    return (c, tok) => {
        if (tok !== json_cursor_js_1.T_STRING)
            return fail(c, rawOf(c, tok));
        const w = (0, json_read_values_js_1.parseWcf)(c.text);
        if (w) {
            if (w.offset === undefined)
                return new date_time_js_1.DateTime(w.ms, 'Utc');
            return new date_time_js_1.DateTime(w.ms, w.unspecified ? 'Unspecified' : 'Local');
        }
        const iso = (0, json_read_values_js_1.parseIso)(c.text);
        if (iso)
            return opts.localDateTimes ? (0, date_time_js_1.asServerLocal)((0, json_read_values_js_1.dateTimeFromIso)(iso, opts.timeZone), !iso.hasTime) : (0, json_read_values_js_1.dateTimeFromIso)(iso, opts.timeZone);
        return fail(c, c.text);
    };
}
function dateTimeOffset(opts) {
    return (c, tok) => {
        if (tok !== json_cursor_js_1.T_STRING)
            return fail(c, rawOf(c, tok));
        const w = (0, json_read_values_js_1.parseWcf)(c.text);
        if (w) {
            const off = w.offset ?? 0;
            // Before v6.11 the number was the offset's wall clock read as UTC.
            return new date_time_offset_js_1.DateTimeOffset(opts.dateTimeOffset === 'legacy' ? w.ms - off * 60000 : w.ms, off);
        }
        const iso = (0, json_read_values_js_1.parseIso)(c.text);
        if (iso)
            return (0, json_read_values_js_1.dateTimeOffsetFromIso)(iso, () => 0);
        return fail(c, c.text);
    };
}
function scalar(name, r) {
    const opts = r.opts;
    switch (name) {
        case 'string': return (c, tok) => rawOf(c, tok);
        case 'char': return (c, tok) => (rawOf(c, tok).charAt(0) || '\0');
        case 'bool': return (c, tok) => {
            if (tok === json_cursor_js_1.T_TRUE)
                return true;
            if (tok === json_cursor_js_1.T_FALSE)
                return false;
            const v = tok === json_cursor_js_1.T_STRING || tok === json_cursor_js_1.T_NUMBER ? BOOL_WORDS[c.text.trim().toLowerCase()] : undefined;
            return v ?? (c.text.trim() === '' && tok === json_cursor_js_1.T_STRING ? false : fail(c, rawOf(c, tok)));
        };
        case 'byte':
        case 'sbyte':
        case 'short':
        case 'ushort':
        case 'int':
        case 'uint':
        case 'long':
        case 'ulong':
            return integer(name);
        case 'float':
        case 'double': return float();
        case 'decimal': return (c, tok) => {
            const v = tok === json_cursor_js_1.T_NUMBER || tok === json_cursor_js_1.T_STRING ? (0, json_read_values_js_1.dotnetDecimal)(tok === json_cursor_js_1.T_STRING ? c.text.replace(/,/g, '') : c.text) : undefined;
            return v ?? fail(c, rawOf(c, tok));
        };
        case 'DateTime': return dateTime(opts);
        case 'DateTimeOffset': return dateTimeOffset(opts);
        case 'TimeSpan': return (c, tok) => {
            if (tok !== json_cursor_js_1.T_STRING && tok !== json_cursor_js_1.T_NUMBER)
                return fail(c, rawOf(c, tok));
            const t = c.text.trim();
            const v = /^-?P/.test(t) ? time_span_js_1.TimeSpan.parseXsdDuration(t) : t.includes(':') ? time_span_js_1.TimeSpan.parseClock(t)
                : /^-?\d+(\.\d+)?$/.test(t) ? time_span_js_1.TimeSpan.fromSeconds(Number(t)) : undefined;
            return v ?? fail(c, t);
        };
        case 'Guid': return (c, tok) => (tok === json_cursor_js_1.T_STRING ? (0, json_read_values_js_1.readGuid)(c.text) : undefined) ?? fail(c, rawOf(c, tok));
        case 'byte[]': return (c, tok) => {
            if (tok === json_cursor_js_1.T_ARRAY)
                return (0, json_any_reader_js_1.readByteArray)(c, (at) => fail(c, at));
            return (tok === json_cursor_js_1.T_STRING ? (0, json_read_values_js_1.decodeBase64)(c.text, false) : undefined) ?? fail(c, rawOf(c, tok));
        };
    }
}
function enumDec(meta, r) {
    const snake = r.opts.textCase === 'snake_case';
    const stripped = new Map();
    for (const m of meta.members)
        stripped.set(m.name.replace(/_/g, '').toLowerCase(), m.value);
    const one = (name) => {
        const t = name.trim();
        const m = meta.byLowerName.get(t.toLowerCase());
        if (m)
            return m.value;
        if (/^-?\d+$/.test(t))
            return Number(t);
        return snake ? stripped.get(t.replace(/_/g, '').toLowerCase()) : undefined;
    };
    return (c, tok) => {
        if (tok === json_cursor_js_1.T_NUMBER) {
            const n = (0, json_read_values_js_1.smallInteger)(c.text);
            return n ?? fail(c, c.text);
        }
        if (tok !== json_cursor_js_1.T_STRING)
            return fail(c, rawOf(c, tok));
        let v = one(c.text);
        if (v === undefined && meta.flags && c.text.includes(',')) {
            v = 0;
            for (const part of c.text.split(',')) {
                const p = one(part);
                if (p === undefined) {
                    v = undefined;
                    break;
                }
                v |= p;
            }
        }
        // ServiceStack logs an unknown enum name and leaves the member unset.
        return v ?? json_reader_js_1.SKIP;
    };
}
function lookup(ctor, make, opts) {
    const exact = new Map();
    const lower = new Map();
    const bare = new Map();
    const strip = (s) => s.replace(/[_-]/g, '').toLowerCase();
    for (const m of (0, member_order_js_1.serviceStackMembers)(ctor)) {
        const wire = m.dataMember?.name ?? (0, text_case_js_1.applyTextCase)(m.name, opts.textCase);
        const r = make(m, wire);
        for (const n of [wire, m.name]) {
            if (!exact.has(n))
                exact.set(n, r);
            if (!lower.has(n.toLowerCase()))
                lower.set(n.toLowerCase(), r);
            if (!bare.has(strip(n)))
                bare.set(strip(n), r);
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
function resolveTypeHint(typeName, declared, opts) {
    const known = opts.knownTypes;
    if (!known)
        return undefined;
    const full = typeName.split(',')[0].trim();
    return known.find((k) => {
        const meta = (0, dto_meta_js_1.getDtoMeta)(k);
        return `${meta.namespace}.${meta.name}` === full && (k === declared || k.prototype instanceof declared);
    });
}
exports.serviceStackJsonReader = {
    grammar: { comments: false, singleQuotes: false, unquotedNames: true, trailingCommas: true, nonFinite: true, strict: false },
    syntax: () => syntax,
    scalar,
    enumDec,
    any: () => (c, tok) => (0, json_any_reader_js_1.genericValue)(c, tok, (text) => text),
    nullValue: (_c, t, where) => {
        if (t.kind === 'nullable' || !(0, type_ref_js_1.isValueType)(t))
            return null;
        return where === 'member' ? json_reader_js_1.SKIP : (0, json_defaults_js_1.defaultOf)(t);
    },
    lookup,
    typeHint: { key: '__type', resolve: resolveTypeHint },
    wrongToken: (c, _t, tok) => fail(c, rawOf(c, tok)),
    start: (c, t, ch) => {
        if (t.kind === 'class' && ch !== 123 && !c.s.startsWith('null', c.i))
            throw error_catalog_js_1.frameworkErrors.typeDefinitionExpected((0, dto_meta_js_1.getDtoMeta)(t.ctor).name, c.s.slice(c.i));
    },
    emptyStringIsNull: true,
    empty: (t) => (t.kind === 'class' ? new t.ctor() : null),
    internal: (c, e) => new json_read_error_js_1.JsonReadError(`Failed to deserialize JSON${where(c)}: ${e instanceof RangeError ? 'nesting too deep' : String(e)}`, (0, json_read_error_js_1.formatPath)(c.path)),
};
