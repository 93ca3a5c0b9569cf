"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readXml = readXml;
exports.readXmlElement = readXmlElement;
/**
 * Reads a document of a known .NET type, with DataContractSerializer's or XmlSerializer's rules
 * on names: the root's name and namespace must be the type's; member elements are matched by
 * local name *and* namespace (DataContract: the declaring class's namespace; XmlSerializer: none);
 * unknown elements are skipped; `i:nil` gives null; `i:type` picks a registered subclass; a
 * `[DataMember(IsRequired = true)]` that is missing is an error; value-type members that are
 * absent get .NET's default (0, false, MinValue, …), as `new T()` would in .NET.
 *
 * Deliberate difference: DataContractSerializer expects members in its own order and *silently
 * drops* any that arrive out of it (`<Zed/><Name/><Id/>` binds only Zed). Stackport accepts
 * members in any order. Every document .NET reads is read the same way, but a hand-written body
 * in declaration order (seed 000's request, say) keeps its values instead of losing them without
 * an error. XmlSerializer is order-independent anyway.
 */
const enum_meta_js_1 = require("../../dto/enum-meta.js");
const date_time_offset_js_1 = require("../../types/date-time-offset.js");
const type_ref_js_1 = require("../../types/type-ref.js");
const contract_names_js_1 = require("./contract-names.js");
const xml_cursor_js_1 = require("./xml-cursor.js");
const xml_namespaces_js_1 = require("./xml-namespaces.js");
const xml_plans_js_1 = require("./xml-plans.js");
const xml_scalars_js_1 = require("./xml-scalars.js");
/**
 * Reads a whole document. A root in the other serializer's form (DataContract's namespace where
 * XmlSerializer expects none, or the reverse: what XmlServiceClient sends to a Web API endpoint
 * configured for XmlSerializer) is read in that form when both forms carry the same members under
 * the same names, so nothing can be lost or added; writing keeps the type's own form.
 */
function readXml(text, type, kind, settings) {
    const cursor = new xml_cursor_js_1.XmlCursor(text, settings.limits);
    const root = cursor.root();
    const other = kind === 'dcs' ? 'xs' : 'dcs';
    const form = !rootMatches(root, type, kind) && rootMatches(root, type, other) && formsAgree(type) ? other : kind;
    const value = readXmlElement(cursor, root, type, form, settings);
    cursor.end();
    return value;
}
function rootMatches(root, type, kind) {
    const t = type.kind === 'nullable' ? type.of : type;
    if (kind === 'xs')
        return root.local === (0, contract_names_js_1.xsName)(t) && root.ns === '';
    const want = (0, contract_names_js_1.rootName)(t);
    return root.local === want.name && root.ns === want.ns;
}
const agreeing = new WeakMap();
/** Both serializers read the same members under the same element names, in every class the type reaches. */
function formsAgree(type, visiting = new Set()) {
    switch (type.kind) {
        case 'nullable':
        case 'list': return formsAgree(type.of, visiting);
        case 'dict': return formsAgree(type.key, visiting) && formsAgree(type.value, visiting);
        case 'class': break;
        default: return true;
    }
    const known = agreeing.get(type.ctor);
    if (known !== undefined || visiting.has(type.ctor))
        return known ?? true;
    visiting.add(type.ctor);
    const names = (kind) => (0, xml_plans_js_1.classPlan)(type.ctor, kind).members.map((m) => `${m.key}=${m.element}`).sort().join(' ');
    const agree = names('dcs') === names('xs') && (0, xml_plans_js_1.classPlan)(type.ctor, 'xs').members.every((m) => formsAgree(m.type, visiting));
    agreeing.set(type.ctor, agree);
    return agree;
}
/**
 * Reads `root`, an element the cursor has just opened, as a document of `type` (its name and
 * namespace checked as for a whole document). SOAP reads the Body's child this way, with the
 * namespaces the envelope declared still in scope.
 */
