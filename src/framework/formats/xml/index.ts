/**
 * The XML codec: DataContractSerializer and XmlSerializer, both directions.
 *
 *   xml.stringify(dto, MyDto, { dialect: 'aspnet', xmlDeclaration: false })
 *   xml.parse(text, MyDto)             // → a MyDto instance
 *
 * `serializer` forces one of the two regardless of the DTO's `@Dto({ xml })`.
 */
import type { XmlStyle } from '../../dto/dto-meta.js';
import { resolveTypeSpec, type TypeSpec } from '../../types/type-ref.js';
import { codecOptions, type CodecOptions, type CodecOptionsInput } from '../codec-options.js';
import { parseXml, writeXml } from './xml-format.js';

export type XmlCallOptions = CodecOptionsInput & { serializer?: XmlStyle };

function split(options: XmlCallOptions): [CodecOptions, XmlStyle | undefined] {
  const { serializer, ...rest } = options;
  return [codecOptions(rest), serializer];
}

export const xml = Object.freeze({
  stringify(value: unknown, type: TypeSpec, options: XmlCallOptions = {}): string {
    const [o, serializer] = split(options);
    return writeXml(value, resolveTypeSpec(type), o, serializer);
  },
  parse<T = unknown>(text: string, type: TypeSpec, options: XmlCallOptions = {}): T {
    const [o, serializer] = split(options);
    return parseXml(text, resolveTypeSpec(type), o, serializer) as T;
  },
});

export { xmlFormat, xmlSerializerFor } from './xml-format.js';
export { XmlType } from './xml-type.js';
export { genericContractName, stableName } from './contract-names.js';
export { canWriteWithXmlSerializer, describeDotNetError, XmlWriteRefusedException } from './xml-refusal.js';
