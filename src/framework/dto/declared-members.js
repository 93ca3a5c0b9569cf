"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.declaredMembers = declaredMembers;
/**
 * The members a DTO class declares and the type spec of each. `@Member` says it outright; a DTO
 * written for NestJS says it with class-validator and class-transformer decorators, and ports as it
 * is (with `@Dto()` added) because their public metadata is read here — their decorators are never
 * re-implemented:
 * - a property with a class-validator rule or `@Expose()` is a member, as if it had `@Member()`;
 * - `@Type(() => Item)` gives its type: `Item`, or `List<Item>` on an array property;
 * - `@Expose({ name })` gives its wire name, as `[DataMember(Name = …)]` does;
 * - `@Exclude()` keeps it off the wire, both directions (a class has one member list for both).
 * Stackport's `@Member`/`@DataMember` win where both speak: their type, their name, their membership.
 */
require("reflect-metadata");
const class_validator_1 = require("class-validator");
const type_ref_js_1 = require("../types/type-ref.js");
// class-transformer's own singleton, the one its decorators write to (the package has no ESM
// entry Node would pick, so this is the same module instance an app's `import 'class-transformer'` loads).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const transformer = require('class-transformer/cjs/storage').defaultMetadataStorage;
/** What a design type (`emitDecoratorMetadata`) or a `@Type` class says without help. */
const SELF_EVIDENT = new Map([[String, 'string'], [Boolean, 'bool']]);
/** Design types that do not say which .NET type: `int` or `double`, `DateTime` or `DateTimeOffset`, which list. */
const OPAQUE = new Set([Number, Object, Array, Date]);
/** `@Member` members, then the ones only class-validator or class-transformer declare; each with its type spec. */
function declaredMembers(ctor, decorated) {
    const rules = (0, class_validator_1.getMetadataStorage)().getTargetValidationMetadatas(ctor, '', true, false).filter((m) => m.target === ctor);
    const exposed = transformer.getExposedMetadatas(ctor).filter((m) => m.target === ctor).map((m) => m.propertyName);
    const ruled = transformer.getStrategy(ctor) === 'excludeAll' ? [] : rules.map((m) => m.propertyName);
    const foreign = [...new Set([...ruled, ...exposed])]
        .filter((name) => !decorated.some((m) => m.name === name) && !transformer.findExcludeMetadata(ctor, name))
        .map((name) => ({ name, spec: undefined, options: {} }));
    return inDeclarationOrder(ctor, [...decorated, ...foreign]).map((m) => {
        const wireName = transformer.findExposeMetadata(ctor, m.name)?.options?.name;
        const isInt = rules.some((r) => r.propertyName === m.name && r.name === 'isInt');
        return {
            name: m.name,
            spec: m.spec ?? typeOf(ctor, m.name, isInt),
            options: m.options.dataMember || !wireName ? m.options : { ...m.options, dataMember: { name: wireName } },
        };
    });
}
/**
 * Members sorted as the class declares its fields (a fresh instance's own keys, as class fields
 * define them), so that mixing `@Member` and class-validator members keeps the source order.
 */
function inDeclarationOrder(ctor, members) {
    let fields;
    try {
        fields = Object.keys(new ctor());
    }
    catch {
        return members;
    }
    const at = (m) => { const i = fields.indexOf(m.name); return i < 0 ? fields.length : i; };
    return [...members].sort((a, b) => at(a) - at(b));
}
/** The type the design type and `@Type` make plain; undefined when only `@Member` can say it. */
function typeOf(ctor, key, isInt) {
    const design = Reflect.getMetadata('design:type', ctor.prototype, key);
    const declared = transformer.findTypeMetadata(ctor, key)?.typeFunction();
    const of = declared === undefined ? undefined : SELF_EVIDENT.get(declared) ?? (declared === Number ? (isInt ? 'int' : undefined) : declared);
    if (of !== undefined)
        return design === Array ? (0, type_ref_js_1.List)(of) : of;
    const spec = SELF_EVIDENT.get(design) ?? (design === Number && isInt ? 'int' : undefined);
    if (spec !== undefined)
        return spec;
    return typeof design === 'function' && !OPAQUE.has(design) ? design : undefined;
}
