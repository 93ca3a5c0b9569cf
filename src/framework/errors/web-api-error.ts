/**
 * ASP.NET Web API 2's HttpError envelope (`{"Message":…}` / `<Error>…</Error>`), with its members in
 * Web API's order: Message, MessageDetail, ModelState, and under the error-detail policy
 * ExceptionMessage, ExceptionType (the full .NET name), StackTrace and InnerException, nested the
 * same way (src: aspnet/AspNetWebStack System.Web.Http/HttpError.cs).
 */
import { bodyParameterOf } from '../binding/web-api-action.js';
import type { CodecOptions } from '../formats/codec-options.js';
import type { Format } from '../formats/format.js';
import type { HttpResponseData } from '../host/http-types.js';
import { primitive, type Constructor } from '../types/type-ref.js';
import { DotNetException, HttpError, SerializationException, ValidationError, type FieldError } from './exceptions.js';
import { errorCodeOf } from './response-status-of.js';
import { STATUS_TEXT } from './status-text.js';
import type { ErrorContext } from './render-error.js';
import { withPageStatus } from '../formats/page-options.js';

/** ModelState: key → messages, in insertion order. */
type ModelState = Map<string, string[]>;
type Value = string | null | ModelState | Entries;
interface Entries extends Array<[string, Value]> {}

/** The namespaces of the .NET exceptions Stackport names; any other type keeps its own name. */
const DOTNET_NAMESPACES: Readonly<Record<string, string>> = {
  Exception: 'System', ApplicationException: 'System', ArgumentException: 'System', ArgumentNullException: 'System',
  ArgumentOutOfRangeException: 'System', FormatException: 'System', InvalidOperationException: 'System',
  NotImplementedException: 'System', NotSupportedException: 'System', UnauthorizedAccessException: 'System',
  KeyNotFoundException: 'System.Collections.Generic', FileNotFoundException: 'System.IO',
  SerializationException: 'System.Runtime.Serialization', AuthenticationException: 'System.Security.Authentication',
  OptimisticConcurrencyException: 'System.Data', UnsupportedMediaTypeException: 'System.Net.Http',
};
const dotNetTypeName = (error: unknown): string => {
  const name = errorCodeOf(error);
  return DOTNET_NAMESPACES[name] ? `${DOTNET_NAMESPACES[name]}.${name}` : name;
};

/** The frames only, as .NET's StackTrace (no "Type: message" first line). */
const framesOf = (error: Error): string | null => error.stack?.split('\n').filter((l) => /^\s+at /.test(l)).join('\n') || null;

/** HttpError(Exception, includeErrorDetail: true): the exception's members, its inner exception nested. */
function exceptionEntries(error: unknown, depth = 0): Entries {
  const entries: Entries = [['Message', 'An error has occurred.']];
  if (!(error instanceof Error)) return entries;
  entries.push(['ExceptionMessage', error.message], ['ExceptionType', dotNetTypeName(error)], ['StackTrace', framesOf(error)]);
  if (error.cause !== undefined && depth < 8) entries.push(['InnerException', exceptionEntries(error.cause, depth + 1)]);
  return entries;
}

/**
 * A body the reader could not read: Web API keys it by the parameter and the reader's member path
 * (Json.NET's `Path '…'`), and shows a remote client only "An error has occurred." — the reader's
 * own text only under the error-detail policy, never ServiceStack's "Could not deserialize" prefix.
 */
function unreadableBody(error: SerializationException, parameter: string, detail: boolean): ModelState {
  const reason = error.cause instanceof Error ? error.cause.message : error.message;
  const path = /\bPath '([^']+)'/.exec(reason)?.[1];
  return new Map([[path ? `${parameter}.${path}` : parameter, [detail ? reason : 'An error has occurred.']]]);
}

/**
 * Keys as the binder wrote them (a simple parameter's own name, `body.Int`); a validation failure
 * under the body parameter's name. An entry that holds an exception reads "An error has occurred."
 * to a remote client (HttpError(ModelStateDictionary, includeErrorDetail)).
 */
function modelStateOf(error: DotNetException, parameter: string, detail: boolean): ModelState {
  if (error instanceof SerializationException && error.cause !== undefined && error.fieldErrors.length === 0) return unreadableBody(error, parameter, detail);
  const modelState: ModelState = new Map();
  for (const f of error.fieldErrors.length ? error.fieldErrors : [{ fieldName: '', message: error.message } as FieldError]) {
    const key = f.modelStateKey ?? (f.fieldName ? `${parameter}.${f.fieldName}` : parameter);
    const message = f.exception && !detail ? 'An error has occurred.' : f.message;
    modelState.set(key, [...(modelState.get(key) ?? []), message]);
  }
  return modelState;
}

