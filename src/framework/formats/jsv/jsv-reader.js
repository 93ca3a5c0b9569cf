"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readerFor = readerFor;
exports.typeName = typeName;
exports.scalarText = scalarText;
exports.readWhole = readWhole;
const type_ref_js_1 = require("../../types/type-ref.js");
const jsv_dates_js_1 = require("./jsv-dates.js");
const jsv_enums_js_1 = require("./jsv-enums.js");
const jsv_lexer_js_1 = require("./jsv-lexer.js");
const jsv_numbers_js_1 = require("./jsv-numbers.js");
const jsv_read_collections_js_1 = require("./jsv-read-collections.js");
const jsv_read_object_js_1 = require("./jsv-read-object.js");
const jsv_scalars_js_1 = require("./jsv-scalars.js");
const jsv_values_js_1 = require("./jsv-values.js");
const compiled = new WeakMap();
const classReaders = new WeakMap();
function readerFor(t) {
    if (t.kind === 'class') {
        let fn = classReaders.get(t.ctor);
        if (!fn)
            classReaders.set(t.ctor, (fn = (0, jsv_read_object_js_1.classReader)(t.ctor)));
        return fn;
    }
    let fn = compiled.get(t);
    if (!fn)
        compiled.set(t, (fn = compile(t)));
    return fn;
}
function typeName(t) {
    switch (t.kind) {
        case 'primitive': return t.name;
        case 'enum': return t.meta.name;
        case 'class': return t.ctor.name;
        case 'nullable': return typeName(t.of) + '?';
        case 'list': return 'list';
        case 'dict': return 'dictionary';
    }
}
function compile(t) {
    switch (t.kind) {
        case 'nullable': {
            const inner = readerFor(t.of);
            return (r, mode) => (mode !== jsv_lexer_js_1.TOP && r.atEmpty(mode) ? null : inner(r, mode));
        }
        case 'list': return (0, jsv_read_collections_js_1.listReader)(t.of);
        case 'dict': return (0, jsv_read_collections_js_1.dictReader)(t.key, t.value);
        case 'enum': return scalarReader(t);
        case 'class': return readerFor(t);
        case 'primitive': break;
    }
    if (t.name === 'string')
        return scalarText;
    if (t.name === 'object')
        return jsv_read_collections_js_1.readAny;
    if (t.name === 'char')
        return readChar;
    if ((0, jsv_numbers_js_1.isIntName)(t.name))
        return intReader(t.name);
    return scalarReader(t);
}
/** .NET reads a char as the value's first character; a whole text is not unquoted first. */
function readChar(r, mode) {
    if (mode === jsv_lexer_js_1.TOP) {
        const c = r.s[r.i];
        r.i = r.end;
        return c ?? '\0';
    }
    if (r.atEmpty(mode))
        return '\0';
    (0, jsv_lexer_js_1.lex)(r, mode);
    return r.ts < r.te ? r.token()[0] : '\0';
}
function invalid(r, t) {
    const text = r.token();
    const shown = text.length > 40 ? text.slice(0, 40) + '…' : text;
    return r.error(`'${shown}' is not a valid ${typeName(t)}`, r.ts);
}
/** Integers are parsed straight from the text, without a substring. */
function intReader(name) {
    const t = { kind: 'primitive', name };
    return (r, mode) => {
        if (mode !== jsv_lexer_js_1.TOP && r.atEmpty(mode))
            throw r.error(`An empty value is not a valid ${name}`);
        (0, jsv_lexer_js_1.lex)(r, mode);
        const v = r.esc ? 'escaped' : (0, jsv_numbers_js_1.parseInteger)(r.s, r.ts, r.te, name);
        if (typeof v === 'string')
            throw invalid(r, t);
        return v;
    };
}
/**
 * The unquoted text of the scalar at the cursor, or null for an empty raw value — exactly how a
 * string is read. Raw values are scanned here directly; quoted ones and blocks go through the lexer.
 */
