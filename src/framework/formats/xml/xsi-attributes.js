"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NO_XSI = void 0;
exports.xsiAttributes = xsiAttributes;
/** What a start tag's attributes mean to the typed reader, once the tag's declarations are in scope. */
const xml_namespaces_js_1 = require("./xml-namespaces.js");
exports.NO_XSI = { nil: false, typeName: undefined, typeNs: undefined };
/**
 * `xsi:nil` and `xsi:type` (whatever prefix is bound to the XML Schema instance namespace).
 * Two prefixed attributes with the same namespace and local name are duplicates too, as XML
 * Namespaces 1.0 says: `duplicate` reports them; `lookup` resolves a prefix or throws.
 */
function xsiAttributes(attrs, lookup, duplicate) {
    let nil = false;
    let typeName;
    let typeNs;
    let expanded;
    for (let i = 0; i < attrs.names.length; i++) {
        const a = attrs.names[i];
        const ac = a.indexOf(':');
        if (ac < 0 || a.startsWith('xmlns:'))
            continue;
        const attrNs = lookup(a.slice(0, ac));
        const attrLocal = a.slice(ac + 1);
        const key = `${attrNs}}${attrLocal}`;
        if (expanded?.has(key))
            duplicate(a);
        (expanded ??= new Set()).add(key);
        if (attrNs !== xml_namespaces_js_1.XSI_NS)
            continue;
        const v = attrs.values[i].trim();
        if (attrLocal === 'nil')
            nil = v === 'true' || v === '1';
        else if (attrLocal === 'type') {
            const tc = v.indexOf(':');
            typeName = tc < 0 ? v : v.slice(tc + 1);
            typeNs = lookup(tc < 0 ? '' : v.slice(0, tc));
        }
    }
    return { nil, typeName, typeNs };
}
