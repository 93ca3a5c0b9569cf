/**
 * The SOAP metadata pages, for hosts with SOAP endpoints: the WSDLs at `GET /soap11` and
 * `GET /soap12` (any query string, `?wsdl` included, as ServiceStack's SOAP handlers answer every
 * GET with the WSDL) and the schemas at `/metadata?xsd=N` (BaseSoapMetadataHandler: N indexes the
 * exported schema set, 0 being the Serialization schema).
 */
import { soapEndpointsOf, type HttpRequestData, type HttpResponseData } from '../../src/index.js';
import { baseUrlOf, type DocsContext } from '../shared/docs-context.js';
import { writeTree } from './xml-tree.js';
import { soapRootTypes, wsdlDocument } from './wsdl-document.js';
import { xsdSchemas } from './xsd-schemas.js';

const XML = 'text/xml; charset=utf-8';

export function wsdlPage(ctx: DocsContext, req: HttpRequestData, path: string, query: ReadonlyMap<string, string>, baseUrl?: string): HttpResponseData | undefined {
  const endpoints = soapEndpointsOf(ctx.host);
  if (!endpoints) return undefined;
  const lower = path.toLowerCase().replace(/\/$/, '');
  if (lower === '/metadata' && query.has('xsd')) {
    const schemas = xsdSchemas(soapRootTypes(ctx.host));
    const n = Number(query.get('xsd'));
    const schema = Number.isInteger(n) && n >= 0 ? schemas[n] : undefined;
    if (!schema) return { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: `No schema xsd=${query.get('xsd')}; there are ${schemas.length}.` };
    return { status: 200, headers: { 'Content-Type': XML }, body: `<?xml version="1.0" encoding="utf-8"?>\n${writeTree(schema.root)}` };
  }
  const soap = endpoints.versions.find((v) => v.path === lower);
  if (!soap) return undefined;
  const endpointUrl = `${baseUrlOf(req, ctx.basePath, baseUrl)}${soap.path}`;
  const body = wsdlDocument(ctx.host, { soap, endpointUrl, serviceNamespace: endpoints.serviceNamespace, serviceName: endpoints.serviceName });
  return { status: 200, headers: { 'Content-Type': XML }, body };
}

/** The index page's links: the WSDLs, then one per exported schema. */
export function soapLinks(ctx: DocsContext): { wsdls: string[]; xsds: { index: number; namespace: string }[] } | undefined {
  const endpoints = soapEndpointsOf(ctx.host);
  if (!endpoints) return undefined;
  return {
    wsdls: endpoints.versions.map((v) => `${ctx.basePath}${v.path}`),
    xsds: xsdSchemas(soapRootTypes(ctx.host)).map((s, index) => ({ index, namespace: s.targetNamespace })),
  };
}
