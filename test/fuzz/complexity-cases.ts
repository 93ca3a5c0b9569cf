/**
 * Inputs that stress one structural dimension of one reader each (attributes, namespace
 * declarations, siblings, depth, key length, value length, escapes, repeated keys, parts…), built
 * at any size n. complexity-guard.ts times them at n and 8n. Limits are raised out of the way so
 * that the reader's own algorithm is measured, not the cap that refuses the input first.
 */
import {
  codecOptions, jsonFormat, jsvFormat, xmlFormat, type CodecOptions, type Format, type TypeRef,
} from '../../src/index.js';
import { bindKeyValues } from '../../src/framework/binding/key-value-binder.js';
import { parseQueryString } from '../../src/framework/binding/query-string.js';
import { formFields } from '../../src/framework/binding/read-body.js';
import { openEnvelope } from '../../src/framework/soap/read-envelope.js';
import { SOAP12 } from '../../src/framework/soap/soap-version.js';
import { xmlSettings } from '../../src/framework/formats/xml/xml-settings.js';
import { Leaf, Nested, Scalars } from '../conformance/format-cases.js';

export interface ComplexityCase {
  reader: string;
  dimension: string;
  /** The smaller size; the guard also runs 8n. */
  n: number;
  build: (n: number) => string | Buffer;
  run: (input: string | Buffer) => unknown;
}

const UNBOUNDED = { maxDepth: 1_000_000, maxLength: 1e9, maxAttributes: 1e9, maxNamespaceDeclarations: 1e9 };
const nested: TypeRef = { kind: 'class', ctor: Nested };
const scalars: TypeRef = { kind: 'class', ctor: Scalars };
const repeat = (n: number, f: (i: number) => string): string => Array.from({ length: n }, (_, i) => f(i)).join('');
const text = (input: string | Buffer): string => (typeof input === 'string' ? input : input.toString('utf8'));

/** Dimensions every tree format has, written by the format's own writer so each dialect gets its syntax. */
function writtenCases(format: Format, dialect: CodecOptions['dialect'], reader: string, escapes = '"\\<&>\n\t\u0001é😀,{}'): ComplexityCase[] {
  const o = codecOptions({ dialect, timeZone: 'UTC', limits: UNBOUNDED });
  const write = (value: object, type: TypeRef): string => format.write(value, type, o);
  const read = (type: TypeRef) => (input: string | Buffer): unknown => format.read(text(input), type, o);
  const counts = (n: number): Record<string, number> => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]));
  return [
    { reader, dimension: 'siblings (list items)', n: 20_000, build: (n) => write(Object.assign(new Nested(), { Ints: Array(n).fill(7) }), nested), run: read(nested) },
    { reader, dimension: 'objects in a list', n: 3_000, build: (n) => write(Object.assign(new Nested(), { Leaves: Array.from({ length: n }, (_, i) => Object.assign(new Leaf(), { Id: i, Label: 'x' })) }), nested), run: read(nested) },
    { reader, dimension: 'map keys', n: 5_000, build: (n) => write(Object.assign(new Nested(), { Counts: counts(n) }), nested), run: read(nested) },
    { reader, dimension: 'key length', n: 50_000, build: (n) => write(Object.assign(new Nested(), { Counts: { ['k'.repeat(n)]: 1 } }), nested), run: read(nested) },
    { reader, dimension: 'value length', n: 100_000, build: (n) => write(Object.assign(new Scalars(), { Text: 'v'.repeat(n) }), scalars), run: read(scalars) },
    { reader, dimension: 'escapes', n: 20_000, build: (n) => write(Object.assign(new Scalars(), { Text: escapes.repeat(n) }), scalars), run: read(scalars) },
  ];
}

function jsonCases(dialect: CodecOptions['dialect']): ComplexityCase[] {
  const reader = `JSON (${dialect})`;
  const o = codecOptions({ dialect, timeZone: 'UTC', limits: UNBOUNDED });
  const run = (input: string | Buffer): unknown => jsonFormat.read(text(input), nested, o);
  return [
    ...writtenCases(jsonFormat, dialect, reader),
    { reader, dimension: 'unknown members', n: 10_000, build: (n) => `{${repeat(n, (i) => `"u${i}":${i},`)}"x":1}`, run },
    { reader, dimension: 'repeated keys', n: 10_000, build: (n) => `{${repeat(n, () => '"Single":{"Id":1},')}"x":1}`, run },
    { reader, dimension: 'depth (unknown member)', n: 1_000, build: (n) => `{"u":${'['.repeat(n)}${']'.repeat(n)}}`, run },
    { reader, dimension: 'whitespace', n: 100_000, build: (n) => `{${' '.repeat(n)}"Ints":[1]}`, run },
  ];
}

