"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.escapeText = escapeText;
exports.escapeAttribute = escapeAttribute;
/**
 * Text escaping exactly as .NET's XmlWriter writes it: `&amp; &lt; &gt;`, quotes left alone,
 * control characters as uppercase hex character references (`&#x1;`, the Web API writers run
 * with CheckCharacters off), and — under NewLineHandling.Replace — every `\r\n`, `\r` and `\n`
 * rewritten as the host's newline. XmlTextWriter (metadata pages) leaves newlines alone: pass null.
 */
/** True when some character needs escaping or newline handling (a plain loop beats a regex on short text). */
function needsWork(s) {
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c <= 0x3e && (c < 0x20 ? c !== 0x09 : c === 0x26 || c === 0x3c || c === 0x3e))
            return true;
    }
    return false;
}
function escapeText(s, newline) {
    if (!needsWork(s))
        return s;
    let out = '';
    let from = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        let rep;
        if (c === 0x26)
            rep = '&amp;';
        else if (c === 0x3c)
            rep = '&lt;';
        else if (c === 0x3e)
            rep = '&gt;';
        else if (c === 0x0a || c === 0x0d) {
            if (newline === null)
                continue;
            rep = newline;
            if (c === 0x0d && s.charCodeAt(i + 1) === 0x0a) {
                out += s.slice(from, i) + rep;
                i++;
                from = i + 1;
                continue;
            }
        }
        else if (c < 0x20 && c !== 0x09)
            rep = `&#x${c.toString(16).toUpperCase()};`;
        else
            continue;
        out += s.slice(from, i) + rep;
        from = i + 1;
    }
    return out + s.slice(from);
}
/** Attribute values (namespace URIs, `i:type` names): XmlWriter escapes quotes and whitespace controls too. */
function escapeAttribute(s) {
    return /[<>&"\t\n\r]/.test(s)
        ? s.replace(/[<>&"\t\n\r]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', '\t': '&#x9;', '\n': '&#xA;', '\r': '&#xD;' })[c])
        : s;
}
