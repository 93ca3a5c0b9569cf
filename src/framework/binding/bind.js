"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.bindRequest = bindRequest;
/**
 * Builds the request DTO from path variables, query string, form fields and body, with
 * ServiceStack's two precedence rules:
 *  - predefined routes (`/json/reply/X`, `/api/X`): the body is read with the route's format; the
 *    query string only fills members the body left unset;
 *  - custom routes: the body is read by its Content-Type; then path variables, query string and
 *    form fields (in rising precedence) override it.
 * An `aspnet` operation's custom route binds as Web API 2 does instead (web-api-bind.ts).
 */
const dto_meta_js_1 = require("../dto/dto-meta.js");
const error_catalog_js_1 = require("../errors/error-catalog.js");
const exceptions_js_1 = require("../errors/exceptions.js");
const format_registry_js_1 = require("../formats/format-registry.js");
const fill_value_type_defaults_js_1 = require("./fill-value-type-defaults.js");
const key_value_binder_js_1 = require("./key-value-binder.js");
const read_body_js_1 = require("./read-body.js");
const web_api_bind_js_1 = require("./web-api-bind.js");
const BODY_VERBS = new Set(['POST', 'PUT', 'PATCH']);
async function bindRequest(input) {
    if (input.dialect === 'aspnet' && input.kind === 'custom')
        return (0, web_api_bind_js_1.bindWebApiRequest)(input);
    const parameterErrors = input.dialect === 'aspnet' ? (0, web_api_bind_js_1.bindActionParameters)(input) : [];
    if (parameterErrors.length)
        throw new exceptions_js_1.ValidationError(parameterErrors);
    const jsv = input.formats.byFormatName('jsv');
    if (!jsv)
        throw new Error('The JSV format must be registered: it reads query-string values');
    const errors = [];
    const hasBody = !!input.body && input.body.length > 0;
    const mediaType = input.contentType ? (0, format_registry_js_1.mediaTypeOf)(input.contentType) : undefined;
    const isForm = !!mediaType && format_registry_js_1.FORM_MEDIA_TYPES.has(mediaType);
    const ctor = input.requestType;
    const classRef = { kind: 'class', ctor };
    const keys = { fieldAsSent: input.dialect === 'servicestack' };
    let dto;
    if (input.kind === 'predefined') {
        if (!hasBody || isForm) {
            dto = newDto(ctor);
            if (input.batch)
                dto = [];
            else {
                (0, key_value_binder_js_1.bindKeyValues)(dto, ctor, input.query, jsv, input.options, keys, errors);
                if (isForm && hasBody)
                    (0, key_value_binder_js_1.bindKeyValues)(dto, ctor, await (0, read_body_js_1.formFields)(input.contentType, input.body), jsv, input.options, keys, errors);
            }
        }
        else {
            const format = input.routeFormat;
            const type = input.batch ? { kind: 'list', of: classRef, array: true } : classRef;
            dto = readBody(format, input.body, type, input);
            if (!input.batch && BODY_VERBS.has(input.method) && input.query.size) {
                (0, key_value_binder_js_1.bindKeyValues)(dto, ctor, input.query, jsv, input.options, { ...keys, onlyUnset: true }, errors);
            }
        }
    }
    else {
        dto = newDto(ctor);
        if (hasBody && !isForm) {
            const format = input.formats.byContentType(mediaType);
            if (format)
                dto = readBody(format, input.body, classRef, input);
        }
        (0, key_value_binder_js_1.bindKeyValues)(dto, ctor, input.pathVars, jsv, input.options, keys, errors);
        (0, key_value_binder_js_1.bindKeyValues)(dto, ctor, input.query, jsv, input.options, keys, errors);
        if (hasBody && isForm && BODY_VERBS.has(input.method)) {
            (0, key_value_binder_js_1.bindKeyValues)(dto, ctor, await (0, read_body_js_1.formFields)(input.contentType, input.body), jsv, input.options, keys, errors);
        }
    }
    if (errors.length)
        throw error_catalog_js_1.frameworkErrors.bindFailed(input.operationName, errors);
    (0, fill_value_type_defaults_js_1.fillValueTypeDefaults)(dto, Array.isArray(dto) ? { kind: 'list', of: classRef, array: true } : classRef);
    return dto;
}
function newDto(ctor) {
    return new ctor();
}
function readBody(format, body, type, input) {
    const text = (0, read_body_js_1.bodyText)(body);
    try {
        const value = format.read(text, type, input.options);
        if (value === null || value === undefined)
            return type.kind === 'list' ? [] : newDto(input.requestType);
        return value;
    }
    catch (e) {
        // ServiceStack's own "Type definitions…" answer reaches the client as it is.
        if (e instanceof exceptions_js_1.DotNetException && e.noErrorList)
            throw e;
        const detail = e instanceof Error ? e.message : String(e);
        // ServiceStack names the request type with its namespace; the other dialects keep the short name.
        const meta = (0, dto_meta_js_1.getDtoMeta)(input.requestType);
        const typeName = input.dialect === 'servicestack' && meta.namespace ? `${meta.namespace}.${meta.name}` : meta.name;
        const err = error_catalog_js_1.frameworkErrors.bodyUnreadable(input.dialect, format.mediaTypes[0] ?? format.contentType, typeName, detail, e instanceof exceptions_js_1.DotNetException ? e.fieldErrors : [], e);
        throw e instanceof exceptions_js_1.SerializationException || !(e instanceof exceptions_js_1.DotNetException) ? err : e;
    }
}
