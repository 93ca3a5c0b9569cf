"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.statusOf = statusOf;
/**
 * HTTP status of an exception, as ServiceStack's ToStatusCode decides it: an explicit status
 * (HttpError), else the first .NET exception type in the class chain found in this table, else 500.
 */
const exceptions_js_1 = require("./exceptions.js");
const STATUS_BY_EXCEPTION = {
    NotImplementedException: 405,
    NotSupportedException: 405,
    FileNotFoundException: 404,
    ArgumentException: 400,
    SerializationException: 400,
    FormatException: 400,
    AuthenticationException: 401,
    UnauthorizedAccessException: 403,
    OptimisticConcurrencyException: 409,
};
function statusOf(error) {
    if (error instanceof exceptions_js_1.HttpError)
        return error.status;
    for (let proto = error && typeof error === 'object' ? Object.getPrototypeOf(error) : null; proto && proto !== Error.prototype; proto = Object.getPrototypeOf(proto)) {
        const status = STATUS_BY_EXCEPTION[proto.constructor.name];
        if (status !== undefined)
            return status;
    }
    return 500;
}
