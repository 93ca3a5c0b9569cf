/**
 * Builds the request DTO from path variables, query string, form fields and body, with
 * ServiceStack's two precedence rules:
 *  - predefined routes (`/json/reply/X`, `/api/X`): the body is read with the route's format; the
 *    query string only fills members the body left unset;
 *  - custom routes: the body is read by its Content-Type; then path variables, query string and
 *    form fields (in rising precedence) override it.
 * An `aspnet` operation's custom route binds as Web API 2 does instead (web-api-bind.ts).
 */
import { getDtoMeta, type Dialect } from '../dto/dto-meta.js';
import { frameworkErrors } from '../errors/error-catalog.js';
import { DotNetException, FieldError, SerializationException, ValidationError } from '../errors/exceptions.js';
import type { CodecOptions } from '../formats/codec-options.js';
import type { Format } from '../formats/format.js';
import { FORM_MEDIA_TYPES, mediaTypeOf, type FormatRegistry } from '../formats/format-registry.js';
import type { Constructor, TypeRef } from '../types/type-ref.js';
import { fillValueTypeDefaults } from './fill-value-type-defaults.js';
import { bindKeyValues, type BindOptions } from './key-value-binder.js';
import { bodyText, formFields } from './read-body.js';
import { bindActionParameters, bindWebApiRequest } from './web-api-bind.js';

export interface BindInput {
  readonly kind: 'predefined' | 'custom';
  readonly requestType: Constructor;
  readonly operationName: string;
  readonly dialect: Dialect;
  /** The transport method (body handling follows it, not X-Http-Method-Override). */
  readonly method: string;
  readonly contentType?: string | undefined;
  readonly body?: Buffer | undefined;
  readonly query: ReadonlyMap<string, string>;
  readonly pathVars: ReadonlyMap<string, string>;
  /** The predefined route's format (`/xml/reply/X` → xml, `/api/X` → json). */
  readonly routeFormat?: Format | undefined;
  readonly batch: boolean;
  readonly formats: FormatRegistry;
  readonly options: CodecOptions;
  /** The query string as sent: Web API reads a repeated name's first value, not ServiceStack's joined one. */
  readonly rawQuery?: string | undefined;
  /** The service class, naming Web API's controller in its "no action" 404. */
  readonly serviceName?: string | undefined;
  /** Receives a Web API action's simple parameters (ServiceContext.parameters). */
  readonly parameters?: Map<string, unknown> | undefined;
}

const BODY_VERBS = new Set(['POST', 'PUT', 'PATCH']);

type Dto = Record<string, unknown>;

export async function bindRequest(input: BindInput): Promise<Dto | Dto[] | null> {
  if (input.dialect === 'aspnet' && input.kind === 'custom') return bindWebApiRequest(input);
  const parameterErrors = input.dialect === 'aspnet' ? bindActionParameters(input) : [];
  if (parameterErrors.length) throw new ValidationError(parameterErrors);
  const jsv = input.formats.byFormatName('jsv');
  if (!jsv) throw new Error('The JSV format must be registered: it reads query-string values');
  const errors: FieldError[] = [];
  const hasBody = !!input.body && input.body.length > 0;
  const mediaType = input.contentType ? mediaTypeOf(input.contentType) : undefined;
  const isForm = !!mediaType && FORM_MEDIA_TYPES.has(mediaType);
  const ctor = input.requestType;
  const classRef: TypeRef = { kind: 'class', ctor };
  const keys: BindOptions = { fieldAsSent: input.dialect === 'servicestack' };
  let dto: Dto | Dto[];

  if (input.kind === 'predefined') {
    if (!hasBody || isForm) {
      dto = newDto(ctor);
      if (input.batch) dto = [];
      else {
        bindKeyValues(dto, ctor, input.query, jsv, input.options, keys, errors);
        if (isForm && hasBody) bindKeyValues(dto, ctor, await formFields(input.contentType!, input.body!), jsv, input.options, keys, errors);
      }
    } else {
      const format = input.routeFormat!;
      const type: TypeRef = input.batch ? { kind: 'list', of: classRef, array: true } : classRef;
      dto = readBody(format, input.body!, type, input);
      if (!input.batch && BODY_VERBS.has(input.method) && input.query.size) {
        bindKeyValues(dto as Dto, ctor, input.query, jsv, input.options, { ...keys, onlyUnset: true }, errors);
      }
    }
  } else {
    dto = newDto(ctor);
    if (hasBody && !isForm) {
      const format = input.formats.byContentType(mediaType);
      if (format) dto = readBody(format, input.body!, classRef, input) as Dto;
    }
    bindKeyValues(dto, ctor, input.pathVars, jsv, input.options, keys, errors);
    bindKeyValues(dto, ctor, input.query, jsv, input.options, keys, errors);
    if (hasBody && isForm && BODY_VERBS.has(input.method)) {
      bindKeyValues(dto, ctor, await formFields(input.contentType!, input.body!), jsv, input.options, keys, errors);
    }
  }
  if (errors.length) throw frameworkErrors.bindFailed(input.operationName, errors);
  fillValueTypeDefaults(dto, Array.isArray(dto) ? { kind: 'list', of: classRef, array: true } : classRef);
  return dto;
}

function newDto(ctor: Constructor): Dto {
  return new (ctor as unknown as new () => Dto)();
}

function readBody(format: Format, body: Buffer, type: TypeRef, input: BindInput): Dto | Dto[] {
  const text = bodyText(body);
  try {
    const value = format.read(text, type, input.options);
    if (value === null || value === undefined) return type.kind === 'list' ? [] : newDto(input.requestType);
    return value as Dto | Dto[];
  } catch (e) {
    // ServiceStack's own "Type definitions…" answer reaches the client as it is.
    if (e instanceof DotNetException && e.noErrorList) throw e;
    const detail = e instanceof Error ? e.message : String(e);
    // ServiceStack names the request type with its namespace; the other dialects keep the short name.
    const meta = getDtoMeta(input.requestType);
    const typeName = input.dialect === 'servicestack' && meta.namespace ? `${meta.namespace}.${meta.name}` : meta.name;
    const err = frameworkErrors.bodyUnreadable(input.dialect, format.mediaTypes[0] ?? format.contentType, typeName, detail, e instanceof DotNetException ? e.fieldErrors : [], e);
    throw e instanceof SerializationException || !(e instanceof DotNetException) ? err : e;
  }
}
