/**
 * Reads a SOAP request envelope with the XML codec's pull parser (no DTD, bounded depth, length,
 * attributes and namespace declarations, namespaces resolved), stopping at the Body's first child
 * so the operation can be chosen before the request DTO is read from that very position — with
 * the namespace prefixes the envelope declared still in scope, as any SOAP toolkit expects. Once
 * the whole message has been read, fast-xml-parser checks it again (assert-well-formed.ts).
 */
import type { TypeRef } from '../types/type-ref.js';
import { XmlCursor, type XmlElement } from '../formats/xml/xml-cursor.js';
import { readXmlElement } from '../formats/xml/xml-reader.js';
import type { XmlSettings } from '../formats/xml/xml-settings.js';
import { assertWellFormed } from './assert-well-formed.js';
import { SoapEnvelopeException } from './soap-errors.js';
import { SOAP11, SOAP12, WS_ADDRESSING_2004_NS, WS_ADDRESSING_2005_NS, type SoapVersionInfo } from './soap-version.js';

export interface SoapRequest {
  /** The WS-Addressing `Action` header's text, if the envelope has one. */
  readonly action: string | undefined;
  /** The Body's first element (the request DTO), or null when the Body is empty. */
  readonly payload: XmlElement | null;
  /** Reads the payload as `type`, then the rest of the document (which must be well formed). */
  read(type: TypeRef): unknown;
}

export function openEnvelope(text: string, soap: SoapVersionInfo, settings: XmlSettings): SoapRequest {
  const cursor = new XmlCursor(text, settings.limits);
  const envelope = cursor.root();
  if (envelope.local !== 'Envelope') throw new SoapEnvelopeException(`Expecting a SOAP ${soap.version} 'Envelope' element, found '${envelope.local}'.`);
  if (envelope.ns !== soap.envelopeNs) {
    const other = envelope.ns === SOAP11.envelopeNs || envelope.ns === SOAP12.envelopeNs;
    throw new SoapEnvelopeException(other
      ? `The envelope is SOAP ${envelope.ns === SOAP11.envelopeNs ? '1.1' : '1.2'}; this endpoint (${soap.path}) expects SOAP ${soap.version} ('${soap.envelopeNs}').`
      : `The envelope namespace '${envelope.ns}' is not SOAP ${soap.version}'s ('${soap.envelopeNs}').`, 'VersionMismatch');
  }
  let action: string | undefined;
  let child = cursor.nextChild(envelope);
  if (child && child.local === 'Header' && child.ns === soap.envelopeNs) {
    for (let h = cursor.nextChild(child); h; h = cursor.nextChild(child)) {
      if (h.local === 'Action' && (h.ns === WS_ADDRESSING_2004_NS || h.ns === WS_ADDRESSING_2005_NS)) action = cursor.readText(h).trim();
      else cursor.skip(h);
    }
    child = cursor.nextChild(envelope);
  }
  if (!child || child.local !== 'Body' || child.ns !== soap.envelopeNs) {
    throw new SoapEnvelopeException(`The SOAP envelope has no 'Body' element${child ? ` (found '${child.local}')` : ''}.`);
  }
  const body = child;
  const payload = cursor.nextChild(body);
  let consumed = false;
  return {
    action,
    payload,
    read(type: TypeRef): unknown {
      if (!payload || consumed) throw new SoapEnvelopeException('The SOAP Body is empty.');
      consumed = true;
      const value = readXmlElement(cursor, payload, type, 'dcs', settings);
      // Anything after the request DTO is ignored, but must still be well-formed XML.
      for (let rest = cursor.nextChild(body); rest; rest = cursor.nextChild(body)) cursor.skip(rest);
      for (let rest = cursor.nextChild(envelope); rest; rest = cursor.nextChild(envelope)) cursor.skip(rest);
      // Nor may anything but markup follow the envelope: a message that is not one document never acts.
      cursor.end();
      assertWellFormed(text);
      return value;
    },
  };
}
