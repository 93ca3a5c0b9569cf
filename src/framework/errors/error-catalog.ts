/**
 * Every error the framework itself raises: one place for the errorCode clients see, the message
 * and the status. Services raise their own errors with the exception classes or HttpError.
 */
import type { Dialect } from '../dto/dto-meta.js';
import {
  FieldError, HttpError, InvalidOperationException, NotImplementedException, SerializationException, UnsupportedMediaTypeException,
} from './exceptions.js';

const verbNotAllowed = (verb: string, allowed: string[]): HttpError =>
  new HttpError(405, 'MethodNotAllowed', `The requested resource does not support http method '${verb}'.`, { headers: { Allow: allowed.join(', ') } });

export const frameworkErrors = {
  /** Predefined route naming an operation this host does not have (ServiceStack: 405, naming it as sent). */
  operationNotFound: (name?: string) =>
    new NotImplementedException(`The operation ${name === undefined ? '' : `'${name}' `}does not exist for this service`, { noErrorList: true }),
  /**
   * The operation exists but its service has no method for the verb. ServiceStack's wording names
   * the service class, as the real server does with debug off (conformance corpus), so only
   * ServiceStack routes say it; the other dialects answer their router's 405, naming nothing.
   */
  methodNotFound: (dialect: Dialect, verb: string, op: string, service: string, allowed: string[]) => {
    if (dialect !== 'servicestack') return verbNotAllowed(verb, allowed);
    const v = verb.charAt(0) + verb.slice(1).toLowerCase();
    return new NotImplementedException(`Could not find method named ${v}(${op}) or Any(${op}) on Service ${service}`, { noErrorList: true });
  },
  /** A custom route matches the path but not the verb. */
  verbNotAllowed,
  /** `?callback=` on a request that may not be read cross-site (pipeline.ts jsonpAllowed). */
  jsonpNotAllowed: () => new HttpError(400, 'JsonpNotAllowed', 'JSONP (?callback=) is only available on GET operations.'),
  /**
   * A filter returned something that is neither an HttpResult nor a DTO: most likely an arrow
   * function's expression body (`ctx.items.set(…)` returns the Map), never meant as the response.
   */
  filterAnswerInvalid: (kind: 'request' | 'response', op: string, got: string) =>
    new InvalidOperationException(`A ${kind} filter of ${op} returned ${got}: return an HttpResult, a DTO or nothing.`),
  routeNotFound: (path: string) => new HttpError(404, 'NotFound', `Handler for Request not found: ${path}`),
  /**
   * Web API's action selection found the controller but no action whose required simple parameters
   * the request has: its "No HTTP resource…" 404, this text its MessageDetail under the error-detail policy.
   */
  actionNotFound: (controller: string) => new HttpError(404, 'ActionNotFound', `No action was found on the controller '${controller}' that matches the request.`),
  /** A ServiceStack JSON/JSV body that is not an object where the request DTO was expected: its text, unwrapped. */
  typeDefinitionExpected: (typeName: string, got: string) =>
    new SerializationException(`Type definitions should start with a '{', expecting serialized type '${typeName}', got string starting with: ${got.slice(0, 50)}`, { noErrorList: true }),
  /**
   * ServiceStack's message, including its odd quote placement, naming the request type with its
   * namespace; ResponseStatus.Errors stays null unless the reader named fields. grpc-gateway answers
   * its decoder's error as it is (`status.Errorf(codes.InvalidArgument, "%v", err)`).
   */
  bodyUnreadable: (dialect: Dialect, contentType: string, typeFullName: string, detail: string, fieldErrors: FieldError[] = [], cause?: unknown) =>
    new SerializationException(dialect === 'gateway' ? detail : `Could not deserialize '${contentType}' request using ${typeFullName}'\nError: ${detail}`,
      { fieldErrors, noErrorList: fieldErrors.length === 0, cause }),
  bindFailed: (op: string, fieldErrors: FieldError[]) =>
    new SerializationException(`Unable to bind to request '${op}'`, { fieldErrors }),
  bodyTooLarge: (limit: number) =>
    new HttpError(413, 'RequestEntityTooLarge', `The request body exceeds the limit of ${limit} bytes.`),
  /** Web API's 415, carrying the formatter's exception that its error-detail policy may show. */
  unsupportedMediaType: (mediaType: string, typeName: string) =>
    new HttpError(415, 'UnsupportedMediaType', `The request entity's media type '${mediaType}' is not supported for this resource.`, {
      cause: new UnsupportedMediaTypeException(`No MediaTypeFormatter is available to read an object of type '${typeName}' from content with media type '${mediaType}'.`),
    }),
  /** Accept names only registered formats the route cannot write (negotiate.ts). */
  notAcceptable: () => new HttpError(406, 'NotAcceptable', 'The requested response format is not available for this resource.'),
  /** Any error that is not a framework exception: its details stay in the log, not the response. */
  internal: () => new HttpError(500, 'InternalServerError', 'An error has occurred.'),
} as const;
