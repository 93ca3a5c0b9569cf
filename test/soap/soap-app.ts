/**
 * The SOAP test app: the e2e suites' hello app with SOAP endpoints and the metadata pages (which
 * serve the WSDLs), plus envelope helpers.
 */
import { addSoapEndpoints, type AppHost, type HostConfig, type SoapEndpointOptions } from '../../src/index.js';
import { addMetadataPages } from '../../metadata/metadata-feature.js';
import { helloHost } from '../fixtures/hello-app.js';

export const SOAP11_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
export const SOAP12_NS = 'http://www.w3.org/2003/05/soap-envelope';
export const APP_NS = 'http://schemas.datacontract.org/2004/07/MyApp.ServiceModel';
export const XML_DECL = '<?xml version="1.0" encoding="utf-8"?>';

export function soapHost(options: SoapEndpointOptions = {}, config: Partial<HostConfig> = {}): AppHost {
  const { host } = helloHost(config);
  addSoapEndpoints(host, options);
  addMetadataPages(host);
  return host;
}

/** A request envelope as a hand-written client sends it: `soap` prefix, DTO in its contract namespace. */
export function envelope(ns: string, body: string, header = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="${ns}">${header ? `<soap:Header>${header}</soap:Header>` : ''}<soap:Body>${body}</soap:Body></soap:Envelope>`;
}
