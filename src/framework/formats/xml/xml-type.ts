/**
 * `[XmlType(TypeName = …)]`: the element name XmlSerializer uses for a class. Needed where it
 * differs from the DataContract name, chiefly closed generics: DataContractSerializer calls
 * `Envelope<Poco>` `EnvelopeOfPocogTlTk_SBE` (given by `@Dto({ name })`), XmlSerializer calls it
 * `EnvelopeOfPoco`. Kept beside the XML codec because only XmlSerializer reads it.
 */
import type { Constructor } from '../../types/type-ref.js';

const names = new WeakMap<Constructor, string>();

export function XmlType(typeName: string): (target: Constructor) => void {
  return (target) => { names.set(target, typeName); };
}

/** The XmlType name declared on this very class, if any (not inherited, as in .NET). */
export function xmlTypeName(ctor: Constructor): string | undefined {
  return names.get(ctor);
}
