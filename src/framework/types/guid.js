"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EMPTY_GUID = void 0;
exports.newGuid = newGuid;
exports.parseGuid = parseGuid;
exports.formatGuid = formatGuid;
/** Guids travel as lowercase dashed strings inside Stackport; each format picks its spelling. */
const node_crypto_1 = require("node:crypto");
exports.EMPTY_GUID = '00000000-0000-0000-0000-000000000000';
function newGuid() {
    return (0, node_crypto_1.randomUUID)();
}
/**
 * Reads the forms .NET's Guid.Parse accepts: N (32 hex), D (dashed), B ({…}) and P ((…)),
 * any case, surrounding whitespace allowed. Returns the dashed lowercase form, or undefined.
 */
function parseGuid(text) {
    let t = text.trim();
    if ((t.startsWith('{') && t.endsWith('}')) || (t.startsWith('(') && t.endsWith(')')))
        t = t.slice(1, -1);
    let hex;
    if (t.length === 36 && /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(t))
        hex = t.replace(/-/g, '');
    else if (t.length === 32 && /^[0-9a-fA-F]{32}$/.test(t))
        hex = t;
    else
        return undefined;
    hex = hex.toLowerCase();
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
/** `N` = 32 hex digits (ServiceStack.Text), `D` = dashed (Json.NET, XML). */
function formatGuid(value, format) {
    const d = parseGuid(value);
    if (d === undefined)
        throw new TypeError(`'${value}' is not a Guid`);
    return format === 'N' ? d.replace(/-/g, '') : d;
}
