"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.soapEnvelope = soapEnvelope;
exports.soapBodyXml = soapBodyXml;
const dcs_writer_js_1 = require("../formats/xml/dcs-writer.js");
const xml_escape_js_1 = require("../formats/xml/xml-escape.js");
const xml_namespaces_js_1 = require("../formats/xml/xml-namespaces.js");
const soap_version_js_1 = require("./soap-version.js");
function soapEnvelope(soap, content) {
    const headers = [];
    // WCF's ActionHeader: the shared `a` prefix is declared on the Envelope, mustUnderstand="1".
    if (content.action !== undefined)
        headers.push(`<a:Action s:mustUnderstand="1">${(0, xml_escape_js_1.escapeText)(content.action, null)}</a:Action>`);
    if (content.xStatus)
        headers.push(`<X-Status xmlns="${(0, xml_escape_js_1.escapeText)(content.xStatus.ns, null)}">${content.xStatus.status}</X-Status>`);
    const a = content.action !== undefined ? ` xmlns:a="${soap_version_js_1.WS_ADDRESSING_2004_NS}"` : '';
    const head = headers.length ? `<s:Header>${headers.join('')}</s:Header>` : '';
    return `${xml_namespaces_js_1.XML_DECLARATION}<s:Envelope xmlns:s="${soap.envelopeNs}"${a}>${head}<s:Body>${content.body}</s:Body></s:Envelope>`;
}
/**
 * A DTO (or null: a void operation, written as DataContractSerializer writes a null `object`,
 * `<anyType i:nil="true" …/>`) as the content of an element `depth` levels into the envelope.
 */
function soapBodyXml(value, type, settings, depth) {
    const s = { ...settings, declaration: false, pretty: false, textWriter: false };
    if (value === null || value === undefined || !type)
        return (0, dcs_writer_js_1.writeDataContract)(null, { kind: 'primitive', name: 'object' }, s, depth);
    return (0, dcs_writer_js_1.writeDataContract)(value, type, s, depth);
}
