"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.soapErrorResponse = soapErrorResponse;
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
const dto_meta_js_1 = require("../dto/dto-meta.js");
const render_error_js_1 = require("../errors/render-error.js");
const error_status_js_1 = require("../errors/error-status.js");
const exceptions_js_1 = require("../errors/exceptions.js");
const response_status_js_1 = require("../errors/response-status.js");
const response_status_of_js_1 = require("../errors/response-status-of.js");
const soap_errors_js_1 = require("./soap-errors.js");
const soap_fault_js_1 = require("./soap-fault.js");
const soap_operations_js_1 = require("./soap-operations.js");
const write_envelope_js_1 = require("./write-envelope.js");
function newErrorDto(type, error, debug) {
    const dto = new type();
    dto.ResponseStatus = (0, response_status_of_js_1.responseStatusOf)(error, debug);
    return dto;
}
const hasResponseStatus = (t) => (0, dto_meta_js_1.getDtoMeta)(t).allMembers.some((m) => m.name === 'ResponseStatus');
function soapErrorResponse(error, ctx) {
    const { host, soap, settings, op } = ctx;
    if (!(error instanceof exceptions_js_1.DotNetException))
        host.config.onError?.(error, op?.name, ctx.request);
    const headers = { ...ctx.headers, ...(error instanceof exceptions_js_1.HttpError ? error.headers : {}) };
    if (op && ctx.style === 'servicestack' && !(error instanceof soap_errors_js_1.SoapEnvelopeException)) {
        const declared = (0, soap_operations_js_1.soapResponseType)(op);
        const type = declared && hasResponseStatus(declared) ? declared : response_status_js_1.ErrorResponse;
        const body = (0, write_envelope_js_1.soapBodyXml)(newErrorDto(type, error, host.config.debug), { kind: 'class', ctor: type }, settings, 2);
        const action = ctx.action !== undefined ? `${op.name}Response` : undefined;
        return {
            status: 200, headers: { ...headers, 'Content-Type': ctx.contentType, 'X-Status': '400' },
            body: (0, write_envelope_js_1.soapEnvelope)(soap, { action, xStatus: { status: 400, ns: ctx.serviceNamespace }, body }),
        };
    }
    const status = (0, error_status_js_1.statusOf)(error);
    const kind = error instanceof soap_errors_js_1.SoapEnvelopeException && error.faultCode === 'VersionMismatch'
        ? 'VersionMismatch' : status < 500 ? 'Sender' : 'Receiver';
    let detail;
    let detailType;
    if (error instanceof exceptions_js_1.HttpError && error.response !== null && typeof error.response === 'object') {
        detail = error.response;
        detailType = error.response.constructor;
    }
    else {
        detailType = (0, render_error_js_1.errorDtoType)(op?.requestType);
        detail = newErrorDto(detailType, error, host.config.debug);
    }
    const rs = detail.ResponseStatus;
    const reason = rs?.Message ?? rs?.ErrorCode ?? (error instanceof Error ? error.message : 'An error has occurred.');
    const body = (0, soap_fault_js_1.soapFault)(soap, kind, reason, (0, write_envelope_js_1.soapBodyXml)(detail, { kind: 'class', ctor: detailType }, settings, 4));
    return {
        status: (0, soap_fault_js_1.faultHttpStatus)(soap, kind),
        headers: { ...headers, 'Content-Type': soap.contentType, 'X-Status': String(status) },
        body: (0, write_envelope_js_1.soapEnvelope)(soap, { body }),
    };
}
