/** Builds the ResponseStatus clients see for an error, as ServiceStack's CreateResponseStatus does. */
import type { DotNetRuntime } from '../types/number-format.js';
import { ArgumentException, DotNetException } from './exceptions.js';
import { ResponseError, ResponseStatus } from './response-status.js';

const PARAMETER_SUFFIX = / \(Parameter '[^']*'\)$/;

/**
 * ArgumentException.Message with its parameter, in the runtime's wording, and the part ServiceStack
 * keeps for the field error: the message cut before the parameter text (.NET Framework's line break stays).
 */
const ARGUMENT_MESSAGES: Record<DotNetRuntime, (message: string, param: string) => { top: string; field: string }> = {
  core: (m, p) => ({ top: `${m} (Parameter '${p}')`, field: m }),
  framework: (m, p) => ({ top: `${m}\r\nParameter name: ${p}`, field: `${m}\r\n` }),
};

export function errorCodeOf(error: unknown): string {
  if (error instanceof DotNetException) return error.errorCode;
  return error instanceof Error && error.name ? error.name : 'Exception';
}

/**
 * `exposeDetails` is the host's debug mode: only then do messages of errors that are not
 * framework exceptions (bugs, driver errors) and stack traces reach the client.
 */
export function responseStatusOf(error: unknown, exposeDetails: boolean, argumentMessages: DotNetRuntime = 'core'): ResponseStatus {
  const rs = new ResponseStatus();
  rs.ErrorCode = errorCodeOf(error);
  const known = error instanceof DotNetException;
  rs.Message = known || exposeDetails ? (error instanceof Error ? error.message : String(error)) : 'An error has occurred.';
  if (exposeDetails && error instanceof Error && error.stack) rs.StackTrace = error.stack;
  if (known && error.noErrorList) return rs;
  rs.Errors = [];
  if (known) {
    for (const f of error.fieldErrors) rs.Errors.push(responseError(f.errorCode, f.fieldName, f.message, f.meta));
    if (error instanceof ArgumentException && error.paramName && error.fieldErrors.length === 0) {
      const { top, field } = ARGUMENT_MESSAGES[argumentMessages](error.message.replace(PARAMETER_SUFFIX, ''), error.paramName);
      rs.Message = top;
      rs.Errors.push(responseError(rs.ErrorCode, error.paramName, field));
    }
  }
  return rs;
}

function responseError(errorCode: string, fieldName: string, message: string, meta?: Record<string, string>): ResponseError {
  const e = new ResponseError();
  e.ErrorCode = errorCode;
  e.FieldName = fieldName;
  e.Message = message;
  if (meta && Object.keys(meta).length) e.Meta = meta;
  return e;
}
