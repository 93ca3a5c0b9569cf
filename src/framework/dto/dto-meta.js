"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_NAMESPACE = void 0;
exports.rawDto = rawDto;
exports.isDto = isDto;
exports.getDtoMeta = getDtoMeta;
exports.contractOf = contractOf;
exports.allDtos = allDtos;
exports.findDto = findDto;
/**
 * Framework metadata about DTO classes, kept in a registry keyed by class — never on instances,
 * so no serializer can leak it. Decorators record raw facts; `getDtoMeta` resolves them lazily
 * (type thunks and enums only resolve once every module has loaded).
 */
const proto_names_js_1 = require("./proto-names.js");
const type_ref_js_1 = require("../types/type-ref.js");
const declared_members_js_1 = require("./declared-members.js");
const enum_meta_js_1 = require("./enum-meta.js");
exports.DEFAULT_NAMESPACE = 'Stackport.ServiceModel';
const raw = new WeakMap();
const resolved = new WeakMap();
/** Every DTO class, for lookups by .NET name (error DTOs, metadata pages). */
const known = new Set();
function rawDto(ctor) {
    let r = raw.get(ctor);
    if (!r) {
        raw.set(ctor, (r = { members: [], options: {}, routes: [], authenticate: false, requiredRoles: [], requiredPermissions: [] }));
        known.add(ctor);
    }
    if (resolved.has(ctor))
        throw new Error(`DTO ${ctor.name} was changed after first use`);
    return r;
}
function isDto(ctor) {
    return typeof ctor === 'function' && raw.has(ctor);
}
/** The resolved metadata of a DTO class (throws for classes no decorator has registered). */
function getDtoMeta(ctor) {
    const done = resolved.get(ctor);
    if (done)
        return done;
    const r = raw.get(ctor);
    if (!r)
        throw new TypeError(`${ctor.name || 'anonymous class'} is not a DTO (decorate it with @Dto or @Member)`);
    const parent = Object.getPrototypeOf(ctor);
    const base = raw.has(parent) ? parent : undefined;
    const baseMeta = base ? getDtoMeta(base) : undefined;
    const o = r.options;
    const name = o.name ?? ctor.name;
    const namespace = o.namespace ?? baseMeta?.namespace ?? exports.DEFAULT_NAMESPACE;
    const resolve = (spec, where) => resolveDeclared(spec, { namespace }, `${name}${where}`);
    const dialect = o.dialect ?? baseMeta?.dialect;
    // A gateway message is a data contract named as protojson names it, so generated .NET and
    // TypeScript clients, and the XML and JSV writers, use the names the gateway reads and writes.
    const gateway = dialect === 'gateway' && !r.dataContract;
    const ownMembers = (0, declared_members_js_1.declaredMembers)(ctor, r.members).map((m) => ({
        name: m.name,
        type: resolve(m.spec, `.${m.name}`),
        declaringClass: ctor,
        ...(m.options.dataMember ? { dataMember: m.options.dataMember } : gateway ? { dataMember: { name: (0, proto_names_js_1.jsonCamelCase)((0, proto_names_js_1.protoNameOf)({ name: m.name, protoName: m.options.protoName })) } } : {}),
        field: m.options.field ?? false,
        ...(m.options.description === undefined ? {} : { description: m.options.description }),
        required: m.options.required ?? false,
        ...(m.options.protoName === undefined ? {} : { protoName: m.options.protoName }),
        ...(m.options.example === undefined ? {} : { example: m.options.example }),
    }));
    const meta = {
        ctor,
        name,
        namespace,
        ...(dialect ? { dialect } : {}),
        xml: o.xml ?? baseMeta?.xml ?? 'DataContract',
        ...(r.dataContract ?? gateway ? { dataContract: r.dataContract ?? {} } : {}),
        genericParams: o.genericParams ?? [],
        baseArgs: (o.baseArgs ?? []).map((spec) => resolve(spec, ' (@Dto baseArgs)')),
        implements: o.implements ?? [],
        ...(o.description === undefined ? {} : { description: o.description }),
        builtIn: o.builtIn ?? false,
        ...(base ? { base } : {}),
        ownMembers,
        allMembers: [...(baseMeta?.allMembers ?? []), ...ownMembers],
        routes: r.routes.length ? r.routes : (baseMeta?.routes ?? []),
        ...returnsOf(r.returns === undefined ? baseMeta?.returnType : r.returns === 'void' ? 'void' : resolve(r.returns, ' (@Returns)')),
        authenticate: r.authenticate || (baseMeta?.authenticate ?? false),
        requiredRoles: [...new Set([...(baseMeta?.requiredRoles ?? []), ...r.requiredRoles])],
        requiredPermissions: [...new Set([...(baseMeta?.requiredPermissions ?? []), ...r.requiredPermissions])],
    };
    resolved.set(ctor, meta);
    return meta;
}
/** A declared type, or an error that says which DTO and member declared it wrong. */
function resolveDeclared(spec, scope, where) {
    try {
        if (spec === undefined)
            throw new TypeError("give the .NET type, e.g. @Member('int'), @Member(List(Poco)) or class-transformer's @Type(() => Poco) on an array");
        return (0, type_ref_js_1.resolveTypeSpec)(spec, scope);
    }
    catch (e) {
        throw new TypeError(`${where}: ${e.message}`, { cause: e });
    }
}
function returnsOf(t) {
    if (t === undefined)
        return {};
    if (t === 'void' || t.kind === 'class')
        return { returnType: t, returns: t === 'void' ? 'void' : t.ctor };
    return { returnType: t };
}
/** The XML contract name and namespace DataContractSerializer uses for the class. */
function contractOf(meta) {
    return {
        name: meta.dataContract?.name ?? meta.name,
        namespace: meta.dataContract?.namespace ?? `http://schemas.datacontract.org/2004/07/${meta.namespace}`,
    };
}
/** Every registered DTO class (in registration order). */
function allDtos() {
    return [...known];
}
/** The .NET name and namespace of a DTO class, from its decorators alone (its members may not resolve yet). */
function declaredName(ctor) {
    let namespace;
    for (let c = ctor; namespace === undefined && raw.has(c); c = Object.getPrototypeOf(c))
        namespace = raw.get(c).options.namespace;
    return { name: raw.get(ctor).options.name ?? ctor.name, namespace: namespace ?? exports.DEFAULT_NAMESPACE };
}
/**
 * What a name in a type string means: the DTO classes and enums of that simple or full name; of
 * several, those of the declaring class's namespace. Still several is an error, not a guess.
 */
(0, type_ref_js_1.setNameLookup)((name, scope) => {
    const named = [
        ...[...known].map((ctor) => ({ ...declaredName(ctor), type: { kind: 'class', ctor } })),
        ...(0, enum_meta_js_1.allEnums)().map((meta) => ({ name: meta.name, namespace: meta.namespace, type: { kind: 'enum', meta } })),
    ].filter((t) => t.name === name || `${t.namespace}.${t.name}` === name);
    const local = named.filter((t) => t.namespace === scope?.namespace);
    const found = named.length > 1 && local.length ? local : named;
    if (found.length > 1) {
        const full = found.map((t) => `${t.namespace}.${t.name}`);
        throw new TypeError(`type '${name}' is ambiguous: ${full.join(', ')} (write the full name, e.g. '${full[0]}', or pass the class)`);
    }
    return found[0]?.type;
});
/** A registered DTO by CLR namespace and name, e.g. the `{Request}Response` an error should use. */
function findDto(namespace, name) {
    for (const ctor of known) {
        const meta = getDtoMeta(ctor);
        if (meta.name === name && meta.namespace === namespace)
            return ctor;
    }
    return undefined;
}
