/**
 * Issue 24: XML bodies that cost quadratic time (150,000 attributes, 20,000 namespace
 * declarations) or are not well formed (`&#0;`, two root elements) get a 400 in the route's own
 * error shape, over real HTTP on the product and on the hello host (XML, SOAP 1.1 and 1.2).
 * Linearity itself is measured by `npm run fuzz` (test/fuzz/complexity-guard.ts), not here: these
 * tests assert answers, never elapsed time.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_LIMITS } from '../../src/framework/formats/codec-options.js';
import { helloHost } from '../fixtures/hello-app.js';
import { APP_NS, envelope, SOAP11_NS, SOAP12_NS, soapHost } from '../soap/soap-app.js';
import { http } from '../support/http.js';
import { sqliteDatabase } from '../twofactor/support/test-databases.js';
import { startApp, testConfig, type RunningApp } from '../twofactor/support/test-app.js';

const REQ_NS = 'http://schemas.datacontract.org/2004/07/BusinessLayer.Dto.Request';
const NAME_START = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_';
const NAME_CHAR = `${NAME_START}0123456789-.`;

/** The i-th of the shortest distinct XML names (the attack packs as many as it can into 1 MiB). */
function shortName(i: number): string {
  let name = NAME_START[i % NAME_START.length]!;
  for (let n = Math.floor(i / NAME_START.length); n > 0; n = Math.floor((n - 1) / NAME_CHAR.length)) name += NAME_CHAR[(n - 1) % NAME_CHAR.length];
  return name;
}
const attributes = (n: number, value = ''): string => Array.from({ length: n }, (_, i) => ` ${shortName(i)}="${value}"`).join('');
const declarations = (n: number): string => Array.from({ length: n }, (_, i) => ` xmlns:${shortName(i)}="urn:${i}"`).join('');

const hello = (attrs: string, after = ''): string => `<Hello xmlns="${APP_NS}"${attrs}><Name>World</Name></Hello>${after}`;
const HOSTILE_ATTRIBUTES = 140_000;

describe('XML complexity attacks and well-formedness, on the product (ASP.NET Web API routes)', () => {
  let product: RunningApp;
  const db = sqliteDatabase();
  before(async () => { product = await startApp(testConfig((await db.create()).url)); });
  after(async () => { await product.stop(); });

  const createOtp = (body: string) => product.api.post('/api/TwoFactor/CreateTwoFactorSmsOtp')
    .set('Content-Type', 'application/xml').set('Accept', 'application/xml').send(body);
  // Web API's answer to a remote client (issue 25 item 3): the reader's reason stays on the server
  // (the ServiceStack-route cases below show which limit tripped).
  const UNREADABLE = '<Error><Message>The request is invalid.</Message><ModelState><request>An error has occurred.</request></ModelState></Error>';
  const otpRequest = (attrs: string, after = '') =>
    `<CreateTwoFactorSmsOtpRequest xmlns="${REQ_NS}"${attrs}><GsmNumber>905321234567</GsmNumber></CreateTwoFactorSmsOtpRequest>${after}`;

  it(`a 1 MiB body whose root carries ${HOSTILE_ATTRIBUTES.toLocaleString('en-US')} attributes → 400 (HttpError), unauthenticated`, async () => {
    const body = otpRequest(attributes(HOSTILE_ATTRIBUTES));
    assert.ok(body.length < 1024 * 1024, `${body.length} bytes`);
    const res = await createOtp(body);
    assert.equal(res.status, 400, res.text.slice(0, 300));
    assert.equal(res.text, UNREADABLE);
  });
  it('20,000 namespace declarations over 50,000 elements → 400 (HttpError)', async () => {
    const res = await createOtp(otpRequest(declarations(20_000), '').replace('<GsmNumber>', `${'<x/>'.repeat(50_000)}<GsmNumber>`));
    assert.equal(res.status, 400, res.text.slice(0, 300));
    assert.equal(res.text, UNREADABLE);
  });
  it('&#0; and a second root element → 400 (HttpError)', async () => {
    for (const body of [otpRequest('').replace('905321234567', '90532&#0;1234567'), otpRequest('', '<CreateTwoFactorSmsOtpRequest/>')]) {
      const res = await createOtp(body);
      assert.equal(res.status, 400, res.text.slice(0, 300));
      assert.equal(res.text, UNREADABLE);
    }
  });
  it('the server answers /health/live afterwards', async () => {
    assert.equal((await product.api.get('/health/live')).status, 200);
  });
});

