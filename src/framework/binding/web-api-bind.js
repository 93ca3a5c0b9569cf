"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.bindActionParameters = bindActionParameters;
exports.bindWebApiRequest = bindWebApiRequest;
/**
 * Web API 2's parameter binding for an `aspnet` operation's custom route (dialects.md §2.5):
 *  - the simple parameters it declares (web-api-action.ts) come from the query string and route,
 *    and a required one that is missing selects no action (404);
 *  - the DTO is the body parameter ([FromBody]): read by the formatter for its Content-Type
 *    (none → 415), every member that does not convert its own ModelState entry keyed
 *    `{parameter}.{path}` (the reader reads on, as Json.NET's handled Error event does), an
 *    empty body a null parameter when the operation declares its action;
 *  - a `fromUri` DTO, and the DTO of an operation that declares nothing, are bound from the query
 *    string and route instead.
 * Every entry is reported at once, as the ValidateModel filter sees ModelState.
 */
const dto_meta_js_1 = require("../dto/dto-meta.js");
const error_catalog_js_1 = require("../errors/error-catalog.js");
const exceptions_js_1 = require("../errors/exceptions.js");
const json_read_error_js_1 = require("../formats/json/json-read-error.js");
const format_registry_js_1 = require("../formats/format-registry.js");
const convention_route_js_1 = require("../routing/convention-route.js");
const read_body_js_1 = require("./read-body.js");
const simple_value_js_1 = require("./simple-value.js");
const uri_parameters_js_1 = require("./uri-parameters.js");
const web_api_action_js_1 = require("./web-api-action.js");
/** The only form Web API reads: jQuery's urlencoded formatter (multipart has no formatter: 415). */
const FORM = 'application/x-www-form-urlencoded';
/** ModelState key of a reader failure: the parameter, then Json.NET's path (`body.Nums[1]`, `body`). */
const keyOf = (parameter, path) => (path === '' ? parameter : path.startsWith('[') ? `${parameter}${path}` : `${parameter}.${path}`);
const exceptionEntry = (key, e) => ({ errorCode: 'ModelState', fieldName: key, message: e instanceof Error ? e.message : String(e), modelStateKey: key, exception: true });
/**
 * The simple parameters an `aspnet` operation declares, into `input.parameters`: its ModelState
 * entries, or Web API's 404 when a required one is missing. (ServiceStack's predefined routes of
 * such an operation bind them too, so its service reads them the same way on every route.)
 */
function bindActionParameters(input) {
    const action = (0, web_api_action_js_1.webApiActionOf)(input.requestType);
    if (!action)
        return [];
    const uri = (0, uri_parameters_js_1.bindUriParameters)(action.uri, input.rawQuery ?? '', input.pathVars, input.options.timeZone);
    if (uri.missing)
        throw error_catalog_js_1.frameworkErrors.actionNotFound((0, convention_route_js_1.controllerName)(input.serviceName ?? ''));
    for (const [k, v] of uri.values)
        input.parameters?.set(k, v);
    return uri.errors;
}
async function bindWebApiRequest(input) {
    const ctor = input.requestType;
    const action = (0, web_api_action_js_1.webApiActionOf)(ctor);
    const parameter = action?.body ?? web_api_action_js_1.DEFAULT_BODY_PARAMETER;
    // The DTO binds from the URI when it says [FromUri]; an operation that declares no action binds both, as it always has.
    const fromUri = !action || action.fromUri;
    const errors = bindActionParameters(input);
    const hasBody = !action?.fromUri && !!input.body && input.body.length > 0;
    const mediaType = input.contentType ? (0, format_registry_js_1.mediaTypeOf)(input.contentType) : undefined;
    let dto = fromUri || hasBody ? newDto(ctor) : null;
    if (hasBody && mediaType === FORM) {
        bindFields(dto, ctor, new URLSearchParams((0, read_body_js_1.bodyText)(input.body)), parameter, errors, input.options.timeZone);
    }
    else if (hasBody) {
        const format = input.formats.byContentType(mediaType);
        if (!format)
            throw error_catalog_js_1.frameworkErrors.unsupportedMediaType(mediaType ?? 'application/octet-stream', (0, dto_meta_js_1.getDtoMeta)(ctor).name);
        const memberErrors = [];
        try {
            const value = format.read((0, read_body_js_1.bodyText)(input.body), { kind: 'class', ctor }, input.options, memberErrors);
            dto = value === null || value === undefined ? (action ? null : newDto(ctor)) : value;
        }
        catch (e) {
            // The root did not read: the parameter is null, and its ModelState entry has the bare name.
            memberErrors.push(e instanceof exceptions_js_1.SerializationException ? e : new exceptions_js_1.SerializationException(String(e)));
            dto = null;
        }
        for (const e of memberErrors)
            errors.push(exceptionEntry(keyOf(parameter, e instanceof json_read_error_js_1.JsonReadError ? e.path : ''), e));
    }
    if (fromUri && dto)
        bindFields(dto, ctor, [...new URLSearchParams(input.rawQuery ?? ''), ...input.pathVars], parameter, errors, input.options.timeZone);
    if (errors.length)
        throw new exceptions_js_1.ValidationError(errors.map((f) => ({ ...f, modelStateKey: f.modelStateKey ?? keyOf(parameter, f.fieldName) })));
    return dto ?? (action ? null : newDto(ctor));
}
function newDto(ctor) {
    return new ctor();
}
/**
 * Name/value pairs onto the DTO's members by name ignoring case, converted as Web API's
 * TypeConverterModelBinder converts them (simple-value.ts, invariant culture): a simple member
 * takes the first value of its name, a list of simple values every value. Other members are not
 * bound from names and values. Never the JSV reader: it read `1,5` as 15.
 */
function bindFields(dto, ctor, pairs, parameter, errors, tz) {
    const all = (0, dto_meta_js_1.getDtoMeta)(ctor).allMembers;
    const members = new Map(all.map((m) => [m.name.toLowerCase(), m]));
    // Names prefixed with the parameter's (`q.Int`) when any is; else the bare member names.
    const prefix = `${parameter.toLowerCase()}.`;
    const given = [...pairs];
    const prefixed = given.filter(([k]) => k.toLowerCase().startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]);
    const sent = new Map();
    for (const [key, value] of prefixed.length ? prefixed : given) {
        const m = members.get(key.toLowerCase());
        if (m && value !== '')
            sent.set(m, [...(sent.get(m) ?? []), value]);
    }
    // The model binder walks the model's members in their declared order, not the request's.
    for (const m of all) {
        const values = sent.get(m);
        if (!values)
            continue;
        const list = m.type.kind === 'list' ? m.type : undefined;
        const of = list ? list.of : m.type;
        if (!isSimple(of))
            continue;
        const out = [];
        for (const raw of list ? values : values.slice(0, 1)) {
            const converted = (0, simple_value_js_1.convertSimpleValue)(of, raw, tz);
            if ('value' in converted)
                out.push(converted.value);
            else
                errors.push({ errorCode: 'ModelState', fieldName: m.name, message: `The value '${raw}' is not valid for ${m.name}.`, modelStateKey: keyOf(parameter, m.name), exception: converted.failure === 'exception' });
        }
        if (out.length === (list ? values.length : 1))
            dto[m.name] = list ? out : out[0];
    }
}
function isSimple(t) {
    const inner = t.kind === 'nullable' ? t.of : t;
    return inner.kind === 'enum' || (inner.kind === 'primitive' && inner.name !== 'object' && inner.name !== 'byte[]');
}
