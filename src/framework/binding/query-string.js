"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_PARAMETERS = void 0;
exports.parseQueryString = parseQueryString;
exports.splitUrl = splitUrl;
exports.queryValue = queryValue;
/**
 * Query strings and urlencoded forms as ServiceStack sees them: a map of key → value where a
 * repeated key's values are joined with ',' (`?a=1&a=2` → `1,2`). A Map, so keys such as
 * `__proto__` are plain data.
 */
exports.MAX_PARAMETERS = 1000;
function parseQueryString(text) {
    const out = new Map();
    if (!text)
        return out;
    let count = 0;
    for (const [k, v] of new URLSearchParams(text)) {
        if (++count > exports.MAX_PARAMETERS)
            break;
        const prev = out.get(k);
        out.set(k, prev === undefined ? v : `${prev},${v}`);
    }
    return out;
}
/** Splits a request URL into its decoded path segments and raw query text. */
function splitUrl(url) {
    const q = url.indexOf('?');
    const rawPath = q < 0 ? url : url.slice(0, q);
    const query = q < 0 ? '' : url.slice(q + 1);
    const segments = rawPath.split('/').filter(Boolean).map(safeDecode);
    return { path: rawPath || '/', segments, query };
}
function safeDecode(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}
/** A query-string value by a name matched case-insensitively, as ASP.NET and ServiceStack bind parameters. */
function queryValue(query, name) {
    const lower = name.toLowerCase();
    for (const [k, v] of query)
        if (k.toLowerCase() === lower)
            return v;
    return undefined;
}
