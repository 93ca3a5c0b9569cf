/** Runs the shared conformance cases for every registered format. */
import assert from 'node:assert/strict';
import { csvFormat, escapeHtml, htmlFormat, isDto, jsonFormat, jsvFormat, xmlFormat } from '../../src/index.js';
import { runFormatCases, type FormatCase } from './format-cases.js';

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

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Every string the case holds in its DTOs, lists and dictionaries, as it must appear in a page:
 * escaped, as text. (A Guid is shown in its JSV form, 32 hex digits; dates, decimals and spans are
 * values, not strings.)
 */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return GUID.test(v) ? [] : [v];
  if (v === null || typeof v !== 'object') return [];
  const container = Array.isArray(v) || isDto(v.constructor) || Object.getPrototypeOf(v) === null || Object.getPrototypeOf(v) === Object.prototype;
  return container ? Object.values(v).flatMap(strings) : [];
}

/** The report writes every string of the value as escaped text, and never a tag of its own making from one. */
function htmlShowsEveryString(text: string, c: FormatCase): void {
  assert.match(text, /^<!doctype html>\n<html lang="en">/);
  for (const s of strings(c.value)) assert.ok(text.includes(`<span class="value">${escapeHtml(s)}</span>`) || s === '', `${JSON.stringify(s)} in ${text}`);
  assert.ok(!text.includes('<Sons>'), 'markup in a value stays text');
}
runFormatCases(htmlFormat, { dialects: ['servicestack', 'aspnet', 'gateway'], check: htmlShowsEveryString });
