/**
 * The two SOAP versions ServiceStack serves: the endpoint path, the envelope namespace, the
 * content type of replies and how a Fault is spelled. ServiceStack builds its messages with WCF's
 * `MessageVersion.Soap11WSAddressingAugust2004` / `Soap12WSAddressingAugust2004`, so a request's
 * `wsa:Action` header is read in the August 2004 WS-Addressing namespace.
 */
export type SoapVersion = '1.1' | '1.2';

export interface SoapVersionInfo {
  readonly version: SoapVersion;
  /** `/soap11` or `/soap12` (ServiceStack's SoapMetadataConfig SyncReplyUri, also its WSDL URL). */
  readonly path: string;
  readonly envelopeNs: string;
  /** Content-Type of a reply whose request carried no `action` parameter. */
  readonly contentType: string;
  /** Fault codes for a client (4xx) and a server (5xx) error. */
  readonly senderCode: string;
  readonly receiverCode: string;
}

export const WS_ADDRESSING_2004_NS = 'http://schemas.xmlsoap.org/ws/2004/08/addressing';
export const WS_ADDRESSING_2005_NS = 'http://www.w3.org/2005/08/addressing';

export const SOAP11: SoapVersionInfo = Object.freeze({
  version: '1.1', path: '/soap11', envelopeNs: 'http://schemas.xmlsoap.org/soap/envelope/',
  contentType: 'text/xml; charset=utf-8', senderCode: 'Client', receiverCode: 'Server',
});

export const SOAP12: SoapVersionInfo = Object.freeze({
  version: '1.2', path: '/soap12', envelopeNs: 'http://www.w3.org/2003/05/soap-envelope',
  contentType: 'application/soap+xml; charset=utf-8', senderCode: 'Sender', receiverCode: 'Receiver',
});

export const soapVersionInfo = (v: SoapVersion): SoapVersionInfo => (v === '1.1' ? SOAP11 : SOAP12);
