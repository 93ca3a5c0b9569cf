/**
 * The request lifecycle, one named phase per step:
 *
 *   match ─► negotiate ─► bind ─► filter/validate ─► execute ─► serialize
 *     └──────────┴──────────┴──────────┴──────────────┴────────────┴─► renderError (one error path)
 *
 * Transport-neutral: it takes and returns plain request/response data.
 */
import { authenticateRequest } from '../auth/authenticate-request.js';
import { bindRequest } from '../binding/bind.js';
import { parseQueryString, splitUrl } from '../binding/query-string.js';
import { isDto, type Dialect } from '../dto/dto-meta.js';
import { frameworkErrors } from '../errors/error-catalog.js';
import { DotNetException, HTTP_STATUS_NAMES, HttpError } from '../errors/exceptions.js';
import { renderError, type Phase } from '../errors/render-error.js';
import type { CodecOptions } from '../formats/codec-options.js';
import { negotiate, type Negotiated } from '../formats/negotiate.js';
import type { PageOptions } from '../formats/page-options.js';
import type { Constructor, TypeRef } from '../types/type-ref.js';
import { validateRequest } from '../validation/validate-request.js';
import type { AppHost } from './app-host.js';
import { header, type HttpRequestData, type HttpResponseData } from './http-types.js';
import { matchRequest, type RouteResult } from './match-request.js';
import { handlerFor, isGetOperation, type Operation } from './operation.js';
import { HttpResult, type ServiceContext } from './service-context.js';
import { includeErrorDetail } from './error-detail-policy.js';
import { runRequestFilters, runResponseFilters } from './run-filters.js';
import { webApiValueType } from './web-api-value.js';

interface State {
  phase: Phase;
  dialect: Dialect;
  op?: Operation;
  negotiated?: Negotiated;
  /** Codec options of the negotiated response (pretty JSV under ?debug), for errors too. */
  options?: CodecOptions;
  meta?: Record<string, string>;
  headers: Record<string, string>;
}

export async function handleRequest(host: AppHost, req: HttpRequestData): Promise<HttpResponseData> {
  const { path, segments, query: rawQuery } = splitUrl(req.url);
  const query = parseQueryString(rawQuery);
  const verb = effectiveVerb(req);
  const state: State = { phase: 'match', dialect: host.config.dialect, headers: {} };
  try {
    if (req.bodyTooLarge || (req.body && req.body.length > host.config.maxBodyBytes)) throw frameworkErrors.bodyTooLarge(host.config.maxBodyBytes);
    for (const raw of host.rawHandlers) {
      const res = await raw(req, path, query);
      if (res) return withGlobalHeaders(host, req, res);
    }
    if (verb === 'OPTIONS' && host.config.cors) return withGlobalHeaders(host, req, { status: 200, headers: {}, body: '' });

    const route = matchRequest(host, segments, verb, query.keys());
    if (!route) throw frameworkErrors.routeNotFound(path);
    state.op = route.op;
    state.dialect = route.op.dialect;

    state.negotiated = negotiatePhase(host, req, route, query, segments[0]);
    if (state.negotiated.refused) throw frameworkErrors.notAcceptable();
    const options = (state.options = codecOptionsFor(host, state, query, req.url));
    if (query.has('callback') && !jsonpAllowed(req, route.op)) throw frameworkErrors.jsonpNotAllowed();

    state.phase = 'bind';
    const parameters = new Map<string, unknown>();
    const dto = await bindRequest({
      kind: route.kind, requestType: route.op.requestType, operationName: route.op.name, dialect: route.op.dialect,
      method: req.method, contentType: header(req, 'content-type'), body: req.body, query, pathVars: route.pathVars,
      routeFormat: route.routeFormat, batch: route.batch, formats: host.formats, options: host.codecOptions(route.op.dialect),
      rawQuery, serviceName: route.op.serviceName, parameters,
    });

    const handler = handlerFor(route.op, verb);
    if (!handler) throw frameworkErrors.methodNotFound(route.op.dialect, verb, route.op.name, route.op.serviceName, [...route.op.handlers.keys()]);
    const context = serviceContext(req, verb, route.op, query, state.headers, parameters);

    let result: unknown;
    if (Array.isArray(dto)) {
      result = await executeBatch(host, route, dto, context, state);
    } else {
      result = await executeOne(host, route.op, dto, context, state, handler);
    }

    state.phase = 'serialize';
    return withGlobalHeaders(host, req, jsonp(serialize(result, route, state, options, req.method), req, query, route.op));
  } catch (error) {
    if (!(error instanceof DotNetException)) host.config.onError?.(error, state.op?.name, req);
    const dialect = (error as { dialect?: Dialect }).dialect ?? state.dialect;
    const negotiated = state.negotiated ?? negotiate(dialect, {
      formatParam: query.get('format'), firstSegment: segments[0], accept: header(req, 'accept'), contentType: header(req, 'content-type'),
      acceptCharset: header(req, 'accept-charset'),
    }, host.formats, host.defaultFormat);
    const res = renderError(error, {
      // A request that could not be bound has no response type yet: ServiceStack answers ErrorResponse.
      dialect, negotiated, options: state.options ?? pageOptions(host.codecOptions(dialect), negotiated, state.op?.name, req.url), requestType: state.phase === 'bind' ? undefined : state.op?.requestType, phase: state.phase,
      debug: host.config.debug, errorDetail: includeErrorDetail(host.config.errorDetail, req), method: verb, plainNotFound: host.plainNotFound, argumentMessages: host.config.argumentMessages, absoluteUrl: absoluteUrl(req, host.config.secretQueryParameters),
      ...(state.meta ? { meta: state.meta } : {}),
    });
    Object.assign(res.headers, state.headers);
    return withGlobalHeaders(host, req, jsonp(res, req, query, state.op));
  }
}

