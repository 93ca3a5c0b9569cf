"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.webApiError = webApiError;
exports.webApiErrorBody = webApiErrorBody;
/**
 * ASP.NET Web API 2's HttpError envelope (`{"Message":…}` / `<Error>…</Error>`), with its members in
 * Web API's order: Message, MessageDetail, ModelState, and under the error-detail policy
 * ExceptionMessage, ExceptionType (the full .NET name), StackTrace and InnerException, nested the
 * same way (src: aspnet/AspNetWebStack System.Web.Http/HttpError.cs).
 */
const web_api_action_js_1 = require("../binding/web-api-action.js");
const type_ref_js_1 = require("../types/type-ref.js");
const exceptions_js_1 = require("./exceptions.js");
const response_status_of_js_1 = require("./response-status-of.js");
const status_text_js_1 = require("./status-text.js");
const page_options_js_1 = require("../formats/page-options.js");
/** The namespaces of the .NET exceptions Stackport names; any other type keeps its own name. */
const DOTNET_NAMESPACES = {
    Exception: 'System', ApplicationException: 'System', ArgumentException: 'System', ArgumentNullException: 'System',
    ArgumentOutOfRangeException: 'System', FormatException: 'System', InvalidOperationException: 'System',
    NotImplementedException: 'System', NotSupportedException: 'System', UnauthorizedAccessException: 'System',
    KeyNotFoundException: 'System.Collections.Generic', FileNotFoundException: 'System.IO',
    SerializationException: 'System.Runtime.Serialization', AuthenticationException: 'System.Security.Authentication',
    OptimisticConcurrencyException: 'System.Data', UnsupportedMediaTypeException: 'System.Net.Http',
};
const dotNetTypeName = (error) => {
    const name = (0, response_status_of_js_1.errorCodeOf)(error);
    return DOTNET_NAMESPACES[name] ? `${DOTNET_NAMESPACES[name]}.${name}` : name;
};
/** The frames only, as .NET's StackTrace (no "Type: message" first line). */
const framesOf = (error) => error.stack?.split('\n').filter((l) => /^\s+at /.test(l)).join('\n') || null;
/** HttpError(Exception, includeErrorDetail: true): the exception's members, its inner exception nested. */
function exceptionEntries(error, depth = 0) {
    const entries = [['Message', 'An error has occurred.']];
    if (!(error instanceof Error))
        return entries;
    entries.push(['ExceptionMessage', error.message], ['ExceptionType', dotNetTypeName(error)], ['StackTrace', framesOf(error)]);
    if (error.cause !== undefined && depth < 8)
        entries.push(['InnerException', exceptionEntries(error.cause, depth + 1)]);
    return entries;
}
/**
 * A body the reader could not read: Web API keys it by the parameter and the reader's member path
 * (Json.NET's `Path '…'`), and shows a remote client only "An error has occurred." — the reader's
 * own text only under the error-detail policy, never ServiceStack's "Could not deserialize" prefix.
 */
function unreadableBody(error, parameter, detail) {
    const reason = error.cause instanceof Error ? error.cause.message : error.message;
    const path = /\bPath '([^']+)'/.exec(reason)?.[1];
    return new Map([[path ? `${parameter}.${path}` : parameter, [detail ? reason : 'An error has occurred.']]]);
}
/**
 * Keys as the binder wrote them (a simple parameter's own name, `body.Int`); a validation failure
 * under the body parameter's name. An entry that holds an exception reads "An error has occurred."
 * to a remote client (HttpError(ModelStateDictionary, includeErrorDetail)).
 */
