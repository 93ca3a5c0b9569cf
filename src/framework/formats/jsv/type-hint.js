"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resolveHint = resolveHint;
/**
 * `__type` hints on input (spec §3.12): which class a `"Namespace.Type, Assembly"` name may
 * create. Only registered DTO classes deriving from the declared type qualify — or, when the
 * options list `knownTypes`, only those — so input can never instantiate anything else.
 */
const dto_meta_js_1 = require("../../dto/dto-meta.js");
const member_plan_js_1 = require("./member-plan.js");
/** `Namespace.Type` of a `Namespace.Type, Assembly` hint (generic arguments' commas kept). */
function fullNameOf(hint) {
    let depth = 0;
    for (let i = 0; i < hint.length; i++) {
        const c = hint[i];
        if (c === '[')
            depth++;
        else if (c === ']')
            depth--;
        else if (c === ',' && depth === 0)
            return hint.slice(0, i).trim();
    }
    return hint.trim();
}
let byFullName = new Map();
let indexedCount = -1;
/** Registered DTO classes by `Namespace.Name`, re-indexed when more classes have registered. */
function registeredDto(full) {
    const all = (0, dto_meta_js_1.allDtos)();
    if (all.length !== indexedCount) {
        const map = new Map();
        for (const c of all) {
            try {
                const meta = (0, dto_meta_js_1.getDtoMeta)(c);
                const key = `${meta.namespace}.${meta.name}`;
                if (!map.has(key))
                    map.set(key, c);
            }
            catch { /* a class whose metadata cannot resolve cannot be named by a hint either */ }
        }
        byFullName = map;
        indexedCount = all.length;
    }
    return byFullName.get(full);
}
/**
 * The class a `__type` hint names, if it may be created here: one of `knownTypes` when that list
 * is given (ServiceStack's runtime-type whitelist), else any registered DTO class; either way it
 * must derive from the declared type. Anything else is ignored, as .NET ignores it.
 */
function resolveHint(r, hint, base) {
    const full = fullNameOf(hint);
    const ctor = r.o.knownTypes ? r.o.knownTypes.get(full) : registeredDto(full);
    return ctor && (base === undefined || (0, member_plan_js_1.derivesFrom)(ctor, base)) ? ctor : undefined;
}
