"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.soapContext = soapContext;
exports.runOperation = runOperation;
/**
 * Runs a SOAP request's DTO through the same steps as the HTTP pipeline's execute phase: request
 * authentication, request filters (whose answer ends the request), validation, the service method, response filters. SOAP messages are POSTs, and ServiceStack only
 * exposes an operation over SOAP when its service answers POST or Any.
 */
const authenticate_request_js_1 = require("../auth/authenticate-request.js");
const error_catalog_js_1 = require("../errors/error-catalog.js");
const http_types_js_1 = require("../host/http-types.js");
const operation_js_1 = require("../host/operation.js");
const run_filters_js_1 = require("../host/run-filters.js");
const validate_request_js_1 = require("../validation/validate-request.js");
function soapContext(req, op, responseHeaders) {
    return {
        request: req, verb: 'POST', operationName: op.name, header: (name) => (0, http_types_js_1.header)(req, name.toLowerCase()),
        query: new Map(), responseHeaders, items: new Map(),
    };
}
async function runOperation(host, op, dto, context) {
    const handler = (0, operation_js_1.handlerFor)(op, 'POST');
    if (!handler)
        throw error_catalog_js_1.frameworkErrors.methodNotFound(op.dialect, 'POST', op.name, op.serviceName, [...op.handlers.keys()]);
    await (0, authenticate_request_js_1.authenticateRequest)(host.config.auth, op, context);
    const answer = await (0, run_filters_js_1.runRequestFilters)(host, op, dto, context);
    if (answer !== undefined)
        return answer;
    await (0, validate_request_js_1.validateRequest)(dto, op.requestType);
    return (0, run_filters_js_1.runResponseFilters)(host, op, dto, await handler(dto, context), context);
}
