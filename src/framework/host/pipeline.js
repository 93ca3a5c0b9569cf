"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.handleRequest = handleRequest;
/**
 * The request lifecycle, one named phase per step:
 *
 *   match ─► negotiate ─► bind ─► filter/validate ─► execute ─► serialize
 *     └──────────┴──────────┴──────────┴──────────────┴────────────┴─► renderError (one error path)
 *
 * Transport-neutral: it takes and returns plain request/response data.
 */
const authenticate_request_js_1 = require("../auth/authenticate-request.js");
const bind_js_1 = require("../binding/bind.js");
const query_string_js_1 = require("../binding/query-string.js");
const dto_meta_js_1 = require("../dto/dto-meta.js");
const error_catalog_js_1 = require("../errors/error-catalog.js");
const exceptions_js_1 = require("../errors/exceptions.js");
const render_error_js_1 = require("../errors/render-error.js");
const negotiate_js_1 = require("../formats/negotiate.js");
const validate_request_js_1 = require("../validation/validate-request.js");
const http_types_js_1 = require("./http-types.js");
const match_request_js_1 = require("./match-request.js");
const operation_js_1 = require("./operation.js");
const service_context_js_1 = require("./service-context.js");
const error_detail_policy_js_1 = require("./error-detail-policy.js");
const run_filters_js_1 = require("./run-filters.js");
const web_api_value_js_1 = require("./web-api-value.js");
async function handleRequest(host, req) {
    const { path, segments, query: rawQuery } = (0, query_string_js_1.splitUrl)(req.url);
    const query = (0, query_string_js_1.parseQueryString)(rawQuery);
    const verb = effectiveVerb(req);
    const state = { phase: 'match', dialect: host.config.dialect, headers: {} };
    try {
        if (req.bodyTooLarge || (req.body && req.body.length > host.config.maxBodyBytes))
            throw error_catalog_js_1.frameworkErrors.bodyTooLarge(host.config.maxBodyBytes);
        for (const raw of host.rawHandlers) {
            const res = await raw(req, path, query);
            if (res)
                return withGlobalHeaders(host, req, res);
        }
        if (verb === 'OPTIONS' && host.config.cors)
            return withGlobalHeaders(host, req, { status: 200, headers: {}, body: '' });
        const route = (0, match_request_js_1.matchRequest)(host, segments, verb, query.keys());
        if (!route)
            throw error_catalog_js_1.frameworkErrors.routeNotFound(path);
        state.op = route.op;
        state.dialect = route.op.dialect;
        state.negotiated = negotiatePhase(host, req, route, query, segments[0]);
        if (state.negotiated.refused)
            throw error_catalog_js_1.frameworkErrors.notAcceptable();
        const options = (state.options = codecOptionsFor(host, state, query, req.url));
        if (query.has('callback') && !jsonpAllowed(req, route.op))
            throw error_catalog_js_1.frameworkErrors.jsonpNotAllowed();
        state.phase = 'bind';
        const parameters = new Map();
        const dto = await (0, bind_js_1.bindRequest)({
            kind: route.kind, requestType: route.op.requestType, operationName: route.op.name, dialect: route.op.dialect,
            method: req.method, contentType: (0, http_types_js_1.header)(req, 'content-type'), body: req.body, query, pathVars: route.pathVars,
            routeFormat: route.routeFormat, batch: route.batch, formats: host.formats, options: host.codecOptions(route.op.dialect),
            rawQuery, serviceName: route.op.serviceName, parameters,
        });
        const handler = (0, operation_js_1.handlerFor)(route.op, verb);
        if (!handler)
            throw error_catalog_js_1.frameworkErrors.methodNotFound(route.op.dialect, verb, route.op.name, route.op.serviceName, [...route.op.handlers.keys()]);
        const context = serviceContext(req, verb, route.op, query, state.headers, parameters);
        let result;
        if (Array.isArray(dto)) {
            result = await executeBatch(host, route, dto, context, state);
        }
        else {
            result = await executeOne(host, route.op, dto, context, state, handler);
        }
        state.phase = 'serialize';
        return withGlobalHeaders(host, req, jsonp(serialize(result, route, state, options, req.method), req, query, route.op));
    }
    catch (error) {
        if (!(error instanceof exceptions_js_1.DotNetException))
            host.config.onError?.(error, state.op?.name, req);
        const dialect = error.dialect ?? state.dialect;
        const negotiated = state.negotiated ?? (0, negotiate_js_1.negotiate)(dialect, {
            formatParam: query.get('format'), firstSegment: segments[0], accept: (0, http_types_js_1.header)(req, 'accept'), contentType: (0, http_types_js_1.header)(req, 'content-type'),
            acceptCharset: (0, http_types_js_1.header)(req, 'accept-charset'),
        }, host.formats, host.defaultFormat);
        const res = (0, render_error_js_1.renderError)(error, {
            // A request that could not be bound has no response type yet: ServiceStack answers ErrorResponse.
            dialect, negotiated, options: state.options ?? pageOptions(host.codecOptions(dialect), negotiated, state.op?.name, req.url), requestType: state.phase === 'bind' ? undefined : state.op?.requestType, phase: state.phase,
            debug: host.config.debug, errorDetail: (0, error_detail_policy_js_1.includeErrorDetail)(host.config.errorDetail, req), method: verb, plainNotFound: host.plainNotFound, argumentMessages: host.config.argumentMessages, absoluteUrl: absoluteUrl(req, host.config.secretQueryParameters),
            ...(state.meta ? { meta: state.meta } : {}),
        });
        Object.assign(res.headers, state.headers);
        return withGlobalHeaders(host, req, jsonp(res, req, query, state.op));
    }
}
/** The request URI as Web API's 404 quotes it, credentials in the query string written `***`. */
function absoluteUrl(req, secrets = []) {
    const names = new Set(secrets.map((n) => n.toLowerCase()));
    const url = !names.size ? req.url : req.url.replace(/([?&])([^=&#]*)=([^&#]*)/g, (all, sep, name) => (names.has(safeDecode(name).toLowerCase()) ? `${sep}${name}=***` : all));
    return `http://${(0, http_types_js_1.header)(req, 'host') ?? 'localhost'}${url}`;
}
function safeDecode(s) {
    try {
        return decodeURIComponent(s.replace(/\+/g, ' '));
    }
    catch {
        return s;
    }
}
const SAFE_CALLBACK = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;
/**
 * JSONP lets any web page read the answer, and a script tag can only GET: so only a GET of a GET
 * operation gets it (or of a path that matched no operation: an error names nothing). A callback on
 * anything else is refused before the service runs.
 */
function jsonpAllowed(req, op) {
    return req.method === 'GET' && (!op || (0, operation_js_1.isGetOperation)(op));
}
/** `?callback=fn` wraps JSON as `fn(…)` (JSONP); errors too, with status 200 so browsers run the script. */
function jsonp(res, req, query, op) {
    const callback = query.get('callback');
    if (!callback || !SAFE_CALLBACK.test(callback) || !jsonpAllowed(req, op) || !res.headers['Content-Type']?.startsWith('application/json'))
        return res;
    return { status: 200, headers: { ...res.headers, 'Content-Type': 'text/javascript' }, body: `${callback}(${res.body.toString()})` };
}
/**
 * X-Http-Method-Override as ASP.NET and ServiceStack deployments usually honour it: a header on a
 * POST. Never from the query string, which a link or an img tag can carry, and never on a GET,
 * which must stay safe: a cross-site GET must not become a POST that sends an SMS.
 */
function effectiveVerb(req) {
    const o = req.method === 'POST' ? (0, http_types_js_1.header)(req, 'x-http-method-override')?.trim() : undefined;
    return (o || req.method).toUpperCase();
}
function negotiatePhase(host, req, route, query, firstSegment) {
    // A custom route's `.ext` suffix outranks `?format=`; a predefined route's format does not.
    const extension = route.kind === 'custom' && route.routeFormat !== undefined;
    return (0, negotiate_js_1.negotiate)(route.op.dialect, {
        formatParam: query.has('callback') ? 'json' : extension ? undefined : query.get('format'), firstSegment, routeFormat: route.routeFormat,
        accept: (0, http_types_js_1.header)(req, 'accept'), contentType: (0, http_types_js_1.header)(req, 'content-type'), acceptCharset: (0, http_types_js_1.header)(req, 'accept-charset'),
    }, host.formats, host.defaultFormat);
}
/** `?debug` on a JSV response pretty-prints it as text/plain (ServiceStack's JsvFormatter). */
function codecOptionsFor(host, state, query, url) {
    const base = host.codecOptions(state.dialect);
    if (state.negotiated?.format.name === 'jsv' && query.has('debug')) {
        state.negotiated = { format: state.negotiated.format, contentType: 'text/plain' };
        return { ...base, pretty: true };
    }
    return pageOptions(base, state.negotiated, state.op?.name, url);
}
/** A format that describes the request (the HTML report) is told which one it answers. */
function pageOptions(base, negotiated, operationName, url) {
    return negotiated?.format.describesRequest ? { ...base, page: { operationName, url } } : base;
}
/** A request filter's answer is the request's answer: validation, the service and response filters are skipped. */
async function executeOne(host, op, dto, context, state, handler) {
    const answer = await filter(host, op, dto, context, state);
    if (answer !== undefined)
        return answer;
    await (0, validate_request_js_1.validateRequest)(dto, op.requestType);
    state.phase = 'execute';
    return (0, run_filters_js_1.runResponseFilters)(host, op, dto, await handler(dto, context), context);
}
async function filter(host, op, dto, context, state) {
    state.phase = 'validate';
    await (0, authenticate_request_js_1.authenticateRequest)(host.config.auth, op, context);
    return (0, run_filters_js_1.runRequestFilters)(host, op, dto, context);
}
/**
 * Auto-batching: each request in order; the first failure ends the batch and names its index.
 * Each element answers what it would answer alone: an HttpResult gives its response to the list
 * and its headers to the batch. An empty batch runs no service (and, as in ServiceStack, counts
 * nothing in X-AutoBatch-Completed), but the filters still judge it, as a request with no fields:
 * `[]` must not answer 200 where the operation would answer 401.
 */
async function executeBatch(host, route, dtos, context, state) {
    const handler = (0, operation_js_1.handlerFor)(route.op, context.verb);
    if (dtos.length === 0)
        return (await filter(host, route.op, new route.op.requestType(), context, state)) ?? [];
    const results = [];
    for (let i = 0; i < dtos.length; i++) {
        try {
            const result = await executeOne(host, route.op, dtos[i], context, state, handler);
            if (result instanceof service_context_js_1.HttpResult)
                Object.assign(state.headers, result.options.headers);
            results.push(result instanceof service_context_js_1.HttpResult ? result.response : result);
        }
        catch (e) {
            state.headers['X-AutoBatch-Completed'] = String(i);
            state.meta = { AutoBatchIndex: String(i) };
            throw e;
        }
    }
    if (dtos.length)
        state.headers['X-AutoBatch-Completed'] = String(dtos.length);
    return results;
}
function serialize(result, route, state, options, method) {
    let status = 200;
    let statusText;
    let contentType = state.negotiated.contentType;
    let chosenType = false;
    const headers = { ...state.headers };
    const serviceStack = route.op.dialect === 'servicestack';
    const wrapped = result instanceof service_context_js_1.HttpResult;
    if (result instanceof service_context_js_1.HttpResult) {
        status = result.options.status ?? 200;
        // ServiceStack writes an HttpResult's status with .NET's HttpStatusCode name as the reason (`400 BadRequest`).
        if (serviceStack)
            statusText = exceptions_js_1.HTTP_STATUS_NAMES[status];
        Object.assign(headers, result.options.headers ?? {});
        chosenType = result.options.contentType !== undefined;
        contentType = result.options.contentType ?? contentType;
        result = result.response;
    }
    // CsvFormat's response filter: a download named after the operation, unless an HttpResult answers.
    if (state.negotiated.format.attachment && !wrapped)
        headers['Content-Disposition'] = `attachment;filename="${route.op.name}.${state.negotiated.format.extension}"`;
    const answer = (body) => ({ status, ...(statusText ? { statusText } : {}), headers: { ...headers, 'Content-Type': contentType }, body: method === 'HEAD' ? '' : body });
    const valueType = chosenType || (wrapped && result == null) ? undefined : (0, web_api_value_js_1.webApiValueType)(result, route.op);
    if (valueType)
        return answer(state.negotiated.format.write(result, valueType, options));
    if (result === null || result === undefined) {
        const keep = method === 'HEAD' || method === 'OPTIONS' || status !== 200;
        return { status: keep ? status : 204, headers, body: '' };
    }
    if (typeof result === 'string' || Buffer.isBuffer(result)) {
        // A string answered in the negotiated format is sent as UTF-8 text of that type, and says so.
        if (serviceStack && typeof result === 'string' && !chosenType && !/;\s*charset=/i.test(contentType))
            contentType += '; charset=utf-8';
        return answer(result);
    }
    return answer(route.batch && Array.isArray(result)
        ? writeList(result, route.op, state, options)
        : state.negotiated.format.write(result, responseTypeOf(result, route.op), options));
}
function writeList(results, op, state, options) {
    const first = results.find((r) => r !== null && r !== undefined);
    const of = first === undefined ? (op.meta.returnType !== 'void' ? op.meta.returnType : undefined) : responseTypeOf(first, op);
    if (!of)
        return state.negotiated.format.write([], { kind: 'list', of: { kind: 'primitive', name: 'object' }, array: true }, options);
    return state.negotiated.format.write(results, { kind: 'list', of, array: true }, options);
}
/** A DTO instance is written as its own class; any other value (a list, a number) as the declared `IReturn<T>`. */
function responseTypeOf(result, op) {
    const ctor = result.constructor;
    if ((0, dto_meta_js_1.isDto)(ctor))
        return { kind: 'class', ctor };
    if (op.meta.returnType && op.meta.returnType !== 'void')
        return op.meta.returnType;
    throw new exceptions_js_1.HttpError(500, 'InvalidOperationException', `${op.serviceName} returned a ${ctor?.name ?? typeof result} that is not a DTO`);
}
function serviceContext(req, verb, op, query, responseHeaders, parameters) {
    return { request: req, verb, operationName: op.name, header: (name) => (0, http_types_js_1.header)(req, name.toLowerCase()), query, responseHeaders, items: new Map(), parameters };
}
/** UTF-16 as .NET's UnicodeEncoding writes it: little-endian, after a BOM. */
const UTF16 = /;\s*charset=utf-16$/i;
function withGlobalHeaders(host, req, res) {
    // One place encodes a body Web API's negotiation chose UTF-16 for: answers and errors alike.
    if (typeof res.body === 'string' && res.body && UTF16.test(res.headers['Content-Type'] ?? ''))
        res.body = Buffer.from(`\ufeff${res.body}`, 'utf16le');
    res.headers['Vary'] ??= 'Accept';
    res.headers['X-Powered-By'] ??= 'Stackport';
    const cors = host.config.cors;
    if (cors) {
        const origin = (0, http_types_js_1.header)(req, 'origin');
        if (cors.allowOrigin === '*')
            res.headers['Access-Control-Allow-Origin'] = '*';
        else if (origin && cors.allowOrigin.includes(origin))
            res.headers['Access-Control-Allow-Origin'] = origin;
        res.headers['Access-Control-Allow-Methods'] = cors.allowMethods;
        res.headers['Access-Control-Allow-Headers'] = cors.allowHeaders;
        if (cors.allowCredentials)
            res.headers['Access-Control-Allow-Credentials'] = 'true';
        if (cors.exposeHeaders)
            res.headers['Access-Control-Expose-Headers'] = cors.exposeHeaders;
        res.headers['Access-Control-Max-Age'] = String(cors.maxAge);
    }
    return res;
}
