"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resolveTypeGraph = resolveTypeGraph;
/**
 * Resolves every type an operation can touch — request, base classes, nested members, `@Returns` —
 * when it is registered, so that a declaration mistake (a name no DTO has, a class no decorator
 * registered, a thunk that throws) stops the host at startup with the DTO and member it is in,
 * instead of failing the first request that happens to reach it.
 */
const dto_meta_js_1 = require("./dto-meta.js");
function resolveTypeGraph(requestType) {
    const seen = new Set();
    const visit = (ctor, where) => {
        if (seen.has(ctor))
            return;
        seen.add(ctor);
        if (!(0, dto_meta_js_1.isDto)(ctor))
            throw new TypeError(`${where}: ${ctor.name || 'an anonymous class'} is not a DTO (decorate it with @Dto or @Member)`);
        const meta = (0, dto_meta_js_1.getDtoMeta)(ctor);
        if (meta.base)
            visit(meta.base, meta.name);
        for (const m of meta.ownMembers)
            walk(m.type, `${meta.name}.${m.name}`);
        for (const t of meta.baseArgs)
            walk(t, `${meta.name} (@Dto baseArgs)`);
        if (meta.returnType && meta.returnType !== 'void')
            walk(meta.returnType, `${meta.name} (@Returns)`);
    };
    const walk = (t, where) => {
        if (t.kind === 'class')
            visit(t.ctor, where);
        else if (t.kind === 'nullable' || t.kind === 'list')
            walk(t.of, where);
        else if (t.kind === 'dict') {
            walk(t.key, where);
            walk(t.value, where);
        }
    };
    visit(requestType, 'the request type');
}