function jsvCases(): ComplexityCase[] {
  const reader = 'JSV';
  const o = codecOptions({ timeZone: 'UTC', limits: UNBOUNDED });
  const run = (input: string | Buffer): unknown => jsvFormat.read(text(input), nested, o);
  return [
    ...writtenCases(jsvFormat, 'servicestack', reader),
    { reader, dimension: 'unknown members', n: 10_000, build: (n) => `{${repeat(n, (i) => `u${i}:${i},`)}x:1}`, run },
    { reader, dimension: 'repeated keys', n: 10_000, build: (n) => `{${repeat(n, () => 'Single:{Id:1},')}x:1}`, run },
    { reader, dimension: 'depth (unknown member)', n: 1_000, build: (n) => `{u:${'['.repeat(n)}${']'.repeat(n)}}`, run },
    { reader, dimension: 'quoted escapes', n: 20_000, build: (n) => `{Strings:["${'a""b,'.repeat(n)}"]}`, run },
  ];
}

const SHAPES_NS = 'http://schemas.datacontract.org/2004/07/Stackport.Conformance';

function xmlCases(): ComplexityCase[] {
  const reader = 'XML (typed reader, xml-cursor)';
  const o = codecOptions({ timeZone: 'UTC', limits: UNBOUNDED });
  const ns = (xmlFormat.write(new Scalars(), scalars, o).match(/xmlns="([^"]*)"/) ?? [])[1] ?? SHAPES_NS;
  const doc = (attrs: string, inner: string): string => `<Scalars xmlns="${ns}"${attrs}>${inner}<Text>x</Text></Scalars>`;
  const run = (input: string | Buffer): unknown => xmlFormat.read(text(input), scalars, o);
  return [
    // U+0001 is left out: .NET writes it as `&#x1;`, which is not XML and is refused.
    ...writtenCases(xmlFormat, 'servicestack', reader, '"\\<&>\n\t\ré😀,{}'),
    ...writtenCases(xmlFormat, 'aspnet', 'XML (XmlSerializer)').slice(0, 1),
    { reader, dimension: 'attributes on one element', n: 16_000, build: (n) => doc(repeat(n, (i) => ` a${i}="1"`), ''), run },
    { reader, dimension: 'namespace declarations × elements', n: 2_500, build: (n) => doc(repeat(n, (i) => ` xmlns:p${i}="urn:${i}"`), repeat(n, () => '<u/>')), run },
    { reader, dimension: 'prefixed attributes (expanded-name check)', n: 16_000, build: (n) => doc(' xmlns:p="urn:p"' + repeat(n, (i) => ` p:a${i}="1"`), ''), run },
    { reader, dimension: 'unknown siblings', n: 20_000, build: (n) => doc('', repeat(n, () => '<u>1</u>')), run },
    { reader, dimension: 'depth (unknown element)', n: 1_000, build: (n) => doc('', `${'<u>'.repeat(n)}${'</u>'.repeat(n)}`), run },
    { reader, dimension: 'element name length', n: 50_000, build: (n) => doc('', `<${'u'.repeat(n)}></${'u'.repeat(n)}>`), run },
    { reader, dimension: 'entities and character references', n: 20_000, build: (n) => doc('', `<Text>${'&amp;&#x41;&#66;'.repeat(n)}</Text>`), run },
    { reader, dimension: 'CDATA sections', n: 20_000, build: (n) => doc('', `<Text>${'<![CDATA[a]]>'.repeat(n)}</Text>`), run },
    { reader, dimension: 'comments and PIs', n: 20_000, build: (n) => doc('', repeat(n, () => '<!--c--><?p d?>')), run },
  ];
}

function soapCases(): ComplexityCase[] {
  const reader = 'SOAP envelope (xml-cursor + fast-xml-parser validator)';
  const settings = xmlSettings(codecOptions({ timeZone: 'UTC', limits: UNBOUNDED }));
  const ns = (xmlFormat.write(new Scalars(), scalars, codecOptions()).match(/xmlns="([^"]*)"/) ?? [])[1] ?? SHAPES_NS;
  const env = (envAttrs: string, header: string, body = `<Scalars xmlns="${ns}"><Text>x</Text></Scalars>`): string =>
    `<s:Envelope xmlns:s="${SOAP12.envelopeNs}"${envAttrs}><s:Header>${header}</s:Header><s:Body>${body}</s:Body></s:Envelope>`;
  const run = (input: string | Buffer): unknown => openEnvelope(text(input), SOAP12, settings).read(scalars);
  return [
    // The validator only sees messages the cursor accepted, so at most maxAttributes (64) per element.
    { reader, dimension: 'header blocks of 64 attributes', n: 250, build: (n) => env('', repeat(n, () => `<h${repeat(63, (i) => ` a${i}="1"`)}/>`)), run },
    { reader, dimension: 'namespace declarations × header blocks', n: 2_500, build: (n) => env(repeat(n, (i) => ` xmlns:p${i}="urn:${i}"`), repeat(n, () => '<h/>')), run },
    { reader, dimension: 'header blocks', n: 20_000, build: (n) => env('', repeat(n, () => '<h a="1">t</h>')), run },
    { reader, dimension: 'depth in a header block', n: 1_000, build: (n) => env('', `${'<h>'.repeat(n)}${'</h>'.repeat(n)}`), run },
    { reader, dimension: 'entities in a header block', n: 20_000, build: (n) => env('', `<h>${'&amp;&#x41;'.repeat(n)}</h>`), run },
    { reader, dimension: 'payload siblings', n: 20_000, build: (n) => env('', '', `<Scalars xmlns="${ns}">${repeat(n, () => '<u>1</u>')}</Scalars>`), run },
  ];
}

