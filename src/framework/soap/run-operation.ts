/**
 * Runs a SOAP request's DTO through the same steps as the HTTP pipeline's execute phase: request
 * authentication, request filters, validation, then the service method. SOAP messages are POSTs, and ServiceStack only
 * exposes an operation over SOAP when its service answers POST or Any.
 */
import { authenticateRequest } from '../auth/authenticate-request.js';
import { frameworkErrors } from '../errors/error-catalog.js';
import type { AppHost } from '../host/app-host.js';
import { header, type HttpRequestData } from '../host/http-types.js';
import { handlerFor, type Operation } from '../host/operation.js';
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
  for (const filter of host.requestFilters) await filter(dto, context, op);
  await validateRequest(dto, op.requestType);
  return handler(dto as never, context);
}
