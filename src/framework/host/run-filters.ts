/**
 * Request and response filters, global first, then the operation's own, each list in
 * registration order. The global ones come first so that an operation's filter can never answer
 * before a global one (the usual place for authentication) has judged the request.
 *
 * A filter that returns anything but undefined answers for the request: a request filter's answer
 * ends it (no validation, service or response filters), a response filter's answer replaces the
 * response for the filters after it. An answer is an `HttpResult` or a DTO; anything else is
 * refused loudly rather than sent or ignored.
 */
import { isDto } from '../dto/dto-meta.js';
import { frameworkErrors } from '../errors/error-catalog.js';
import type { Constructor } from '../types/type-ref.js';
import type { AppHost } from './app-host.js';
import type { Operation } from './operation.js';
import { HttpResult, type ServiceContext } from './service-context.js';

export async function runRequestFilters(host: AppHost, op: Operation, request: object | null, context: ServiceContext): Promise<unknown> {
  for (const f of host.filtersOf(op).request) {
    const answer = await f(request, context, op);
    if (answer !== undefined) return checked(answer, 'request', op);
  }
  return undefined;
}

export async function runResponseFilters(host: AppHost, op: Operation, request: object | null, response: unknown, context: ServiceContext): Promise<unknown> {
  for (const f of host.filtersOf(op).response) {
    const answer = await f(response, request, context, op);
    if (answer !== undefined) response = checked(answer, 'response', op);
  }
  return response;
}

function checked(answer: unknown, kind: 'request' | 'response', op: Operation): unknown {
  if (answer instanceof HttpResult || (typeof answer === 'object' && answer !== null && isDto(answer.constructor as Constructor))) return answer;
  const got = typeof answer === 'object' && answer !== null ? `a ${answer.constructor?.name ?? 'object'}` : `a ${typeof answer}`;
  throw frameworkErrors.filterAnswerInvalid(kind, op.name, got);
}
