/**
 * Mounts ServiceStack's SOAP endpoints on a host, as one raw handler:
 *
 *   addSoapEndpoints(host);                           // POST /soap11 and POST /soap12
 *   addSoapEndpoints(host, { errors: 'servicestack' }); // ServiceStack's error replies, no Faults
 *   addSoapEndpoints(host, { operations: (op) => op.dialect !== 'gateway' }); // only some operations
 *
 * `GET /soap11` and `GET /soap12` are the WSDLs, which ServiceStack serves only with its Metadata
 * feature on: here `addMetadataPages` (metadata/) serves them for every host that has SOAP
 * endpoints, so the WSDL and XSD generators stay in the metadata layer and only read the registry.
 */
import type { AppHost } from '../host/app-host.js';
import type { Operation } from '../host/operation.js';
import { handleSoapRequest } from './handle-soap-request.js';
import type { SoapErrorStyle } from './soap-error-response.js';
import { soapOperations, type SoapOperation } from './soap-operations.js';
import { SOAP11, SOAP12, type SoapVersionInfo } from './soap-version.js';

/** ServiceStack's HostConfig.DefaultWsdlNamespace. */
export const DEFAULT_WSDL_NAMESPACE = 'http://schemas.servicestack.net/types';

export interface SoapEndpointOptions {
  /** Serve SOAP 1.1 at /soap11 (default true). */
  soap11?: boolean;
  /** Serve SOAP 1.2 at /soap12 (default true). */
  soap12?: boolean;
  /** How failed operations answer: a SOAP Fault (default) or ServiceStack's 200 + X-Status reply. */
  errors?: SoapErrorStyle;
  /** HostConfig.WsdlServiceNamespace: WSDL targetNamespace, SOAPAction prefix, X-Status header namespace. */
  serviceNamespace?: string;
  /** HostConfig.SoapServiceName: names the WSDL's port types, bindings and services (default none: `SyncReply`). */
  serviceName?: string;
  /**
   * Which registered operations SOAP carries (default all): the others are neither in the WSDL
   * nor callable, and a message naming one gets the unknown-operation Fault.
   */
  operations?: (op: Operation) => boolean;
}

export interface SoapEndpoints {
  readonly versions: readonly SoapVersionInfo[];
  readonly errors: SoapErrorStyle;
  readonly serviceNamespace: string;
  readonly serviceName: string | undefined;
  readonly exposes: (op: Operation) => boolean;
}

const mounted = new WeakMap<AppHost, SoapEndpoints>();

/** The SOAP endpoints mounted on a host, if any (the metadata pages read this). */
export function soapEndpointsOf(host: AppHost): SoapEndpoints | undefined {
  return mounted.get(host);
}

/** The operations a host's SOAP endpoints carry, for the WSDL and XSDs (none without endpoints). */
export function exposedSoapOperations(host: AppHost): SoapOperation[] {
  const endpoints = mounted.get(host);
  return endpoints ? soapOperations(host.operations.values()).filter((o) => endpoints.exposes(o.op)) : [];
}

export function addSoapEndpoints(host: AppHost, options: SoapEndpointOptions = {}): AppHost {
  if (mounted.has(host)) throw new Error('SOAP endpoints are already mounted on this host');
  const endpoints: SoapEndpoints = Object.freeze({
    versions: Object.freeze([...(options.soap11 !== false ? [SOAP11] : []), ...(options.soap12 !== false ? [SOAP12] : [])]),
    errors: options.errors ?? 'fault',
    serviceNamespace: options.serviceNamespace ?? DEFAULT_WSDL_NAMESPACE,
    serviceName: options.serviceName,
    exposes: options.operations ?? (() => true),
  });
  mounted.set(host, endpoints);
  return host.addRawHandler((req, path) => {
    // GET/HEAD are the WSDL (metadata pages); OPTIONS stays with the pipeline's CORS answer.
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return undefined;
    const lower = path.toLowerCase().replace(/\/$/, '');
    const soap = endpoints.versions.find((v) => v.path === lower);
    return soap ? handleSoapRequest(host, soap, endpoints, req) : undefined;
  });
}
