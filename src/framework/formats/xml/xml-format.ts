/**
 * The XML Format: DataContractSerializer everywhere (ServiceStack only speaks that dialect, and
 * it is Web API's default), XmlSerializer for ASP.NET Web API DTOs declared
 * `@Dto({ dialect: 'aspnet', xml: 'XmlSerializer' })` (seed 001). The declaration is written when
 * `options.xmlDeclaration` says so (ServiceStack: yes; Web API: no).
 */
import { getDtoMeta, type XmlStyle } from '../../dto/dto-meta.js';
import { SerializationException } from '../../errors/exceptions.js';
import type { Constructor, TypeRef } from '../../types/type-ref.js';
import type { CodecOptions } from '../codec-options.js';
import type { Format } from '../format.js';
import { writeDataContract } from './dcs-writer.js';
import type { XmlSerializerKind } from './xml-plans.js';
import { readXml } from './xml-reader.js';
import { xmlSettings } from './xml-settings.js';
import { writeXmlSerializer } from './xs-writer.js';

function firstClass(t: TypeRef): Constructor | undefined {
  if (t.kind === 'class') return t.ctor;
  if (t.kind === 'list' || t.kind === 'nullable') return firstClass(t.of);
  return undefined;
}

/** Which .NET serializer a value of `type` goes through under these options. */
export function xmlSerializerFor(type: TypeRef, options: CodecOptions, override?: XmlStyle): XmlSerializerKind {
  if (override) return override === 'XmlSerializer' ? 'xs' : 'dcs';
  if (options.dialect !== 'aspnet') return 'dcs';
  const ctor = firstClass(type);
  return ctor && getDtoMeta(ctor).xml === 'XmlSerializer' ? 'xs' : 'dcs';
}

export function writeXml(value: unknown, type: TypeRef, options: CodecOptions, override?: XmlStyle): string {
  const settings = xmlSettings(options);
  return xmlSerializerFor(type, options, override) === 'xs'
    ? writeXmlSerializer(value, type, settings)
    : writeDataContract(value, type, settings);
}

/** Reads with the serializer `type` implies; anything but a SerializationException is a bug, but still reported as one. */
export function parseXml(text: string, type: TypeRef, options: CodecOptions, override?: XmlStyle): unknown {
  try {
    return readXml(text, type, xmlSerializerFor(type, options, override), xmlSettings(options));
  } catch (e) {
    if (e instanceof SerializationException) throw e;
    throw new SerializationException(`There was an error deserializing the object: ${(e as Error)?.message ?? String(e)}`, { cause: e });
  }
}

export const xmlFormat: Format = Object.freeze({
  name: 'xml',
  extension: 'xml',
  contentType: 'application/xml',
  mediaTypes: Object.freeze(['application/xml', 'text/xml']),
  write: (value: unknown, type: TypeRef, options: CodecOptions): string => writeXml(value, type, options),
  read: (text: string, type: TypeRef, options: CodecOptions): unknown => parseXml(text, type, options),
});