function modelStateOf(error, parameter, detail) {
    if (error instanceof exceptions_js_1.SerializationException && error.cause !== undefined && error.fieldErrors.length === 0)
        return unreadableBody(error, parameter, detail);
    const modelState = new Map();
    for (const f of error.fieldErrors.length ? error.fieldErrors : [{ fieldName: '', message: error.message }]) {
        const key = f.modelStateKey ?? (f.fieldName ? `${parameter}.${f.fieldName}` : parameter);
        const message = f.exception && !detail ? 'An error has occurred.' : f.message;
        modelState.set(key, [...(modelState.get(key) ?? []), message]);
    }
    return modelState;
}
function entriesOf(error, status, ctx, isRouteNotFound) {
    const detail = ctx.debug || ctx.errorDetail === true;
    if (status === 400 && (error instanceof exceptions_js_1.ValidationError || error instanceof exceptions_js_1.SerializationException)) {
        return [['Message', 'The request is invalid.'], ['ModelState', modelStateOf(error, (0, web_api_action_js_1.bodyParameterOf)(ctx.requestType), detail)]];
    }
    const notFound = [['Message', `No HTTP resource was found that matches the request URI '${ctx.absoluteUrl}'.`]];
    if (isRouteNotFound)
        return notFound;
    if (error instanceof exceptions_js_1.HttpError && error.errorCode === 'ActionNotFound')
        return detail ? [...notFound, ['MessageDetail', error.message]] : notFound;
    if (status >= 500 && !(error instanceof exceptions_js_1.HttpError))
        return ctx.debug || ctx.errorDetail ? exceptionEntries(error) : [['Message', 'An error has occurred.']];
    const entries = [['Message', error instanceof Error ? error.message : 'An error has occurred.']];
    if (error instanceof exceptions_js_1.HttpError && error.messageDetail !== undefined)
        entries.push(['MessageDetail', error.messageDetail]);
    // CreateErrorResponse(status, message, exception): the exception's members follow, under the policy only.
    if (error instanceof exceptions_js_1.HttpError && error.cause instanceof Error && (ctx.debug || ctx.errorDetail))
        entries.push(...exceptionEntries(error.cause).slice(1));
    return entries;
}
/**
 * Web API maps no exception type to a status: only an HttpResponseException (HttpError) chooses one,
 * and model binding's ModelState (the body reader's failure, a ValidationError) is its 400; every
 * other exception — NotImplementedException, UnauthorizedAccessException included — is a 500
 * (System.Web.Http ExceptionHandling: DefaultExceptionHandler → CreateErrorResponse(500, exception)).
 */
const webApiStatusOf = (error) => error instanceof exceptions_js_1.HttpError ? error.status : error instanceof exceptions_js_1.ValidationError || error instanceof exceptions_js_1.SerializationException ? 400 : 500;
function webApiError(error, ctx, isRouteNotFound) {
    const status = webApiStatusOf(error);
    const statusText = status_text_js_1.STATUS_TEXT[status] ?? 'Error';
    const headers = error instanceof exceptions_js_1.HttpError ? { ...error.headers } : {};
    // HttpResponseException(new HttpResponseMessage(status)): the status alone, no content.
    if (error instanceof exceptions_js_1.HttpError && error.emptyBody)
        return { status, statusText, headers, body: '' };
    headers['Content-Type'] = ctx.negotiated.contentType;
    // HttpResponseException(Request.CreateResponse(status, value)): the value, negotiated like any result.
    if (error instanceof exceptions_js_1.HttpError && error.response !== undefined && error.response !== null) {
        const type = typeof error.response === 'string' ? (0, type_ref_js_1.primitive)('string') : { kind: 'class', ctor: error.response.constructor };
        return { status, statusText, headers, body: ctx.negotiated.format.write(error.response, type, ctx.options) };
    }
    const entries = entriesOf(error, status, ctx, isRouteNotFound);
    const format = ctx.negotiated.format;
    const body = format.name === 'xml' ? `<Error>${xmlOf(entries)}</Error>` : format.describesRequest ? format.write(jsonOf(entries), (0, type_ref_js_1.primitive)('object'), (0, page_options_js_1.withPageStatus)(ctx.options, status)) : jsonText(jsonOf(entries));
    return { status, statusText, headers, body };
}
const jsonOf = (entries) => Object.fromEntries(entries.map(([k, v]) => [k,
    v instanceof Map ? Object.fromEntries(v) : Array.isArray(v) ? jsonOf(v) : v]));
/** Json.NET escapes U+0085, U+2028 and U+2029; JSON.stringify does not. */
const jsonText = (value) => JSON.stringify(value).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const xmlText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** XmlConvert.EncodeLocalName for the characters ModelState keys can contain. */
const xmlName = (s) => s.replace(/[^A-Za-z0-9._-]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
function xmlOf(entries) {
    return entries.map(([k, v]) => {
        if (v === null)
            return `<${k} />`;
        if (v instanceof Map)
            return `<${k}>${[...v].map(([mk, msgs]) => `<${xmlName(mk)}>${xmlText(msgs.join(' '))}</${xmlName(mk)}>`).join('')}</${k}>`;
        if (Array.isArray(v))
            return `<${k}>${xmlOf(v)}</${k}>`;
        return `<${k}>${xmlText(v)}</${k}>`;
    }).join('');
}
/**
 * The body Web API writes for `error` in `format`, as a remote client reads it (no error detail):
 * the same renderer the pipeline uses, for documentation (the Help pages' error samples).
 */
function webApiErrorBody(error, format, options, absoluteUrl) {
    const ctx = { dialect: 'aspnet', negotiated: { format, contentType: format.contentType }, options, phase: 'execute', debug: false, errorDetail: false, method: 'GET', absoluteUrl };
    return webApiError(error, ctx, false).body.toString();
}
