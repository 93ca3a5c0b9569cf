/**
 * POST /soap11 and /soap12 on the hello app: replies byte for byte as ServiceStack's WCF message
 * writer produces them, operation choice, content types, Faults carrying the ResponseStatus,
 * ServiceStack's own error replies, and hostile envelopes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { http } from '../support/http.js';
import { APP_NS, envelope, SOAP11_NS, SOAP12_NS, soapHost, XML_DECL } from './soap-app.js';

const api = http(soapHost({}, { maxBodyBytes: 1024 * 1024 }));
const ssApi = http(soapHost({ errors: 'servicestack' }));
const hello = `<Hello xmlns="${APP_NS}"><Name>World</Name></Hello>`;
const HELLO_RESPONSE = `<HelloResponse xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="${APP_NS}"><ResponseStatus xmlns:d4p1="http://schemas.servicestack.net/types" i:nil="true" /><Result>Hello, World</Result></HelloResponse>`;

const post11 = (body: string | Buffer, agent = api) => agent.post('/soap11').set('Content-Type', 'text/xml; charset=utf-8').send(body);
const post12 = (body: string | Buffer, agent = api, action?: string) => agent.post('/soap12')
  .set('Content-Type', `application/soap+xml; charset=utf-8${action ? `; action="${action}"` : ''}`).send(body);

describe('SOAP replies', () => {
  it('SOAP 1.1: the response DTO in the envelope, d{depth}p{n} prefixes counting Envelope and Body', async () => {
    const res = await post11(envelope(SOAP11_NS, hello)).set('SOAPAction', '"http://schemas.servicestack.net/types/Hello"');
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'text/xml; charset=utf-8');
    assert.equal(res.text, `${XML_DECL}<s:Envelope xmlns:s="${SOAP11_NS}"><s:Body>${HELLO_RESPONSE}</s:Body></s:Envelope>`);
  });
  it('SOAP 1.2: application/soap+xml, and an action parameter is echoed as {Op}Response', async () => {
    const res = await post12(envelope(SOAP12_NS, hello), api, 'http://schemas.servicestack.net/types/Hello');
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'application/soap+xml; charset=utf-8; action="http://schemas.servicestack.net/types/HelloResponse"');
    assert.equal(res.text, `${XML_DECL}<s:Envelope xmlns:s="${SOAP12_NS}"><s:Body>${HELLO_RESPONSE}</s:Body></s:Envelope>`);
  });
  it('without an action: application/soap+xml; charset=utf-8', async () => {
    const res = await post12(envelope(SOAP12_NS, hello));
    assert.equal(res.headers['content-type'], 'application/soap+xml; charset=utf-8');
  });
  it('a WS-Addressing Action header is answered with an Action header {Op}Response', async () => {
    const header = '<wsa:Action xmlns:wsa="http://schemas.xmlsoap.org/ws/2004/08/addressing">Hello</wsa:Action>';
    const res = await post12(envelope(SOAP12_NS, hello, header));
    assert.equal(res.text, `${XML_DECL}<s:Envelope xmlns:s="${SOAP12_NS}" xmlns:a="http://schemas.xmlsoap.org/ws/2004/08/addressing"><s:Header><a:Action s:mustUnderstand="1">HelloResponse</a:Action></s:Header><s:Body>${HELLO_RESPONSE}</s:Body></s:Envelope>`);
  });
  it('prefixed DTO elements bound on the Envelope are read (the form SOAP toolkits send)', async () => {
    const body = `<soap:Envelope xmlns:soap="${SOAP11_NS}" xmlns:tns="${APP_NS}"><soap:Body><tns:Hello><tns:Name>Ada</tns:Name></tns:Hello></soap:Body></soap:Envelope>`;
    const res = await post11(body);
    assert.match(res.text, /<Result>Hello, Ada<\/Result>/);
  });
  it('every member type goes through the DataContract reader and writer', async () => {
    const all = `<AllTypes xmlns="${APP_NS}"><Color>Blue</Color><Decimal>1.10</Decimal><Guid>3698b76f-a5c0-4b04-b579-bc084019fb95</Guid><Id>7</Id>` +
      `<Map xmlns:a="http://schemas.microsoft.com/2003/10/Serialization/Arrays"><a:KeyValueOfstringstring><a:Key>k</a:Key><a:Value>v</a:Value></a:KeyValueOfstringstring></Map>` +
      `<Perms>Read Write</Perms><Pocos><Poco><Id>1</Id><Name>p</Name></Poco></Pocos><TimeSpan>PT1H</TimeSpan></AllTypes>`;
    const res = await post11(envelope(SOAP11_NS, all));
    assert.equal(res.status, 200, res.text);
    for (const part of ['<Color>Blue</Color>', '<Decimal>1.10</Decimal>', '<Id>7</Id>', '<Perms>Read Write</Perms>', '<TimeSpan>PT1H</TimeSpan>',
      '<Map xmlns:d4p1="http://schemas.microsoft.com/2003/10/Serialization/Arrays"><d4p1:KeyValueOfstringstring><d4p1:Key>k</d4p1:Key><d4p1:Value>v</d4p1:Value></d4p1:KeyValueOfstringstring></Map>',
      '<Pocos><Poco><Id>1</Id><Name>p</Name></Poco></Pocos>']) assert.ok(res.text.includes(part), `${part} in ${res.text}`);
  });
  it('a void operation answers a nil anyType', async () => {
    const res = await post11(envelope(SOAP11_NS, `<DoNothing xmlns="${APP_NS}"><Id>3</Id></DoNothing>`));
    assert.equal(res.status, 200);
    assert.match(res.text, /<s:Body><anyType i:nil="true" xmlns:i="http:\/\/www.w3.org\/2001\/XMLSchema-instance" xmlns="http:\/\/schemas.microsoft.com\/2003\/10\/Serialization\/" \/><\/s:Body>/);
  });
});

describe('choosing the operation', () => {
  it('SOAPAction names the operation', async () => {
    const res = await post11(envelope(SOAP11_NS, `<Hello xmlns="${APP_NS}"><Name>x</Name></Hello>`)).set('SOAPAction', '"urn:any/Hello"');
    assert.equal(res.status, 200);
  });
  it('an action naming no operation is passed over for the root element', async () => {
    const res = await post11(envelope(SOAP11_NS, hello)).set('SOAPAction', '""');
    assert.equal(res.status, 200);
  });
  it('an action naming another operation: the body must then be that operation\'s DTO', async () => {
    const res = await post12(envelope(SOAP12_NS, hello), api, 'http://schemas.servicestack.net/types/Throw');
    assert.equal(res.status, 400);
    assert.match(res.text, /Expecting element 'Throw'/);
  });
  it('an unknown operation is a Client fault with NotImplementedException (X-Status 405)', async () => {
    const res = await post11(envelope(SOAP11_NS, `<Nope xmlns="${APP_NS}" />`));
    assert.equal(res.status, 500);
    assert.equal(res.headers['x-status'], '405');
    assert.match(res.text, /<faultcode>s:Client<\/faultcode><faultstring xml:lang="en-US">The operation does not exist for this service<\/faultstring><detail><ErrorResponse /);
  });
});

describe('faults carry the ResponseStatus', () => {
  const thrown = (type: string) => `<Throw xmlns="${APP_NS}"><Message>bad thing</Message><Type>${type}</Type></Throw>`;
  it('SOAP 1.1: faultcode s:Client, faultstring = message, detail = the typed error DTO', async () => {
    const res = await post11(envelope(SOAP11_NS, thrown('FormatException')));
    assert.equal(res.status, 500);
    assert.equal(res.headers['x-status'], '400');
    assert.equal(res.text, `${XML_DECL}<s:Envelope xmlns:s="${SOAP11_NS}"><s:Body><s:Fault><faultcode>s:Client</faultcode><faultstring xml:lang="en-US">bad thing</faultstring><detail>` +
      `<ThrowResponse xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="${APP_NS}"><ResponseStatus xmlns:d6p1="http://schemas.servicestack.net/types"><d6p1:ErrorCode>FormatException</d6p1:ErrorCode><d6p1:Message>bad thing</d6p1:Message><d6p1:StackTrace i:nil="true" /><d6p1:Errors /><d6p1:Meta xmlns:d7p1="http://schemas.microsoft.com/2003/10/Serialization/Arrays" i:nil="true" /></ResponseStatus><Total>0</Total></ThrowResponse>` +
      '</detail></s:Fault></s:Body></s:Envelope>');
  });
  it('SOAP 1.2: Sender → HTTP 400, Receiver → 500', async () => {
    const sender = await post12(envelope(SOAP12_NS, thrown('ArgumentException')));
    assert.equal(sender.status, 400);
    assert.match(sender.text, /<s:Fault><s:Code><s:Value>s:Sender<\/s:Value><\/s:Code><s:Reason><s:Text xml:lang="en-US">bad thing<\/s:Text><\/s:Reason><s:Detail><ThrowResponse /);
    const receiver = await post12(envelope(SOAP12_NS, thrown('KeyNotFoundException')));
    assert.equal(receiver.status, 500);
    assert.equal(receiver.headers['x-status'], '500');
    assert.match(receiver.text, /<s:Value>s:Receiver<\/s:Value>.*<d6p1:ErrorCode>KeyNotFoundException<\/d6p1:ErrorCode>/);
  });
  it('validation failures list every field error', async () => {
    const res = await post11(envelope(SOAP11_NS, `<Validated xmlns="${APP_NS}"><Age>0</Age><Name></Name></Validated>`));
    assert.equal(res.headers['x-status'], '400');
    assert.match(res.text, /<detail><HelloResponse .*<d6p1:ErrorCode>NotEmpty<\/d6p1:ErrorCode>.*<d6p1:FieldName>Age<\/d6p1:FieldName>/);
  });
  it('a DTO that does not bind is a Client fault with SerializationException', async () => {
    const res = await post11(envelope(SOAP11_NS, `<AllTypes xmlns="${APP_NS}"><Id>abc</Id></AllTypes>`));
    assert.equal(res.headers['x-status'], '400');
    assert.match(res.text, /<faultcode>s:Client<\/faultcode>.*<d6p1:ErrorCode>SerializationException<\/d6p1:ErrorCode>/);
  });
});

describe("errors: 'servicestack' — ServiceStack's SoapHandler replies", () => {
  it('HTTP 200, the response DTO with ResponseStatus, X-Status 400 as header and SOAP header', async () => {
    const res = await post11(envelope(SOAP11_NS, `<Throw xmlns="${APP_NS}"><Message>gone</Message><Type>NotFound</Type></Throw>`), ssApi);
    assert.equal(res.status, 200);
    assert.equal(res.headers['x-status'], '400');
    assert.equal(res.text, `${XML_DECL}<s:Envelope xmlns:s="${SOAP11_NS}"><s:Header><X-Status xmlns="http://schemas.servicestack.net/types">400</X-Status></s:Header><s:Body>` +
      `<ThrowResponse xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="${APP_NS}"><ResponseStatus xmlns:d4p1="http://schemas.servicestack.net/types"><d4p1:ErrorCode>NotFound</d4p1:ErrorCode><d4p1:Message>gone</d4p1:Message><d4p1:StackTrace i:nil="true" /><d4p1:Errors /><d4p1:Meta xmlns:d5p1="http://schemas.microsoft.com/2003/10/Serialization/Arrays" i:nil="true" /></ResponseStatus><Total>0</Total></ThrowResponse>` +
      '</s:Body></s:Envelope>');
  });
  it('envelope-level errors are still Faults', async () => {
    const res = await post11(envelope(SOAP11_NS, `<Nope xmlns="${APP_NS}" />`), ssApi);
    assert.equal(res.status, 500);
    assert.match(res.text, /<s:Fault>/);
  });
});

describe('hostile envelopes → a Fault, never a crash', () => {
  const cases: [string, string | Buffer, RegExp][] = [
    ['DOCTYPE', `<!DOCTYPE x [<!ENTITY e "x">]>${envelope(SOAP11_NS, hello)}`, /DTD is prohibited/],
    ['billion laughs', `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>${envelope(SOAP11_NS, `<Hello xmlns="${APP_NS}"><Name>&lol2;</Name></Hello>`)}`, /DTD is prohibited/],
    ['external entity', envelope(SOAP11_NS, `<Hello xmlns="${APP_NS}"><Name>&xxe;</Name></Hello>`), /undeclared entity/],
    ['10k nesting', envelope(SOAP11_NS, `<Hello xmlns="${APP_NS}">${'<a>'.repeat(10000)}${'</a>'.repeat(10000)}</Hello>`), /maximum read depth/],
    ['invalid UTF-8', Buffer.concat([Buffer.from(envelope(SOAP11_NS, '<Hello xmlns="').slice(0, -1)), Buffer.from([0xff, 0xfe]), Buffer.from('"/></soap:Body></soap:Envelope>')]), /not valid UTF-8/],
    ['not XML', 'hello', /Data at the root level is invalid/],
    ['empty body', '', /Root element is missing/],
    ['no Body', `<soap:Envelope xmlns:soap="${SOAP11_NS}"><soap:Header/></soap:Envelope>`, /no 'Body' element/],
    ['empty Body', envelope(SOAP11_NS, ''), /The operation does not exist/],
    ['not an Envelope', `<Hello xmlns="${APP_NS}"/>`, /Expecting a SOAP 1.1 'Envelope'/],
    ['unclosed', envelope(SOAP11_NS, hello).slice(0, -20), /Unexpected end of file|does not match/],
    ['a second root element after the envelope', `${envelope(SOAP11_NS, hello)}<Hello/>`, /There are multiple root elements/],
    ['text after the envelope', `${envelope(SOAP11_NS, hello)}trailing`, /Data at the root level is invalid/],
  ];
  for (const [name, body, message] of cases) {
    it(name, async () => {
      const res = await post11(body);
      assert.equal(res.status, 500, res.text.slice(0, 300));
      assert.match(res.headers['x-status'] ?? '', /^4\d\d$/);
      assert.match(res.text, /<s:Fault><faultcode>s:Client<\/faultcode>/);
      assert.match(res.text, message);
    });
  }
  it('whitespace, comments and processing instructions after the envelope are still one document', async () => {
    const res = await post11(`${envelope(SOAP11_NS, hello)}\n<!-- end --><?pi x?>\n`);
    assert.equal(res.status, 200, res.text);
  });
  it('a SOAP 1.2 envelope at /soap11 is a VersionMismatch fault', async () => {
    const res = await post11(envelope(SOAP12_NS, hello));
    assert.match(res.text, /<faultcode>s:VersionMismatch<\/faultcode>/);
  });
  it('a body over maxBodyBytes is refused with 413 before any parsing', async () => {
    const res = await post11(envelope(SOAP11_NS, `<Hello xmlns="${APP_NS}"><Name>${'x'.repeat(2 * 1024 * 1024)}</Name></Hello>`));
    assert.equal(res.status, 413);
  });
  it('a document over the XML length limit is a Client fault', async () => {
    const big = http(soapHost({}, { maxBodyBytes: 12 * 1024 * 1024 }));
    const res = await post11(envelope(SOAP11_NS, `<Hello xmlns="${APP_NS}"><Name>${'x'.repeat(10 * 1024 * 1024)}</Name></Hello>`), big);
    assert.equal(res.status, 500);
    assert.equal(res.headers['x-status'], '400');
    assert.match(res.text, /the limit is 1048576/);
  });
});

describe('routing', () => {
  it('other paths and verbs are left to the pipeline', async () => {
    assert.equal((await api.get('/hello/Ada').set('Accept', 'application/json')).text, '{"result":"Hello, Ada"}');
    assert.equal((await api.options('/soap11')).status, 404);
  });
  it('endpoints can be switched off', async () => {
    const only11 = http(soapHost({ soap12: false }));
    assert.equal((await post12(envelope(SOAP12_NS, hello), only11)).status, 404);
    assert.equal((await post11(envelope(SOAP11_NS, hello), only11)).status, 200);
  });
  it('the operations option limits what SOAP carries: the WSDL and the calls alike', async () => {
    const noHello = http(soapHost({ operations: (op) => op.name !== 'Hello' }));
    const res = await post11(envelope(SOAP11_NS, hello), noHello).set('SOAPAction', '"http://schemas.servicestack.net/types/Hello"');
    assert.equal(res.status, 500);
    assert.equal(res.headers['x-status'], '405');
    assert.match(res.text, /The operation does not exist for this service/);
    const wsdl = (await noHello.get('/soap11')).text;
    assert.doesNotMatch(wsdl, /<wsdl:operation name="Hello">/);
    assert.match(wsdl, /<wsdl:operation name="AllTypes">/);
    assert.match((await api.get('/soap11')).text, /<wsdl:operation name="Hello">/);
  });
});
