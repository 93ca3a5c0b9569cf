"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.soapResponseType = soapResponseType;
exports.soapOperations = soapOperations;
/**
 * The operations a host exposes over SOAP and their reply types, read from the registry the same
 * way for the endpoints and for the WSDL. ServiceStack's rules (ServiceMetadata.HasImplementation,
 * ExportSoapOperationTypes, XsdMetadata.GetReplyOperationNames): the service must answer POST or
 * Any, generic type definitions are left out, and an operation with no response type is one-way.
 */
const dto_meta_js_1 = require("../dto/dto-meta.js");
/**
 * An operation's response type as ServiceStack's metadata knows it: `IReturn<T>`, else a type
 * named `{Request}Response` in the request's namespace (the convention the error DTO also uses).
 */
function soapResponseType(op) {
    const r = op.meta.returns;
    if (r === 'void')
        return undefined;
    if (r)
        return r;
    return (0, dto_meta_js_1.findDto)(op.meta.namespace, `${op.meta.name}Response`);
}
function soapOperations(operations) {
    const out = [];
    for (const op of operations) {
        if (!op.handlers.has('POST') && !op.handlers.has('ANY'))
            continue;
        if ((0, dto_meta_js_1.getDtoMeta)(op.requestType).genericParams.length > 0)
            continue;
        const response = soapResponseType(op);
        const declared = op.meta.returnType;
        out.push({ op, response, responseType: response ? { kind: 'class', ctor: response } : declared === 'void' ? undefined : declared });
    }
    return out;
}
