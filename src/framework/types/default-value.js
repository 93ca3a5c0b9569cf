"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.defaultValue = defaultValue;
/**
 * .NET's `default(T)`: what a non-nullable value-type member holds when nothing set it (every
 * writer emits it for an undefined member), and null for reference types and `Nullable<T>`.
 */
const enum_meta_js_1 = require("../dto/enum-meta.js");
const date_time_js_1 = require("./date-time.js");
const date_time_offset_js_1 = require("./date-time-offset.js");
const decimal_js_1 = require("./decimal.js");
const guid_js_1 = require("./guid.js");
const time_span_js_1 = require("./time-span.js");
const DECIMAL_ZERO = new decimal_js_1.Decimal('0');
function defaultValue(t) {
    if (t.kind === 'enum')
        return (0, enum_meta_js_1.enumValue)(t.meta, 0);
    if (t.kind !== 'primitive')
        return null;
    switch (t.name) {
        case 'bool': return false;
        case 'char': return '\0';
        case 'decimal': return DECIMAL_ZERO;
        case 'DateTime': return date_time_js_1.DateTime.minValue;
        case 'DateTimeOffset': return new date_time_offset_js_1.DateTimeOffset(date_time_js_1.MIN_MS, 0);
        case 'TimeSpan': return time_span_js_1.TimeSpan.zero;
        case 'Guid': return guid_js_1.EMPTY_GUID;
        case 'string':
        case 'byte[]':
        case 'object': return null;
        default: return 0;
    }
}