function entriesOf(error: unknown, status: number, ctx: ErrorContext, isRouteNotFound: boolean): Entries {
  const detail = ctx.debug || ctx.errorDetail === true;
  if (status === 400 && (error instanceof ValidationError || error instanceof SerializationException)) {
    return [['Message', 'The request is invalid.'], ['ModelState', modelStateOf(error, bodyParameterOf(ctx.requestType), detail)]];
  }
  const notFound: Entries = [['Message', `No HTTP resource was found that matches the request URI '${ctx.absoluteUrl}'.`]];
  if (isRouteNotFound) return notFound;
  if (error instanceof HttpError && error.errorCode === 'ActionNotFound') return detail ? [...notFound, ['MessageDetail', error.message]] : notFound;
  if (status >= 500 && !(error instanceof HttpError)) return ctx.debug || ctx.errorDetail ? exceptionEntries(error) : [['Message', 'An error has occurred.']];
  const entries: Entries = [['Message', error instanceof Error ? error.message : 'An error has occurred.']];
  if (error instanceof HttpError && error.messageDetail !== undefined) entries.push(['MessageDetail', error.messageDetail]);
  // CreateErrorResponse(status, message, exception): the exception's members follow, under the policy only.
  if (error instanceof HttpError && error.cause instanceof Error && (ctx.debug || ctx.errorDetail)) entries.push(...exceptionEntries(error.cause).slice(1));
  return entries;
}

/**
 * Web API maps no exception type to a status: only an HttpResponseException (HttpError) chooses one,
 * and model binding's ModelState (the body reader's failure, a ValidationError) is its 400; every
 * other exception — NotImplementedException, UnauthorizedAccessException included — is a 500
 * (System.Web.Http ExceptionHandling: DefaultExceptionHandler → CreateErrorResponse(500, exception)).
 */
const webApiStatusOf = (error: unknown): number =>
  error instanceof HttpError ? error.status : error instanceof ValidationError || error instanceof SerializationException ? 400 : 500;

export function webApiError(error: unknown, ctx: ErrorContext, isRouteNotFound: boolean): HttpResponseData {
  const status = webApiStatusOf(error);
  const statusText = STATUS_TEXT[status] ?? 'Error';
  const headers: Record<string, string> = error instanceof HttpError ? { ...error.headers } : {};
  // HttpResponseException(new HttpResponseMessage(status)): the status alone, no content.
  if (error instanceof HttpError && error.emptyBody) return { status, statusText, headers, body: '' };
  headers['Content-Type'] = ctx.negotiated.contentType;
  // HttpResponseException(Request.CreateResponse(status, value)): the value, negotiated like any result.
  if (error instanceof HttpError && error.response !== undefined && error.response !== null) {
    const type = typeof error.response === 'string' ? primitive('string') : { kind: 'class' as const, ctor: (error.response as object).constructor as Constructor };
    return { status, statusText, headers, body: ctx.negotiated.format.write(error.response, type, ctx.options) };
  }
  const entries = entriesOf(error, status, ctx, isRouteNotFound);
  const format = ctx.negotiated.format;
  const body = format.name === 'xml' ? `<Error>${xmlOf(entries)}</Error>` : format.describesRequest ? format.write(jsonOf(entries), primitive('object'), withPageStatus(ctx.options, status)) : jsonText(jsonOf(entries));
  return { status, statusText, headers, body };
}

const jsonOf = (entries: Entries): Record<string, unknown> => Object.fromEntries(entries.map(([k, v]) => [k,
  v instanceof Map ? Object.fromEntries(v) : Array.isArray(v) ? jsonOf(v) : v]));
/** Json.NET escapes U+0085, U+2028 and U+2029; JSON.stringify does not. */
const jsonText = (value: unknown): string => JSON.stringify(value).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const xmlText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** XmlConvert.EncodeLocalName for the characters ModelState keys can contain. */
const xmlName = (s: string): string => s.replace(/[^A-Za-z0-9._-]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);

function xmlOf(entries: Entries): string {
  return entries.map(([k, v]) => {
    if (v === null) return `<${k} />`;
    if (v instanceof Map) return `<${k}>${[...v].map(([mk, msgs]) => `<${xmlName(mk)}>${xmlText(msgs.join(' '))}</${xmlName(mk)}>`).join('')}</${k}>`;
    if (Array.isArray(v)) return `<${k}>${xmlOf(v)}</${k}>`;
    return `<${k}>${xmlText(v)}</${k}>`;
  }).join('');
}

/**
 * The body Web API writes for `error` in `format`, as a remote client reads it (no error detail):
 * the same renderer the pipeline uses, for documentation (the Help pages' error samples).
 */
export function webApiErrorBody(error: unknown, format: Format, options: CodecOptions, absoluteUrl: string): string {
  const ctx: ErrorContext = { dialect: 'aspnet', negotiated: { format, contentType: format.contentType }, options, phase: 'execute', debug: false, errorDetail: false, method: 'GET', absoluteUrl };
  return webApiError(error, ctx, false).body.toString();
}
