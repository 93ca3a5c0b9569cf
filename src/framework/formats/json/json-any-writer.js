"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.makeAnyEncoder = makeAnyEncoder;
/**
 * Members declared `object`: .NET serializers pick the writer by the runtime type, and so do we,
 * mapping JavaScript values onto the .NET type they stand for (Stackport's value representations).
 */
const dto_meta_js_1 = require("../../dto/dto-meta.js");
const date_time_offset_js_1 = require("../../types/date-time-offset.js");
const decimal_js_1 = require("../../types/decimal.js");
const time_span_js_1 = require("../../types/time-span.js");
const type_ref_js_1 = require("../../types/type-ref.js");
const OBJECT = (0, type_ref_js_1.primitive)('object');
const STRING = (0, type_ref_js_1.primitive)('string');
function makeAnyEncoder(w) {
    const scalar = (name) => w.d.scalar(name, w.opts);
    const str = scalar('string'), bool = scalar('bool'), long = scalar('long'), dbl = scalar('double');
    const dec = scalar('decimal'), dt = scalar('DateTime'), dto = scalar('DateTimeOffset');
    const span = scalar('TimeSpan'), bytes = scalar('byte[]');
    let list, dict;
    const any = (v, ctx) => {
        switch (typeof v) {
            case 'string': return str(v, ctx);
            case 'boolean': return bool(v, ctx);
            case 'bigint': return long(v, ctx);
            case 'number': return Number.isInteger(v) && !Object.is(v, -0) ? long(v, ctx) : dbl(v, ctx);
            case 'object': break;
            default: throw new TypeError(`Cannot serialize a ${typeof v} as JSON`);
        }
        if (v instanceof date_time_offset_js_1.DateTimeOffset)
            return dto(v, ctx);
        if (v instanceof Date)
            return dt(v, ctx);
        if (v instanceof decimal_js_1.Decimal)
            return dec(v, ctx);
        if (v instanceof time_span_js_1.TimeSpan)
            return span(v, ctx);
        if (v instanceof Uint8Array)
            return bytes(v, ctx);
        if (Array.isArray(v) || v instanceof Set)
            return (list ??= w.listEncoder(OBJECT))(v, ctx);
        const ctor = v.constructor;
        if (ctor !== undefined && ctor !== Object && (0, dto_meta_js_1.isDto)(ctor))
            return w.writeObject(v, ctor, ctx, 'any');
        return (dict ??= w.dictEncoder(STRING, OBJECT))(v, ctx);
    };
    return any;
}
