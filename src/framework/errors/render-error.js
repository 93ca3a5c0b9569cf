"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.errorDtoType = errorDtoType;
exports.renderError = renderError;
const type_ref_js_1 = require("../types/type-ref.js");
const dto_meta_js_1 = require("../dto/dto-meta.js");
const page_options_js_1 = require("../formats/page-options.js");
const error_status_js_1 = require("./error-status.js");
const exceptions_js_1 = require("./exceptions.js");
const gateway_error_js_1 = require("./gateway-error.js");
const response_status_js_1 = require("./response-status.js");
const response_status_of_js_1 = require("./response-status-of.js");
const status_text_js_1 = require("./status-text.js");
const web_api_error_js_1 = require("./web-api-error.js");
const headersOf = (error) => (error instanceof exceptions_js_1.HttpError ? { ...error.headers } : {});
/** Reason phrases may not contain control characters; ServiceStack sends the errorCode for service errors. */
const reason = (status, code, ctx) => ctx.phase === 'execute' || ctx.phase === 'validate' ? code.replace(/[^\t\x20-\x7e]/g, '') : status_text_js_1.STATUS_TEXT[status] ?? 'Error';
/** ServiceStack's choice of error DTO: `{Request}Response`, else an IReturn<T> with ResponseStatus, else ErrorResponse. */
function errorDtoType(requestType) {
    if (!requestType)
        return response_status_js_1.ErrorResponse;
    const meta = (0, dto_meta_js_1.getDtoMeta)(requestType);
    const named = (0, dto_meta_js_1.findDto)(meta.namespace, `${meta.name}Response`);
    if (named)
        return named;
    if (meta.returns && meta.returns !== 'void' && (0, dto_meta_js_1.getDtoMeta)(meta.returns).allMembers.some((m) => m.name === 'ResponseStatus'))
        return meta.returns;
    return response_status_js_1.ErrorResponse;
}
const isRouteNotFound = (error, ctx) => ctx.phase === 'match' && error instanceof exceptions_js_1.HttpError && error.status === 404 && error.errorCode === 'NotFound';
const serviceStack = (error, ctx) => {
    if (ctx.plainNotFound && isRouteNotFound(error, ctx)) {
        return { status: 404, statusText: status_text_js_1.STATUS_TEXT[404], headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: '404' };
    }
    if (error instanceof exceptions_js_1.HttpError && error.emptyBody)
        return { status: error.status, statusText: reason(error.status, error.errorCode, ctx), headers: headersOf(error), body: '' };
    const status = (0, error_status_js_1.statusOf)(error);
    if (error instanceof exceptions_js_1.HttpError && error.response !== undefined && error.response !== null) {
        const ctor = error.response.constructor;
        return { status, statusText: reason(status, error.errorCode, ctx), headers: { ...headersOf(error), 'Content-Type': ctx.negotiated.contentType },
            body: ctx.negotiated.format.write(error.response, { kind: 'class', ctor }, (0, page_options_js_1.withPageStatus)(ctx.options, status)) };
    }
    const rs = (0, response_status_of_js_1.responseStatusOf)(error, ctx.debug, ctx.argumentMessages);
    if (ctx.meta)
        rs.Meta = { ...(rs.Meta ?? {}), ...ctx.meta };
    const dtoType = errorDtoType(ctx.requestType);
    const dto = new dtoType();
    dto.ResponseStatus = rs;
    let body;
    let contentType = ctx.negotiated.contentType;
    try {
        body = ctx.negotiated.format.write(dto, { kind: 'class', ctor: dtoType }, (0, page_options_js_1.withPageStatus)(ctx.options, status));
    }
    catch {
        // The error DTO itself could not be written in this format (e.g. XmlSerializer refuses it): plain JSON.
        contentType = 'application/json; charset=utf-8';
        body = JSON.stringify({ responseStatus: { errorCode: rs.ErrorCode, message: rs.Message, errors: [] } });
    }
    return { status, statusText: reason(status, rs.ErrorCode ?? '', ctx), headers: { ...headersOf(error), 'Content-Type': contentType }, body };
};
/** ASP.NET Web API 2's HttpError envelope (web-api-error.ts). */
const webApi = (error, ctx) => {
    // The HTML report shows Web API's own HttpError; other non-Web API formats answer as ServiceStack does.
    if (ctx.negotiated.format.name !== 'json' && ctx.negotiated.format.name !== 'xml' && !ctx.negotiated.format.describesRequest)
        return serviceStack(error, ctx);
    return (0, web_api_error_js_1.webApiError)(error, ctx, isRouteNotFound(error, ctx));
};
/** grpc-gateway's `{code, message, details}` with Zitadel's marshaler (empty details omitted). */
const gateway = (error, ctx) => {
    const httpStatus = (0, error_status_js_1.statusOf)(error);
    let code;
    let message;
    let details = [];
    if (error instanceof gateway_error_js_1.GatewayError) {
        code = error.code;
        message = error.id ? `${error.message} (${error.id})` : error.message;
        if (error.id)
            details = [{ '@type': 'type.googleapis.com/zitadel.v1.ErrorDetail', id: error.id, message: error.message }];
    }
    else if (httpStatus === 405) {
        // grpc-gateway's routing error for a wrong method (Unimplemented, "Method Not Allowed"), which
        // Zitadel answers with 405 rather than 501; no Allow header, and nothing about the handler.
        code = 12;
        message = 'Method Not Allowed';
    }
    else {
        code = gateway_error_js_1.HTTP_TO_GRPC[httpStatus] ?? 2;
        message = error instanceof exceptions_js_1.DotNetException ? error.message : ctx.debug && error instanceof Error ? error.message : 'Internal';
    }
    const status = error instanceof gateway_error_js_1.GatewayError && error.httpStatus ? error.httpStatus : gateway_error_js_1.ROUTER_STATUSES.has(httpStatus) ? httpStatus : gateway_error_js_1.GRPC_TO_HTTP[code] ?? 500;
    // A browser sees the same status body as the HTML report; everyone else as JSON.
    const page = ctx.negotiated.format.describesRequest;
    const headers = { 'Content-Type': page ? ctx.negotiated.contentType : 'application/json' };
    if (code === 16)
        headers['WWW-Authenticate'] = message.replace(/[^\t\x20-\x7e]/g, '');
    const statusBody = details.length ? { code, message, details } : { code, message };
    const body = page ? ctx.negotiated.format.write(statusBody, (0, type_ref_js_1.primitive)('object'), (0, page_options_js_1.withPageStatus)(ctx.options, status)) : JSON.stringify(statusBody);
    return { status, statusText: status_text_js_1.STATUS_TEXT[status] ?? 'Error', headers, body };
};
const RENDERERS = { servicestack: serviceStack, aspnet: webApi, gateway };
function renderError(error, ctx) {
    return RENDERERS[ctx.dialect](error, ctx);
}
