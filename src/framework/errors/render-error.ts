/**
 * The one error path: any error from any phase becomes the response its route family's clients
 * expect — ServiceStack's ResponseStatus DTO, ASP.NET Web API's HttpError envelope, or
 * grpc-gateway's status body. A table of renderers keyed by dialect.
 */
import type { DotNetRuntime } from '../types/number-format.js';
import { primitive, type Constructor } from '../types/type-ref.js';
import { findDto, getDtoMeta, type Dialect } from '../dto/dto-meta.js';
import type { CodecOptions } from '../formats/codec-options.js';
import type { Negotiated } from '../formats/negotiate.js';
import { withPageStatus } from '../formats/page-options.js';
import type { HttpResponseData } from '../host/http-types.js';
import { statusOf } from './error-status.js';
import { DotNetException, HttpError } from './exceptions.js';
import { GatewayError, GRPC_TO_HTTP, HTTP_TO_GRPC, ROUTER_STATUSES } from './gateway-error.js';
import { ErrorResponse } from './response-status.js';
import { responseStatusOf } from './response-status-of.js';
import { STATUS_TEXT } from './status-text.js';
import { webApiError } from './web-api-error.js';

export type Phase = 'match' | 'read' | 'bind' | 'validate' | 'execute' | 'serialize';

export interface ErrorContext {
  readonly dialect: Dialect;
  readonly negotiated: Negotiated;
  readonly options: CodecOptions;
  readonly requestType?: Constructor | undefined;
  readonly phase: Phase;
  /** Debug mode: stack traces and internal messages are exposed. */
  readonly debug: boolean;
  /** Web API's error-detail policy, decided for this request (HostConfig.errorDetail): the exception joins an HttpError. */
  readonly errorDetail?: boolean;
  readonly method: string;
  /** The absolute request URL, for Web API's "No HTTP resource…" message. */
  readonly absoluteUrl: string;
  /** ArgumentException's parameter wording: the emulated runtime's (HostConfig.argumentMessages). */
  readonly argumentMessages?: DotNetRuntime;
  /** ServiceStack's `404` `text/plain` `404` for a path no route matches (HostConfig.notFound). */
  readonly plainNotFound?: boolean;
  /** Extra ResponseStatus.Meta entries (e.g. AutoBatchIndex). */
  readonly meta?: Record<string, string>;
}

type Renderer = (error: unknown, ctx: ErrorContext) => HttpResponseData;

const headersOf = (error: unknown): Record<string, string> => (error instanceof HttpError ? { ...error.headers } : {});

/** Reason phrases may not contain control characters; ServiceStack sends the errorCode for service errors. */
const reason = (status: number, code: string, ctx: ErrorContext): string =>
  ctx.phase === 'execute' || ctx.phase === 'validate' ? code.replace(/[^\t\x20-\x7e]/g, '') : STATUS_TEXT[status] ?? 'Error';

/** ServiceStack's choice of error DTO: `{Request}Response`, else an IReturn<T> with ResponseStatus, else ErrorResponse. */
export function errorDtoType(requestType: Constructor | undefined): Constructor {
  if (!requestType) return ErrorResponse;
  const meta = getDtoMeta(requestType);
  const named = findDto(meta.namespace, `${meta.name}Response`);
  if (named) return named;
  if (meta.returns && meta.returns !== 'void' && getDtoMeta(meta.returns).allMembers.some((m) => m.name === 'ResponseStatus')) return meta.returns;
  return ErrorResponse;
}

const isRouteNotFound = (error: unknown, ctx: ErrorContext): boolean =>
  ctx.phase === 'match' && error instanceof HttpError && error.status === 404 && error.errorCode === 'NotFound';

