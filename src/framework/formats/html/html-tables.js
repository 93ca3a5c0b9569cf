"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.htmlOf = htmlOf;
/**
 * A value as nested HTML tables (ServiceStack's HTML report layout, rendered on the server): an
 * object is a table of member → value, a list of objects a table with a header row and a row per
 * element, a dictionary a table of key → value, any other value its JSV text. Nulls are omitted.
 * Every name, key and value goes through escapeHtml.
 */
const dto_meta_js_1 = require("../../dto/dto-meta.js");
const exceptions_js_1 = require("../../errors/exceptions.js");
const type_ref_js_1 = require("../../types/type-ref.js");
const jsv_display_js_1 = require("../jsv/jsv-display.js");
const member_plan_js_1 = require("../jsv/member-plan.js");
const html_escape_js_1 = require("./html-escape.js");
const OBJECT = (0, type_ref_js_1.primitive)('object');
/** [name, value, type] of an object's non-null members, in ServiceStack's member order. */
function membersOf(value, type) {
    const ctor = value.constructor;
    if ((0, dto_meta_js_1.isDto)(ctor)) {
        return (0, member_plan_js_1.classInfo)(ctor).members
            .map((m) => [m.wire.PascalCase, value[m.name], m.type])
            .filter(([, v]) => v !== null && v !== undefined);
    }
    const valueType = type.kind === 'dict' ? type.value : OBJECT;
    return Object.entries(value).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => [k, v, valueType]);
}
const isRecord = (v, t) => typeof v === 'object' && v !== null && !Array.isArray(v) && !Buffer.isBuffer(v) && (t.kind === 'class' || t.kind === 'dict' || (t.kind === 'primitive' && t.name === 'object' && ((0, dto_meta_js_1.isDto)(v.constructor) || Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null)));
function htmlOf(value, type, options) {
    return render(value, type, { options, depth: 0 }) ?? '';
}
function render(value, type, ctx) {
    if (value === null || value === undefined)
        return undefined;
    if (++ctx.depth > ctx.options.limits.maxDepth)
        throw new exceptions_js_1.SerializationException(`The value nests deeper than ${ctx.options.limits.maxDepth} levels`);
    try {
        const t = (0, type_ref_js_1.unwrapNullable)(type);
        if (Array.isArray(value) && (t.kind === 'list' || t.kind === 'primitive'))
            return list(value, t.kind === 'list' ? t.of : OBJECT, ctx);
        if (isRecord(value, t))
            return object(membersOf(value, t), ctx);
        return `<span class="value">${(0, html_escape_js_1.escapeHtml)((0, jsv_display_js_1.jsvDisplayText)(value, type, ctx.options) ?? '')}</span>`;
    }
    finally {
        ctx.depth--;
    }
}
function object(members, ctx) {
    if (members.length === 0)
        return '';
    const rows = members.map(([name, v, t]) => `<tr><th scope="row">${(0, html_escape_js_1.escapeHtml)(name)}</th><td>${render(v, t, ctx) ?? ''}</td></tr>`);
    return `<table class="object">${rows.join('')}</table>`;
}
function list(items, of, ctx) {
    const records = items.filter((v) => v !== null && v !== undefined);
    if (records.length > 0 && records.every((r) => isRecord(r, (0, type_ref_js_1.unwrapNullable)(of)))) {
        const rows = records.map((r) => new Map(membersOf(r, (0, type_ref_js_1.unwrapNullable)(of)).map(([n, v, t]) => [n, [v, t]])));
        const columns = [...new Set(rows.flatMap((r) => [...r.keys()]))];
        const head = `<thead><tr>${columns.map((c) => `<th scope="col">${(0, html_escape_js_1.escapeHtml)(c)}</th>`).join('')}</tr></thead>`;
        const body = rows.map((r) => `<tr>${columns.map((c) => { const cell = r.get(c); return `<td>${cell ? render(cell[0], cell[1], ctx) ?? '' : ''}</td>`; }).join('')}</tr>`);
        return `<table class="list">${head}<tbody>${body.join('')}</tbody></table>`;
    }
    return `<table class="list values"><tbody>${records.map((r) => `<tr><td>${render(r, of, ctx) ?? ''}</td></tr>`).join('')}</tbody></table>`;
}