/** The request URI as Web API's 404 quotes it, credentials in the query string written `***`. */
function absoluteUrl(req: HttpRequestData, secrets: readonly string[] = []): string {
  const names = new Set(secrets.map((n) => n.toLowerCase()));
  const url = !names.size ? req.url : req.url.replace(/([?&])([^=&#]*)=([^&#]*)/g, (all, sep: string, name: string) =>
    (names.has(safeDecode(name).toLowerCase()) ? `${sep}${name}=***` : all));
  return `http://${header(req, 'host') ?? 'localhost'}${url}`;
}

function safeDecode(s: string): string {
  try { return decodeURIComponent(s.replace(/\+/g, ' ')); } catch { return s; }
}

const SAFE_CALLBACK = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;

/**
 * JSONP lets any web page read the answer, and a script tag can only GET: so only a GET of a GET
 * operation gets it (or of a path that matched no operation: an error names nothing). A callback on
 * anything else is refused before the service runs.
 */
function jsonpAllowed(req: HttpRequestData, op: Operation | undefined): boolean {
  return req.method === 'GET' && (!op || isGetOperation(op));
}

/** `?callback=fn` wraps JSON as `fn(…)` (JSONP); errors too, with status 200 so browsers run the script. */
function jsonp(res: HttpResponseData, req: HttpRequestData, query: ReadonlyMap<string, string>, op: Operation | undefined): HttpResponseData {
  const callback = query.get('callback');
  if (!callback || !SAFE_CALLBACK.test(callback) || !jsonpAllowed(req, op) || !res.headers['Content-Type']?.startsWith('application/json')) return res;
  return { status: 200, headers: { ...res.headers, 'Content-Type': 'text/javascript' }, body: `${callback}(${res.body.toString()})` };
}

/**
 * X-Http-Method-Override as ASP.NET and ServiceStack deployments usually honour it: a header on a
 * POST. Never from the query string, which a link or an img tag can carry, and never on a GET,
 * which must stay safe: a cross-site GET must not become a POST that sends an SMS.
 */
function effectiveVerb(req: HttpRequestData): string {
  const o = req.method === 'POST' ? header(req, 'x-http-method-override')?.trim() : undefined;
  return (o || req.method).toUpperCase();
}

function negotiatePhase(host: AppHost, req: HttpRequestData, route: RouteResult, query: ReadonlyMap<string, string>, firstSegment?: string): Negotiated {
  // A custom route's `.ext` suffix outranks `?format=`; a predefined route's format does not.
  const extension = route.kind === 'custom' && route.routeFormat !== undefined;
  return negotiate(route.op.dialect, {
    formatParam: query.has('callback') ? 'json' : extension ? undefined : query.get('format'), firstSegment, routeFormat: route.routeFormat,
    accept: header(req, 'accept'), contentType: header(req, 'content-type'), acceptCharset: header(req, 'accept-charset'),
  }, host.formats, host.defaultFormat);
}

/** `?debug` on a JSV response pretty-prints it as text/plain (ServiceStack's JsvFormatter). */
function codecOptionsFor(host: AppHost, state: State, query: ReadonlyMap<string, string>, url: string): CodecOptions {
  const base = host.codecOptions(state.dialect);
  if (state.negotiated?.format.name === 'jsv' && query.has('debug')) {
    state.negotiated = { format: state.negotiated.format, contentType: 'text/plain' };
    return { ...base, pretty: true };
  }
  return pageOptions(base, state.negotiated, state.op?.name, url);
}

/** A format that describes the request (the HTML report) is told which one it answers. */
function pageOptions(base: CodecOptions, negotiated: Negotiated | undefined, operationName: string | undefined, url: string): CodecOptions {
  return negotiated?.format.describesRequest ? { ...base, page: { operationName, url } } as PageOptions : base;
}

/** A request filter's answer is the request's answer: validation, the service and response filters are skipped. */
async function executeOne(host: AppHost, op: Operation, dto: object | null, context: ServiceContext, state: State, handler: NonNullable<ReturnType<typeof handlerFor>>): Promise<unknown> {
  const answer = await filter(host, op, dto, context, state);
  if (answer !== undefined) return answer;
  await validateRequest(dto, op.requestType);
  state.phase = 'execute';
  return runResponseFilters(host, op, dto, await handler(dto as never, context), context);
}

async function filter(host: AppHost, op: Operation, dto: object | null, context: ServiceContext, state: State): Promise<unknown> {
  state.phase = 'validate';
  await authenticateRequest(host.config.auth, op, context);
  return runRequestFilters(host, op, dto, context);
}

/**
 * Auto-batching: each request in order; the first failure ends the batch and names its index.
 * Each element answers what it would answer alone: an HttpResult gives its response to the list
 * and its headers to the batch. An empty batch runs no service (and, as in ServiceStack, counts
 * nothing in X-AutoBatch-Completed), but the filters still judge it, as a request with no fields:
 * `[]` must not answer 200 where the operation would answer 401.
 */
async function executeBatch(host: AppHost, route: RouteResult, dtos: object[], context: ServiceContext, state: State): Promise<unknown> {
  const handler = handlerFor(route.op, context.verb)!;
  if (dtos.length === 0) return (await filter(host, route.op, new (route.op.requestType as new () => object)(), context, state)) ?? [];
  const results: unknown[] = [];
  for (let i = 0; i < dtos.length; i++) {
    try {
      const result = await executeOne(host, route.op, dtos[i]!, context, state, handler);
      if (result instanceof HttpResult) Object.assign(state.headers, result.options.headers);
      results.push(result instanceof HttpResult ? result.response : result);
    } catch (e) {
      state.headers['X-AutoBatch-Completed'] = String(i);
      state.meta = { AutoBatchIndex: String(i) };
      throw e;
    }
  }
  if (dtos.length) state.headers['X-AutoBatch-Completed'] = String(dtos.length);
  return results;
}

function serialize(result: unknown, route: RouteResult, state: State, options: CodecOptions, method: string): HttpResponseData {
  let status = 200;
  let statusText: string | undefined;
  let contentType = state.negotiated!.contentType;
  let chosenType = false;
  const headers: Record<string, string> = { ...state.headers };
  const serviceStack = route.op.dialect === 'servicestack';
  const wrapped = result instanceof HttpResult;
  if (result instanceof HttpResult) {
    status = result.options.status ?? 200;
    // ServiceStack writes an HttpResult's status with .NET's HttpStatusCode name as the reason (`400 BadRequest`).
    if (serviceStack) statusText = HTTP_STATUS_NAMES[status];
    Object.assign(headers, result.options.headers ?? {});
    chosenType = result.options.contentType !== undefined;
    contentType = result.options.contentType ?? contentType;
    result = result.response;
  }
  // CsvFormat's response filter: a download named after the operation, unless an HttpResult answers.
  if (state.negotiated!.format.attachment && !wrapped) headers['Content-Disposition'] = `attachment;filename="${route.op.name}.${state.negotiated!.format.extension}"`;
  const answer = (body: string | Buffer): HttpResponseData =>
    ({ status, ...(statusText ? { statusText } : {}), headers: { ...headers, 'Content-Type': contentType }, body: method === 'HEAD' ? '' : body });
  const valueType = chosenType || (wrapped && result == null) ? undefined : webApiValueType(result, route.op);
  if (valueType) return answer(state.negotiated!.format.write(result, valueType, options));
  if (result === null || result === undefined) {
    const keep = method === 'HEAD' || method === 'OPTIONS' || status !== 200;
    return { status: keep ? status : 204, headers, body: '' };
  }
  if (typeof result === 'string' || Buffer.isBuffer(result)) {
    // A string answered in the negotiated format is sent as UTF-8 text of that type, and says so.
    if (serviceStack && typeof result === 'string' && !chosenType && !/;\s*charset=/i.test(contentType)) contentType += '; charset=utf-8';
    return answer(result);
  }
  return answer(route.batch && Array.isArray(result)
    ? writeList(result as unknown[], route.op, state, options)
    : state.negotiated!.format.write(result, responseTypeOf(result, route.op), options));
}

function writeList(results: unknown[], op: Operation, state: State, options: CodecOptions): string {
  const first = results.find((r) => r !== null && r !== undefined);
  const of = first === undefined ? (op.meta.returnType !== 'void' ? op.meta.returnType : undefined) : responseTypeOf(first, op);
  if (!of) return state.negotiated!.format.write([], { kind: 'list', of: { kind: 'primitive', name: 'object' }, array: true }, options);
  return state.negotiated!.format.write(results, { kind: 'list', of, array: true }, options);
}

/** A DTO instance is written as its own class; any other value (a list, a number) as the declared `IReturn<T>`. */
function responseTypeOf(result: unknown, op: Operation): TypeRef {
  const ctor = (result as object).constructor as Constructor;
  if (isDto(ctor)) return { kind: 'class', ctor };
  if (op.meta.returnType && op.meta.returnType !== 'void') return op.meta.returnType;
  throw new HttpError(500, 'InvalidOperationException', `${op.serviceName} returned a ${(ctor as { name?: string } | undefined)?.name ?? typeof result} that is not a DTO`);
}

function serviceContext(req: HttpRequestData, verb: string, op: Operation, query: ReadonlyMap<string, string>, responseHeaders: Record<string, string>, parameters: ReadonlyMap<string, unknown>): ServiceContext {
  return { request: req, verb, operationName: op.name, header: (name) => header(req, name.toLowerCase()), query, responseHeaders, items: new Map(), parameters };
}

/** UTF-16 as .NET's UnicodeEncoding writes it: little-endian, after a BOM. */
const UTF16 = /;\s*charset=utf-16$/i;

function withGlobalHeaders(host: AppHost, req: HttpRequestData, res: HttpResponseData): HttpResponseData {
  // One place encodes a body Web API's negotiation chose UTF-16 for: answers and errors alike.
  if (typeof res.body === 'string' && res.body && UTF16.test(res.headers['Content-Type'] ?? '')) res.body = Buffer.from(`\ufeff${res.body}`, 'utf16le');
  res.headers['Vary'] ??= 'Accept';
  res.headers['X-Powered-By'] ??= 'Stackport';
  const cors = host.config.cors;
  if (cors) {
    const origin = header(req, 'origin');
    if (cors.allowOrigin === '*') res.headers['Access-Control-Allow-Origin'] = '*';
    else if (origin && cors.allowOrigin.includes(origin)) res.headers['Access-Control-Allow-Origin'] = origin;
    res.headers['Access-Control-Allow-Methods'] = cors.allowMethods;
    res.headers['Access-Control-Allow-Headers'] = cors.allowHeaders;
    if (cors.allowCredentials) res.headers['Access-Control-Allow-Credentials'] = 'true';
    if (cors.exposeHeaders) res.headers['Access-Control-Expose-Headers'] = cors.exposeHeaders;
    res.headers['Access-Control-Max-Age'] = String(cors.maxAge);
  }
  return res;
}