const serviceStack: Renderer = (error, ctx) => {
  if (ctx.plainNotFound && isRouteNotFound(error, ctx)) {
    return { status: 404, statusText: STATUS_TEXT[404], headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: '404' };
  }
  if (error instanceof HttpError && error.emptyBody) return { status: error.status, statusText: reason(error.status, error.errorCode, ctx), headers: headersOf(error), body: '' };
  const status = statusOf(error);
  if (error instanceof HttpError && error.response !== undefined && error.response !== null) {
    const ctor = (error.response as object).constructor as Constructor;
    return { status, statusText: reason(status, error.errorCode, ctx), headers: { ...headersOf(error), 'Content-Type': ctx.negotiated.contentType },
      body: ctx.negotiated.format.write(error.response, { kind: 'class', ctor }, withPageStatus(ctx.options, status)) };
  }
  const rs = responseStatusOf(error, ctx.debug, ctx.argumentMessages);
  if (ctx.meta) rs.Meta = { ...(rs.Meta ?? {}), ...ctx.meta };
  const dtoType = errorDtoType(ctx.requestType);
  const dto = new (dtoType as new () => Record<string, unknown>)();
  dto.ResponseStatus = rs;
  let body: string;
  let contentType = ctx.negotiated.contentType;
  try {
    body = ctx.negotiated.format.write(dto, { kind: 'class', ctor: dtoType }, withPageStatus(ctx.options, status));
  } catch {
    // The error DTO itself could not be written in this format (e.g. XmlSerializer refuses it): plain JSON.
    contentType = 'application/json; charset=utf-8';
    body = JSON.stringify({ responseStatus: { errorCode: rs.ErrorCode, message: rs.Message, errors: [] } });
  }
  return { status, statusText: reason(status, rs.ErrorCode ?? '', ctx), headers: { ...headersOf(error), 'Content-Type': contentType }, body };
};

/** ASP.NET Web API 2's HttpError envelope (web-api-error.ts). */
const webApi: Renderer = (error, ctx) => {
  // The HTML report shows Web API's own HttpError; other non-Web API formats answer as ServiceStack does.
  if (ctx.negotiated.format.name !== 'json' && ctx.negotiated.format.name !== 'xml' && !ctx.negotiated.format.describesRequest) return serviceStack(error, ctx);
  return webApiError(error, ctx, isRouteNotFound(error, ctx));
};

/** grpc-gateway's `{code, message, details}` with Zitadel's marshaler (empty details omitted). */
const gateway: Renderer = (error, ctx) => {
  const httpStatus = statusOf(error);
  let code: number;
  let message: string;
  let details: unknown[] = [];
  if (error instanceof GatewayError) {
    code = error.code;
    message = error.id ? `${error.message} (${error.id})` : error.message;
    if (error.id) details = [{ '@type': 'type.googleapis.com/zitadel.v1.ErrorDetail', id: error.id, message: error.message }];
  } else if (httpStatus === 405) {
    // grpc-gateway's routing error for a wrong method (Unimplemented, "Method Not Allowed"), which
    // Zitadel answers with 405 rather than 501; no Allow header, and nothing about the handler.
    code = 12;
    message = 'Method Not Allowed';
  } else {
    code = HTTP_TO_GRPC[httpStatus] ?? 2;
    message = error instanceof DotNetException ? error.message : ctx.debug && error instanceof Error ? error.message : 'Internal';
  }
  const status = error instanceof GatewayError && error.httpStatus ? error.httpStatus : ROUTER_STATUSES.has(httpStatus) ? httpStatus : GRPC_TO_HTTP[code] ?? 500;
  // A browser sees the same status body as the HTML report; everyone else as JSON.
  const page = ctx.negotiated.format.describesRequest;
  const headers: Record<string, string> = { 'Content-Type': page ? ctx.negotiated.contentType : 'application/json' };
  if (code === 16) headers['WWW-Authenticate'] = message.replace(/[^\t\x20-\x7e]/g, '');
  const statusBody = details.length ? { code, message, details } : { code, message };
  const body = page ? ctx.negotiated.format.write(statusBody, primitive('object'), withPageStatus(ctx.options, status)) : JSON.stringify(statusBody);
  return { status, statusText: STATUS_TEXT[status] ?? 'Error', headers, body };
};

const RENDERERS: Record<Dialect, Renderer> = { servicestack: serviceStack, aspnet: webApi, gateway };

export function renderError(error: unknown, ctx: ErrorContext): HttpResponseData {
  return RENDERERS[ctx.dialect](error, ctx);
}
