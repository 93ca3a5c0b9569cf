"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SoapEnvelopeException = void 0;
/**
 * Errors of the SOAP layer itself (before an operation runs): the envelope is not one this
 * endpoint speaks. Both are SerializationExceptions (400) so every renderer treats them as a
 * client error; `faultCode` picks the SOAP fault code.
 */
const exceptions_js_1 = require("../errors/exceptions.js");
class SoapEnvelopeException extends exceptions_js_1.SerializationException {
    faultCode;
    /** `VersionMismatch` when the envelope is in another SOAP version's namespace, else the sender's fault. */
    constructor(message, faultCode = 'Sender') {
        super(message, { errorCode: 'SerializationException' });
        this.faultCode = faultCode;
    }
}
exports.SoapEnvelopeException = SoapEnvelopeException;