describe('XML complexity attacks and well-formedness, on a ServiceStack host', () => {
  const api = http(helloHost({ maxBodyBytes: 4 * 1024 * 1024 }).host);
  const post = (body: string) => api.post('/xml/reply/Hello').set('Content-Type', 'application/xml').send(body);
  const refused = async (body: string, message: RegExp): Promise<void> => {
    const res = await post(body);
    assert.equal(res.status, 400, res.text.slice(0, 300));
    assert.match(res.text, /ErrorCode>SerializationException<\//, res.text.slice(0, 300));
    assert.match(res.text, message, res.text.slice(0, 400));
  };
  const accepted = async (body: string): Promise<void> => {
    const res = await post(body);
    assert.equal(res.status, 200, res.text.slice(0, 300));
    assert.match(res.text, /<Result>Hello, World<\/Result>/);
  };

  it(`${HOSTILE_ATTRIBUTES.toLocaleString('en-US')} attributes on the root → 400 SerializationException`, async () => {
    await refused(hello(attributes(HOSTILE_ATTRIBUTES)), /more than 64 attributes, the limit \(maxAttributes\)/);
  });
  it('20,000 namespace declarations (in elements of 64) → 400 SerializationException', async () => {
    const holders = Array.from({ length: 20_000 / 50 }, () => `<x${declarations(50)}/>`).join('');
    await refused(hello('').replace('<Name>', `${holders}<Name>`), /more than 1024 namespaces, the limit \(maxNamespaceDeclarations\)/);
  });
  it('a document at the caps is read: 64 attributes on one element, 1024 namespace declarations', async () => {
    await accepted(hello(attributes(63))); // + xmlns
    const holders = Array.from({ length: 31 }, () => `<x${declarations(33)}/>`).join(''); // 1023 + the root's xmlns
    await accepted(hello('').replace('<Name>', `${holders}<Name>`));
    await refused(hello(attributes(64)), /more than 64 attributes/);
  });
  it('the limits are configurable (host config `limits`)', async () => {
    const strict = http(helloHost({ limits: { ...DEFAULT_LIMITS, maxAttributes: 3, maxNamespaceDeclarations: 2 } }).host);
    const res = await strict.post('/xml/reply/Hello').set('Content-Type', 'application/xml').send(hello(attributes(3)));
    assert.equal(res.status, 400);
    assert.match(res.text, /more than 3 attributes/);
    const ns = await strict.post('/xml/reply/Hello').set('Content-Type', 'application/xml').send(hello('').replace('<Name>', `<x${declarations(2)}/><Name>`));
    assert.match(ns.text, /more than 2 namespaces/);
    const roomy = http(helloHost({ maxBodyBytes: 4 * 1024 * 1024, limits: { ...DEFAULT_LIMITS, maxAttributes: 200_000 } }).host);
    const ok = await roomy.post('/xml/reply/Hello').set('Content-Type', 'application/xml').send(hello(attributes(HOSTILE_ATTRIBUTES)));
    assert.equal(ok.status, 200, ok.text.slice(0, 300));
  });
  it('duplicate attributes, also by namespace and local name → 400', async () => {
    await refused(hello(' a="1" a="2"'), /'a' is a duplicate attribute name/);
    await refused(hello(' xmlns:p="urn:x" xmlns:q="urn:x" p:a="1" q:a="2"'), /'q:a' is a duplicate attribute name/);
  });
  it('character references to non-characters → 400: &#0;, &#x1;, &#xFFFE;, &#xD800;, in text and attributes', async () => {
    for (const ref of ['&#0;', '&#x0;', '&#x1;', '&#31;', '&#xFFFE;', '&#xFFFF;', '&#xD800;', '&#x110000;']) {
      await refused(hello('').replace('<Name>World', `<Name>Wor${ref}ld`), /invalid character/);
      await refused(hello(` a="${ref}"`), /invalid character/);
    }
  });
  it('allowed character references still decode: tab, newline, CR, U+D7FF, U+E000, U+10FFFF', async () => {
    const res = await post(hello('').replace('<Name>World', '<Name>&#9;&#xA;&#xD;&#xD7FF;&#xE000;&#x10FFFF;'));
    assert.equal(res.status, 200, res.text);
  });
  it('a second root element, or text after the root → 400', async () => {
    await refused(hello('', '<Hello/>'), /multiple root elements/);
    await refused(hello('', `<Hello xmlns="${APP_NS}"><Name>Again</Name></Hello>`), /multiple root elements/);
    await refused(hello('', 'trailing'), /Data at the root level is invalid/);
    await refused(hello('', '<![CDATA[x]]>'), /Unexpected markup/);
    await refused(hello('', '<!DOCTYPE x>'), /DTD is prohibited/);
    await refused(hello('', '<?xml version="1.0"?>'), /XML declaration must be the first node/);
  });
  it('comments, processing instructions and whitespace after the root stay legal', async () => {
    await accepted(hello('', '\r\n  <!-- trailer --> <?pi data?>\n'));
  });
});

describe('the same on the SOAP endpoints', () => {
  const api = http(soapHost({}, { maxBodyBytes: 4 * 1024 * 1024 }));
  const helloDto = `<Hello xmlns="${APP_NS}"><Name>World</Name></Hello>`;
  const cases: [string, string][] = [
    ['140,000 attributes on the Envelope', envelope(SOAP12_NS, helloDto).replace('<soap:Envelope', `<soap:Envelope${attributes(HOSTILE_ATTRIBUTES)}`)],
    ['140,000 attributes in a header block', envelope(SOAP12_NS, helloDto, `<h${attributes(HOSTILE_ATTRIBUTES)}/>`)],
    ['140,000 attributes on the payload', envelope(SOAP12_NS, hello(attributes(HOSTILE_ATTRIBUTES)))],
    ['&#0; in a header block', envelope(SOAP12_NS, helloDto, '<h>&#0;</h>')],
    ['&#0; in the payload', envelope(SOAP12_NS, helloDto.replace('World', '&#0;'))],
    ['a second root element', `${envelope(SOAP12_NS, helloDto)}<soap:Envelope xmlns:soap="${SOAP12_NS}"/>`],
    ['text after the Envelope', `${envelope(SOAP12_NS, helloDto)}x`],
  ];
  for (const [name, body] of cases) {
    it(`SOAP 1.2: ${name} → Sender fault, 400`, async () => {
      const res = await api.post('/soap12').set('Content-Type', 'application/soap+xml; charset=utf-8').send(body);
      assert.equal(res.status, 400, res.text.slice(0, 300));
      assert.equal(res.headers['x-status'], '400');
      assert.match(res.text, /<s:Value>s:Sender<\/s:Value>.*ErrorCode>SerializationException<\//, res.text.slice(0, 400));
    });
  }
  it('SOAP 1.1: 140,000 attributes → Client fault (500, X-Status 400)', async () => {
    const res = await api.post('/soap11').set('Content-Type', 'text/xml; charset=utf-8')
      .send(envelope(SOAP11_NS, helloDto).replace('<soap:Envelope', `<soap:Envelope${attributes(HOSTILE_ATTRIBUTES)}`));
    assert.equal(res.headers['x-status'], '400');
    assert.match(res.text, /<faultcode>s:Client<\/faultcode>/);
  });
  it('a valid envelope with a comment after it is still answered', async () => {
    const res = await api.post('/soap12').set('Content-Type', 'application/soap+xml; charset=utf-8').send(`${envelope(SOAP12_NS, helloDto)}<!-- end -->`);
    assert.equal(res.status, 200, res.text.slice(0, 300));
  });
});
