/**
 * A Web API action's simple parameters (web-api-action.ts), bound from the query string, then the
 * route, as Web API's value providers are ordered: names match case-insensitively, a repeated
 * name takes its first value, and each failure is a ModelState entry under the parameter's own
 * name. A required parameter with no value at all is not a binding error in Web API: no action
 * matches, and the caller answers that 404.
 */
import type { FieldError } from '../errors/exceptions.js';
import { convertSimpleValue, dotNetTypeName } from './simple-value.js';
import type { SimpleParameter } from './web-api-action.js';

export interface UriParameters {
  readonly values: Map<string, unknown>;
  readonly errors: FieldError[];
  /** A required parameter the request did not send: Web API's action selection fails. */
  readonly missing: boolean;
}

/** The first value of each key (lower-cased) in the raw query string, then the route's. */
function firstValues(rawQuery: string, pathVars: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of new URLSearchParams(rawQuery)) if (!out.has(k.toLowerCase())) out.set(k.toLowerCase(), v);
  for (const [k, v] of pathVars) if (!out.has(k.toLowerCase())) out.set(k.toLowerCase(), v);
  return out;
}

const modelError = (key: string, message: string, exception = false): FieldError =>
  ({ errorCode: 'ModelState', fieldName: key, message, modelStateKey: key, ...(exception ? { exception } : {}) });

export function bindUriParameters(params: readonly SimpleParameter[], rawQuery: string, pathVars: ReadonlyMap<string, string>, tz: string | undefined): UriParameters {
  const sent = firstValues(rawQuery, pathVars);
  const values = new Map<string, unknown>();
  const errors: FieldError[] = [];
  let missing = false;
  for (const p of params) {
    const raw = sent.get(p.name.toLowerCase());
    if (raw === undefined) {
      if (p.optional) values.set(p.name, p.default);
      else missing = true;
      continue;
    }
    const typeName = dotNetTypeName(p.type);
    if (raw === '') {
      errors.push(modelError(`${p.name}.${typeName}`, 'A value is required but was not present in the request.'));
      continue;
    }
    const converted = convertSimpleValue(p.type, raw, tz);
    if ('value' in converted) values.set(p.name, converted.value);
    else if (converted.failure === 'format') errors.push(modelError(p.name, `The value '${raw}' is not valid for ${typeName}.`));
    // The converter's own exception (an overflow): its text only under the error-detail policy.
    else errors.push(modelError(p.name, `${raw} is not a valid value for ${typeName}.`, true));
  }
  return { values, errors, missing };
}
