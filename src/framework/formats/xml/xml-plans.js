"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.elementKey = void 0;
exports.classPlan = classPlan;
exports.subtypeByName = subtypeByName;
exports.runtimeClass = runtimeClass;
/**
 * Per-class serialization plans, computed once: which members each serializer writes, in which
 * order, under which element name and namespace, and the lookup table the reader matches incoming
 * elements against. The writers and the reader share them, so they cannot disagree.
 */
const dto_meta_js_1 = require("../../dto/dto-meta.js");
const member_order_js_1 = require("../../dto/member-order.js");
const contract_names_js_1 = require("./contract-names.js");
const elementKey = (ns, local) => `${ns} ${local}`;
exports.elementKey = elementKey;
const plans = { dcs: new WeakMap(), xs: new WeakMap() };
function classPlan(ctor, kind) {
    let p = plans[kind].get(ctor);
    if (!p)
        plans[kind].set(ctor, (p = kind === 'dcs' ? buildDcs(ctor) : buildXs(ctor)));
    return p;
}
function finish(ctor, name, ns, members) {
    const byElement = new Map();
    for (const m of members)
        byElement.set((0, exports.elementKey)(m.ns, m.element), m);
    return Object.freeze({ ctor, name, ns, members: Object.freeze(members), byElement });
}
function buildDcs(ctor) {
    const contract = (0, dto_meta_js_1.contractOf)((0, dto_meta_js_1.getDtoMeta)(ctor));
    const members = (0, member_order_js_1.dataContractMembers)(ctor).map((m) => {
        const level = (0, dto_meta_js_1.getDtoMeta)(m.declaringClass);
        const ns = (0, dto_meta_js_1.contractOf)(level).namespace;
        return {
            key: m.name, element: (0, member_order_js_1.dataContractName)(level, m), ns, type: m.type,
            childNs: (0, contract_names_js_1.childNamespaceToDeclare)(ns, m.type),
            skipDefault: level.dataContract !== undefined && m.dataMember?.emitDefaultValue === false,
            required: level.dataContract !== undefined && m.dataMember?.isRequired === true,
        };
    });
    return finish(ctor, contract.name, contract.namespace, members);
}
function buildXs(ctor) {
    const members = (0, member_order_js_1.xmlSerializerMembers)(ctor).map((m) => ({
        key: m.name, element: m.name, ns: '', type: m.type, childNs: undefined, skipDefault: false, required: false,
    }));
    return finish(ctor, (0, contract_names_js_1.xsName)({ kind: 'class', ctor }), '', members);
}
/**
 * The registered DTO class a `i:type`/`xsi:type` names, if it is the declared class or derives
 * from it (a document may not swap in an unrelated type).
 */
function subtypeByName(declared, kind, name, ns) {
    const matches = (c) => {
        const p = classPlan(c, kind);
        return p.name === name && (kind === 'xs' || p.ns === ns);
    };
    if (matches(declared))
        return declared;
    for (const c of (0, dto_meta_js_1.allDtos)()) {
        if (c.prototype instanceof declared && (0, dto_meta_js_1.isDto)(c) && matches(c))
            return c;
    }
    return undefined;
}
/** The runtime DTO class of a value written where `declared` was expected, when it is a registered subclass. */
function runtimeClass(declared, value) {
    const c = value.constructor;
    return c && c !== declared && c.prototype instanceof declared && (0, dto_meta_js_1.isDto)(c) ? c : declared;
}
