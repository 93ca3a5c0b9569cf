"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.stableName = stableName;
exports.rootName = rootName;
exports.genericContractName = genericContractName;
exports.keyValueName = keyValueName;
exports.itemElementName = itemElementName;
exports.childNamespaceToDeclare = childNamespaceToDeclare;
exports.xsName = xsName;
exports.clrFullName = clrFullName;
/**
 * Element and contract names of .NET types as the two serializers spell them. DataContract
 * names carry a namespace and, for closed generics such as `KeyValue<string,Poco>` or
 * `Nullable<Color>`, a digest of their arguments' namespaces; XmlSerializer names are bare.
 */
const dto_meta_js_1 = require("../../dto/dto-meta.js");
const legacy_digest_js_1 = require("./legacy-digest.js");
const xml_namespaces_js_1 = require("./xml-namespaces.js");
const xml_type_js_1 = require("./xml-type.js");
const q = (name, ns) => Object.freeze({ name, ns });
const DCS_PRIMITIVES = {
    string: q('string', xml_namespaces_js_1.XSD_NS), bool: q('boolean', xml_namespaces_js_1.XSD_NS), char: q('char', xml_namespaces_js_1.SERIALIZATION_NS),
    byte: q('unsignedByte', xml_namespaces_js_1.XSD_NS), sbyte: q('byte', xml_namespaces_js_1.XSD_NS), short: q('short', xml_namespaces_js_1.XSD_NS),
    ushort: q('unsignedShort', xml_namespaces_js_1.XSD_NS), int: q('int', xml_namespaces_js_1.XSD_NS), uint: q('unsignedInt', xml_namespaces_js_1.XSD_NS),
    long: q('long', xml_namespaces_js_1.XSD_NS), ulong: q('unsignedLong', xml_namespaces_js_1.XSD_NS), float: q('float', xml_namespaces_js_1.XSD_NS),
    double: q('double', xml_namespaces_js_1.XSD_NS), decimal: q('decimal', xml_namespaces_js_1.XSD_NS), DateTime: q('dateTime', xml_namespaces_js_1.XSD_NS),
    DateTimeOffset: q('DateTimeOffset', xml_namespaces_js_1.SYSTEM_NS), TimeSpan: q('duration', xml_namespaces_js_1.SERIALIZATION_NS),
    Guid: q('guid', xml_namespaces_js_1.SERIALIZATION_NS), 'byte[]': q('base64Binary', xml_namespaces_js_1.XSD_NS), object: q('anyType', xml_namespaces_js_1.XSD_NS),
};
const XS_PRIMITIVES = {
    string: 'string', bool: 'boolean', char: 'char', byte: 'unsignedByte', sbyte: 'byte', short: 'short',
    ushort: 'unsignedShort', int: 'int', uint: 'unsignedInt', long: 'long', ulong: 'unsignedLong',
    float: 'float', double: 'double', decimal: 'decimal', DateTime: 'dateTime', DateTimeOffset: 'DateTimeOffset',
    TimeSpan: 'TimeSpan', Guid: 'guid', 'byte[]': 'base64Binary', object: 'anyType',
};
/** Namespaces whose generic arguments need no digest (DataContract.IsBuiltInNamespace). */
const isBuiltIn = (ns) => ns === xml_namespaces_js_1.XSD_NS || ns === xml_namespaces_js_1.SERIALIZATION_NS;
const stableCache = new WeakMap();
/**
 * DataContractSerializer's stable name of a type: the root element of a document of that type,
 * the name used inside generic names, and the namespace collections derive theirs from.
 */
