"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.defaultOf = void 0;
exports.isDefaultValue = isDefaultValue;
/**
 * .NET default values per type: what an unset value-type member is written as, and what
 * `EmitDefaultValue = false` (and protojson's implicit presence) leave out.
 */
const enum_meta_js_1 = require("../../dto/enum-meta.js");
const date_time_js_1 = require("../../types/date-time.js");
const date_time_offset_js_1 = require("../../types/date-time-offset.js");
const guid_js_1 = require("../../types/guid.js");
const time_span_js_1 = require("../../types/time-span.js");
/** The value a non-nullable .NET value type holds when nothing set it. */
var default_value_js_1 = require("../../types/default-value.js");
Object.defineProperty(exports, "defaultOf", { enumerable: true, get: function () { return default_value_js_1.defaultValue; } });
/**
 * True when `v` equals the type's default. `proto` adds protojson's defaults for reference
 * types: the empty string, empty bytes, and empty lists and maps.
 */
function isDefaultValue(t, v, proto) {
    if (v === null || v === undefined)
        return true;
    switch (t.kind) {
        case 'enum': return (0, enum_meta_js_1.enumNumber)(t.meta, v) === 0;
        case 'nullable': return false;
        case 'list': return proto && (Array.isArray(v) ? v.length === 0 : isEmptyIterable(v));
        case 'dict': return proto && (v instanceof Map ? v.size === 0 : Object.keys(v).length === 0);
        case 'class': return false;
        case 'primitive': break;
    }
    switch (t.name) {
        case 'bool': return v === false;
        case 'string': return proto && v === '';
        case 'char': return v === '\0' || (proto && v === '');
        case 'byte[]': return proto && v.length === 0;
        case 'decimal': return Number(v) === 0;
        case 'DateTime':
        case 'DateTimeOffset':
            return !proto && v.getTime() === date_time_js_1.MIN_MS && (v.subMsTicks ?? 0) === 0
                && (!(v instanceof date_time_offset_js_1.DateTimeOffset) || v.offsetMinutes === 0);
        case 'TimeSpan': return !proto && (v instanceof time_span_js_1.TimeSpan ? v.ticks === 0n : v === 0);
        case 'Guid': return !proto && typeof v === 'string' && (0, guid_js_1.parseGuid)(v) === guid_js_1.EMPTY_GUID;
        case 'object': return false;
        default: return typeof v === 'number' ? v === 0 && !(proto && Object.is(v, -0)) : v === 0n;
    }
}
function isEmptyIterable(v) {
    if (v instanceof Set || v instanceof Map)
        return v.size === 0;
    for (const _ of v)
        return false;
    return true;
}
