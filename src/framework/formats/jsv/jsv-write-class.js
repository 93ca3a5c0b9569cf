"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.plan = plan;
exports.classWriter = classWriter;
exports.typeHint = typeHint;
exports.writeMembers = writeMembers;
exports.writeObject = writeObject;
/**
 * DTO classes in JSV: members in ServiceStack's order under their wire names, null members
 * omitted, unset value types written as their .NET default, a registered subclass in a base-typed
 * slot written as itself with `__type` first (spec §3.3, §3.12). Each class gets a member plan per
 * text case with its `name:` prefixes precomputed; strings, integers, bools and plain doubles are
 * formatted inline, everything else by the member type's compiled writer.
 *
 * `object`-typed values are written by their runtime type, DTOs with `__type`.
 */
const dto_meta_js_1 = require("../../dto/dto-meta.js");
const decimal_js_1 = require("../../types/decimal.js");
const date_time_offset_js_1 = require("../../types/date-time-offset.js");
const time_span_js_1 = require("../../types/time-span.js");
const jsv_dates_js_1 = require("./jsv-dates.js");
const jsv_numbers_js_1 = require("./jsv-numbers.js");
const jsv_options_js_1 = require("./jsv-options.js");
const jsv_scalars_js_1 = require("./jsv-scalars.js");
const jsv_text_js_1 = require("./jsv-text.js");
const jsv_values_js_1 = require("./jsv-values.js");
const jsv_writer_js_1 = require("./jsv-writer.js");
const member_plan_js_1 = require("./member-plan.js");
const classWriters = new WeakMap();
const GENERAL = 0;
const STRING = 1;
const INT = 2;
const BOOL = 3;
const DOUBLE = 4;
function fastKind(t) {
    const p = t.kind === 'nullable' ? t.of : t;
    if (p.kind !== 'primitive')
        return GENERAL;
    if (p.name === 'string')
        return STRING;
    if (p.name === 'bool')
        return BOOL;
    if (p.name === 'double')
        return DOUBLE;
    return (0, jsv_numbers_js_1.isIntName)(p.name) ? INT : GENERAL;
}
const plans = new WeakMap();
function plan(info, textCase) {
    let byCase = plans.get(info.ctor);
    if (!byCase)
        plans.set(info.ctor, (byCase = {}));
    let p = byCase[textCase];
    if (!p) {
        p = byCase[textCase] = info.members.map((m) => {
            const mw = {
                name: m.name, type: m.type, key: m.wire[textCase] + ':', nextKey: ',' + m.wire[textCase] + ':', valueType: m.valueType, isEnum: m.isEnum,
                suppressDefault: m.suppressDefault, ref: m.ref, fast: fastKind(m.type), defaultText: undefined, defaultCtx: undefined,
                // Resolved on first use so classes referring to each other compile lazily.
                write: (x, w) => (mw.write = (0, jsv_writer_js_1.writerFor)(m.type))(x, w),
            };
            return mw;
        });
    }
    return p;
}
function classWriter(ctor) {
    let fn = classWriters.get(ctor);
    if (!fn) {
        // The class's plan for the last text case used, kept here to spare two WeakMap lookups per object.
        let info;
        let lastCase;
        let members = [];
        fn = (v, w) => {
            if (v === null || v === undefined)
                return undefined;
            if (typeof v !== 'object')
                throw (0, jsv_writer_js_1.mismatch)(ctor.name, v);
            const runtime = v.constructor;
            // A registered subclass in a base-typed slot is written as itself, `__type` first.
            if (runtime !== ctor && (0, member_plan_js_1.derivesFrom)(runtime, ctor) && (0, dto_meta_js_1.isDto)(runtime)) {
                const sub = (0, member_plan_js_1.classInfo)(runtime);
                return writeMembers(v, sub, plan(sub, w.textCase), true, w);
            }
            info ??= (0, member_plan_js_1.classInfo)(ctor);
            if (lastCase !== w.textCase) {
                members = plan(info, w.textCase);
                lastCase = w.textCase;
            }
            return writeMembers(v, info, members, false, w);
        };
        classWriters.set(ctor, fn);
    }
    return fn;
}
function typeHint(info, w) {
    return '__type:' + (0, jsv_text_js_1.encodeJsvString)(`${info.fullName}, ${(0, jsv_options_js_1.assemblyOf)(w.options, info.namespace)}`);
}
function writeMembers(v, info, members, withType, w) {
    (0, jsv_writer_js_1.enter)(w);
    const obj = v;
    let out = withType ? '{' + typeHint(info, w) : '{';
    let more = withType;
    const skipDefaults = w.excludeDefaults;
    for (let i = 0; i < members.length; i++) {
        const m = members[i];
        let x = obj[m.name];
        if (x === null || x === undefined) {
            if (!m.valueType || m.suppressDefault || (skipDefaults && !m.isEnum))
                continue;
            if (w.excludes !== undefined && w.excludes.has(m.ref))
                continue;
            if (m.defaultCtx !== w) {
                m.defaultText = m.write((0, jsv_values_js_1.defaultValueOf)(m.type), w);
                m.defaultCtx = w;
            }
            out += more ? m.nextKey : m.key;
            out += m.defaultText;
            more = true;
            continue;
        }
        else if ((m.suppressDefault || (skipDefaults && !m.isEnum)) && (0, jsv_values_js_1.isDefaultValue)(x, m.type))
            continue;
        if (w.excludes !== undefined && w.excludes.has(m.ref))
            continue;
        let s;
        switch (m.fast) {
            case STRING:
                s = typeof x === 'string' ? (0, jsv_text_js_1.encodeJsvString)(x) : m.write(x, w);
                break;
            case INT:
                s = typeof x === 'number' && (x | 0) === x ? '' + x : m.write(x, w);
                break;
            case BOOL:
                s = x === true ? 'True' : x === false ? 'False' : m.write(x, w);
                break;
            case DOUBLE:
                s = typeof x === 'number' && w.runtime === 'core' && (x > 0 ? x >= 1e-4 && x < 1e15 : x <= -1e-4 && x > -1e15) ? '' + x : m.write(x, w);
                break;
            default: s = m.write(x, w);
        }
        if (s === undefined)
            continue;
        // Two appends are cheaper than concatenating key and value first.
        out += more ? m.nextKey : m.key;
        out += s;
        more = true;
    }
    w.depth--;
    return out + '}';
}
// ---- object: the runtime type decides --------------------------------------------------------
const LIST_OF_OBJECT = Object.freeze({ kind: 'list', of: Object.freeze({ kind: 'primitive', name: 'object' }), array: false });
const DICT_OF_OBJECT = Object.freeze({
    kind: 'dict', key: Object.freeze({ kind: 'primitive', name: 'string' }), value: Object.freeze({ kind: 'primitive', name: 'object' }),
});
/** `object`-typed values: written by runtime type; DTOs carry `__type`, as .NET does. */
function writeObject(v, w) {
    switch (typeof v) {
        case 'undefined': return undefined;
        case 'string': return (0, jsv_text_js_1.encodeJsvString)(v);
        case 'boolean': return v ? 'True' : 'False';
        case 'bigint': return v.toString();
        case 'number': return Number.isInteger(v) ? (0, jsv_numbers_js_1.writeInteger)(v) : (0, jsv_numbers_js_1.writeDouble)(v, w.runtime);
        case 'object': break;
        default: throw (0, jsv_writer_js_1.mismatch)('object', v);
    }
    if (v === null)
        return undefined;
    if (v instanceof decimal_js_1.Decimal)
        return v.text;
    if (v instanceof date_time_offset_js_1.DateTimeOffset)
        return (0, jsv_dates_js_1.writeDateTimeOffset)(v);
    if (v instanceof Date)
        return (0, jsv_dates_js_1.writeDateTime)(v, w.dates);
    if (v instanceof time_span_js_1.TimeSpan)
        return v.toXsdDuration();
    if (v instanceof Uint8Array)
        return (0, jsv_scalars_js_1.writeBytes)(v);
    if (Array.isArray(v) || v instanceof Set)
        return (0, jsv_writer_js_1.writerFor)(LIST_OF_OBJECT)(v, w);
    const ctor = v.constructor;
    if ((0, dto_meta_js_1.isDto)(ctor)) {
        const info = (0, member_plan_js_1.classInfo)(ctor);
        return writeMembers(v, info, plan(info, w.textCase), true, w);
    }
    return (0, jsv_writer_js_1.writerFor)(DICT_OF_OBJECT)(v, w);
}
