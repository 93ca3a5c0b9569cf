"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.writeXmlSerializer = writeXmlSerializer;
/**
 * XmlSerializer's output as ASP.NET Web API writes it with UseXmlSerializer (seed 001):
 * `xmlns:xsd` then `xmlns:xsi` on the root (Mono's order, which the seed shows), no default
 * namespace, members base class first in declaration order, null references omitted, `xsi:nil`
 * only for null Nullable<T> members and null list items, `<S />` for an empty string, lists as a
 * wrapper plus one element per item named after the item type, TimeSpan and DateTimeOffset as
 * empty elements (.NET Framework has no mapping for them), `xsi:type` for a subclass.
 */
const type_ref_js_1 = require("../../types/type-ref.js");
const contract_names_js_1 = require("./contract-names.js");
const dcs_writer_js_1 = require("./dcs-writer.js");
const xml_escape_js_1 = require("./xml-escape.js");
const xml_namespaces_js_1 = require("./xml-namespaces.js");
const xml_plans_js_1 = require("./xml-plans.js");
const xml_refusal_js_1 = require("./xml-refusal.js");
const enum_meta_js_1 = require("../../dto/enum-meta.js");
const xml_scalars_js_1 = require("./xml-scalars.js");
const xml_settings_js_1 = require("./xml-settings.js");
function writeXmlSerializer(value, type, settings) {
    const refusal = (0, xml_refusal_js_1.xmlSerializerRefusal)(type);
    if (refusal)
        throw refusal;
    const sink = (0, xml_settings_js_1.newSink)(settings);
    new XsWriter(sink, settings).root(value, type);
    return sink.toString();
}
class XsWriter {
    sink;
    s;
    constructor(sink, s) {
        this.sink = sink;
        this.s = s;
    }
    root(value, declared) {
        const t = declared.kind === 'nullable' ? declared.of : declared;
        if ((value === null || value === undefined) && declared.kind !== 'nullable' && (0, type_ref_js_1.isValueType)(t))
            value = (0, xml_scalars_js_1.defaultValue)(t);
        this.sink.startElement((0, contract_names_js_1.xsName)(t), null);
        const complex = t.kind === 'class' || t.kind === 'list';
        if (complex || value === null || value === undefined) {
            this.sink.rawAttribute('xmlns:xsd', xml_namespaces_js_1.XSD_NS);
            this.sink.rawAttribute('xmlns:xsi', xml_namespaces_js_1.XSI_NS);
        }
        if (value === null || value === undefined)
            this.sink.rawAttribute('xsi:nil', 'true');
        else
            this.content(t, value);
        this.sink.endElement();
    }
    content(t, v) {
        switch (t.kind) {
            case 'nullable': return this.content(t.of, v);
            case 'primitive': {
                if (t.name === 'TimeSpan' || t.name === 'DateTimeOffset')
                    return;
                if (t.name === 'object')
                    throw new xml_refusal_js_1.XmlWriteRefusedException('InvalidOperationException', 'Stackport does not write object-typed values as XML.');
                const text = (0, xml_scalars_js_1.formatScalar)(t.name, v, this.s);
                if (text === '')
                    return;
                if (t.name === 'string')
                    this.sink.text(text);
                else
                    this.sink.rawText(text);
                return;
            }
            case 'enum': {
                const n = (0, enum_meta_js_1.enumNumber)(t.meta, v);
                const text = (0, xml_scalars_js_1.formatEnum)(t.meta, n, 'xs');
                if (text === undefined)
                    throw (0, xml_refusal_js_1.enumRefusal)(t.meta, Number.isNaN(n) ? String(v) : n, 'xs');
                if (text !== '')
                    this.sink.text(text);
                return;
            }
            case 'list': {
                if (this.sink.depth > xml_settings_js_1.MAX_WRITE_DEPTH)
                    throw cycle(t);
                const itemName = (0, contract_names_js_1.xsName)(t.of);
                for (const item of (0, dcs_writer_js_1.itemsOf)(v)) {
                    this.sink.startElement(itemName, null);
                    const value = (item === null || item === undefined) && t.of.kind !== 'nullable' && (0, type_ref_js_1.isValueType)(t.of) ? (0, xml_scalars_js_1.defaultValue)(t.of) : item;
                    if (value === null || value === undefined)
                        this.sink.rawAttribute('xsi:nil', 'true');
                    else
                        this.content(t.of, value);
                    this.sink.endElement();
                }
                return;
            }
            case 'dict': throw (0, xml_refusal_js_1.xmlSerializerRefusal)(t);
            case 'class': return this.object(t.ctor, v);
        }
    }
    object(declared, value) {
        if (this.sink.depth > xml_settings_js_1.MAX_WRITE_DEPTH)
            throw cycle({ kind: 'class', ctor: declared });
        const ctor = (0, xml_plans_js_1.runtimeClass)(declared, value);
        if (ctor !== declared) {
            const refusal = (0, xml_refusal_js_1.xmlSerializerRefusal)({ kind: 'class', ctor });
            if (refusal)
                throw refusal;
            this.sink.rawAttribute('xsi:type', (0, xml_escape_js_1.escapeAttribute)((0, xml_plans_js_1.classPlan)(ctor, 'xs').name));
        }
        for (const m of (0, xml_plans_js_1.classPlan)(ctor, 'xs').members) {
            let v = value[m.key];
            if (v === null || v === undefined) {
                if (m.type.kind === 'nullable') {
                    this.sink.startElement(m.element, null);
                    this.sink.rawAttribute('xsi:nil', 'true');
                    this.sink.endElement();
                    continue;
                }
                if (!(0, type_ref_js_1.isValueType)(m.type))
                    continue;
                v = (0, xml_scalars_js_1.defaultValue)(m.type);
            }
            this.sink.startElement(m.element, null);
            this.content(m.type, v);
            this.sink.endElement();
        }
    }
}
const cycle = (t) => new xml_refusal_js_1.XmlWriteRefusedException('InvalidOperationException', `A circular reference was detected while serializing an object of type ${(0, contract_names_js_1.xsName)(t)}.`);
