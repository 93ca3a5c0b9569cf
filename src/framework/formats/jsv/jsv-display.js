"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.jsvDisplayText = jsvDisplayText;
/**
 * A value as ServiceStack shows it outside JSV documents (CSV fields, the HTML report): a string
 * as it is, anything else in its JSV form without the quotes JSV would put around it (StripQuotes).
 */
const type_ref_js_1 = require("../../types/type-ref.js");
const jsv_format_js_1 = require("./jsv-format.js");
function jsvDisplayText(value, type, options) {
    if (value === null || value === undefined)
        return undefined;
    const t = (0, type_ref_js_1.unwrapNullable)(type);
    if (typeof value === 'string' && t.kind === 'primitive' && (t.name === 'string' || t.name === 'char' || t.name === 'object'))
        return value;
    const s = (0, jsv_format_js_1.writeJsv)(value, type, options);
    return s.length >= 2 && s[0] === '"' && s[s.length - 1] === '"' ? s.slice(1, -1) : s;
}
