/**
 * The schema XsdDataContractExporter always exports first: DataContractSerializer's own
 * namespace, with its primitive elements and the char, duration and guid types
 * (System.Runtime.Serialization's `Globals.SerializationSchema`, as Mono's reference-source
 * build writes it). ServiceStack lists it as xsd=0, "Wcf Data Types".
 */
import { SERIALIZATION_NS } from '../../src/framework/formats/xml/xml-namespaces.js';
import { el, type XNode } from './xml-tree.js';

const PRIMITIVES = ['anyType', 'anyURI', 'base64Binary', 'boolean', 'byte', 'dateTime', 'decimal', 'double', 'float', 'int',
  'long', 'QName', 'short', 'string', 'unsignedByte', 'unsignedInt', 'unsignedLong', 'unsignedShort'];

const restriction = (base: string, facets: XNode[]): XNode => el('xs:restriction', [['base', base]], facets);

export function serializationSchema(): XNode {
  return el('xs:schema', [
    ['xmlns:tns', SERIALIZATION_NS], ['attributeFormDefault', 'qualified'], ['elementFormDefault', 'qualified'],
    ['targetNamespace', SERIALIZATION_NS], ['xmlns:xs', 'http://www.w3.org/2001/XMLSchema'],
  ], [
    ...PRIMITIVES.map((p) => el('xs:element', [['name', p], ['nillable', 'true'], ['type', `xs:${p}`]])),
    el('xs:element', [['name', 'char'], ['nillable', 'true'], ['type', 'tns:char']]),
    el('xs:simpleType', [['name', 'char']], [restriction('xs:int', [])]),
    el('xs:element', [['name', 'duration'], ['nillable', 'true'], ['type', 'tns:duration']]),
    el('xs:simpleType', [['name', 'duration']], [restriction('xs:duration', [
      el('xs:pattern', [['value', '\\-?P(\\d*D)?(T(\\d*H)?(\\d*M)?(\\d*(\\.\\d*)?S)?)?']]),
      el('xs:minInclusive', [['value', '-P10675199DT2H48M5.4775808S']]),
      el('xs:maxInclusive', [['value', 'P10675199DT2H48M5.4775807S']]),
    ])]),
    el('xs:element', [['name', 'guid'], ['nillable', 'true'], ['type', 'tns:guid']]),
    el('xs:simpleType', [['name', 'guid']], [restriction('xs:string', [
      el('xs:pattern', [['value', '[\\da-fA-F]{8}-[\\da-fA-F]{4}-[\\da-fA-F]{4}-[\\da-fA-F]{4}-[\\da-fA-F]{12}']]),
    ])]),
    el('xs:attribute', [['name', 'FactoryType'], ['type', 'xs:QName']]),
    el('xs:attribute', [['name', 'Id'], ['type', 'xs:ID']]),
    el('xs:attribute', [['name', 'Ref'], ['type', 'xs:IDREF']]),
  ]);
}
