"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fillValueTypeDefaults = fillValueTypeDefaults;
/**
 * A bound request DTO as a .NET service sees it: a non-nullable value-type member that the request
 * did not set (or set to null) holds default(T) — 0, false, Guid.Empty, DateTime.MinValue,
 * TimeSpan.Zero, the enum's zero — in every format and in the query string, since .NET creates the
 * DTO before any reader sets a member. Nested DTOs, including those in lists and dictionaries,
 * are filled the same way. Reference types and `Nullable<T>` stay unset (.NET's null).
 * Only bound requests: a response DTO a service builds is written as it is.
 */
const dto_meta_js_1 = require("../dto/dto-meta.js");
const default_value_js_1 = require("../types/default-value.js");
const type_ref_js_1 = require("../types/type-ref.js");
function fillValueTypeDefaults(value, type) {
    if (value === null || typeof value !== 'object')
        return;
    switch (type.kind) {
        case 'list':
            for (const item of value)
                fillValueTypeDefaults(item, type.of);
            return;
        case 'dict':
            for (const item of value instanceof Map ? value.values() : Object.values(value))
                fillValueTypeDefaults(item, type.value);
            return;
        case 'class': return fillObject(value, type.ctor);
        default: return;
    }
}
function fillObject(dto, declared) {
    // A subclass instance (a polymorphic `__type` body) is filled by its own members.
    const ctor = (0, dto_meta_js_1.isDto)(dto.constructor) ? dto.constructor : declared;
    for (const m of (0, dto_meta_js_1.getDtoMeta)(ctor).allMembers) {
        const v = dto[m.name];
        if ((v === undefined || v === null) && (0, type_ref_js_1.isValueType)(m.type))
            dto[m.name] = (0, default_value_js_1.defaultValue)(m.type);
        else
            fillValueTypeDefaults(v, m.type);
    }
}
