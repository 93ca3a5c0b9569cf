"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.soapFault = soapFault;
exports.faultHttpStatus = faultHttpStatus;
/**
 * SOAP Faults in the form WCF's MessageFault writes them (`xml:lang="en-US"` reason, `detail` /
 * `s:Detail` holding the error DTO in DataContract form). ServiceStack itself never writes a
 * Fault for a failed operation (see soap-error-response.ts); Stackport does by default so that
 * SOAP toolkits see the failure, and carries ServiceStack's error DTO — the ResponseStatus — as
 * the detail.
 */
const xml_escape_js_1 = require("../formats/xml/xml-escape.js");
/** The fault element; `detail` is the serialized error DTO (written 4 levels deep). */
function soapFault(soap, kind, reason, detail) {
    const code = kind === 'VersionMismatch' ? 'VersionMismatch' : kind === 'Sender' ? soap.senderCode : soap.receiverCode;
    const text = (0, xml_escape_js_1.escapeText)(reason, null);
    return soap.version === '1.1'
        ? `<s:Fault><faultcode>s:${code}</faultcode><faultstring xml:lang="en-US">${text}</faultstring><detail>${detail}</detail></s:Fault>`
        : `<s:Fault><s:Code><s:Value>s:${code}</s:Value></s:Code><s:Reason><s:Text xml:lang="en-US">${text}</s:Text></s:Reason><s:Detail>${detail}</s:Detail></s:Fault>`;
}
/**
 * HTTP status of a Fault: SOAP 1.1 §6.2 says 500 for every fault; the SOAP 1.2 HTTP binding
 * (Part 2 §7.5.2) says 400 for a Sender fault and 500 otherwise. The error's own status travels
 * in the X-Status header, as ServiceStack sends it.
 */
function faultHttpStatus(soap, kind) {
    return soap.version === '1.2' && kind === 'Sender' ? 400 : 500;
}
