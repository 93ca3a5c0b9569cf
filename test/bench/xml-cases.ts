/**
 * XML codec benchmarks on a ~1 KB DTO (the oracle's ScalarShapes sample: Guids, decimals, doubles,
 * longs, bytes, chars, strings with escapes, enums), against fast-xml-parser doing the untyped
 * equivalent: XMLBuilder on a prepared plain object, and XMLParser.parse to a plain object.
 * Two more rows decide where fast-xml-parser serves (README, "XML reading"): the ordered tree a
 * typed reader standing on it would have to walk, and the SOAP read with its validator pass.
 */
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { codecOptions } from '../../src/framework/formats/codec-options.js';
import { xmlFormat } from '../../src/framework/formats/xml/xml-format.js';
import { DateShapes, ScalarShapes } from '../fixtures/oracle-dtos.js';
import { DateTime } from '../../src/framework/types/date-time.js';
import { DateTimeOffset } from '../../src/framework/types/date-time-offset.js';
import { Decimal } from '../../src/framework/types/decimal.js';
import { TimeSpan } from '../../src/framework/types/time-span.js';
import type { TypeRef } from '../../src/framework/types/type-ref.js';
import type { BenchCase } from './bench-case.js';
import { openEnvelope } from '../../src/framework/soap/read-envelope.js';
import { SOAP12 } from '../../src/framework/soap/soap-version.js';
import { xmlSettings } from '../../src/framework/formats/xml/xml-settings.js';

const sample = Object.assign(new ScalarShapes(), {
  Id: '3f2504e0-4f89-11d3-9a0c-0305e82c3301', EmptyGuid: '00000000-0000-0000-0000-000000000000',
  Dec: new Decimal('1.1'), DecTrailingZeros: new Decimal('1.10'), DecMax: new Decimal('79228162514264337593543950335'),
  Dbl: 1.1, DblSum: 0.1 + 0.2, DblBig: 1e21, DblSmall: 1e-7, DblNaN: NaN, DblInf: Infinity, Flt: 1.1,
  LongMax: 9223372036854775807n, LongMin: -9223372036854775808n, ULongMax: 18446744073709551615n, Byte: 255, Short: -32768,
  Bytes: Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255]), EmptyBytes: Buffer.alloc(0), Ch: 'A', ChZero: '\0', Flag: true,
  Text: 'a<b>&c "q" \'a\' çğü € 😀 tab\t end', Whitespace: '  padded  ', Empty: '', Null: null, Color: 2, Perms: 3, PermsNone: 0, PermsAll: 7,
});
const dates = Object.assign(new DateShapes(), {
  Utc: DateTime.utc(2024, 1, 2, 3, 4, 5), UtcWithMs: DateTime.utc(2024, 1, 2, 3, 4, 5, 120), UtcWithTicks: DateTime.utc(2024, 1, 2, 3, 4, 5, 123, 4567),
  Local: new DateTime(Date.UTC(2024, 6, 2, 3, 4, 5), 'Local'), LocalWithMs: new DateTime(Date.UTC(2024, 6, 2, 3, 4, 5, 7), 'Local'),
  Unspecified: new DateTime(Date.UTC(2024, 0, 2, 3, 4, 5), 'Unspecified'), UnspecifiedWithMs: new DateTime(Date.UTC(2024, 0, 2, 3, 4, 5, 100), 'Unspecified'),
  MinValue: DateTime.minValue, MaxValueUtc: DateTime.utc(9999, 12, 31, 23, 59, 59, 999, 9999),
  Offset: new DateTimeOffset(Date.UTC(2024, 0, 2, 0, 4, 5, 250), 180), OffsetUtc: new DateTimeOffset(Date.UTC(2024, 0, 2, 3, 4, 5), 0),
  Span: TimeSpan.fromParts(0, 1, 2, 3), SpanFraction: TimeSpan.fromMilliseconds(1500), SpanNegative: TimeSpan.fromParts(0, -1, -30),
  SpanDays: TimeSpan.fromParts(3, 4, 5, 6, 7), SpanZero: TimeSpan.zero,
});