function scalarText(r, mode) {
    const s = r.s;
    const i = r.i;
    if (mode !== jsv_lexer_js_1.TOP) {
        const c = s.charCodeAt(i);
        if (c !== 34 && c !== 123 && c !== 91) {
            const end = r.end;
            let j = i;
            if ((mode & 4) !== 0) {
                for (; j < end; j++) {
                    const d = s.charCodeAt(j);
                    if (d === 44 || d === 125 || d === 93)
                        break;
                }
            }
            else {
                for (; j < end; j++) {
                    const d = s.charCodeAt(j);
                    if (d === 44 || d === 125)
                        break;
                }
            }
            r.i = r.te = j;
            r.ts = i;
            r.esc = r.quoted = false;
            return j === i ? null : s.slice(i, j);
        }
    }
    (0, jsv_lexer_js_1.lex)(r, mode);
    return !r.quoted && r.ts === r.te ? null : r.token();
}
/** An empty raw value: the type's .NET reading of it, or an error. */
function whenEmpty(r, t) {
    const v = (0, jsv_values_js_1.emptyValueOf)(t);
    if (v === undefined)
        throw r.error(`An empty value is not a valid ${typeName(t)}`);
    return v;
}
function parsed(r, t, v) {
    if (v === undefined)
        throw invalid(r, t);
    return v;
}
/** One distinct closure per scalar type keeps each one's call sites monomorphic. */
function scalarReader(t) {
    if (t.kind === 'enum') {
        const meta = t.meta;
        return (r, mode) => {
            const x = scalarText(r, mode);
            return x === null ? whenEmpty(r, t) : parsed(r, t, (0, jsv_enums_js_1.readEnum)(x, meta, r.o.lenient));
        };
    }
    switch (t.kind === 'primitive' ? t.name : '') {
        case 'bool': return (r, mode) => {
            const x = scalarText(r, mode);
            return x === null ? false : parsed(r, t, x === 'True' ? true : x === 'False' ? false : (0, jsv_scalars_js_1.parseBool)(x));
        };
        case 'double': return (r, mode) => {
            const x = scalarText(r, mode);
            return x === null ? whenEmpty(r, t) : parsed(r, t, (0, jsv_numbers_js_1.parseFloating)(x, false));
        };
        case 'decimal': return (r, mode) => {
            const x = scalarText(r, mode);
            return x === null ? whenEmpty(r, t) : parsed(r, t, (0, jsv_numbers_js_1.parseDecimal)(x));
        };
        case 'DateTime': return (r, mode) => {
            const x = scalarText(r, mode);
            return x === null ? whenEmpty(r, t) : parsed(r, t, (0, jsv_dates_js_1.parseDateTime)(x, r.o.tz, r.o.dateHandler, r.o.localDates));
        };
        case 'Guid': return (r, mode) => {
            const x = scalarText(r, mode);
            return x === null ? whenEmpty(r, t) : parsed(r, t, (0, jsv_scalars_js_1.readGuid)(x));
        };
        default: return (r, mode) => {
            const x = scalarText(r, mode);
            return x === null ? whenEmpty(r, t) : parsed(r, t, (0, jsv_values_js_1.parseScalarText)(t, x, r.o));
        };
    }
}
// ---- entry -----------------------------------------------------------------------------------
/** Reads a whole text (BOM skipped) as `t`; anything but trailing whitespace after it is an error. */
function readWhole(r, t) {
    if (r.s.charCodeAt(r.i) === 0xfeff)
        r.i++;
    if (r.i >= r.end)
        return (0, type_ref_js_1.isValueType)(t) ? (0, jsv_values_js_1.defaultValueOf)(t) : null;
    const v = readerFor(t)(r, jsv_lexer_js_1.TOP);
    r.skipWs();
    if (r.i < r.end)
        throw r.error(`Unexpected '${r.s[r.i]}' after the value`);
    return v;
}
