"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.bindUriParameters = bindUriParameters;
const simple_value_js_1 = require("./simple-value.js");
/** The first value of each key (lower-cased) in the raw query string, then the route's. */
function firstValues(rawQuery, pathVars) {
    const out = new Map();
    for (const [k, v] of new URLSearchParams(rawQuery))
        if (!out.has(k.toLowerCase()))
            out.set(k.toLowerCase(), v);
    for (const [k, v] of pathVars)
        if (!out.has(k.toLowerCase()))
            out.set(k.toLowerCase(), v);
    return out;
}
const modelError = (key, message, exception = false) => ({ errorCode: 'ModelState', fieldName: key, message, modelStateKey: key, ...(exception ? { exception } : {}) });
function bindUriParameters(params, rawQuery, pathVars, tz) {
    const sent = firstValues(rawQuery, pathVars);
    const values = new Map();
    const errors = [];
    let missing = false;
    for (const p of params) {
        const raw = sent.get(p.name.toLowerCase());
        if (raw === undefined) {
            if (p.optional)
                values.set(p.name, p.default);
            else
                missing = true;
            continue;
        }
        const typeName = (0, simple_value_js_1.dotNetTypeName)(p.type);
        if (raw === '') {
            errors.push(modelError(`${p.name}.${typeName}`, 'A value is required but was not present in the request.'));
            continue;
        }
        const converted = (0, simple_value_js_1.convertSimpleValue)(p.type, raw, tz);
        if ('value' in converted)
            values.set(p.name, converted.value);
        else if (converted.failure === 'format')
            errors.push(modelError(p.name, `The value '${raw}' is not valid for ${typeName}.`));
        // The converter's own exception (an overflow): its text only under the error-detail policy.
        else
            errors.push(modelError(p.name, `${raw} is not a valid value for ${typeName}.`, true));
    }
    return { values, errors, missing };
}
