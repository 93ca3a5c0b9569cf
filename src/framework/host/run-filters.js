"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runRequestFilters = runRequestFilters;
exports.runResponseFilters = runResponseFilters;
/**
 * Request and response filters, global first, then the operation's own, each list in
 * registration order. The global ones come first so that an operation's filter can never answer
 * before a global one (the usual place for authentication) has judged the request.
 *
 * A filter that returns anything but undefined answers for the request: a request filter's answer
 * ends it (no validation, service or response filters), a response filter's answer replaces the
 * response for the filters after it. An answer is an `HttpResult` or a DTO; anything else is
 * refused loudly rather than sent or ignored.
 */
const dto_meta_js_1 = require("../dto/dto-meta.js");
const error_catalog_js_1 = require("../errors/error-catalog.js");
const service_context_js_1 = require("./service-context.js");
async function runRequestFilters(host, op, request, context) {
    for (const f of host.filtersOf(op).request) {
        const answer = await f(request, context, op);
        if (answer !== undefined)
            return checked(answer, 'request', op);
    }
    return undefined;
}
async function runResponseFilters(host, op, request, response, context) {
    for (const f of host.filtersOf(op).response) {
        const answer = await f(response, request, context, op);
        if (answer !== undefined)
            response = checked(answer, 'response', op);
    }
    return response;
}
function checked(answer, kind, op) {
    if (answer instanceof service_context_js_1.HttpResult || (typeof answer === 'object' && answer !== null && (0, dto_meta_js_1.isDto)(answer.constructor)))
        return answer;
    const got = typeof answer === 'object' && answer !== null ? `a ${answer.constructor?.name ?? 'object'}` : `a ${typeof answer}`;
    throw error_catalog_js_1.frameworkErrors.filterAnswerInvalid(kind, op.name, got);
}
