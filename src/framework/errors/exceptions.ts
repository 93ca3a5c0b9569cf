/**
 * Exceptions named after the .NET types whose names ServiceStack clients see as `errorCode`.
 * A service throws these (or HttpError, or its own subclass of Exception) and the error table
 * maps them to HTTP statuses by class name, as ServiceStack maps them by type.
 * `name` is set explicitly so minification or subclassing never changes the wire errorCode.
 */
export interface FieldError {
  errorCode: string;
  fieldName: string;
  message: string;
  meta?: Record<string, string>;
  /** Web API's ModelState key when it is not a body member's (`request.{fieldName}`): a URI parameter's name. */
  modelStateKey?: string;
  /**
   * Web API stored an exception for this entry, not a message: a remote client reads "An error has
   * occurred.", and `message` only under the error-detail policy.
   */
  exception?: boolean;
}

/** .NET's System.Exception: errorCode is the thrown class's name, its message reaches the client. */
export class Exception extends Error {
  /** The errorCode clients see (the .NET exception type name unless overridden). */
  errorCode: string;
  /** Field-level errors (ResponseStatus.Errors). */
  fieldErrors: FieldError[];
  /** ResponseStatus.Errors is null rather than empty, as for the errors ServiceStack's own handlers raise. */
  readonly noErrorList: boolean;
  constructor(message: string, options: { errorCode?: string; fieldErrors?: FieldError[]; cause?: unknown; noErrorList?: boolean } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.errorCode = options.errorCode ?? new.target.name;
    this.fieldErrors = options.fieldErrors ?? [];
    this.noErrorList = options.noErrorList ?? false;
  }
}

/** The framework's earlier name for Exception, kept for code written against it. */
export const DotNetException = Exception;
export type DotNetException = Exception;

type ExceptionOptions = ConstructorParameters<typeof Exception>[1];

export class ArgumentException extends Exception {
  constructor(message: string, readonly paramName?: string, options: ExceptionOptions = {}) {
    super(message, options);
  }
}
export class ArgumentNullException extends ArgumentException {
  constructor(paramName: string, message = 'Value cannot be null.') { super(message, paramName); }
}
export class ArgumentOutOfRangeException extends ArgumentException {}
export class SerializationException extends Exception {}
export class FormatException extends Exception {}
export class NotImplementedException extends Exception {}
export class NotSupportedException extends Exception {}
export class UnauthorizedAccessException extends Exception {}
export class AuthenticationException extends Exception {}
export class KeyNotFoundException extends Exception {}
export class InvalidOperationException extends Exception {}
export class FileNotFoundException extends Exception {}
export class OptimisticConcurrencyException extends Exception {}
/** System.Net.Http's: no formatter reads the request's media type (Web API's 415 carries it). */
export class UnsupportedMediaTypeException extends Exception {}

/** ServiceStack's ValidationError: 400, errorCode = the first failure's code. */
export class ValidationError extends ArgumentException {
  constructor(fieldErrors: FieldError[]) {
    const first = fieldErrors[0];
    super(first?.message ?? 'Validation failed', first?.fieldName, { errorCode: first?.errorCode ?? 'ValidationException', fieldErrors });
  }
}

interface HttpErrorOptions {
  fieldErrors?: FieldError[]; headers?: Record<string, string>; response?: unknown; emptyBody?: boolean; messageDetail?: string; cause?: unknown;
}

/**
 * ServiceStack's HttpError: an explicit status, with errorCode defaulting to the status name.
 * The constructor shapes are .NET's: `(status)`, `(status, message)` and
 * `(status, errorCode, message)`; the options carry what .NET sets as properties.
 */
export class HttpError extends Exception {
  readonly status: number;
  constructor(status: number, message?: string);
  constructor(status: number, errorCode: string | undefined, message: string | undefined, options?: HttpErrorOptions);
  constructor(status: number, ...rest: [message?: string] | [errorCode: string | undefined, message: string | undefined, options?: HttpErrorOptions]) {
    // Two arguments are .NET's HttpError(HttpStatusCode, errorMessage): the code stays the status name.
    const [errorCode, message, options = {}] = rest.length === 1 ? [undefined, rest[0]] : rest;
    const code = errorCode ?? HTTP_STATUS_NAMES[status] ?? String(status);
    super(message ?? code, { errorCode: code, fieldErrors: options.fieldErrors ?? [], cause: options.cause });
    this.status = status;
    this.headers = options.headers ?? {};
    this.response = options.response;
    this.emptyBody = options.emptyBody ?? false;
    this.messageDetail = options.messageDetail;
  }
  /** Web API's HttpError.MessageDetail (the aspnet dialect writes it after Message). */
  readonly messageDetail: string | undefined;
  readonly headers: Record<string, string>;
  /** Status and headers only, no body: how ServiceStack's auth providers answer (HandleShortCircuitedErrors). */
  readonly emptyBody: boolean;
  /** A DTO to send as the body instead of the generated error DTO. */
  readonly response: unknown;

  static notFound(message?: string): HttpError { return new HttpError(404, 'NotFound', message); }
  static badRequest(message?: string, errorCode = 'BadRequest'): HttpError { return new HttpError(400, errorCode, message); }
  static unauthorized(message?: string): HttpError { return new HttpError(401, 'Unauthorized', message); }
  static forbidden(message?: string): HttpError { return new HttpError(403, 'Forbidden', message); }
  static conflict(message?: string): HttpError { return new HttpError(409, 'Conflict', message); }
}

/** .NET HttpStatusCode enum names, used as errorCode for HttpError. */
export const HTTP_STATUS_NAMES: Record<number, string> = {
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'NonAuthoritativeInformation', 204: 'NoContent', 205: 'ResetContent',
  206: 'PartialContent', 304: 'NotModified',
  400: 'BadRequest', 401: 'Unauthorized', 402: 'PaymentRequired', 403: 'Forbidden', 404: 'NotFound',
  405: 'MethodNotAllowed', 406: 'NotAcceptable', 408: 'RequestTimeout', 409: 'Conflict', 410: 'Gone',
  411: 'LengthRequired', 412: 'PreconditionFailed', 413: 'RequestEntityTooLarge', 415: 'UnsupportedMediaType',
  422: 'UnprocessableEntity', 429: 'TooManyRequests', 500: 'InternalServerError', 501: 'NotImplemented',
  502: 'BadGateway', 503: 'ServiceUnavailable', 504: 'GatewayTimeout',
};
