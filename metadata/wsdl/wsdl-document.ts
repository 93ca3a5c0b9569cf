/**
 * The WSDL ServiceStack serves at `GET /soap11` and `GET /soap12` (WsdlTemplateBase with
 * Soap11WsdlTemplate / Soap12WsdlTemplate, filled by WsdlMetadataHandlerBase): the XSD of every
 * DTO the SOAP operations reach, a `{Op}In`/`{Op}Out` message pair per reply operation and an
 * `{Op}In` message per one-way operation, the `I{Service}` port types, SOAP 1.1
 * `BasicHttpBinding_…` or SOAP 1.2 `WSHttpBinding_…` bindings with document/literal operations
 * whose soapAction is `{WsdlServiceNamespace}/{Op}`, and the `{Service}SyncReply` /
 * `{Service}AsyncOneWay` services at the endpoint URL. The template text is ServiceStack's.
 *
 * One deliberate difference: ServiceStack names every message part `tns:{Op}` and
 * `tns:{Op}Response`, which only resolves when the DTOs' contract namespace is the WSDL
 * namespace (the recommended `[assembly: ContractNamespace]` setup). Here each part names its
 * DTO's actual contract — `tns:` in that setup, byte for byte ServiceStack's output, and a
 * declared `qN:` prefix otherwise — so the WSDL stays valid for any DTO namespace, and a reply
 * part names the response type the operation really returns.
 */
import { exposedSoapOperations, type AppHost, type SoapVersionInfo, type TypeRef } from '../../src/index.js';
import { stableName, type QName } from '../../src/framework/formats/xml/contract-names.js';
import { SERIALIZATION_NS, XSD_NS } from '../../src/framework/formats/xml/xml-namespaces.js';
import { xsdSchemas, xsdText } from './xsd-schemas.js';

export interface WsdlOptions {
  readonly soap: SoapVersionInfo;
  /** Absolute URL of the endpoint (`http://host/soap11`), the services' address. */
  readonly endpointUrl: string;
  /** HostConfig.WsdlServiceNamespace. */
  readonly serviceNamespace: string;
  /** HostConfig.SoapServiceName (undefined in a default ServiceStack host). */
  readonly serviceName?: string | undefined;
}

const SOAP11_BINDING = 'BasicHttpBinding';
const SOAP12_BINDING = 'WSHttpBinding';

/** The roots ServiceStack hands its XSD generator: every request type, then every response type. */
export function soapRootTypes(host: AppHost): TypeRef[] {
  const ops = exposedSoapOperations(host);
  const requests = [...new Set(ops.map((o) => o.op.requestType))].map((ctor): TypeRef => ({ kind: 'class', ctor }));
  const responses = ops.flatMap((o) => (o.responseType ? [o.responseType] : []));
  const seen = new Set(requests.map((t) => stableKey(t)));
  return [...requests, ...responses.filter((t) => !seen.has(stableKey(t)) && seen.add(stableKey(t)))];
}

/** A type's contract name, which says when two roots are the same type. */
const stableKey = (t: TypeRef): string => { const q = stableName(t); return `${q.ns} ${q.name}`; };

