/**
 * Fuzz targets: every wire reader, the SOAP envelope reader and the query-string binder, fed
 * random and mutated input.
 * The property is the same for all: the reader returns a value or throws SerializationException
 * — never another error (a crash), never a stack overflow, never a hang.
 */
import fc from 'fast-check';
import {
  codecOptions, DotNetException, jsonFormat, jsvFormat, xmlFormat, type CodecOptions, type Format, type TypeRef,
} from '../../src/index.js';
import { bindKeyValues } from '../../src/framework/binding/key-value-binder.js';
import { parseQueryString } from '../../src/framework/binding/query-string.js';
import { xmlSettings } from '../../src/framework/formats/xml/xml-settings.js';
import { openEnvelope } from '../../src/framework/soap/read-envelope.js';
import { SOAP11 } from '../../src/framework/soap/soap-version.js';
import { CASES, Nested, Scalars } from '../conformance/format-cases.js';

/** Characters that matter to some grammar, plus a few that matter to none. */
const SYNTAX = [...'{}[]<>"\':,=&?/\\!-_.;@#%+ \t\r\n\u0000\u00ff\u2028\ud83d\ude00aZ09xe-tnulTF'];

const syntaxText = fc.array(fc.constantFrom(...SYNTAX), { maxLength: 200 }).map((cs) => cs.join(''));

/** A valid document with a few characters inserted, deleted or replaced. */
function mutated(seeds: string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.nat(), fc.constantFrom('ins', 'del', 'rep'), fc.constantFrom(...SYNTAX)), { minLength: 1, maxLength: 6 }))
    .map(([seed, edits]) => edits.reduce((s, [at, op, ch]) => {
      const i = s.length ? at % s.length : 0;
      return op === 'ins' ? s.slice(0, i) + ch + s.slice(i) : op === 'del' ? s.slice(0, i) + s.slice(i + 1) : s.slice(0, i) + ch + s.slice(i + 1);
    }, seed));
}

/** Pathologically deep or long inputs built from one repeated opener. */
const deep = fc.tuple(fc.constantFrom('[', '{"a":', '{a:', '<a>', '{Leaves:[', '"'), fc.integer({ min: 100, max: 20000 }))
  .map(([open, n]) => open.repeat(n));

export interface FuzzTarget { name: string; input: fc.Arbitrary<string>; run: (text: string) => void }

/** `lenient`: ServiceStack's ThrowOnError off, where a bad member is skipped and a truncated body kept. */
function readerTarget(format: Format, dialect: CodecOptions['dialect'], type: TypeRef, lenient = false): FuzzTarget {
  const options = codecOptions({ dialect, timeZone: 'UTC', throwOnError: !lenient });
  const seeds = CASES.map((c) => format.write(c.value, { kind: 'class', ctor: c.type }, options));
  return {
    name: `${format.name} reader (${dialect}${lenient ? ', lenient' : ''}) as ${type.kind === 'class' ? type.ctor.name : type.kind}`,
    input: fc.oneof({ weight: 3, arbitrary: mutated(seeds) }, { weight: 2, arbitrary: syntaxText }, { weight: 1, arbitrary: deep }),
    run: (text) => { format.read(text, type, options); },
  };
}

function binderTarget(): FuzzTarget {
  const options = codecOptions({ timeZone: 'UTC' });
  const key = fc.constantFrom('Text', 'int', 'LONG', 'decimal', 'Bool', 'Char', 'Guid', 'Bytes', 'Double', '__proto__', 'constructor', 'x');
  return {
    name: 'query-string binder (Scalars)',
    input: fc.array(fc.tuple(key, fc.oneof(syntaxText, fc.string())), { maxLength: 12 })
      .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')),
    run: (text) => {
      const dto = new Scalars() as unknown as Record<string, unknown>;
      bindKeyValues(dto, Scalars, parseQueryString(text), jsvFormat, options, {}, []);
    },
  };
}

/** SOAP 1.1 envelopes around the XML seeds: the cursor, then fast-xml-parser's validator. */
function soapTarget(type: TypeRef): FuzzTarget {
  const options = codecOptions({ timeZone: 'UTC' });
  const settings = xmlSettings(options);
  const seeds = CASES.map((c) => `<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="${SOAP11.envelopeNs}"><s:Header><h xmlns="urn:h" a="1">&amp;</h></s:Header>` +
    `<s:Body>${xmlFormat.write(c.value, { kind: 'class', ctor: c.type }, { ...options, xmlDeclaration: false })}</s:Body></s:Envelope>`);
  return {
    name: 'SOAP 1.1 envelope (xml-cursor + fast-xml-parser validator) as Nested',
    input: fc.oneof({ weight: 3, arbitrary: mutated(seeds) }, { weight: 2, arbitrary: syntaxText }, { weight: 1, arbitrary: deep }),
    run: (text) => { openEnvelope(text, SOAP11, settings).read(type); },
  };
}

export function fuzzTargets(): FuzzTarget[] {
  const nested: TypeRef = { kind: 'class', ctor: Nested };
  const scalars: TypeRef = { kind: 'class', ctor: Scalars };
  return [
    readerTarget(jsonFormat, 'servicestack', nested), readerTarget(jsonFormat, 'aspnet', scalars), readerTarget(jsonFormat, 'gateway', nested),
    readerTarget(jsvFormat, 'servicestack', nested), readerTarget(jsvFormat, 'servicestack', scalars),
    readerTarget(jsonFormat, 'servicestack', scalars, true), readerTarget(jsvFormat, 'servicestack', scalars, true),
    readerTarget(xmlFormat, 'servicestack', nested), readerTarget(xmlFormat, 'aspnet', scalars), soapTarget(nested),
    binderTarget(),
  ];
}

/**
 * Runs one target; returns the first failure (an input that crashed, or took longer than `slowMs`).
 * Only `npm run fuzz` sets `slowMs`: a wall-clock limit in `npm test` fails on a busy machine.
 */
export function fuzz(target: FuzzTarget, runs: number, seed?: number, slowMs = Infinity): { input: string; error: unknown } | undefined {
  let failure: { input: string; error: unknown } | undefined;
  const property = fc.property(target.input, (text) => {
    const started = performance.now();
    try {
      target.run(text);
    } catch (e) {
      if (!(e instanceof DotNetException) || e.errorCode !== 'SerializationException') {
        failure ??= { input: text, error: e };
        return false;
      }
    }
    const ms = performance.now() - started;
    if (ms > slowMs) { failure ??= { input: text, error: new Error(`took ${ms.toFixed(0)} ms`) }; return false; }
    return true;
  });
  const result = fc.check(property, { numRuns: runs, ...(seed === undefined ? {} : { seed }) });
  return result.failed ? failure ?? { input: String(result.counterexample?.[0]), error: result.errorInstance } : undefined;
}
