"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.writeDataContract = writeDataContract;
exports.itemsOf = itemsOf;
exports.entriesOf = entriesOf;
exports.typedKey = typedKey;
exports.toDateTimeOffset = toDateTimeOffset;
/**
 * DataContractSerializer's output, byte for byte: `xmlns:i` then the default namespace on the
 * root, members base class first and then ordinally by name within each class (then by Order),
 * `i:nil="true"` for nulls, the `d{depth}p{n}` prefix declared on a member element whose value
 * lives in another namespace, primitives in the Arrays namespace, `KeyValueOf…` dictionary
 * entries, DateTimeOffset as its two-member surrogate, `i:type` for a subclass in a base-typed slot.
 */
const date_time_offset_js_1 = require("../../types/date-time-offset.js");
const type_ref_js_1 = require("../../types/type-ref.js");
const contract_names_js_1 = require("./contract-names.js");
const xml_escape_js_1 = require("./xml-escape.js");
const xml_namespaces_js_1 = require("./xml-namespaces.js");
const xml_plans_js_1 = require("./xml-plans.js");
const xml_refusal_js_1 = require("./xml-refusal.js");
const enum_meta_js_1 = require("../../dto/enum-meta.js");
const xml_scalars_js_1 = require("./xml-scalars.js");
const xml_settings_js_1 = require("./xml-settings.js");
/** `depthOffset`: elements already open around the document (see SinkOptions.depthOffset). */
function writeDataContract(value, type, settings, depthOffset = 0) {
    const sink = (0, xml_settings_js_1.newSink)(settings, depthOffset);
    new DcsWriter(sink, settings).root(value, type);
    return sink.toString();
}
/** Items of a list value: arrays, Sets and other iterables. */
function itemsOf(v) {
    if (Array.isArray(v))
        return v;
    if (v !== null && typeof v === 'object' && Symbol.iterator in v)
        return [...v];
    throw new TypeError('List values must be arrays or iterables');
}
/** Entries of a dictionary value: a Map, or a plain / null-prototype object in key order. */
function entriesOf(v) {
    if (v instanceof Map)
        return [...v];
    return Object.keys(v).map((k) => [k, v[k]]);
}
/** A dictionary key from an object (always a string) converted to the key type's value. */
function typedKey(keyType, key) {
    if (typeof key !== 'string')
        return key;
    const t = keyType.kind === 'nullable' ? keyType.of : keyType;
    if (t.kind === 'enum')
        return /^-?\d+$/.test(key) ? Number(key) : (0, xml_scalars_js_1.parseEnum)(t.meta, key, 'dcs') ?? key;
    if (t.kind === 'primitive' && t.name !== 'string')
        return (0, xml_scalars_js_1.parseScalar)(t.name, key, { runtime: 'core', timeZone: undefined }) ?? key;
    return key;
}
function toDateTimeOffset(v) {
    if (v instanceof date_time_offset_js_1.DateTimeOffset)
        return v;
    if (v instanceof Date)
        return date_time_offset_js_1.DateTimeOffset.from(v);
    const parsed = typeof v === 'string' ? (0, xml_scalars_js_1.parseDateTimeOffset)(v) : undefined;
    if (!parsed)
        throw new TypeError('DateTimeOffset values must be a DateTimeOffset or Date');
    return parsed;
}
const needsXsiDeclaration = (t) => t.kind === 'class' || t.kind === 'list' || t.kind === 'dict' || (t.kind === 'primitive' && t.name === 'DateTimeOffset');
class DcsWriter {
    sink;
    s;
    constructor(sink, s) {
        this.sink = sink;
        this.s = s;
    }
    root(value, declared) {
        const t = declared.kind === 'nullable' ? declared.of : declared;
        const { name, ns } = (0, contract_names_js_1.rootName)(t);
        if (value === null || value === undefined) {
            const d = declared.kind !== 'nullable' && (0, type_ref_js_1.isValueType)(t) ? (0, xml_scalars_js_1.defaultValue)(t) : undefined;
            if (d === undefined) {
                // XmlWriter declares `i` itself here, after the attribute that uses it.
                this.sink.startElement(name, ns);
                this.sink.rawAttribute('i:nil', 'true');
                this.sink.rawAttribute('xmlns:i', xml_namespaces_js_1.XSI_NS);
                this.sink.endElement();
                return;
            }
            value = d;
        }
        this.sink.startElement(name, ns);
        if (needsXsiDeclaration(t))
            this.sink.rawAttribute('xmlns:i', xml_namespaces_js_1.XSI_NS);
        this.content(t, value);
        this.sink.endElement();
    }
    content(t, v) {
        switch (t.kind) {
            case 'nullable': return this.content(t.of, v);
            case 'primitive': {
                if (t.name === 'DateTimeOffset')
                    return this.dateTimeOffset(v);
                if (t.name === 'object')
                    throw new xml_refusal_js_1.XmlWriteRefusedException('SerializationException', 'Stackport does not write object-typed values as XML.');
                if (t.name === 'string') {
                    const text = typeof v === 'string' ? v : String(v);
                    if (text !== '' || !this.s.textWriter)
                        this.sink.text(text);
                    return;
                }
                const text = (0, xml_scalars_js_1.formatScalar)(t.name, v, this.s);
                if (text !== '')
                    this.sink.rawText(text);
                return;
            }
            case 'enum': {
                const n = (0, enum_meta_js_1.enumNumber)(t.meta, v);
                const text = (0, xml_scalars_js_1.formatEnum)(t.meta, n, 'dcs');
                if (text === undefined)
                    throw (0, xml_refusal_js_1.enumRefusal)(t.meta, Number.isNaN(n) ? String(v) : n, 'dcs');
                if (text !== '')
                    this.sink.text(text);
                return;
            }
            case 'list': return this.list(t, v);
            case 'dict': return this.dict(t, v);
            case 'class': return this.object(t.ctor, v);
        }
    }
    guardDepth(t) {
        if (this.sink.depth > xml_settings_js_1.MAX_WRITE_DEPTH) {
            throw new xml_refusal_js_1.XmlWriteRefusedException('SerializationException', `Object graph for type '${(0, contract_names_js_1.stableName)(t).name}' contains cycles and cannot be serialized if reference tracking is disabled.`);
        }
    }
    object(declared, value) {
        this.guardDepth({ kind: 'class', ctor: declared });
        const ctor = (0, xml_plans_js_1.runtimeClass)(declared, value);
        const plan = (0, xml_plans_js_1.classPlan)(ctor, 'dcs');
        if (ctor !== declared)
            this.sink.rawAttribute('i:type', (0, xml_escape_js_1.escapeAttribute)(this.sink.qualifiedName(plan.ns, plan.name)));
        const members = plan.members;
        for (let i = 0; i < members.length; i++)
            this.member(members[i], value[members[i].key]);
    }
    member(m, v) {
        if ((v === null || v === undefined) && m.type.kind !== 'nullable' && (0, type_ref_js_1.isValueType)(m.type))
            v = (0, xml_scalars_js_1.defaultValue)(m.type);
        if (m.skipDefault && (0, xml_scalars_js_1.isDefaultValue)(m.type, v))
            return;
        this.sink.startElement(m.element, m.ns);
        if (m.childNs !== undefined)
            this.sink.declareNamespace(m.childNs);
        if (v === null || v === undefined)
            this.sink.rawAttribute('i:nil', 'true');
        else
            this.content(m.type, v);
        this.sink.endElement();
    }
    /** One collection item or dictionary Key/Value: an element holding a value of `t`, nil when null. */
    slot(local, ns, t, v, childNs) {
        if ((v === null || v === undefined) && t.kind !== 'nullable' && (0, type_ref_js_1.isValueType)(t))
            v = (0, xml_scalars_js_1.defaultValue)(t);
        this.sink.startElement(local, ns);
        if (childNs !== undefined)
            this.sink.declareNamespace(childNs);
        if (v === null || v === undefined)
            this.sink.rawAttribute('i:nil', 'true');
        else
            this.content(t, v);
        this.sink.endElement();
    }
    list(t, v) {
        this.guardDepth(t);
        const ns = (0, contract_names_js_1.stableName)(t).ns;
        const itemName = (0, contract_names_js_1.itemElementName)(t.of);
        const childNs = (0, contract_names_js_1.childNamespaceToDeclare)(ns, t.of);
        if (childNs !== undefined)
            this.sink.declareNamespace(childNs);
        for (const item of itemsOf(v))
            this.slot(itemName, ns, t.of, item, undefined);
    }
    dict(t, v) {
        this.guardDepth(t);
        const entry = (0, contract_names_js_1.keyValueName)(t);
        const keyNs = (0, contract_names_js_1.childNamespaceToDeclare)(xml_namespaces_js_1.ARRAYS_NS, t.key);
        const valueNs = (0, contract_names_js_1.childNamespaceToDeclare)(xml_namespaces_js_1.ARRAYS_NS, t.value);
        for (const [k, val] of entriesOf(v)) {
            this.sink.startElement(entry, xml_namespaces_js_1.ARRAYS_NS);
            this.slot('Key', xml_namespaces_js_1.ARRAYS_NS, t.key, typedKey(t.key, k), keyNs);
            this.slot('Value', xml_namespaces_js_1.ARRAYS_NS, t.value, val, valueNs);
            this.sink.endElement();
        }
    }
    dateTimeOffset(v) {
        const d = toDateTimeOffset(v);
        this.sink.startElement('DateTime', xml_namespaces_js_1.SYSTEM_NS);
        this.sink.rawText((0, xml_scalars_js_1.formatUtcInstant)(d));
        this.sink.endElement();
        this.sink.startElement('OffsetMinutes', xml_namespaces_js_1.SYSTEM_NS);
        this.sink.rawText(String(d.offsetMinutes));
        this.sink.endElement();
    }
}