export function wsdlDocument(host: AppHost, o: WsdlOptions): string {
  const ops = exposedSoapOperations(host);
  const reply = ops.filter((x) => x.responseType);
  const oneWay = ops.filter((x) => !x.responseType);
  const tnsNs = o.serviceNamespace;
  const extraNs: string[] = [];
  const qname = (q: QName): string => {
    if (q.ns === tnsNs) return `tns:${q.name}`;
    if (!extraNs.includes(q.ns)) extraNs.push(q.ns);
    return `q${extraNs.indexOf(q.ns) + 1}:${q.name}`;
  };
  // A primitive's root element is DataContractSerializer's, in its serialization namespace (`<long xmlns="…/Serialization/">`).
  const element = (t: TypeRef): string => { const q = stableName(t); return qname(q.ns === XSD_NS ? { ns: SERIALIZATION_NS, name: q.name } : q); };

  const replyMessages = reply.map(({ op, responseType }) => `<wsdl:message name="${op.name}In">
        <wsdl:part name="par" element="${element({ kind: 'class', ctor: op.requestType })}" />
    </wsdl:message>
    <wsdl:message name="${op.name}Out">
        <wsdl:part name="par" element="${element(responseType!)}" />
    </wsdl:message>`).join('');
  const oneWayMessages = oneWay.map(({ op }) => `<wsdl:message name="${op.name}In">
        <wsdl:part name="par" element="${element({ kind: 'class', ctor: op.requestType })}" />
    </wsdl:message>`).join('');

  const soapPrefix = o.soap.version === '1.1' ? 'soap' : 'soap12';
  const bindingKind = o.soap.version === '1.1' ? SOAP11_BINDING : SOAP12_BINDING;
  const actionNs = tnsNs.endsWith('/') ? tnsNs : `${tnsNs}/`;
  const action = (name: string, withOutput: boolean): string => `<wsdl:operation name="${name}">
      <${soapPrefix}:operation soapAction="${actionNs}${name}" style="document" />
      <wsdl:input>
        <${soapPrefix}:body use="literal" />
      </wsdl:input>${withOutput ? `
      <wsdl:output>
        <${soapPrefix}:body use="literal" />
      </wsdl:output>` : ''}
    </wsdl:operation>`;
  const binding = (svc: string, actions: string): string => `<wsdl:binding name="${bindingKind}_I${svc}" type="svc:I${svc}">
        <${soapPrefix}:binding transport="http://schemas.xmlsoap.org/soap/http" />
        ${actions}
    </wsdl:binding>`;
  const service = (name: string, svc: string): string => `<wsdl:service name="${name}">
        <wsdl:port name="${bindingKind}_I${svc}" binding="svc:${bindingKind}_I${svc}">
            <${soapPrefix}:address location="${o.endpointUrl}" />
        </wsdl:port>
    </wsdl:service>`;

  const replyName = o.serviceName ?? 'SyncReply';
  const replyPortType = `<wsdl:portType name="I${replyName}">${reply.map(({ op }) => `<wsdl:operation name="${op.name}">
        <wsdl:input message="svc:${op.name}In" />
        <wsdl:output message="svc:${op.name}Out" />
    </wsdl:operation>`).join('')}</wsdl:portType>`;
  const replyBinding = binding(replyName, reply.map(({ op }) => action(op.name, true)).join(''));
  const replyService = service(`${o.serviceName ?? ''}SyncReply`, replyName);

  let oneWayPortType = '', oneWayBinding = '', oneWayService = '';
  if (oneWay.length > 0) {
    const svc = `${o.serviceName ?? ''}OneWay`;
    oneWayPortType = `<wsdl:portType name="I${svc}">${oneWay.map(({ op }) => `<wsdl:operation name="${op.name}">
        <wsdl:input message="svc:${op.name}In" />
    </wsdl:operation>`).join('')}</wsdl:portType>`;
    oneWayBinding = binding(svc, oneWay.map(({ op }) => action(op.name, false)).join(''));
    oneWayService = service(`${o.serviceName ?? ''}AsyncOneWay`, svc);
  }

  const xsd = xsdText(xsdSchemas(soapRootTypes(host)));
  // Prefixes for DTO namespaces other than the WSDL's own go on the template's blank line.
  const extra = extraNs.length ? extraNs.map((ns, i) => `    xmlns:q${i + 1}="${ns}" `).join('\n') : '    ';
  return `<?xml version="1.0" encoding="utf-8"?>
<wsdl:definitions name="${o.soap.version === '1.1' ? 'Soap11' : 'Soap12'}" 
    targetNamespace="${tnsNs}" 
    xmlns:svc="${tnsNs}" 
    xmlns:tns="${tnsNs}" 
${extra}
    xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" 
    xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" 
    xmlns:soap12="http://schemas.xmlsoap.org/wsdl/soap12/" 
    xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd" 
    xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/" 
    xmlns:wsam="http://www.w3.org/2007/05/addressing/metadata" 
    xmlns:wsa="http://schemas.xmlsoap.org/ws/2004/08/addressing" 
    xmlns:wsp="http://schemas.xmlsoap.org/ws/2004/09/policy" 
    xmlns:wsap="http://schemas.xmlsoap.org/ws/2004/08/addressing/policy" 
    xmlns:xsd="http://www.w3.org/2001/XMLSchema" 
    xmlns:msc="http://schemas.microsoft.com/ws/2005/12/wsdl/contract" 
    xmlns:wsaw="http://www.w3.org/2006/05/addressing/wsdl" 
    xmlns:wsa10="http://www.w3.org/2005/08/addressing" 
    xmlns:wsx="http://schemas.xmlsoap.org/ws/2004/09/mex">

\t<wsdl:types>
\t\t${xsd}
\t</wsdl:types>

\t${replyMessages}

\t${oneWayMessages}

\t${replyPortType}

\t${oneWayPortType}

\t${replyBinding}
        
\t${oneWayBinding}

\t${replyService}

\t${oneWayService}
\t
</wsdl:definitions>`;
}
