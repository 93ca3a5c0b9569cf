"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.listReader = listReader;
exports.dictReader = dictReader;
exports.readAny = readAny;
/**
 * JSV lists, dictionaries and `object` values, read in place (ServiceStack's
 * DeserializeListWithElements / DeserializeDictionary): brackets are optional, so `1,2,3` and
 * `a:1,b:2` are a list and a map; empty slots are the element's default; a trailing separator adds
 * one more default element, except in lists of `{…}` objects.
 */
const type_ref_js_1 = require("../../types/type-ref.js");
const jsv_lexer_js_1 = require("./jsv-lexer.js");
const jsv_read_object_js_1 = require("./jsv-read-object.js");
const jsv_reader_js_1 = require("./jsv-reader.js");
const member_plan_js_1 = require("./member-plan.js");
const jsv_text_js_1 = require("./jsv-text.js");
const type_hint_js_1 = require("./type-hint.js");
const jsv_values_js_1 = require("./jsv-values.js");
// ---- lists -----------------------------------------------------------------------------------
function listReader(of) {
    // A fresh default per empty slot: DateTime defaults are mutable objects.
    const dflt = (0, type_ref_js_1.isValueType)(of) ? () => (0, jsv_values_js_1.defaultValueOf)(of) : () => null;
    let elem;
    return (r, mode) => {
        elem ??= (0, jsv_reader_js_1.readerFor)(of);
        const s = r.s;
        if (mode === jsv_lexer_js_1.TOP) {
            // StripList: trim, then drop the brackets if there are any.
            let a = r.i;
            let b = r.end;
            while (a < b && (0, jsv_text_js_1.isWs)(s.charCodeAt(a)))
                a++;
            while (b > a && (0, jsv_text_js_1.isWs)(s.charCodeAt(b - 1)))
                b--;
            if (a < b && s.charCodeAt(a) === 91) {
                if (s.charCodeAt(b - 1) !== 93 || b - a < 2)
                    throw r.error("Unbalanced '['", a);
                a++;
                b--;
            }
            const whole = r.end;
            return region(r, a, b, () => items(r, elem, dflt, false), whole);
        }
        if (r.atEmpty(mode))
            return null;
        if (s.charCodeAt(r.i) === 91) {
            r.i++;
            return items(r, elem, dflt, true);
        }
        // A raw or quoted value is a bracketless list of its own.
        const start = r.i;
        (0, jsv_lexer_js_1.lex)(r, mode);
        return region(r, start, r.i, () => items(r, elem, dflt, false));
    };
}
/** Reads [a, b) as a region of its own, then leaves the cursor at `after` (default b). */
function region(r, a, b, read, after = b) {
    const saved = r.end;
    r.end = b;
    r.i = a;
    const v = read();
    r.end = saved;
    r.i = after;
    return v;
}
function items(r, elem, dflt, bracketed) {
    const s = r.s;
    const out = [];
    r.enter();
    const mode = bracketed ? jsv_lexer_js_1.ITEM : jsv_lexer_js_1.BARE_ITEM;
    let j = r.i;
    while (j < r.end && (0, jsv_text_js_1.isWs)(s.charCodeAt(j)))
        j++;
    if (bracketed ? j < r.end && s.charCodeAt(j) === 93 : j >= r.end) {
        r.i = bracketed ? j + 1 : r.end;
        r.depth--;
        return out;
    }
    // Lists of `{…}` elements ignore a trailing separator; others add a default element.
    const objects = r.i < r.end && s.charCodeAt(r.i) === 123;
    for (;;) {
        if (r.i >= r.end) {
            if (bracketed)
                throw r.error("Unterminated list: expected ']'");
            break;
        }
        const empty = r.atEmpty(mode);
        if (!empty)
            out.push(elem(r, mode));
        if (r.i >= r.end) {
            if (bracketed)
                throw r.error("Unterminated list: expected ']'");
            break;
        }
        const c = s.charCodeAt(r.i);
        if (c === 44 || c === 125) {
            r.i++;
            const last = bracketed ? r.i < r.end && s.charCodeAt(r.i) === 93 : r.i >= r.end;
            if (last) {
                if (!objects || empty)
                    out.push(dflt());
                if (bracketed)
                    r.i++;
                break;
            }
            if (empty)
                out.push(dflt());
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
function dictReader(keyType, valueType) {
    let val;
    const stringKeys = keyType.kind === 'primitive' && (keyType.name === 'string' || keyType.name === 'object');
    const keyOf = (r, text) => {
        if (stringKeys)
            return text;
        const k = (0, jsv_values_js_1.parseScalarText)(keyType, text, r.o);
        if (k === undefined || k === null)
            throw r.error(`Dictionary key '${text}' is not a valid ${(0, jsv_reader_js_1.typeName)(keyType)}`);
        return typeof k === 'string' ? k : String(k);
    };
    const entries = (r, braced) => {
        const s = r.s;
        const out = Object.create(null);
        r.enter();
        let j = r.i;
        while (j < r.end && (0, jsv_text_js_1.isWs)(s.charCodeAt(j)))
            j++;
        if (braced ? j < r.end && s.charCodeAt(j) === 125 : j >= r.end) {
            r.i = braced ? j + 1 : r.end;
        }
        else {
            do {
                const key = (0, jsv_lexer_js_1.readKey)(r, false);
                const v = val(r, jsv_lexer_js_1.MEMBER);
                if (key !== undefined)
                    out[keyOf(r, key)] = v;
            } while ((0, jsv_lexer_js_1.afterEntry)(r, braced));
        }
        r.depth--;
        return out;
    };
    return (r, mode) => {
        val ??= (0, jsv_reader_js_1.readerFor)(valueType);
        if (mode === jsv_lexer_js_1.TOP) {
            r.skipWs();
            if (r.i < r.end && r.s.charCodeAt(r.i) === 123) {
                r.i++;
                return entries(r, true);
            }
            return region(r, r.i, r.end, () => entries(r, false));
        }
        if (r.atEmpty(mode))
            return null;
        if (r.s.charCodeAt(r.i) === 123) {
            r.i++;
            return entries(r, true);
        }
        const start = r.i;
        (0, jsv_lexer_js_1.lex)(r, mode);
        return region(r, start, r.i, () => entries(r, false));
    };
}
// ---- object ----------------------------------------------------------------------------------
const STRING = Object.freeze({ kind: 'primitive', name: 'string' });
const OBJECT = Object.freeze({ kind: 'primitive', name: 'object' });
const OBJECT_LIST = Object.freeze({ kind: 'list', of: OBJECT, array: false });
const OBJECT_DICT = Object.freeze({ kind: 'dict', key: STRING, value: OBJECT });
/**
 * `object`-typed values stay text, as in ServiceStack: a `__type` hint naming a known DTO makes
 * an instance, and ConvertObjectTypesIntoStringDictionary turns `{…}`/`[…]` into containers.
 */
function readAny(r, mode) {
    if (mode !== jsv_lexer_js_1.TOP && r.atEmpty(mode))
        return '';
    const s = r.s;
    const c = s.charCodeAt(r.i);
    if (c === 123) {
        const hint = /^\{\s*__type\s*:\s*(?:"((?:[^"]|"")*)"|([^,}]*))/i.exec(s.slice(r.i, Math.min(r.end, r.i + 512)));
        const name = hint ? (hint[1]?.replaceAll('""', '"') ?? hint[2]) : '';
        const ctor = name.length > 1 ? (0, type_hint_js_1.resolveHint)(r, name, undefined) : undefined;
        if (ctor)
            return (0, jsv_read_object_js_1.readObject)(r, mode, (0, member_plan_js_1.classInfo)(ctor));
        if (r.o.convertObjects)
            return (0, jsv_reader_js_1.readerFor)(OBJECT_DICT)(r, mode);
    }
    else if (c === 91 && r.o.convertObjects) {
        return (0, jsv_reader_js_1.readerFor)(OBJECT_LIST)(r, mode);
    }
    (0, jsv_lexer_js_1.lex)(r, mode);
    return r.quoted ? r.token() : s.slice(r.ts, r.te);
}
