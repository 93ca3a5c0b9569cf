"use strict";
/**
 * JSON string literals as each emulated serializer escapes them. The three differ only in which
 * code units they escape and in the case of `\u` hex digits, but clients compare bytes, so each
 * gets its own quoting function. Every function tests with one regex first: most strings need
 * no escaping and go out as `"` + s + `"`.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.quoteServiceStack = quoteServiceStack;
exports.quoteJsonNet = quoteJsonNet;
exports.quoteProto = quoteProto;
const SHORT = { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r', 34: '\\"', 92: '\\\\' };
function hex4(code, upper) {
    const h = code.toString(16).padStart(4, '0');
    return '\\u' + (upper ? h.toUpperCase() : h);
}
function escapeWith(s, needs, upper) {
    let out = '"';
    let from = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (!needs(c))
            continue;
        if (i > from)
            out += s.slice(from, i);
        out += SHORT[c] ?? hex4(c, upper);
        from = i + 1;
    }
    return out + s.slice(from) + '"';
}
// ServiceStack.Text: char.IsControl (U+0000–U+001F, U+007F–U+009F), uppercase hex.
const SS_NEEDS = /["\\\u0000-\u001f\u007f-\u009f]/;
const ssNeeds = (c) => c < 0x20 || c === 34 || c === 92 || (c >= 0x7f && c <= 0x9f);
function quoteServiceStack(s) {
    return SS_NEEDS.test(s) ? escapeWith(s, ssNeeds, true) : '"' + s + '"';
}
// Json.NET default StringEscapeHandling: controls below U+0020 plus U+0085, U+2028, U+2029; lowercase hex.
const NET_NEEDS = /["\\\u0000-\u001f\u0085\u2028\u2029]/;
const netNeeds = (c) => c < 0x20 || c === 34 || c === 92 || c === 0x85 || c === 0x2028 || c === 0x2029;
function quoteJsonNet(s) {
    return NET_NEEDS.test(s) ? escapeWith(s, netNeeds, false) : '"' + s + '"';
}
// protojson (Go): controls below U+0020 only, lowercase hex — what JSON.stringify does for
// well-formed strings. Lone surrogates have no UTF-8 form; Go would refuse them, we keep JSON.stringify's escape.
const PROTO_NEEDS = /["\\\u0000-\u001f]/;
function quoteProto(s) {
    return PROTO_NEEDS.test(s) ? JSON.stringify(s) : '"' + s + '"';
}
