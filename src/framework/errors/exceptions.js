"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HTTP_STATUS_NAMES = exports.HttpError = exports.ValidationError = exports.UnsupportedMediaTypeException = exports.OptimisticConcurrencyException = exports.FileNotFoundException = exports.InvalidOperationException = exports.KeyNotFoundException = exports.AuthenticationException = exports.UnauthorizedAccessException = exports.NotSupportedException = exports.NotImplementedException = exports.FormatException = exports.SerializationException = exports.ArgumentOutOfRangeException = exports.ArgumentNullException = exports.ArgumentException = exports.DotNetException = exports.Exception = void 0;
/** .NET's System.Exception: errorCode is the thrown class's name, its message reaches the client. */
class Exception extends Error {
    /** The errorCode clients see (the .NET exception type name unless overridden). */
    errorCode;
    /** Field-level errors (ResponseStatus.Errors). */
    fieldErrors;
    /** ResponseStatus.Errors is null rather than empty, as for the errors ServiceStack's own handlers raise. */
    noErrorList;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = new.target.name;
        this.errorCode = options.errorCode ?? new.target.name;
        this.fieldErrors = options.fieldErrors ?? [];
        this.noErrorList = options.noErrorList ?? false;
    }
}
exports.Exception = Exception;
/** The framework's earlier name for Exception, kept for code written against it. */
exports.DotNetException = Exception;
class ArgumentException extends Exception {
    paramName;
    constructor(message, paramName, options = {}) {
        super(message, options);
        this.paramName = paramName;
    }
}
exports.ArgumentException = ArgumentException;
class ArgumentNullException extends ArgumentException {
    constructor(paramName, message = 'Value cannot be null.') { super(message, paramName); }
}
exports.ArgumentNullException = ArgumentNullException;
class ArgumentOutOfRangeException extends ArgumentException {
}
exports.ArgumentOutOfRangeException = ArgumentOutOfRangeException;
class SerializationException extends Exception {
}
exports.SerializationException = SerializationException;
class FormatException extends Exception {
}
exports.FormatException = FormatException;
class NotImplementedException extends Exception {
}
exports.NotImplementedException = NotImplementedException;
class NotSupportedException extends Exception {
}
exports.NotSupportedException = NotSupportedException;
class UnauthorizedAccessException extends Exception {
}
exports.UnauthorizedAccessException = UnauthorizedAccessException;
class AuthenticationException extends Exception {
}
exports.AuthenticationException = AuthenticationException;
class KeyNotFoundException extends Exception {
}
exports.KeyNotFoundException = KeyNotFoundException;
class InvalidOperationException extends Exception {
}
exports.InvalidOperationException = InvalidOperationException;
class FileNotFoundException extends Exception {
}
exports.FileNotFoundException = FileNotFoundException;
class OptimisticConcurrencyException extends Exception {
}
exports.OptimisticConcurrencyException = OptimisticConcurrencyException;
/** System.Net.Http's: no formatter reads the request's media type (Web API's 415 carries it). */
class UnsupportedMediaTypeException extends Exception {
}
exports.UnsupportedMediaTypeException = UnsupportedMediaTypeException;
/** ServiceStack's ValidationError: 400, errorCode = the first failure's code. */
class ValidationError extends ArgumentException {
    constructor(fieldErrors) {
        const first = fieldErrors[0];
        super(first?.message ?? 'Validation failed', first?.fieldName, { errorCode: first?.errorCode ?? 'ValidationException', fieldErrors });
    }
}
exports.ValidationError = ValidationError;
/**
 * ServiceStack's HttpError: an explicit status, with errorCode defaulting to the status name.
 * The constructor shapes are .NET's: `(status)`, `(status, message)` and
 * `(status, errorCode, message)`; the options carry what .NET sets as properties.
 */
class HttpError extends Exception {
    status;
    constructor(status, ...rest) {
        // Two arguments are .NET's HttpError(HttpStatusCode, errorMessage): the code stays the status name.
        const [errorCode, message, options = {}] = rest.length === 1 ? [undefined, rest[0]] : rest;
        const code = errorCode ?? exports.HTTP_STATUS_NAMES[status] ?? String(status);
        super(message ?? code, { errorCode: code, fieldErrors: options.fieldErrors ?? [], cause: options.cause });
        this.status = status;
        this.headers = options.headers ?? {};
        this.response = options.response;
        this.emptyBody = options.emptyBody ?? false;
        this.messageDetail = options.messageDetail;
    }
    /** Web API's HttpError.MessageDetail (the aspnet dialect writes it after Message). */
    messageDetail;
    headers;
    /** Status and headers only, no body: how ServiceStack's auth providers answer (HandleShortCircuitedErrors). */
    emptyBody;
    /** A DTO to send as the body instead of the generated error DTO. */
    response;
    static notFound(message) { return new HttpError(404, 'NotFound', message); }
    static badRequest(message, errorCode = 'BadRequest') { return new HttpError(400, errorCode, message); }
    static unauthorized(message) { return new HttpError(401, 'Unauthorized', message); }
    static forbidden(message) { return new HttpError(403, 'Forbidden', message); }
    static conflict(message) { return new HttpError(409, 'Conflict', message); }
}
exports.HttpError = HttpError;
/** .NET HttpStatusCode enum names, used as errorCode for HttpError. */
exports.HTTP_STATUS_NAMES = {
    200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'NonAuthoritativeInformation', 204: 'NoContent', 205: 'ResetContent',
    206: 'PartialContent', 304: 'NotModified',
    400: 'BadRequest', 401: 'Unauthorized', 402: 'PaymentRequired', 403: 'Forbidden', 404: 'NotFound',
    405: 'MethodNotAllowed', 406: 'NotAcceptable', 408: 'RequestTimeout', 409: 'Conflict', 410: 'Gone',
    411: 'LengthRequired', 412: 'PreconditionFailed', 413: 'RequestEntityTooLarge', 415: 'UnsupportedMediaType',
    422: 'UnprocessableEntity', 429: 'TooManyRequests', 500: 'InternalServerError', 501: 'NotImplemented',
    502: 'BadGateway', 503: 'ServiceUnavailable', 504: 'GatewayTimeout',
};
