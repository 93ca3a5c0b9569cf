"use strict";
/**
 * XML 1.0 character data: which characters may appear (the Char production) and how the five
 * predefined entities and character references decode. Shared by every XML-reading path so that
 * a document refused in one place is refused everywhere.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.isXmlChar = exports.RAW_NON_CHAR = void 0;
exports.decodeReferences = decodeReferences;
/** Raw characters outside the Char production that a JavaScript string can hold without a surrogate pair. */
exports.RAW_NON_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const PREDEFINED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const CHAR_REF = /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/;
/** Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF] */
const isXmlChar = (cp) => cp >= 0x20 ? cp <= 0xd7ff || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff) : cp === 0x9 || cp === 0xa || cp === 0xd;
exports.isXmlChar = isXmlChar;
/**
 * Decodes the references in `s` (which holds at least one '&'). `fail(message, offset)` reports
 * a bad reference at its offset in `s`; it must throw.
 */
function decodeReferences(s, fail) {
    let out = '';
    let from = 0;
    for (let amp = s.indexOf('&'); amp >= 0; amp = s.indexOf('&', from)) {
        const semi = s.indexOf(';', amp);
        if (semi < 0 || semi - amp > 12)
            fail("An '&' must start an entity or character reference.", amp);
        const ref = s.slice(amp + 1, semi);
        let ch = PREDEFINED[ref];
        if (ch === undefined) {
            const m = CHAR_REF.exec(ref);
            if (!m)
                fail(`Reference to undeclared entity '${ref}'.`, amp);
            const cp = parseInt(m[1] ?? m[2], m[1] ? 16 : 10);
            // `&#0;`, `&#xFFFE;`, a surrogate: not XML characters, so not well formed (as .NET's XmlReader says).
            if (!(0, exports.isXmlChar)(cp))
                fail(`'&${ref};', hexadecimal value 0x${cp.toString(16).toUpperCase()}, is an invalid character.`, amp);
            ch = String.fromCodePoint(cp);
        }
        out += s.slice(from, amp) + ch;
        from = semi + 1;
    }
    return out + s.slice(from);
}
