"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.XmlSink = void 0;
/**
 * A forward-only XML writer with the observable behaviour of .NET's XmlWellFormedWriter, which is
 * what makes DataContractSerializer's bytes what they are:
 *  - an element in a namespace already bound in scope reuses that prefix (or none, for the default
 *    namespace); otherwise it becomes the element's default namespace, declared *after* the
 *    element's other attributes (`<Tags xmlns:d2p1="…" xmlns="…">`);
 *  - `declareNamespace` is XmlWriterDelegator.WriteXmlnsAttribute: a `d{depth}p{n}` prefix, only
 *    if the namespace is not in scope yet;
 *  - an element closed with no content is `<X />` (space before the slash); writing any text,
 *    even an empty string, forces `<X></X>`;
 *  - optional indentation as XmlWriter/XmlTextWriter do it: two spaces, children on their own
 *    lines, text-only elements kept on one line.
 * Passing `ns = null` switches namespace handling off (XmlSerializer writes none).
 */
const xml_escape_js_1 = require("./xml-escape.js");
const xml_namespaces_js_1 = require("./xml-namespaces.js");
const HAS_ELEMENTS = 1;
const HAS_TEXT = 2;
class XmlSink {
    options;
    out = '';
    names = [];
    content = [];
    marks = [];
    prefixes = ['', 'xml'];
    uris = ['', xml_namespaces_js_1.XML_NS];
    open = false;
    pendingDefault;
    counter = 1;
    textNewline;
    indent;
    constructor(options, prolog = '') {
        this.options = options;
        this.out = prolog;
        this.textNewline = options.replaceNewlines ? options.newline : null;
        this.indent = options.indent;
    }
    get depth() { return this.names.length; }
    /** The prefix bound to `ns` in scope ('' for the default namespace), or undefined. */
    lookupPrefix(ns) {
        for (let i = this.uris.length - 1; i >= 0; i--) {
            if (this.uris[i] !== ns)
                continue;
            const p = this.prefixes[i];
            // A later binding of the same prefix shadows this one.
            let shadowed = false;
            for (let j = i + 1; j < this.prefixes.length; j++)
                if (this.prefixes[j] === p) {
                    shadowed = true;
                    break;
                }
            if (!shadowed)
                return p;
        }
        return undefined;
    }
    startElement(local, ns) {
        if (this.open)
            this.closeStartTag();
        if (this.indent) {
            const parent = this.content.length - 1;
            if (parent >= 0)
                this.content[parent] |= HAS_ELEMENTS;
            if (parent < 0 ? this.out.length > 0 : (this.content[parent] & HAS_TEXT) === 0)
                this.out += this.options.newline + '  '.repeat(this.names.length);
            this.content.push(0);
        }
        this.marks.push(this.prefixes.length);
        let qname = local;
        if (ns !== null) {
            const prefix = this.lookupPrefix(ns);
            if (prefix === undefined) {
                this.pendingDefault = ns;
                this.prefixes.push('');
                this.uris.push(ns);
            }
            else if (prefix !== '')
                qname = `${prefix}:${local}`;
        }
        this.out += `<${qname}`;
        this.names.push(qname);
        this.counter = 1;
        this.open = true;
    }
    /** Declares `xmlns:d{depth}p{n}` for `ns` on the open start tag unless `ns` is already in scope. */
    declareNamespace(ns) {
        if (this.lookupPrefix(ns) !== undefined)
            return;
        const prefix = `d${this.names.length + (this.options.depthOffset ?? 0)}p${this.counter++}`;
        this.prefixes.push(prefix);
        this.uris.push(ns);
        this.out += ` xmlns:${prefix}="${(0, xml_escape_js_1.escapeAttribute)(ns)}"`;
    }
    /** `prefix:local` for a QName-valued attribute, declaring the namespace first if needed. */
    qualifiedName(ns, local) {
        this.declareNamespace(ns);
        const prefix = this.lookupPrefix(ns);
        return prefix === '' ? local : `${prefix}:${local}`;
    }
    /** An attribute on the open start tag; `qname` and `value` must already be safe to write. */
    rawAttribute(qname, value) {
        this.out += ` ${qname}="${value}"`;
    }
    text(s) {
        if (this.open)
            this.closeStartTag();
        if (this.indent)
            this.content[this.content.length - 1] |= HAS_TEXT;
        this.out += (0, xml_escape_js_1.escapeText)(s, this.textNewline);
    }
    /** Text known to need no escaping: the writers' own number, date, Guid and base64 spellings. */
    rawText(s) {
        if (this.open)
            this.closeStartTag();
        if (this.indent)
            this.content[this.content.length - 1] |= HAS_TEXT;
        this.out += s;
    }
    endElement() {
        const qname = this.names.pop();
        const content = this.indent ? this.content.pop() : 0;
        if (this.open) {
            if (this.pendingDefault !== undefined)
                this.writePendingDefault();
            this.out += ' />';
            this.open = false;
        }
        else {
            if (this.indent && content === HAS_ELEMENTS)
                this.out += this.options.newline + '  '.repeat(this.names.length);
            this.out += `</${qname}>`;
        }
        const mark = this.marks.pop();
        if (this.prefixes.length !== mark) {
            this.prefixes.length = mark;
            this.uris.length = mark;
        }
    }
    toString() { return this.out; }
    closeStartTag() {
        if (this.pendingDefault !== undefined)
            this.writePendingDefault();
        this.out += '>';
        this.open = false;
    }
    writePendingDefault() {
        this.out += ` xmlns="${(0, xml_escape_js_1.escapeAttribute)(this.pendingDefault)}"`;
        this.pendingDefault = undefined;
    }
}
exports.XmlSink = XmlSink;
