"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.openEnvelope = openEnvelope;
const xml_cursor_js_1 = require("../formats/xml/xml-cursor.js");
const xml_reader_js_1 = require("../formats/xml/xml-reader.js");
const assert_well_formed_js_1 = require("./assert-well-formed.js");
const soap_errors_js_1 = require("./soap-errors.js");
const soap_version_js_1 = require("./soap-version.js");
function openEnvelope(text, soap, settings) {
    const cursor = new xml_cursor_js_1.XmlCursor(text, settings.limits);
    const envelope = cursor.root();
    if (envelope.local !== 'Envelope')
        throw new soap_errors_js_1.SoapEnvelopeException(`Expecting a SOAP ${soap.version} 'Envelope' element, found '${envelope.local}'.`);
    if (envelope.ns !== soap.envelopeNs) {
        const other = envelope.ns === soap_version_js_1.SOAP11.envelopeNs || envelope.ns === soap_version_js_1.SOAP12.envelopeNs;
        throw new soap_errors_js_1.SoapEnvelopeException(other
            ? `The envelope is SOAP ${envelope.ns === soap_version_js_1.SOAP11.envelopeNs ? '1.1' : '1.2'}; this endpoint (${soap.path}) expects SOAP ${soap.version} ('${soap.envelopeNs}').`
            : `The envelope namespace '${envelope.ns}' is not SOAP ${soap.version}'s ('${soap.envelopeNs}').`, 'VersionMismatch');
    }
    let action;
    let child = cursor.nextChild(envelope);
    if (child && child.local === 'Header' && child.ns === soap.envelopeNs) {
        for (let h = cursor.nextChild(child); h; h = cursor.nextChild(child)) {
            if (h.local === 'Action' && (h.ns === soap_version_js_1.WS_ADDRESSING_2004_NS || h.ns === soap_version_js_1.WS_ADDRESSING_2005_NS))
                action = cursor.readText(h).trim();
            else
                cursor.skip(h);
        }
        child = cursor.nextChild(envelope);
    }
    if (!child || child.local !== 'Body' || child.ns !== soap.envelopeNs) {
        throw new soap_errors_js_1.SoapEnvelopeException(`The SOAP envelope has no 'Body' element${child ? ` (found '${child.local}')` : ''}.`);
    }
    const body = child;
    const payload = cursor.nextChild(body);
    let consumed = false;
    return {
        action,
        payload,
        read(type) {
            if (!payload || consumed)
                throw new soap_errors_js_1.SoapEnvelopeException('The SOAP Body is empty.');
            consumed = true;
            const value = (0, xml_reader_js_1.readXmlElement)(cursor, payload, type, 'dcs', settings);
            // Anything after the request DTO is ignored, but must still be well-formed XML.
            for (let rest = cursor.nextChild(body); rest; rest = cursor.nextChild(body))
                cursor.skip(rest);
            for (let rest = cursor.nextChild(envelope); rest; rest = cursor.nextChild(envelope))
                cursor.skip(rest);
            // Nor may anything but markup follow the envelope: a message that is not one document never acts.
            cursor.end();
            (0, assert_well_formed_js_1.assertWellFormed)(text);
            return value;
        },
    };
}
