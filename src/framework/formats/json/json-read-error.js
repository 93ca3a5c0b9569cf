"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.JsonReadError = void 0;
exports.formatPath = formatPath;
/**
 * The SerializationException the JSON readers throw. It keeps the failing member's path and
 * position, which the ASP.NET dialect needs for its ModelState keys (`request.Nums[1]`); the
 * wire-visible name and errorCode stay `SerializationException`.
 */
const exceptions_js_1 = require("../../errors/exceptions.js");
class JsonReadError extends exceptions_js_1.SerializationException {
    path;
    line;
    position;
    constructor(message, 
    /** The member path in Json.NET's notation: `Items[1].Name`, `['odd key']`; '' for the root. */
    path, line, position) {
        super(message);
        this.path = path;
        this.line = line;
        this.position = position;
        this.name = 'SerializationException';
        this.errorCode = 'SerializationException';
    }
}
exports.JsonReadError = JsonReadError;
/** Json.NET's JsonPosition path text. */
function formatPath(parts) {
    let out = '';
    for (const p of parts) {
        if (typeof p === 'number')
            out += `[${p}]`;
        else if (/[.\s[\]()'"]/.test(p) || p === '')
            out += `['${p.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
        else
            out += out === '' ? p : '.' + p;
    }
    return out;
}
