"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.webApiValueType = webApiValueType;
/**
 * Web API 2 results that are not DTOs (issue 25 item 2): an action's return value goes through
 * content negotiation whatever it is, so `null` answers 200 with `null` (JSON) or a nil root of the
 * declared type (XML), and a string is a JSON string or `<string>` — never raw text labelled JSON.
 * Only `undefined` (a void action) answers 204. An HttpResult with its own content type (Web API's
 * StringContent) or no content (`StatusCode(…)`) is left alone.
 */
const type_ref_js_1 = require("../types/type-ref.js");
/** The type to write a plain value as, on an `aspnet` operation; undefined when it is not one. */
function webApiValueType(result, op) {
    const declared = op.meta.returnType;
    if (op.dialect !== 'aspnet' || declared === 'void')
        return undefined;
    if (typeof result === 'string')
        return (0, type_ref_js_1.primitive)('string');
    if (result !== null)
        return undefined;
    return declared ?? (0, type_ref_js_1.primitive)('object');
}
