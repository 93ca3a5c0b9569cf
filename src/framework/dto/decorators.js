"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Dto = Dto;
exports.DataContract = DataContract;
exports.Member = Member;
exports.DataMember = DataMember;
exports.Route = Route;
exports.Returns = Returns;
exports.ReturnsVoid = ReturnsVoid;
exports.Authenticate = Authenticate;
exports.RequiredRole = RequiredRole;
exports.RequiredPermission = RequiredPermission;
/**
 * The decorators a DTO contract is written with. They only record facts in the registry
 * (`dto-meta.ts`); nothing is stored on the class or its instances.
 */
require("reflect-metadata");
const dto_meta_js_1 = require("./dto-meta.js");
/** Class-level facts: .NET name and namespace, dialect, generic base arguments, interfaces. */
function Dto(options = {}) {
    return (target) => { Object.assign((0, dto_meta_js_1.rawDto)(target).options, options); };
}
/** `[DataContract(Name, Namespace)]`: only `dataMember` members are serialized. */
function DataContract(options = {}) {
    return (target) => { (0, dto_meta_js_1.rawDto)(target).dataContract = options; };
}
/**
 * A serialized member and its .NET type. With no type, `string`, `bool` and DTO-class members
 * are inferred from TypeScript's design type, and arrays from class-transformer's `@Type`;
 * numbers, dates and other collections must say theirs.
 */
function Member(type, options = {}) {
    return (proto, key) => {
        if (typeof key !== 'string')
            throw new TypeError('DTO members must have string names');
        (0, dto_meta_js_1.rawDto)(proto.constructor).members.push({ name: key, spec: type, options });
    };
}
/** `[DataMember]` shorthand: `@DataMember('int', { order: 1 })`. */
function DataMember(type, options = {}) {
    const { name, order, emitDefaultValue, isRequired, ...rest } = options;
    const dm = Object.fromEntries(Object.entries({ name, order, emitDefaultValue, isRequired }).filter(([, v]) => v !== undefined));
    return Member(type, { ...rest, dataMember: dm });
}
/** `[Route(path, verbs)]`; repeatable, kept in source order. */
function Route(path, verbs, extra = {}) {
    if (!path.startsWith('/'))
        throw new TypeError(`Route '${path}' must start with '/'`);
    if (/[?&]/.test(path))
        throw new TypeError(`Route '${path}' must not contain '?' or '&'`);
    const list = (verbs ?? '').split(/[\s,]+/).map((v) => v.trim().toUpperCase()).filter((v) => v && v !== '*');
    return (target) => { (0, dto_meta_js_1.rawDto)(target).routes.unshift({ path, verbs: list, ...extra }); };
}
/**
 * `IReturn<T>`: the response type of this request, spelt as `@Member` spells types — a DTO class
 * or thunk (`() => Order`), a C# string (`'List<string>'`, `'int'`) or a builder (`List(Order)`).
 */
function Returns(response) {
    return (target) => { (0, dto_meta_js_1.rawDto)(target).returns = response; };
}
/** `IReturnVoid`. */
function ReturnsVoid() {
    return (target) => { (0, dto_meta_js_1.rawDto)(target).returns = 'void'; };
}
/** `[Authenticate]`: the operation requires an authenticated caller. */
function Authenticate() {
    return (target) => { (0, dto_meta_js_1.rawDto)(target).authenticate = true; };
}
/** `[RequiredRole]`: an authenticated caller with every one of these roles (ServiceStack's all-of; `Admin` has them all). */
function RequiredRole(...roles) {
    return (target) => { (0, dto_meta_js_1.rawDto)(target).requiredRoles.push(...roles); };
}
/** `[RequiredPermission]`: an authenticated caller with every one of these permissions (`Admin` has them all). */
function RequiredPermission(...permissions) {
    return (target) => { (0, dto_meta_js_1.rawDto)(target).requiredPermissions.push(...permissions); };
}
