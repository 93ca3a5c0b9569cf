"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.XmlWriteRefusedException = exports.DotNetErrorInfo = void 0;
exports.describeDotNetError = describeDotNetError;
exports.enumRefusal = enumRefusal;
exports.xmlSerializerRefusal = xmlSerializerRefusal;
exports.canWriteWithXmlSerializer = canWriteWithXmlSerializer;
const member_order_js_1 = require("../../dto/member-order.js");
const exceptions_js_1 = require("../../errors/exceptions.js");
const contract_names_js_1 = require("./contract-names.js");
/** A .NET exception in the chain, by its .NET type name (the `cause` of a refusal). */
class DotNetErrorInfo extends Error {
    netType;
    constructor(netType, message, cause) {
        super(message, cause ? { cause } : undefined);
        this.netType = netType;
        this.name = netType;
    }
}
exports.DotNetErrorInfo = DotNetErrorInfo;
class XmlWriteRefusedException extends exceptions_js_1.InvalidOperationException {
    /** The .NET exception type that .NET itself throws here. */
    netType;
    constructor(netType, message, cause) {
        super(message, { errorCode: netType, ...(cause ? { cause } : {}) });
        this.netType = netType;
    }
}
exports.XmlWriteRefusedException = XmlWriteRefusedException;
/** `Type: message --> Inner: message`, the form of the vectors' `error` field. */
function describeDotNetError(e) {
    const parts = [];
    for (let x = e; x instanceof Error; x = x.cause) {
        parts.push(`${x.netType ?? x.name}: ${x.message}`);
    }
    return parts.join(' --> ');
}
function enumRefusal(meta, value, kind) {
    const full = (0, contract_names_js_1.clrFullName)({ kind: 'enum', meta });
    if (kind === 'dcs') {
        return new XmlWriteRefusedException('SerializationException', `Enum value '${value}' is invalid for type '${full}' and cannot be serialized. ` +
            'Ensure that the necessary enum values are present and are marked with EnumMemberAttribute attribute if the type has DataContractAttribute attribute.');
    }
    return new XmlWriteRefusedException('InvalidOperationException', 'There was an error generating the XML document.', new DotNetErrorInfo('InvalidOperationException', `Instance validation error: '${value}' is not a valid value for ${full}.`));
}
// ---- XmlSerializer's type-level refusal ----------------------------------------------------
const MSCORLIB = 'mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089';
const CLR_PRIMITIVES = {
    string: 'String', bool: 'Boolean', char: 'Char', byte: 'Byte', sbyte: 'SByte', short: 'Int16', ushort: 'UInt16',
    int: 'Int32', uint: 'UInt32', long: 'Int64', ulong: 'UInt64', float: 'Single', double: 'Double', decimal: 'Decimal',
    DateTime: 'DateTime', DateTimeOffset: 'DateTimeOffset', TimeSpan: 'TimeSpan', Guid: 'Guid', 'byte[]': 'Byte[]', object: 'Object',
};
/** Reflection's `Type.ToString()` for the types a dictionary message names (assembly names of DTOs are Stackport's). */
function clrTypeString(t, qualified = false) {
    const wrap = (name, assembly) => (qualified ? `[${name}, ${assembly}]` : name);
    switch (t.kind) {
        case 'primitive': return wrap(`System.${CLR_PRIMITIVES[t.name]}`, MSCORLIB);
        case 'nullable': return wrap(`System.Nullable\`1[${clrTypeString(t.of, true)}]`, MSCORLIB);
        case 'list': return t.array ? wrap(`${clrTypeString(t.of)}[]`, MSCORLIB) : wrap(`System.Collections.Generic.List\`1[${clrTypeString(t.of, true)}]`, MSCORLIB);
        case 'dict': return wrap(`System.Collections.Generic.Dictionary\`2[${clrTypeString(t.key, true)},${clrTypeString(t.value, true)}]`, MSCORLIB);
        case 'class':
        case 'enum': return wrap((0, contract_names_js_1.clrFullName)(t), 'Stackport, Version=0.0.0.0, Culture=neutral, PublicKeyToken=null');
    }
}
const classRefusals = new WeakMap();
/** The class whose members must be reflected for a member of this type (list items included). */
function reflectedClass(t) {
    if (t.kind === 'class')
        return t.ctor;
    if (t.kind === 'list' || t.kind === 'nullable')
        return reflectedClass(t.of);
    return undefined;
}
const containsDictionary = (t) => t.kind === 'dict' || ((t.kind === 'list' || t.kind === 'nullable') && containsDictionary(t.of));
/** XmlSerializer's reflection of one class, depth first in declaration order, as .NET words its failure. */
function reflectClass(ctor, visiting) {
    const known = classRefusals.get(ctor);
    if (known !== undefined)
        return known;
    if (visiting.has(ctor))
        return null;
    visiting.add(ctor);
    const full = (0, contract_names_js_1.clrFullName)({ kind: 'class', ctor });
    let result = null;
    for (const m of (0, member_order_js_1.xmlSerializerMembers)(ctor)) {
        if (containsDictionary(m.type)) {
            const declaring = (0, contract_names_js_1.clrFullName)({ kind: 'class', ctor: m.declaringClass });
            result = new DotNetErrorInfo('InvalidOperationException', `There was an error reflecting type '${full}'.`, new DotNetErrorInfo('NotSupportedException', `Cannot serialize member ${declaring}.${m.name} of type ${clrTypeString(m.type)}, because it implements IDictionary.`));
            break;
        }
        const inner = reflectedClass(m.type);
        const failure = inner ? reflectClass(inner, visiting) : null;
        if (failure) {
            result = new DotNetErrorInfo('InvalidOperationException', `There was an error reflecting type '${full}'.`, new DotNetErrorInfo('InvalidOperationException', `There was an error reflecting property '${m.name}'.`, failure));
            break;
        }
    }
    visiting.delete(ctor);
    classRefusals.set(ctor, result);
    return result;
}
/** The refusal XmlSerializer raises for this type, or undefined when it can serialize it. */
function xmlSerializerRefusal(t) {
    if (containsDictionary(t)) {
        return new XmlWriteRefusedException('InvalidOperationException', `Cannot serialize ${clrTypeString(t)}, because it implements IDictionary.`);
    }
    const ctor = reflectedClass(t);
    const failure = ctor ? reflectClass(ctor, new Set()) : null;
    if (!failure)
        return undefined;
    return new XmlWriteRefusedException(failure.netType, failure.message, failure.cause);
}
/** XmlMediaTypeFormatter.CanWriteType under UseXmlSerializer: false for types XmlSerializer refuses. */
function canWriteWithXmlSerializer(t) {
    return xmlSerializerRefusal(t) === undefined;
}
