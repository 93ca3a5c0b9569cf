/**
 * Runs a SOAP request's DTO through the same steps as the HTTP pipeline's execute phase: request
 * authentication, request filters (whose answer ends the request), validation, the service method, response filters. SOAP messages are POSTs, and ServiceStack only
 * exposes an operation over SOAP when its service answers POST or Any.
 */
import { authenticateRequest } from '../auth/authenticate-request.js';
import { frameworkErrors } from '../errors/error-catalog.js';
import type { AppHost } from '../host/app-host.js';
import { header, type HttpRequestData } from '../host/http-types.js';
import { handlerFor, type Operation } from '../host/operation.js';
import { runRequestFilters, runResponseFilters } from '../host/run-filters.js';
import type { ServiceContext } from '../host/service-context.js';
import { validateRequest } from '../validation/validate-request.js';

export function soapContext(req: HttpRequestData, op: Operation, responseHeaders: Record<string, string>): ServiceContext {
  return {
    request: req, verb: 'POST', operationName: op.name, header: (name) => header(req, name.toLowerCase()),
    query: new Map(), responseHeaders, items: new Map(),
  };
}

export async function runOperation(host: AppHost, op: Operation, dto: object, context: ServiceContext): Promise<unknown> {
  const handler = handlerFor(op, 'POST');
  if (!handler) throw frameworkErrors.methodNotFound(op.dialect, 'POST', op.name, op.serviceName, [...op.handlers.keys()]);
  await authenticateRequest(host.config.auth, op, context);
  const answer = await runRequestFilters(host, op, dto, context);
  if (answer !== undefined) return answer;
  await validateRequest(dto, op.requestType);
  return runResponseFilters(host, op, dto, await handler(dto as never, context), context);
}
