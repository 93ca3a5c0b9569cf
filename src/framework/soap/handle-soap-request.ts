/**
 * One SOAP request, end to end: decode the body (UTF-8 only), open the envelope, choose the
 * operation, read the request DTO from the Body, run the operation and write the reply envelope
 * (ServiceStack's SoapHandler.ExecuteMessage). Every failure becomes a SOAP response; nothing
 * escapes to the HTTP pipeline's error renderer.
 */
import { bodyText } from '../binding/read-body.js';
import { isDto } from '../dto/dto-meta.js';
import { HttpError } from '../errors/exceptions.js';
import { xmlSettings } from '../formats/xml/xml-settings.js';
import type { AppHost } from '../host/app-host.js';
import { header, type HttpRequestData, type HttpResponseData } from '../host/http-types.js';
import type { Operation } from '../host/operation.js';
import { HttpResult } from '../host/service-context.js';
import type { TypeRef } from '../types/type-ref.js';
import { chooseOperation, contentTypeAction, operationNameOfAction } from './choose-operation.js';
import { openEnvelope } from './read-envelope.js';
import { soapErrorResponse, type SoapErrorStyle } from './soap-error-response.js';
import { runOperation, soapContext } from './run-operation.js';
import type { SoapVersionInfo } from './soap-version.js';
import { soapBodyXml, soapEnvelope } from './write-envelope.js';

export interface SoapHandling {
  readonly errors: SoapErrorStyle;
  readonly serviceNamespace: string;
  readonly exposes: (op: Operation) => boolean;
}

export async function handleSoapRequest(host: AppHost, soap: SoapVersionInfo, handling: SoapHandling, req: HttpRequestData): Promise<HttpResponseData> {
  const settings = xmlSettings(host.codecOptions('servicestack'));
  const requestContentType = header(req, 'content-type');
  const ctAction = contentTypeAction(requestContentType);
  const headers: Record<string, string> = {};
  let op: Operation | undefined;
  let action: string | undefined;
  try {
    const envelope = openEnvelope(bodyText(req.body ?? Buffer.alloc(0)), soap, settings);
    action = envelope.action;
    op = chooseOperation(host.operations, [ctAction, envelope.action, header(req, 'soapaction')], envelope.payload?.local, handling.exposes);
    const dto = envelope.read({ kind: 'class', ctor: op.requestType }) as object;
    let result = await runOperation(host, op, dto, soapContext(req, op, headers));
    let errorStatus: number | undefined;
    if (result instanceof HttpResult) {
      Object.assign(headers, result.options.headers ?? {});
      if ((result.options.status ?? 200) >= 400) errorStatus = result.options.status;
      result = result.response;
    }
    const body = soapBodyXml(result, resultType(result, op), settings, 2);
    if (errorStatus !== undefined) headers['X-Status'] = String(errorStatus);
    return {
      status: 200,
      headers: { ...headers, 'Content-Type': replyContentType(soap, requestContentType, ctAction) },
      body: soapEnvelope(soap, {
        action: action !== undefined ? `${op.name}Response` : undefined,
        xStatus: errorStatus !== undefined ? { status: errorStatus, ns: handling.serviceNamespace } : undefined,
        body,
      }),
    };
  } catch (error) {
    return soapErrorResponse(error, {
      host, request: req, soap, style: handling.errors, serviceNamespace: handling.serviceNamespace, settings, op, action, headers,
      contentType: replyContentType(soap, requestContentType, ctAction),
    });
  }
}

/** How the service's result is written: its DTO class, a string or byte[] root, or nothing. */
function resultType(result: unknown, op: Operation): TypeRef | undefined {
  if (result === null || result === undefined) return undefined;
  if (typeof result === 'string') return { kind: 'primitive', name: 'string' };
  if (Buffer.isBuffer(result)) return { kind: 'primitive', name: 'byte[]' };
  const ctor = (result as object).constructor;
  if (isDto(ctor)) return { kind: 'class', ctor };
  if (op.meta.returnType && op.meta.returnType !== 'void') return op.meta.returnType;
  throw new HttpError(500, 'InvalidOperationException', `${op.serviceName} returned a value that is not a DTO`);
}

/**
 * ServiceStack's GetSoapContentType: with an `action` parameter in the request's Content-Type,
 * the reply echoes that Content-Type with the action's operation renamed `{Op}Response`;
 * otherwise the version's own SOAP content type.
 */
function replyContentType(soap: SoapVersionInfo, requestContentType: string | undefined, ctAction: string | undefined): string {
  if (!requestContentType || !ctAction) return soap.contentType;
  const name = operationNameOfAction(ctAction);
  if (!name) return soap.contentType;
  const renamed = ctAction.slice(0, ctAction.length - name.length) + `${name}Response`;
  return requestContentType.replace(ctAction, renamed);
}
