"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.XmlType = XmlType;
exports.xmlTypeName = xmlTypeName;
const names = new WeakMap();
function XmlType(typeName) {
    return (target) => { names.set(target, typeName); };
}
/** The XmlType name declared on this very class, if any (not inherited, as in .NET). */
function xmlTypeName(ctor) {
    return names.get(ctor);
}