const options = codecOptions({ dialect: 'servicestack', xmlDeclaration: false, timeZone: 'UTC' });
const scalarType: TypeRef = { kind: 'class', ctor: ScalarShapes };
const dateType: TypeRef = { kind: 'class', ctor: DateShapes };
const scalarXml = xmlFormat.write(sample, scalarType, options);
const dateXml = xmlFormat.write(dates, dateType, options);

/** The untyped equivalent of the document: what XMLBuilder is given and what XMLParser returns. */
const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, processEntities: true });
const plainScalars = parser.parse(scalarXml) as unknown;
const plainDates = parser.parse(dateXml) as unknown;
const builder = new XMLBuilder({ ignoreAttributes: false, suppressEmptyNode: true });
/** What a typed reader on fast-xml-parser needs: document order (repeated and mixed members), attributes (xmlns, i:nil, i:type), raw text. */
const orderedParser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, parseTagValue: false, processEntities: true, trimValues: false });
const soapXml = `<s:Envelope xmlns:s="${SOAP12.envelopeNs}"><s:Header><a:Action xmlns:a="http://schemas.xmlsoap.org/ws/2004/08/addressing">ScalarShapes</a:Action></s:Header><s:Body>${scalarXml}</s:Body></s:Envelope>`;
const soapSettings = xmlSettings(options);

export const cases: BenchCase[] = [
  {
    name: `XML DataContract write (${scalarXml.length} B ScalarShapes)`,
    baseline: { name: 'fast-xml-parser XMLBuilder', fn: () => builder.build(plainScalars) },
    subject: { name: 'xmlFormat.write', fn: () => xmlFormat.write(sample, scalarType, options) },
    target: { atLeast: 2 },
  },
  {
    name: `XML typed read (${scalarXml.length} B ScalarShapes)`,
    baseline: { name: 'fast-xml-parser XMLParser.parse', fn: () => parser.parse(scalarXml) },
    subject: { name: 'xmlFormat.read', fn: () => xmlFormat.read(scalarXml, scalarType, options) },
    target: { atMostTime: 1.2 },
  },
  {
    // Option B, a typed reader standing on fast-xml-parser, would have to validate (its parser
    // alone accepts two roots, &#0;, undeclared prefixes) and build the ordered tree before any
    // typed work; option A (xml-cursor) does all of its typed work in less time.
    name: `typed read vs the floor of a typed reader on fast-xml-parser (${scalarXml.length} B ScalarShapes)`,
    baseline: { name: 'XMLValidator.validate + XMLParser.parse (preserveOrder), no typed work', fn: () => XMLValidator.validate(scalarXml) && orderedParser.parse(scalarXml) },
    subject: { name: 'xmlFormat.read', fn: () => xmlFormat.read(scalarXml, scalarType, options) },
    target: { atLeast: 1 },
  },
  {
    name: `SOAP 1.2 request read (${soapXml.length} B envelope, fast-xml-parser validator included)`,
    baseline: { name: 'fast-xml-parser XMLParser.parse', fn: () => parser.parse(soapXml) },
    subject: { name: 'openEnvelope + read', fn: () => openEnvelope(soapXml, SOAP12, soapSettings).read(scalarType) },
    target: { atMostTime: 1.2 },
  },
  {
    name: `XML DataContract write (${dateXml.length} B DateShapes)`,
    baseline: { name: 'fast-xml-parser XMLBuilder', fn: () => builder.build(plainDates) },
    subject: { name: 'xmlFormat.write', fn: () => xmlFormat.write(dates, dateType, options) },
    target: { atLeast: 2 },
  },
  {
    name: `XML typed read (${dateXml.length} B DateShapes)`,
    baseline: { name: 'fast-xml-parser XMLParser.parse', fn: () => parser.parse(dateXml) },
    subject: { name: 'xmlFormat.read', fn: () => xmlFormat.read(dateXml, dateType, options) },
    target: { atMostTime: 1.2 },
  },
];
