/**
 * What a failed SOAP request gets back. Two styles:
 *
 *  - `fault` (default): a SOAP Fault — 1.1 `faultcode` Client/Server, 1.2 `Code` Sender/Receiver
 *    (4xx → sender, 5xx → receiver), the ResponseStatus message as `faultstring` / `Reason`, and as
 *    `detail` the very error DTO the XML endpoint would send (`{Request}Response`, an IReturn<T>
 *    with ResponseStatus, else ErrorResponse). HTTP 500 (SOAP 1.2 Sender: 400); `X-Status` carries
 *    the error's own status.
 *  - `servicestack`: what ServiceStack's SoapHandler does — no Fault at all. The catch block
 *    builds the operation's response DTO with only ResponseStatus set, answers HTTP 200 and
 *    reports the status in an `X-Status` HTTP header and an `<X-Status>` SOAP header. Because it
 *    first wraps every exception in a SerializationException, that status is always 400, while the
 *    ResponseStatus describes the original exception (ReturnsInnerException, on by default on
 *    .NET Framework, the only platform with SOAP).
 *
 * Errors before an operation is known (not an envelope, wrong SOAP version, unknown operation)
 * are Faults in both styles: ServiceStack has no well-defined answer for them.
 */
import { getDtoMeta } from '../dto/dto-meta.js';
import { errorDtoType } from '../errors/render-error.js';
import { statusOf } from '../errors/error-status.js';
import { DotNetException, HttpError } from '../errors/exceptions.js';
import { ErrorResponse } from '../errors/response-status.js';
import { responseStatusOf } from '../errors/response-status-of.js';
import type { XmlSettings } from '../formats/xml/xml-settings.js';
import type { AppHost } from '../host/app-host.js';
import type { HttpRequestData, HttpResponseData } from '../host/http-types.js';
import type { Operation } from '../host/operation.js';
import type { Constructor } from '../types/type-ref.js';
import { SoapEnvelopeException } from './soap-errors.js';
import { faultHttpStatus, soapFault, type FaultKind } from './soap-fault.js';
import { soapResponseType } from './soap-operations.js';
import type { SoapVersionInfo } from './soap-version.js';
import { soapBodyXml, soapEnvelope } from './write-envelope.js';

export type SoapErrorStyle = 'fault' | 'servicestack';

export interface SoapErrorContext {
  readonly host: AppHost;
  readonly request: HttpRequestData;
  readonly soap: SoapVersionInfo;
  readonly style: SoapErrorStyle;
  readonly serviceNamespace: string;
  readonly settings: XmlSettings;
  /** Known once the envelope named a registered operation. */
  readonly op: Operation | undefined;
  /** The request's WS-Addressing Action, if any (answered with `{Op}Response`). */
  readonly action: string | undefined;
  readonly contentType: string;
  readonly headers: Record<string, string>;
}

function newErrorDto(type: Constructor, error: unknown, debug: boolean): object {
  const dto = new (type as new () => Record<string, unknown>)();
  dto.ResponseStatus = responseStatusOf(error, debug);
  return dto;
}

const hasResponseStatus = (t: Constructor): boolean => getDtoMeta(t).allMembers.some((m) => m.name === 'ResponseStatus');

export function soapErrorResponse(error: unknown, ctx: SoapErrorContext): HttpResponseData {
  const { host, soap, settings, op } = ctx;
  if (!(error instanceof DotNetException)) host.config.onError?.(error, op?.name, ctx.request);
  const headers: Record<string, string> = { ...ctx.headers, ...(error instanceof HttpError ? error.headers : {}) };

  if (op && ctx.style === 'servicestack' && !(error instanceof SoapEnvelopeException)) {
    const declared = soapResponseType(op);
    const type = declared && hasResponseStatus(declared) ? declared : ErrorResponse;
    const body = soapBodyXml(newErrorDto(type, error, host.config.debug), { kind: 'class', ctor: type }, settings, 2);
    const action = ctx.action !== undefined ? `${op.name}Response` : undefined;
    return {
      status: 200, headers: { ...headers, 'Content-Type': ctx.contentType, 'X-Status': '400' },
      body: soapEnvelope(soap, { action, xStatus: { status: 400, ns: ctx.serviceNamespace }, body }),
    };
  }

  const status = statusOf(error);
  const kind: FaultKind = error instanceof SoapEnvelopeException && error.faultCode === 'VersionMismatch'
    ? 'VersionMismatch' : status < 500 ? 'Sender' : 'Receiver';
  let detail: object;
  let detailType: Constructor;
  if (error instanceof HttpError && error.response !== null && typeof error.response === 'object') {
    detail = error.response;
    detailType = (error.response as object).constructor as Constructor;
  } else {
    detailType = errorDtoType(op?.requestType);
    detail = newErrorDto(detailType, error, host.config.debug);
  }
  const rs = (detail as { ResponseStatus?: { Message?: string; ErrorCode?: string } }).ResponseStatus;
  const reason = rs?.Message ?? rs?.ErrorCode ?? (error instanceof Error ? error.message : 'An error has occurred.');
  const body = soapFault(soap, kind, reason, soapBodyXml(detail, { kind: 'class', ctor: detailType }, settings, 4));
  return {
    status: faultHttpStatus(soap, kind),
    headers: { ...headers, 'Content-Type': soap.contentType, 'X-Status': String(status) },
    body: soapEnvelope(soap, { body }),
  };
}
