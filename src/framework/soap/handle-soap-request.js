"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.handleSoapRequest = handleSoapRequest;
/**
 * One SOAP request, end to end: decode the body (UTF-8 only), open the envelope, choose the
 * operation, read the request DTO from the Body, run the operation and write the reply envelope
 * (ServiceStack's SoapHandler.ExecuteMessage). Every failure becomes a SOAP response; nothing
 * escapes to the HTTP pipeline's error renderer.
 */
const read_body_js_1 = require("../binding/read-body.js");
const dto_meta_js_1 = require("../dto/dto-meta.js");
const exceptions_js_1 = require("../errors/exceptions.js");
const xml_settings_js_1 = require("../formats/xml/xml-settings.js");
const http_types_js_1 = require("../host/http-types.js");
const service_context_js_1 = require("../host/service-context.js");
const choose_operation_js_1 = require("./choose-operation.js");
const read_envelope_js_1 = require("./read-envelope.js");
const soap_error_response_js_1 = require("./soap-error-response.js");
const run_operation_js_1 = require("./run-operation.js");
const write_envelope_js_1 = require("./write-envelope.js");
async function handleSoapRequest(host, soap, handling, req) {
    const settings = (0, xml_settings_js_1.xmlSettings)(host.codecOptions('servicestack'));
    const requestContentType = (0, http_types_js_1.header)(req, 'content-type');
    const ctAction = (0, choose_operation_js_1.contentTypeAction)(requestContentType);
    const headers = {};
    let op;
    let action;
    try {
        const envelope = (0, read_envelope_js_1.openEnvelope)((0, read_body_js_1.bodyText)(req.body ?? Buffer.alloc(0)), soap, settings);
        action = envelope.action;
        op = (0, choose_operation_js_1.chooseOperation)(host.operations, [ctAction, envelope.action, (0, http_types_js_1.header)(req, 'soapaction')], envelope.payload?.local, handling.exposes);
        const dto = envelope.read({ kind: 'class', ctor: op.requestType });
        let result = await (0, run_operation_js_1.runOperation)(host, op, dto, (0, run_operation_js_1.soapContext)(req, op, headers));
        let errorStatus;
        if (result instanceof service_context_js_1.HttpResult) {
            Object.assign(headers, result.options.headers ?? {});
            if ((result.options.status ?? 200) >= 400)
                errorStatus = result.options.status;
            result = result.response;
        }
        const body = (0, write_envelope_js_1.soapBodyXml)(result, resultType(result, op), settings, 2);
        if (errorStatus !== undefined)
            headers['X-Status'] = String(errorStatus);
        return {
            status: 200,
            headers: { ...headers, 'Content-Type': replyContentType(soap, requestContentType, ctAction) },
            body: (0, write_envelope_js_1.soapEnvelope)(soap, {
                action: action !== undefined ? `${op.name}Response` : undefined,
                xStatus: errorStatus !== undefined ? { status: errorStatus, ns: handling.serviceNamespace } : undefined,
                body,
            }),
        };
    }
    catch (error) {
        return (0, soap_error_response_js_1.soapErrorResponse)(error, {
            host, request: req, soap, style: handling.errors, serviceNamespace: handling.serviceNamespace, settings, op, action, headers,
            contentType: replyContentType(soap, requestContentType, ctAction),
        });
    }
}
/** How the service's result is written: its DTO class, a string or byte[] root, or nothing. */
function resultType(result, op) {
    if (result === null || result === undefined)
        return undefined;
    if (typeof result === 'string')
        return { kind: 'primitive', name: 'string' };
    if (Buffer.isBuffer(result))
        return { kind: 'primitive', name: 'byte[]' };
    const ctor = result.constructor;
    if ((0, dto_meta_js_1.isDto)(ctor))
        return { kind: 'class', ctor };
    if (op.meta.returnType && op.meta.returnType !== 'void')
        return op.meta.returnType;
    throw new exceptions_js_1.HttpError(500, 'InvalidOperationException', `${op.serviceName} returned a value that is not a DTO`);
}
/**
 * ServiceStack's GetSoapContentType: with an `action` parameter in the request's Content-Type,
 * the reply echoes that Content-Type with the action's operation renamed `{Op}Response`;
 * otherwise the version's own SOAP content type.
 */
function replyContentType(soap, requestContentType, ctAction) {
    if (!requestContentType || !ctAction)
        return soap.contentType;
    const name = (0, choose_operation_js_1.operationNameOfAction)(ctAction);
    if (!name)
        return soap.contentType;
    const renamed = ctAction.slice(0, ctAction.length - name.length) + `${name}Response`;
    return requestContentType.replace(ctAction, renamed);
}