function readXmlElement(cursor, root, type, kind, settings) {
    const reader = new TypedReader(cursor, kind, { runtime: settings.runtime, timeZone: settings.timeZone });
    const t = type.kind === 'nullable' ? type.of : type;
    if (kind === 'dcs') {
        const want = (0, contract_names_js_1.rootName)(t);
        if (root.local !== want.name || root.ns !== want.ns) {
            cursor.fail(`Expecting element '${want.name}' from namespace '${want.ns}'.. Encountered 'Element'  with name '${root.local}', namespace '${root.ns}'.`, root.at + 1);
        }
    }
    else if (root.local !== (0, contract_names_js_1.xsName)(t) || root.ns !== '') {
        cursor.fail(`There is an error in XML document. <${root.local} xmlns='${root.ns}'> was not expected.`, root.at + 1);
    }
    const value = reader.value(root, type);
    return value === null && type.kind !== 'nullable' && (0, type_ref_js_1.isValueType)(t) ? (0, xml_scalars_js_1.defaultValue)(t) : value;
}
class TypedReader {
    cur;
    kind;
    ctx;
    constructor(cur, kind, ctx) {
        this.cur = cur;
        this.kind = kind;
        this.ctx = ctx;
    }
    value(el, t) {
        if (el.nil) {
            this.cur.skip(el);
            return null;
        }
        switch (t.kind) {
            case 'nullable': return this.value(el, t.of);
            case 'primitive': return this.primitive(el, t.name);
            case 'enum': {
                const text = this.cur.readText(el);
                const v = (0, xml_scalars_js_1.parseEnum)(t.meta, text, this.kind);
                if (v === undefined)
                    this.cur.fail(`Invalid enum value '${text}' cannot be deserialized into type '${(0, contract_names_js_1.clrFullName)(t)}'.`, el.at);
                return (0, enum_meta_js_1.enumValue)(t.meta, v);
            }
            case 'list': return this.list(el, t);
            case 'dict': return this.dict(el, t);
            case 'class': return this.object(el, t.ctor);
        }
    }
    primitive(el, name) {
        if (name === 'DateTimeOffset' && this.kind === 'dcs')
            return this.dateTimeOffset(el);
        if (name === 'object') {
            this.cur.skip(el);
            return undefined;
        }
        const text = this.cur.readText(el);
        // XmlSerializer on .NET Framework writes TimeSpan and DateTimeOffset as empty elements.
        if (this.kind === 'xs' && text === '' && (name === 'TimeSpan' || name === 'DateTimeOffset'))
            return (0, xml_scalars_js_1.defaultValue)({ kind: 'primitive', name });
        const v = (0, xml_scalars_js_1.parseScalar)(name, text, this.ctx);
        if (v === undefined)
            this.cur.fail(`The value '${text}' cannot be parsed as the type '${name}'.`, el.at);
        return v;
    }
    dateTimeOffset(el) {
        let instant;
        let offset = 0;
        for (let c = this.cur.nextChild(el); c; c = this.cur.nextChild(el)) {
            if (c.local === 'DateTime') {
                const text = this.cur.readText(c);
                instant = (0, xml_scalars_js_1.parseDateTime)(text, 'UTC');
                if (!instant)
                    this.cur.fail(`The value '${text}' cannot be parsed as the type 'DateTime'.`, c.at);
            }
            else if (c.local === 'OffsetMinutes') {
                const v = (0, xml_scalars_js_1.parseScalar)('short', this.cur.readText(c), this.ctx);
                if (typeof v !== 'number')
                    this.cur.fail('OffsetMinutes must be a number of minutes.', c.at);
                offset = v;
            }
            else
                this.cur.skip(c);
        }
        if (!instant)
            this.cur.fail("A DateTimeOffset needs its 'DateTime' element.", el.at);
        return new date_time_offset_js_1.DateTimeOffset(instant.getTime(), offset, instant.subMsTicks ?? 0);
    }
    list(el, t) {
        const items = [];
        const name = this.kind === 'dcs' ? (0, contract_names_js_1.itemElementName)(t.of) : (0, contract_names_js_1.xsName)(t.of);
        const ns = this.kind === 'dcs' ? (0, contract_names_js_1.stableName)(t).ns : '';
        for (let c = this.cur.nextChild(el); c; c = this.cur.nextChild(el)) {
            if (c.local !== name || c.ns !== ns) {
                if (this.kind === 'xs') {
                    this.cur.skip(c);
                    continue;
                }
                this.cur.fail(`Expecting element '${name}' from namespace '${ns}'.. Encountered 'Element'  with name '${c.local}', namespace '${c.ns}'.`, c.at + 1);
            }
            const v = this.value(c, t.of);
            items.push(v === null && t.of.kind !== 'nullable' && (0, type_ref_js_1.isValueType)(t.of) ? (0, xml_scalars_js_1.defaultValue)(t.of) : v);
        }
        return items;
    }
    dict(el, t) {
        const out = Object.create(null);
        const entry = (0, contract_names_js_1.keyValueName)(t);
        for (let c = this.cur.nextChild(el); c; c = this.cur.nextChild(el)) {
            if (c.local !== entry || c.ns !== xml_namespaces_js_1.ARRAYS_NS) {
                this.cur.fail(`Expecting element '${entry}' from namespace '${xml_namespaces_js_1.ARRAYS_NS}'.. Encountered 'Element'  with name '${c.local}', namespace '${c.ns}'.`, c.at + 1);
            }
            let key;
            let value = null;
            for (let kv = this.cur.nextChild(c); kv; kv = this.cur.nextChild(c)) {
                if (kv.ns === xml_namespaces_js_1.ARRAYS_NS && kv.local === 'Key')
                    key = this.value(kv, t.key);
                else if (kv.ns === xml_namespaces_js_1.ARRAYS_NS && kv.local === 'Value')
                    value = this.value(kv, t.value);
                else
                    this.cur.skip(kv);
            }
            if (key === undefined || key === null)
                this.cur.fail('A dictionary entry has no key.', c.at);
            out[keyText(key)] = value;
        }
        return out;
    }
    object(el, declared) {
        let ctor = declared;
        if (el.typeName !== undefined) {
            const found = (0, xml_plans_js_1.subtypeByName)(declared, this.kind, el.typeName, el.typeNs ?? '');
            if (!found) {
                this.cur.fail(`Element '${el.ns}:${el.local}' contains data of the '${el.typeNs}:${el.typeName}' data contract. ` +
                    `The deserializer has no knowledge of any type that maps to this contract.`, el.at + 1);
            }
            ctor = found;
        }
        const plan = (0, xml_plans_js_1.classPlan)(ctor, this.kind);
        const obj = new ctor();
        let seen;
        for (let c = this.cur.nextChild(el); c; c = this.cur.nextChild(el)) {
            const m = plan.byElement.get((0, xml_plans_js_1.elementKey)(c.ns, c.local));
            if (!m) {
                this.cur.skip(c);
                continue;
            }
            obj[m.key] = this.value(c, m.type);
            (seen ??= new Set()).add(m.key);
        }
        for (const m of plan.members) {
            if (seen?.has(m.key)) {
                if (obj[m.key] === null && m.type.kind !== 'nullable' && (0, type_ref_js_1.isValueType)(m.type))
                    obj[m.key] = (0, xml_scalars_js_1.defaultValue)(m.type);
                continue;
            }
            if (m.required) {
                this.cur.fail(`'EndElement' '${el.local}' from namespace '${el.ns}' is not expected. Expecting element '${m.element}'.`, el.at + 1);
            }
            if (obj[m.key] === undefined && m.type.kind !== 'nullable' && (0, type_ref_js_1.isValueType)(m.type))
                obj[m.key] = (0, xml_scalars_js_1.defaultValue)(m.type);
        }
        return obj;
    }
}
/** Dictionary keys become strings, the only keys a null-prototype object can hold. */
function keyText(key) {
    if (key instanceof Date)
        return key.toISOString();
    return String(key);
}
