"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NamespaceScope = void 0;
/**
 * The in-scope namespace bindings of an XML reader, as XML Namespaces 1.0 defines them. Each
 * prefix has its own stack of URIs, so a lookup costs the same however many declarations are in
 * scope (a list scanned from the top made 20,000 declarations × 50,000 elements quadratic).
 * Declarations are counted per document against `limits.maxNamespaceDeclarations`.
 */
const xml_namespaces_js_1 = require("./xml-namespaces.js");
class NamespaceScope {
    uris = new Map([['', ['']], ['xml', [xml_namespaces_js_1.XML_NS]], ['xmlns', [xml_namespaces_js_1.XMLNS_NS]]]);
    /** Prefixes declared, in order; an element's declarations are the tail past its mark. */
    declared = [];
    /** Declarations seen in the whole document (undeclaring does not give them back). */
    count = 0;
    /** The URI bound to `prefix`, or undefined if none is. */
    lookup(prefix) {
        const stack = this.uris.get(prefix);
        return stack === undefined ? undefined : stack[stack.length - 1];
    }
    declare(prefix, uri) {
        const stack = this.uris.get(prefix);
        if (stack)
            stack.push(uri);
        else
            this.uris.set(prefix, [uri]);
        this.declared.push(prefix);
        this.count++;
    }
    /** Where the current element's declarations start. */
    mark() {
        return this.declared.length;
    }
    /** Drops the declarations made since `mark` (the element they belong to has ended). */
    restore(mark) {
        while (this.declared.length > mark)
            this.uris.get(this.declared.pop()).pop();
    }
}
exports.NamespaceScope = NamespaceScope;