function stableName(t) {
    if (t.kind === 'primitive')
        return DCS_PRIMITIVES[t.name];
    let s = stableCache.get(t);
    if (s)
        return s;
    switch (t.kind) {
        case 'nullable':
            s = q(genericContractName('Nullable', [t.of]), xml_namespaces_js_1.SYSTEM_NS);
            break;
        case 'list': {
            const item = stableName(t.of);
            s = q(`ArrayOf${item.name}`, isBuiltIn(item.ns) ? xml_namespaces_js_1.ARRAYS_NS : item.ns);
            break;
        }
        case 'dict':
            s = q(`ArrayOf${keyValueName(t)}`, xml_namespaces_js_1.ARRAYS_NS);
            break;
        case 'class': {
            const c = (0, dto_meta_js_1.contractOf)((0, dto_meta_js_1.getDtoMeta)(t.ctor));
            s = q(c.name, c.namespace);
            break;
        }
        case 'enum':
            s = q(t.meta.name, xml_namespaces_js_1.DATA_CONTRACT_NS_ROOT + t.meta.namespace);
            break;
    }
    stableCache.set(t, s);
    return s;
}
/** The root element of a DataContract document: primitives are rooted in the Serialization namespace (`<int xmlns="…/Serialization/">`). */
function rootName(t) {
    const s = stableName(t.kind === 'nullable' ? t.of : t);
    return t.kind === 'primitive' && t.name !== 'DateTimeOffset' ? q(s.name, xml_namespaces_js_1.SERIALIZATION_NS) : s;
}
/**
 * `{Name}Of{Arg1}{Arg2}{digest}`: the digest is added unless every argument lives in a built-in
 * XML Schema namespace (`EnvelopeOfstring`, but `EnvelopeOfArrayOfintuHEDJ7Dj`). Exported so DTO
 * authors can compute the name to give `@Dto({ name })` for a closed generic class.
 */
function genericContractName(baseName, args) {
    const names = args.map(stableName);
    const plain = `${baseName}Of${names.map((n) => n.name).join('')}`;
    if (names.every((n) => isBuiltIn(n.ns)))
        return plain;
    return plain + (0, legacy_digest_js_1.namespacesDigest)(` ${args.length}${names.map((n) => ` ${n.ns}`).join('')}`);
}
/** Entry element of a dictionary: `KeyValueOfstringint`, `KeyValueOfstringPocolsYPWJy_S`. */
function keyValueName(t) {
    return genericContractName('KeyValue', [t.key, t.value]);
}
/** The element name of one collection item (a nullable item is named after its underlying type). */
function itemElementName(item) {
    return stableName(item.kind === 'nullable' ? item.of : item).name;
}
/**
 * The namespace DataContractSerializer declares (as `xmlns:dNpM`) on a member element of this
 * declared type, so the value's own elements get a prefix: any non-enum, non-primitive contract
 * from a namespace other than the declaring class's (ClassDataContract.GetChildNamespaceToDeclare).
 */
function childNamespaceToDeclare(declaringNs, declared) {
    const t = declared.kind === 'nullable' ? declared.of : declared;
    if (t.kind === 'enum' || (t.kind === 'primitive' && t.name !== 'DateTimeOffset'))
        return undefined;
    const ns = stableName(t).ns;
    return ns !== '' && ns !== declaringNs ? ns : undefined;
}
/** XmlSerializer's element name for a type (root, or item of a list). */
function xsName(t) {
    switch (t.kind) {
        case 'primitive': return XS_PRIMITIVES[t.name];
        case 'nullable': return xsName(t.of);
        case 'list': {
            const n = xsName(t.of);
            return `ArrayOf${n[0].toUpperCase()}${n.slice(1)}`;
        }
        case 'dict': return `ArrayOfKeyValueOf${xsName(t.key)}${xsName(t.value)}`;
        case 'class': return (0, xml_type_js_1.xmlTypeName)(t.ctor) ?? (0, dto_meta_js_1.getDtoMeta)(t.ctor).name;
        case 'enum': return t.meta.name;
    }
}
/** `Namespace.Name` of a DTO or enum, as .NET error messages print it. */
function clrFullName(t) {
    if (t.kind === 'class') {
        const m = (0, dto_meta_js_1.getDtoMeta)(t.ctor);
        return `${m.namespace}.${m.name}`;
    }
    if (t.kind === 'enum')
        return `${t.meta.namespace}.${t.meta.name}`;
    return xsName(t);
}
