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
import { getDtoMeta, type MemberMeta } from '../dto/dto-meta.js';
import { frameworkErrors } from '../errors/error-catalog.js';
import { SerializationException, ValidationError, type FieldError } from '../errors/exceptions.js';
import { JsonReadError } from '../formats/json/json-read-error.js';
import { mediaTypeOf } from '../formats/format-registry.js';
import { controllerName } from '../routing/convention-route.js';
import type { Constructor, TypeRef } from '../types/type-ref.js';
import type { BindInput } from './bind.js';
import { bodyText } from './read-body.js';
import { convertSimpleValue } from './simple-value.js';
import { bindUriParameters } from './uri-parameters.js';
import { DEFAULT_BODY_PARAMETER, webApiActionOf } from './web-api-action.js';

type Dto = Record<string, unknown>;

/** The only form Web API reads: jQuery's urlencoded formatter (multipart has no formatter: 415). */
const FORM = 'application/x-www-form-urlencoded';

/** ModelState key of a reader failure: the parameter, then Json.NET's path (`body.Nums[1]`, `body`). */
const keyOf = (parameter: string, path: string): string => (path === '' ? parameter : path.startsWith('[') ? `${parameter}${path}` : `${parameter}.${path}`);

const exceptionEntry = (key: string, e: unknown): FieldError =>
  ({ errorCode: 'ModelState', fieldName: key, message: e instanceof Error ? e.message : String(e), modelStateKey: key, exception: true });

/**
 * The simple parameters an `aspnet` operation declares, into `input.parameters`: its ModelState
 * entries, or Web API's 404 when a required one is missing. (ServiceStack's predefined routes of
 * such an operation bind them too, so its service reads them the same way on every route.)
 */
export function bindActionParameters(input: BindInput): FieldError[] {
  const action = webApiActionOf(input.requestType);
  if (!action) return [];
  const uri = bindUriParameters(action.uri, input.rawQuery ?? '', input.pathVars, input.options.timeZone);
  if (uri.missing) throw frameworkErrors.actionNotFound(controllerName(input.serviceName ?? ''));
  for (const [k, v] of uri.values) input.parameters?.set(k, v);
  return uri.errors;
}

export async function bindWebApiRequest(input: BindInput): Promise<Dto | null> {
  const ctor = input.requestType;
  const action = webApiActionOf(ctor);
  const parameter = action?.body ?? DEFAULT_BODY_PARAMETER;
  // The DTO binds from the URI when it says [FromUri]; an operation that declares no action binds both, as it always has.
  const fromUri = !action || action.fromUri;
  const errors = bindActionParameters(input);
  const hasBody = !action?.fromUri && !!input.body && input.body.length > 0;
  const mediaType = input.contentType ? mediaTypeOf(input.contentType) : undefined;
  let dto: Dto | null = fromUri || hasBody ? newDto(ctor) : null;
  if (hasBody && mediaType === FORM) {
    bindFields(dto!, ctor, new URLSearchParams(bodyText(input.body!)), parameter, errors, input.options.timeZone);
  } else if (hasBody) {
    const format = input.formats.byContentType(mediaType);
    if (!format) throw frameworkErrors.unsupportedMediaType(mediaType ?? 'application/octet-stream', getDtoMeta(ctor).name);
    const memberErrors: SerializationException[] = [];
    try {
      const value = format.read(bodyText(input.body!), { kind: 'class', ctor }, input.options, memberErrors);
      dto = value === null || value === undefined ? (action ? null : newDto(ctor)) : (value as Dto);
    } catch (e) {
      // The root did not read: the parameter is null, and its ModelState entry has the bare name.
      memberErrors.push(e instanceof SerializationException ? e : new SerializationException(String(e)));
      dto = null;
    }
    for (const e of memberErrors) errors.push(exceptionEntry(keyOf(parameter, e instanceof JsonReadError ? e.path : ''), e));
  }
  if (fromUri && dto) bindFields(dto, ctor, [...new URLSearchParams(input.rawQuery ?? ''), ...input.pathVars], parameter, errors, input.options.timeZone);
  if (errors.length) throw new ValidationError(errors.map((f) => ({ ...f, modelStateKey: f.modelStateKey ?? keyOf(parameter, f.fieldName) })));
  return dto ?? (action ? null : newDto(ctor));
}

function newDto(ctor: Constructor): Dto {
  return new (ctor as unknown as new () => Dto)();
}

/**
 * Name/value pairs onto the DTO's members by name ignoring case, converted as Web API's
 * TypeConverterModelBinder converts them (simple-value.ts, invariant culture): a simple member
 * takes the first value of its name, a list of simple values every value. Other members are not
 * bound from names and values. Never the JSV reader: it read `1,5` as 15.
 */
function bindFields(dto: Dto, ctor: Constructor, pairs: Iterable<[string, string]>, parameter: string, errors: FieldError[], tz: string | undefined): void {
  const all = getDtoMeta(ctor).allMembers;
  const members = new Map(all.map((m): [string, MemberMeta] => [m.name.toLowerCase(), m]));
  // Names prefixed with the parameter's (`q.Int`) when any is; else the bare member names.
  const prefix = `${parameter.toLowerCase()}.`;
  const given = [...pairs];
  const prefixed = given.filter(([k]) => k.toLowerCase().startsWith(prefix)).map(([k, v]): [string, string] => [k.slice(prefix.length), v]);
  const sent = new Map<MemberMeta, string[]>();
  for (const [key, value] of prefixed.length ? prefixed : given) {
    const m = members.get(key.toLowerCase());
    if (m && value !== '') sent.set(m, [...(sent.get(m) ?? []), value]);
  }
  // The model binder walks the model's members in their declared order, not the request's.
  for (const m of all) {
    const values = sent.get(m);
    if (!values) continue;
    const list = m.type.kind === 'list' ? m.type : undefined;
    const of = list ? list.of : m.type;
    if (!isSimple(of)) continue;
    const out: unknown[] = [];
    for (const raw of list ? values : values.slice(0, 1)) {
      const converted = convertSimpleValue(of, raw, tz);
      if ('value' in converted) out.push(converted.value);
      else errors.push({ errorCode: 'ModelState', fieldName: m.name, message: `The value '${raw}' is not valid for ${m.name}.`, modelStateKey: keyOf(parameter, m.name), exception: converted.failure === 'exception' });
    }
    if (out.length === (list ? values.length : 1)) dto[m.name] = list ? out : out[0];
  }
}

function isSimple(t: TypeRef): boolean {
  const inner = t.kind === 'nullable' ? t.of : t;
  return inner.kind === 'enum' || (inner.kind === 'primitive' && inner.name !== 'object' && inner.name !== 'byte[]');
}
