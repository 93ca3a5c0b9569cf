"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseJsvValue = parseJsvValue;
/**
 * One key/value pair's value, read the way ServiceStack's StringMapTypeDeserializer reads query
 * strings, form fields and path variables (spec §1.5): strings are taken raw (no unquoting),
 * bools only look before the first comma (the MVC checkbox `true,false`), and everything else is
 * read as top-level JSV, so lists need no brackets (`1,2,3`) and objects are `{Name:x}`.
 */
const type_ref_js_1 = require("../../types/type-ref.js");
const jsv_format_js_1 = require("./jsv-format.js");
/** Returns null for an empty value (the binder skips those); throws SerializationException if unreadable. */
function parseJsvValue(text, type, options) {
    if (text === '')
        return null;
    const t = (0, type_ref_js_1.unwrapNullable)(type);
    if (t.kind === 'primitive' && t.name === 'string')
        return text;
    if (t.kind === 'primitive' && t.name === 'bool') {
        const comma = text.indexOf(',');
        return (0, jsv_format_js_1.readJsv)(comma < 0 ? text : text.slice(0, comma), type, options);
    }
    return (0, jsv_format_js_1.readJsv)(text, type, options);
}
