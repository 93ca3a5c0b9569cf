"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.numberValue = numberValue;
exports.genericValue = genericValue;
exports.readByteArray = readByteArray;
/**
 * Untyped JSON values (members declared `object`, Struct/Value in protojson): strings, numbers
 * (integers exact: bigint beyond 2^53), booleans, arrays and null-prototype dictionaries, so a
 * hostile `__proto__` key is just a key.
 */
const json_cursor_js_1 = require("./json-cursor.js");
const json_read_values_js_1 = require("./json-read-values.js");
function numberValue(text) {
    const small = (0, json_read_values_js_1.smallInteger)(text);
    if (small !== undefined)
        return small;
    if (/^-?\d+$/.test(text))
        return (0, json_read_values_js_1.intValue)(BigInt(text));
    return Number(text);
}
/** One untyped value; `str` maps strings (Json.NET turns ISO-looking ones into DateTime). */
function genericValue(c, tok, str) {
    switch (tok) {
        case json_cursor_js_1.T_STRING: return str(c.text);
        case json_cursor_js_1.T_NUMBER: return numberValue(c.text);
        case json_cursor_js_1.T_TRUE: return true;
        case json_cursor_js_1.T_FALSE: return false;
        case json_cursor_js_1.T_NULL: return null;
        case json_cursor_js_1.T_ARRAY: {
            const out = [];
            c.enter();
            for (let first = true; c.arrayItem(first); first = false)
                out.push(genericValue(c, c.next(), str));
            return out;
        }
        case json_cursor_js_1.T_OBJECT: {
            const out = Object.create(null);
            c.enter();
            for (let first = true; c.objectKey(first); first = false) {
                const key = c.key;
                out[key] = genericValue(c, c.next(), str);
            }
            return out;
        }
    }
}
/** A JSON array of byte values read as byte[] (Json.NET and ServiceStack accept it). */
function readByteArray(c, fail) {
    const bytes = [];
    c.enter();
    for (let first = true; c.arrayItem(first); first = false) {
        const tok = c.next();
        const v = tok === json_cursor_js_1.T_NUMBER ? (0, json_read_values_js_1.exactInteger)(c.text) : undefined;
        if (v === undefined || v < 0n || v > 255n)
            fail(tok === json_cursor_js_1.T_STRING ? c.text : c.s.slice(c.tokStart, c.i));
        bytes.push(Number(v));
    }
    return Buffer.from(bytes);
}
