"use strict";
/**
 * JSV string quoting (ServiceStack's `EncodeJsv` / `FromCsvField`): a value is wrapped in `"…"`,
 * with inner quotes doubled, only when it holds one of the nine characters the reader treats as
 * structure. Everything else — whitespace, `'`, `\`, non-ASCII — is written verbatim.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.needsQuoting = needsQuoting;
exports.encodeJsvString = encodeJsvString;
exports.fromCsvField = fromCsvField;
exports.isWs = isWs;
/** 1 for `"` `,` `:` `{` `}` `[` `]` CR LF. */
const ESCAPE = new Uint8Array(128);
for (const c of '",:{}[]\r\n')
    ESCAPE[c.charCodeAt(0)] = 1;
function needsQuoting(s) {
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 128 && ESCAPE[c] === 1)
            return true;
    }
    return false;
}
/** The member/item/key form: `""` for empty, quoted when needed, else raw. */
function encodeJsvString(s) {
    if (s.length === 0)
        return '""';
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 128 && ESCAPE[c] === 1)
            return quote(s, i);
    }
    return s;
}
function quote(s, from) {
    return s.indexOf('"', from) < 0 ? '"' + s + '"' : '"' + s.replaceAll('"', '""') + '"';
}
/** `FromCsvField` on a whole text: strip the outer quotes and undouble inner ones. */
function fromCsvField(s) {
    if (s.length === 0 || s.charCodeAt(0) !== 34)
        return s;
    const inner = s.slice(1, -1);
    return inner.indexOf('""') < 0 ? inner : inner.replaceAll('""', '"');
}
/** .NET's char.IsWhiteSpace for the characters that matter in practice. */
function isWs(c) {
    return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x85
        || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680;
}
