"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.errorCodeOf = errorCodeOf;
exports.responseStatusOf = responseStatusOf;
const exceptions_js_1 = require("./exceptions.js");
const response_status_js_1 = require("./response-status.js");
const PARAMETER_SUFFIX = / \(Parameter '[^']*'\)$/;
/**
 * ArgumentException.Message with its parameter, in the runtime's wording, and the part ServiceStack
 * keeps for the field error: the message cut before the parameter text (.NET Framework's line break stays).
 */
const ARGUMENT_MESSAGES = {
    core: (m, p) => ({ top: `${m} (Parameter '${p}')`, field: m }),
    framework: (m, p) => ({ top: `${m}\r\nParameter name: ${p}`, field: `${m}\r\n` }),
};
function errorCodeOf(error) {
    if (error instanceof exceptions_js_1.DotNetException)
        return error.errorCode;
    return error instanceof Error && error.name ? error.name : 'Exception';
}
/**
 * `exposeDetails` is the host's debug mode: only then do messages of errors that are not
 * framework exceptions (bugs, driver errors) and stack traces reach the client.
 */
function responseStatusOf(error, exposeDetails, argumentMessages = 'core') {
    const rs = new response_status_js_1.ResponseStatus();
    rs.ErrorCode = errorCodeOf(error);
    const known = error instanceof exceptions_js_1.DotNetException;
    rs.Message = known || exposeDetails ? (error instanceof Error ? error.message : String(error)) : 'An error has occurred.';
    if (exposeDetails && error instanceof Error && error.stack)
        rs.StackTrace = error.stack;
    if (known && error.noErrorList)
        return rs;
    rs.Errors = [];
    if (known) {
        for (const f of error.fieldErrors)
            rs.Errors.push(responseError(f.errorCode, f.fieldName, f.message, f.meta));
        if (error instanceof exceptions_js_1.ArgumentException && error.paramName && error.fieldErrors.length === 0) {
            const { top, field } = ARGUMENT_MESSAGES[argumentMessages](error.message.replace(PARAMETER_SUFFIX, ''), error.paramName);
            rs.Message = top;
            rs.Errors.push(responseError(rs.ErrorCode, error.paramName, field));
        }
    }
    return rs;
}
function responseError(errorCode, fieldName, message, meta) {
    const e = new response_status_js_1.ResponseError();
    e.ErrorCode = errorCode;
    e.FieldName = fieldName;
    e.Message = message;
    if (meta && Object.keys(meta).length)
        e.Meta = meta;
    return e;
}
