/** Runs the shared conformance cases for every registered format. */
import { csvFormat, jsonFormat, jsvFormat, xmlFormat } from '../../src/index.js';
import { runFormatCases } from './format-cases.js';

runFormatCases(jsonFormat, {
  dialects: ['servicestack'],
  skip: {
    'sub-millisecond ticks': 'ServiceStack.Text JSON writes whole milliseconds (\\/Date(ms)\\/), servicestack-wire.md §4',
    'nested lists, dictionaries and a derived instance': 'checked in test/formats/json',
  },
});
runFormatCases(jsonFormat, {
  dialects: ['aspnet'],
  skip: {
    'nested lists, dictionaries and a derived instance': 'checked per dialect in test/formats/json (Json.NET writes no type information, so a derived instance reads back as its base class)',
  },
});
runFormatCases(jsonFormat, {
  dialects: ['gateway'],
  skip: {
    'value-type defaults': 'protojson omits default values, so they read back unset (dialects.md §3.3.3)',
    'nulls': 'covered: gateway never writes null; unset members stay unset',
    'nested lists, dictionaries and a derived instance': 'protojson has no inheritance',
    'enums and flags': 'proto enums have no [Flags]',
    'dates and durations': 'Timestamp is UTC-only and has no DateTimeOffset or TimeSpan; see test/formats/json',
    'scalars': 'proto has no char or decimal; see test/formats/json',
    'sub-millisecond ticks': 'Timestamp is covered in test/formats/json',
    'escaping #1 ""': 'the empty string is the proto default and is omitted, so it reads back unset (dialects.md §3.3.3)',
  },
});
runFormatCases(jsvFormat, { dialects: ['servicestack'] });
runFormatCases(xmlFormat, { dialects: ['servicestack', 'aspnet'] });
const CSV_EMPTY = 'CsvSerializer writes an empty string and a null alike (an empty field), and reads an empty field as null';
runFormatCases(csvFormat, { dialects: ['servicestack'], skip: { 'escaping #1 ""': CSV_EMPTY } });
runFormatCases(csvFormat, {
  dialects: ['aspnet'],
  skip: {
    'escaping #1 ""': CSV_EMPTY,
    'scalars': ".NET Framework (Web API 2's runtime) writes a double with 15 significant digits, so 0.1 + 0.2 reads back as 0.3, as its JSV does",
  },
});
