"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.frameworkErrors = void 0;
const exceptions_js_1 = require("./exceptions.js");
const verbNotAllowed = (verb, allowed) => new exceptions_js_1.HttpError(405, 'MethodNotAllowed', `The requested resource does not support http method '${verb}'.`, { headers: { Allow: allowed.join(', ') } });
exports.frameworkErrors = {
    /** Predefined route naming an operation this host does not have (ServiceStack: 405, naming it as sent). */
    operationNotFound: (name) => new exceptions_js_1.NotImplementedException(`The operation ${name === undefined ? '' : `'${name}' `}does not exist for this service`, { noErrorList: true }),
    /**
     * The operation exists but its service has no method for the verb. ServiceStack's wording names
     * the service class, as the real server does with debug off (conformance corpus), so only
     * ServiceStack routes say it; the other dialects answer their router's 405, naming nothing.
     */
    methodNotFound: (dialect, verb, op, service, allowed) => {
        if (dialect !== 'servicestack')
            return verbNotAllowed(verb, allowed);
        const v = verb.charAt(0) + verb.slice(1).toLowerCase();
        return new exceptions_js_1.NotImplementedException(`Could not find method named ${v}(${op}) or Any(${op}) on Service ${service}`, { noErrorList: true });
    },
    /** A custom route matches the path but not the verb. */
    verbNotAllowed,
    /** `?callback=` on a request that may not be read cross-site (pipeline.ts jsonpAllowed). */
    jsonpNotAllowed: () => new exceptions_js_1.HttpError(400, 'JsonpNotAllowed', 'JSONP (?callback=) is only available on GET operations.'),
    /**
     * A filter returned something that is neither an HttpResult nor a DTO: most likely an arrow
     * function's expression body (`ctx.items.set(…)` returns the Map), never meant as the response.
     */
    filterAnswerInvalid: (kind, op, got) => new exceptions_js_1.InvalidOperationException(`A ${kind} filter of ${op} returned ${got}: return an HttpResult, a DTO or nothing.`),
    routeNotFound: (path) => new exceptions_js_1.HttpError(404, 'NotFound', `Handler for Request not found: ${path}`),
    /**
     * Web API's action selection found the controller but no action whose required simple parameters
     * the request has: its "No HTTP resource…" 404, this text its MessageDetail under the error-detail policy.
     */
    actionNotFound: (controller) => new exceptions_js_1.HttpError(404, 'ActionNotFound', `No action was found on the controller '${controller}' that matches the request.`),
    /** A ServiceStack JSON/JSV body that is not an object where the request DTO was expected: its text, unwrapped. */
    typeDefinitionExpected: (typeName, got) => new exceptions_js_1.SerializationException(`Type definitions should start with a '{', expecting serialized type '${typeName}', got string starting with: ${got.slice(0, 50)}`, { noErrorList: true }),
    /**
     * ServiceStack's message, including its odd quote placement, naming the request type with its
     * namespace; ResponseStatus.Errors stays null unless the reader named fields. grpc-gateway answers
     * its decoder's error as it is (`status.Errorf(codes.InvalidArgument, "%v", err)`).
     */
    bodyUnreadable: (dialect, contentType, typeFullName, detail, fieldErrors = [], cause) => new exceptions_js_1.SerializationException(dialect === 'gateway' ? detail : `Could not deserialize '${contentType}' request using ${typeFullName}'\nError: ${detail}`, { fieldErrors, noErrorList: fieldErrors.length === 0, cause }),
    bindFailed: (op, fieldErrors) => new exceptions_js_1.SerializationException(`Unable to bind to request '${op}'`, { fieldErrors }),
    bodyTooLarge: (limit) => new exceptions_js_1.HttpError(413, 'RequestEntityTooLarge', `The request body exceeds the limit of ${limit} bytes.`),
    /** Web API's 415, carrying the formatter's exception that its error-detail policy may show. */
    unsupportedMediaType: (mediaType, typeName) => new exceptions_js_1.HttpError(415, 'UnsupportedMediaType', `The request entity's media type '${mediaType}' is not supported for this resource.`, {
        cause: new exceptions_js_1.UnsupportedMediaTypeException(`No MediaTypeFormatter is available to read an object of type '${typeName}' from content with media type '${mediaType}'.`),
    }),
    /** Accept names only registered formats the route cannot write (negotiate.ts). */
    notAcceptable: () => new exceptions_js_1.HttpError(406, 'NotAcceptable', 'The requested response format is not available for this resource.'),
    /** Any error that is not a framework exception: its details stay in the log, not the response. */
    internal: () => new exceptions_js_1.HttpError(500, 'InternalServerError', 'An error has occurred.'),
};
