"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.protoNameOf = protoNameOf;
exports.jsonCamelCase = jsonCamelCase;
/** The proto field name: explicit, else the .NET name in snake_case (acronyms kept as one word). */
function protoNameOf(m) {
    return m.protoName ?? m.name.replace(/([a-z0-9])(?=[A-Z])|([A-Z])(?=[A-Z][a-z])/g, '$1$2_').toLowerCase();
}
/** protoc's json_name: drop each `_` and upper-case a following lowercase ASCII letter. */
function jsonCamelCase(protoName) {
    return protoName.replace(/_([a-z]?)/g, (_, c) => c.toUpperCase());
}
