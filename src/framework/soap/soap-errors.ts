/**
 * Errors of the SOAP layer itself (before an operation runs): the envelope is not one this
 * endpoint speaks. Both are SerializationExceptions (400) so every renderer treats them as a
 * client error; `faultCode` picks the SOAP fault code.
 */
import { SerializationException } from '../errors/exceptions.js';

export class SoapEnvelopeException extends SerializationException {
  /** `VersionMismatch` when the envelope is in another SOAP version's namespace, else the sender's fault. */
  constructor(message: string, readonly faultCode: 'VersionMismatch' | 'Sender' = 'Sender') {
    super(message, { errorCode: 'SerializationException' });
  }
}
