/**
 * Hostile input: every failure is a SerializationException — DTDs and entity tricks, absurd
 * nesting, oversized bodies, malformed markup, undecodable bytes, random noise. How fast is
 * measured by `npm run bench` (hostile-cases.ts), never asserted here.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { SerializationException } from '../../../src/framework/errors/exceptions.js';
import { DEFAULT_LIMITS } from '../../../src/framework/formats/codec-options.js';
import { xml } from '../../../src/framework/formats/xml/index.js';
import { CollectionShapes, CreateTwoFactorSmsOtpRequest, PolymorphicHolder, ScalarShapes } from '../../fixtures/oracle-dtos.js';

const REQ_NS = 'http://schemas.datacontract.org/2004/07/BusinessLayer.Dto.Request';
const SHAPES_NS = 'http://schemas.datacontract.org/2004/07/Oracle.Shapes';
const VALID = `<CreateTwoFactorSmsOtpRequest xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="${REQ_NS}"><GsmNumber>905321234567</GsmNumber><IsSync>true</IsSync><MaxSMSCount>3</MaxSMSCount><Source i:nil="true" /><UserId>3f2504e0-4f89-11d3-9a0c-0305e82c3301</UserId></CreateTwoFactorSmsOtpRequest>`;
const DCS = { xmlDeclaration: false } as const;

function rejects(text: string, type: object = CreateTwoFactorSmsOtpRequest, pattern?: RegExp, options: object = DCS): void {
  assert.throws(() => xml.parse(text, type, options), (e: unknown) => {
    assert.ok(e instanceof SerializationException, `expected SerializationException, got ${String(e)}`);
    if (pattern) assert.match((e as Error).message, pattern);
    return true;
  });
}

describe('XML reader: hostile input', () => {
  it('refuses any DOCTYPE: billion laughs, external entities, internal subsets', () => {
    const laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
      Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('') +
      `]><CreateTwoFactorSmsOtpRequest xmlns="${REQ_NS}"><GsmNumber>&lol9;</GsmNumber></CreateTwoFactorSmsOtpRequest>`;
    rejects(laughs, CreateTwoFactorSmsOtpRequest, /DTD is prohibited/);
    rejects(`<!DOCTYPE x SYSTEM "file:///etc/passwd"><CreateTwoFactorSmsOtpRequest xmlns="${REQ_NS}"/>`, CreateTwoFactorSmsOtpRequest, /DTD is prohibited/);
    rejects(`<!doctype x><x/>`, CreateTwoFactorSmsOtpRequest, /DTD is prohibited/);
  });

  it('refuses undeclared entities (only the five predefined ones and character references exist)', () => {
    rejects(`<CreateTwoFactorSmsOtpRequest xmlns="${REQ_NS}"><GsmNumber>&lol;</GsmNumber></CreateTwoFactorSmsOtpRequest>`, CreateTwoFactorSmsOtpRequest, /undeclared entity 'lol'/);
    rejects(`<CreateTwoFactorSmsOtpRequest xmlns="${REQ_NS}"><GsmNumber>a & b</GsmNumber></CreateTwoFactorSmsOtpRequest>`);
    rejects(`<CreateTwoFactorSmsOtpRequest xmlns="${REQ_NS}"><GsmNumber>&#xD800;</GsmNumber></CreateTwoFactorSmsOtpRequest>`);
    rejects(`<CreateTwoFactorSmsOtpRequest xmlns="${REQ_NS}"><GsmNumber>&#x110000;</GsmNumber></CreateTwoFactorSmsOtpRequest>`);
  });

  it('refuses 10,000 levels of nesting, wherever they are', () => {
    const deep = '<a>'.repeat(10_000) + '</a>'.repeat(10_000);
    rejects(`<CreateTwoFactorSmsOtpRequest xmlns="${REQ_NS}"><Unknown>${deep}</Unknown></CreateTwoFactorSmsOtpRequest>`, CreateTwoFactorSmsOtpRequest, /maximum read depth \(64\)/);
    rejects(deep);
    const nestedLists = '<Mixed>' + '<BaseShape>'.repeat(10_000);
    rejects(`<PolymorphicHolder xmlns="${SHAPES_NS}">${nestedLists}`, PolymorphicHolder, /maximum read depth/);
    rejects('<a>'.repeat(10_000));
  });

  // "At once": the length check refuses it before any parsing, which the message shows.
  it('refuses a 10 MB body at once, and reads one within a raised limit', () => {
    const big = `<ScalarShapes xmlns="${SHAPES_NS}"><Text>${'x'.repeat(10 * 1024 * 1024)}</Text></ScalarShapes>`;
    rejects(big, ScalarShapes, /limit is 1048576/);
    const v = xml.parse<ScalarShapes>(big, ScalarShapes, { ...DCS, limits: { ...DEFAULT_LIMITS, maxLength: 20 * 1024 * 1024 } });
    assert.equal(v.Text!.length, 10 * 1024 * 1024, `read ${v.Text!.length} characters`);
    const manyElements = `<CollectionShapes xmlns="${SHAPES_NS}"><Ints xmlns:a="http://schemas.microsoft.com/2003/10/Serialization/Arrays">${'<a:int>1</a:int>'.repeat(600_000)}</Ints></CollectionShapes>`;
    const c = xml.parse<CollectionShapes>(manyElements, CollectionShapes, { ...DCS, limits: { ...DEFAULT_LIMITS, maxLength: 20 * 1024 * 1024 } });
    assert.equal(c.Ints!.length, 600_000, `read ${c.Ints!.length} items`);
  });

  it('refuses the wrong root namespace', () => {
    rejects(VALID.replace(REQ_NS, 'http://schemas.datacontract.org/2004/07/BusinessLayer.Dto.Response'), CreateTwoFactorSmsOtpRequest, /Expecting element 'CreateTwoFactorSmsOtpRequest'/);
  });

  it('refuses malformed markup', () => {
    const bad = [
      '', '   ', 'not xml', '<?xml version="1.0"?>', '<CreateTwoFactorSmsOtpRequest', `<CreateTwoFactorSmsOtpRequest xmlns="${REQ_NS}">`,
      `<CreateTwoFactorSmsOtpRequest xmlns="${REQ_NS}"><GsmNumber>1</Gsm></CreateTwoFactorSmsOtpRequest>`,
      `<CreateTwoFactorSmsOtpRequest xmlns=${REQ_NS}/>`, `<CreateTwoFactorSmsOtpRequest xmlns="${REQ_NS}" xmlns="${REQ_NS}"/>`,
      `<CreateTwoFactorSmsOtpRequest a="<" xmlns="${REQ_NS}"/>`, `<p:CreateTwoFactorSmsOtpRequest/>`,
      `<CreateTwoFactorSmsOtpRequest xmlns="${REQ_NS}"><GsmNumber>\u0001</GsmNumber></CreateTwoFactorSmsOtpRequest>`,
      `<CreateTwoFactorSmsOtpRequest xmlns="${REQ_NS}"><!-- never closed`, `<CreateTwoFactorSmsOtpRequest xmlns="${REQ_NS}"><![CDATA[x`,
      `<CreateTwoFactorSmsOtpRequest xmlns="${REQ_NS}"><!ELEMENT x></CreateTwoFactorSmsOtpRequest>`,
      `<CreateTwoFactorSmsOtpRequest xmlns="${REQ_NS}"a="1"/>`, `<1CreateTwoFactorSmsOtpRequest/>`, '</CreateTwoFactorSmsOtpRequest>',
    ];
    for (const b of bad) rejects(b);
  });

  it('handles undecodable bytes at the string level (U+FFFD) without crashing', () => {
    const bytes = Buffer.concat([Buffer.from(`<CreateTwoFactorSmsOtpRequest xmlns="${REQ_NS}"><GsmNumber>`), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('</GsmNumber></CreateTwoFactorSmsOtpRequest>')]);
    const v = xml.parse<CreateTwoFactorSmsOtpRequest>(bytes.toString('utf8'), CreateTwoFactorSmsOtpRequest, DCS);
    assert.equal(v.GsmNumber, '\uFFFD\uFFFD\uFFFD');
    const garbage = Buffer.from([0x3c, 0xff, 0xfe, 0x3e, 0x00, 0x80]).toString('utf8');
    rejects(garbage);
    rejects('<\uD800/>');
  });

  it('never throws anything but SerializationException on random mutations of a valid body', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: VALID.length }), fc.integer({ min: 0, max: 20 }), fc.string({ maxLength: 8 }), (at, cut, insert) => {
      const text = VALID.slice(0, at) + insert + VALID.slice(Math.min(VALID.length, at + cut));
      try { xml.parse(text, CreateTwoFactorSmsOtpRequest, DCS); } catch (e) { assert.ok(e instanceof SerializationException, String(e)); }
    }), { numRuns: 3000 });
  });

  it('never throws anything but SerializationException on random strings', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('<', '>', '/', '"', "'", '=', '&', ';', '#', 'x', 'a', ':', ' ', '!', '-', '?', '[', ']'), maxLength: 60 }), (text) => {
      try { xml.parse(text, ScalarShapes, DCS); } catch (e) { assert.ok(e instanceof SerializationException, String(e)); }
    }), { numRuns: 3000 });
  });
});