/** Query string / urlencoded form → key/values → the binder (JSV reading per member). */
function keyValueCases(reader: string, read: (input: string | Buffer) => Promise<ReadonlyMap<string, string>> | ReadonlyMap<string, string>): ComplexityCase[] {
  const o = codecOptions({ timeZone: 'UTC', limits: UNBOUNDED });
  const run = async (input: string | Buffer): Promise<unknown> => {
    const dto = new Nested() as unknown as Record<string, unknown>;
    bindKeyValues(dto, Nested, await read(input), jsvFormat, o, {}, []);
    return dto;
  };
  return [
    { reader, dimension: 'pairs (distinct keys)', n: 20_000, build: (n) => repeat(n, (i) => `k${i}=1&`), run },
    { reader, dimension: 'repeated keys', n: 20_000, build: (n) => repeat(n, () => 'Ints=1&'), run },
    { reader, dimension: 'list value length', n: 20_000, build: (n) => `Ints=${repeat(n, () => '1,')}1`, run },
    { reader, dimension: 'key length', n: 100_000, build: (n) => `${'k'.repeat(n)}=1`, run },
    { reader, dimension: 'value length', n: 100_000, build: (n) => `Strings=${'v'.repeat(n)}`, run },
    { reader, dimension: 'percent escapes', n: 20_000, build: (n) => `Strings=${'%41%2C%E2%82%AC+'.repeat(n)}`, run },
  ];
}

function multipartCases(): ComplexityCase[] {
  const reader = 'multipart/form-data';
  const o = codecOptions({ timeZone: 'UTC', limits: UNBOUNDED });
  const body = (boundary: string, parts: [string, string][]): Buffer =>
    Buffer.from(parts.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join('') + `--${boundary}--\r\n`);
  const runWith = (boundary: string) => async (input: string | Buffer): Promise<unknown> => {
    const dto = new Nested() as unknown as Record<string, unknown>;
    bindKeyValues(dto, Nested, await formFields(`multipart/form-data; boundary=${boundary}`, input as Buffer), jsvFormat, o, {}, []);
    return dto;
  };
  const B = 'XyZ';
  return [
    { reader, dimension: 'parts (distinct names)', n: 2_000, build: (n) => body(B, Array.from({ length: n }, (_, i) => [`k${i}`, '1'])), run: runWith(B) },
    { reader, dimension: 'repeated names', n: 2_000, build: (n) => body(B, Array.from({ length: n }, () => ['Ints', '1'])), run: runWith(B) },
    { reader, dimension: 'value length', n: 100_000, build: (n) => body(B, [['Strings', 'v'.repeat(n)]]), run: runWith(B) },
    { reader, dimension: 'near-boundaries in a value', n: 20_000, build: (n) => body(B, [['Strings', `\r\n--Xy`.repeat(n)]]), run: runWith(B) },
    { reader, dimension: 'name length', n: 50_000, build: (n) => body(B, [['k'.repeat(n), '1']]), run: runWith(B) },
    // RFC 2046 caps boundaries at 70 characters; a longer one is measured anyway.
    { reader, dimension: 'boundary length', n: 5_000, build: (n) => body('b'.repeat(n), [['Strings', 'x'], ['Ints', '1']]), run: (input) => runWith('b'.repeat((text(input).indexOf('\r\n') - 2)))(input) },
  ];
}

export function complexityCases(): ComplexityCase[] {
  return [
    ...jsonCases('servicestack'), ...jsonCases('aspnet'), ...jsonCases('gateway'),
    ...jsvCases(), ...xmlCases(), ...soapCases(),
    ...keyValueCases('query string + binder', (input) => parseQueryString(text(input))),
    ...keyValueCases('urlencoded form + binder', (input) => formFields('application/x-www-form-urlencoded', Buffer.from(text(input)))),
    ...multipartCases(),
  ];
}
