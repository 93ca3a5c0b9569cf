"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.soapVersionInfo = exports.SOAP12 = exports.SOAP11 = exports.WS_ADDRESSING_2005_NS = exports.WS_ADDRESSING_2004_NS = void 0;
exports.WS_ADDRESSING_2004_NS = 'http://schemas.xmlsoap.org/ws/2004/08/addressing';
exports.WS_ADDRESSING_2005_NS = 'http://www.w3.org/2005/08/addressing';
exports.SOAP11 = Object.freeze({
    version: '1.1', path: '/soap11', envelopeNs: 'http://schemas.xmlsoap.org/soap/envelope/',
    contentType: 'text/xml; charset=utf-8', senderCode: 'Client', receiverCode: 'Server',
});
exports.SOAP12 = Object.freeze({
    version: '1.2', path: '/soap12', envelopeNs: 'http://www.w3.org/2003/05/soap-envelope',
    contentType: 'application/soap+xml; charset=utf-8', senderCode: 'Sender', receiverCode: 'Receiver',
});
const soapVersionInfo = (v) => (v === '1.1' ? exports.SOAP11 : exports.SOAP12);
exports.soapVersionInfo = soapVersionInfo;
