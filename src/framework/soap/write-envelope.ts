/**
 * SOAP reply envelopes as ServiceStack writes them: WCF's `Message.WriteMessage` into
 * `XmlWriter.Create` (UTF-8, declaration, no indentation). The envelope prefix is `s`; a Header
 * element appears only when there are headers; the DTO inside the Body is DataContractSerializer's
 * output, except that its `d{depth}p{n}` prefixes count the Envelope and Body (WCF hands the
 * serializer its own XmlDictionaryWriter, whose depth includes them: `d4p1` where a plain
 * document has `d2p1`).
 */
import type { TypeRef } from '../types/type-ref.js';
import { writeDataContract } from '../formats/xml/dcs-writer.js';
import { escapeText } from '../formats/xml/xml-escape.js';
import { XML_DECLARATION } from '../formats/xml/xml-namespaces.js';
import type { XmlSettings } from '../formats/xml/xml-settings.js';
import { WS_ADDRESSING_2004_NS, type SoapVersionInfo } from './soap-version.js';

export interface EnvelopeContent {
  /** WS-Addressing Action header (`{Op}Response`), written when the request carried one. */
  readonly action?: string | undefined;
  /** ServiceStack's error status header, `<X-Status xmlns="{WsdlServiceNamespace}">400</X-Status>`. */
  readonly xStatus?: { readonly status: number; readonly ns: string } | undefined;
  /** The Body's content, already serialized. */
  readonly body: string;
}

export function soapEnvelope(soap: SoapVersionInfo, content: EnvelopeContent): string {
  const headers: string[] = [];
  // WCF's ActionHeader: the shared `a` prefix is declared on the Envelope, mustUnderstand="1".
  if (content.action !== undefined) headers.push(`<a:Action s:mustUnderstand="1">${escapeText(content.action, null)}</a:Action>`);
  if (content.xStatus) headers.push(`<X-Status xmlns="${escapeText(content.xStatus.ns, null)}">${content.xStatus.status}</X-Status>`);
  const a = content.action !== undefined ? ` xmlns:a="${WS_ADDRESSING_2004_NS}"` : '';
  const head = headers.length ? `<s:Header>${headers.join('')}</s:Header>` : '';
  return `${XML_DECLARATION}<s:Envelope xmlns:s="${soap.envelopeNs}"${a}>${head}<s:Body>${content.body}</s:Body></s:Envelope>`;
}

/**
 * A DTO (or null: a void operation, written as DataContractSerializer writes a null `object`,
 * `<anyType i:nil="true" …/>`) as the content of an element `depth` levels into the envelope.
 */
export function soapBodyXml(value: unknown, type: TypeRef | undefined, settings: XmlSettings, depth: number): string {
  const s: XmlSettings = { ...settings, declaration: false, pretty: false, textWriter: false };
  if (value === null || value === undefined || !type) return writeDataContract(null, { kind: 'primitive', name: 'object' }, s, depth);
  return writeDataContract(value, type, s, depth);
}
