"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.classChain = classChain;
exports.serviceStackMembers = serviceStackMembers;
exports.jsonNetMembers = jsonNetMembers;
exports.dataContractMembers = dataContractMembers;
exports.xmlSerializerMembers = xmlSerializerMembers;
exports.dataContractName = dataContractName;
const dto_meta_js_1 = require("./dto-meta.js");
const cache = {
    serviceStack: new WeakMap(), jsonNet: new WeakMap(), dataContract: new WeakMap(), xmlSerializer: new WeakMap(),
};
function cached(view, ctor, build) {
    let v = cache[view].get(ctor);
    if (!v)
        cache[view].set(ctor, (v = Object.freeze(build((0, dto_meta_js_1.getDtoMeta)(ctor)))));
    return v;
}
/** Class chain from the given class up to its root registered base. */
function classChain(meta) {
    const chain = [meta];
    while (chain[chain.length - 1].base)
        chain.push((0, dto_meta_js_1.getDtoMeta)(chain[chain.length - 1].base));
    return chain;
}
const orderKey = (m) => m.dataMember?.order ?? -1;
const stableByOrder = (ms) => ms.map((m, i) => [m, i]).sort((a, b) => orderKey(a[0]) - orderKey(b[0]) || a[1] - b[1]).map(([m]) => m);
const contractFilter = (meta, ms) => meta.dataContract ? ms.filter((m) => m.dataMember) : ms;
function serviceStackMembers(ctor) {
    return cached('serviceStack', ctor, (meta) => stableByOrder(contractFilter(meta, classChain(meta).flatMap((c) => c.ownMembers))));
}
function jsonNetMembers(ctor) {
    return cached('jsonNet', ctor, (meta) => {
        const chain = classChain(meta);
        const fields = chain.flatMap((c) => c.ownMembers.filter((m) => m.field));
        const props = chain.flatMap((c) => c.ownMembers.filter((m) => !m.field));
        return stableByOrder(contractFilter(meta, [...fields, ...props]));
    });
}
const ordinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function dataContractMembers(ctor) {
    return cached('dataContract', ctor, (meta) => classChain(meta).reverse().flatMap((level) => {
        const ms = contractFilter(level, [...level.ownMembers]);
        const name = (m) => dataContractName(level, m);
        const unordered = ms.filter((m) => m.dataMember?.order === undefined).sort((a, b) => ordinal(name(a), name(b)));
        const ordered = ms.filter((m) => m.dataMember?.order !== undefined)
            .sort((a, b) => orderKey(a) - orderKey(b) || ordinal(name(a), name(b)));
        return [...unordered, ...ordered];
    }));
}
function xmlSerializerMembers(ctor) {
    return cached('xmlSerializer', ctor, (meta) => classChain(meta).reverse().flatMap((c) => [...c.ownMembers.filter((m) => m.field), ...c.ownMembers.filter((m) => !m.field)]));
}
/** DataMember(Name) renames only inside a [DataContract] class (DataContractSerializer, Json.NET). */
function dataContractName(declaring, m) {
    return declaring.dataContract && m.dataMember?.name ? m.dataMember.name : m.name;
}
