/**
 * The WSDLs at GET /soap11 and /soap12 (ServiceStack's WsdlTemplateBase layout), their XSD types,
 * `/metadata?xsd=N` and the metadata index's links.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addSoapEndpoints, createHost, Dto, Handles, Member, Returns } from '../../src/index.js';
import { addMetadataPages } from '../../metadata/metadata-feature.js';
import { http } from '../support/http.js';
import { APP_NS, soapHost } from './soap-app.js';

const api = http(soapHost());

describe('WSDL', () => {
  it('GET /soap11, with or without ?wsdl: SOAP 1.1 bindings at the endpoint URL', async () => {
    const res = await api.get('/soap11?wsdl').set('Host', 'api.example.com');
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'text/xml; charset=utf-8');
    const wsdl = res.text;
    assert.equal(wsdl, (await api.get('/soap11').set('Host', 'api.example.com')).text);
    assert.match(wsdl, /^<\?xml version="1.0" encoding="utf-8"\?>\n<wsdl:definitions name="Soap11" \n    targetNamespace="http:\/\/schemas.servicestack.net\/types" /);
    assert.ok(wsdl.includes(`xmlns:q1="${APP_NS}" `));
    assert.ok(wsdl.includes('<wsdl:message name="HelloIn">\n        <wsdl:part name="par" element="q1:Hello" />\n    </wsdl:message>\n    <wsdl:message name="HelloOut">\n        <wsdl:part name="par" element="q1:HelloResponse" />'));
    assert.ok(wsdl.includes('<wsdl:binding name="BasicHttpBinding_ISyncReply" type="svc:ISyncReply">'));
    assert.ok(wsdl.includes('<soap:operation soapAction="http://schemas.servicestack.net/types/Hello" style="document" />'));
    assert.ok(wsdl.includes('<wsdl:service name="SyncReply">\n        <wsdl:port name="BasicHttpBinding_ISyncReply" binding="svc:BasicHttpBinding_ISyncReply">\n            <soap:address location="http://api.example.com/soap11" />'));
    // DoNothing returns void: a one-way operation with its own port type, binding and service.
    assert.ok(wsdl.includes('<wsdl:portType name="IOneWay"><wsdl:operation name="DoNothing">'));
    assert.ok(wsdl.includes('<wsdl:service name="AsyncOneWay">'));
  });
  it('GET /soap12: SOAP 1.2 bindings', async () => {
    const wsdl = (await api.get('/soap12')).text;
    assert.match(wsdl, /<wsdl:definitions name="Soap12" /);
    assert.ok(wsdl.includes('<wsdl:binding name="WSHttpBinding_ISyncReply" type="svc:ISyncReply">\n        <soap12:binding transport="http://schemas.xmlsoap.org/soap/http" />'));
    assert.ok(wsdl.includes('<soap12:address location="http://127.0.0.1'));
  });
  it('only operations a SOAP client can call: POST or Any, not generic', async () => {
    const wsdl = (await api.get('/soap11')).text;
    for (const op of ['Hello', 'AllTypes', 'Throw', 'Validated', 'UpdateUser', 'OnlyPost', 'DoNothing']) assert.ok(wsdl.includes(`name="${op}In"`), op);
    for (const op of ['GetFile', 'TenantEcho']) assert.ok(!wsdl.includes(`name="${op}In"`), op);
  });
  it('the types: every DTO the operations reach, in XsdDataContractExporter form', async () => {
    const wsdl = (await api.get('/soap11')).text;
    const types = wsdl.slice(wsdl.indexOf('<wsdl:types>'), wsdl.indexOf('</wsdl:types>'));
    assert.ok(types.startsWith('<wsdl:types>\n\t\t<xs:schema xmlns:tns="http://schemas.microsoft.com/2003/10/Serialization/" attributeFormDefault="qualified"'));
    for (const t of ['Hello', 'HelloResponse', 'AllTypes', 'AllTypesResponse', 'Poco', 'ArrayOfPoco', 'Throw', 'ThrowResponse', 'ResponseStatus', 'ResponseError', 'ArrayOfResponseError', 'ArrayOfstring', 'ArrayOfint', 'ArrayOfKeyValueOfstringstring']) {
      assert.ok(types.includes(`<xs:complexType name="${t}">`), t);
    }
    assert.ok(types.includes('<xs:simpleType name="Perms">\n    <xs:list>'));
    assert.match(types, /<xs:element minOccurs="0" name="ResponseStatus" nillable="true" xmlns:(q\d+)="http:\/\/schemas.servicestack.net\/types" type="\1:ResponseStatus" \/>/);
  });
  it('DTOs in the WSDL namespace are referenced as tns:, exactly as ServiceStack writes them', async () => {
    const NS = 'http://schemas.servicestack.net/types';
    @Dto({ namespace: 'Wsdl.Tns' }) class PingResponse { @Member() Pong?: string; }
    @Dto({ namespace: 'Wsdl.Tns' }) @Returns(() => PingResponse) class Ping { @Member() Text?: string; }
    class PingService { @Handles(Ping) any(r: Ping): PingResponse { return Object.assign(new PingResponse(), { Pong: r.Text }); } }
    // The ServiceStack setup: [assembly: ContractNamespace("http://schemas.servicestack.net/types", ClrNamespace = …)].
    const { DataContract } = await import('../../src/index.js');
    DataContract({ namespace: NS })(Ping);
    DataContract({ namespace: NS })(PingResponse);
    const host = createHost({ serviceName: 'Ping' }).register(new PingService());
    addSoapEndpoints(host);
    addMetadataPages(host);
    const wsdl = (await http(host).get('/soap11')).text;
    assert.ok(wsdl.includes('    xmlns:tns="http://schemas.servicestack.net/types" \n    \n    xmlns:wsdl='));
    assert.ok(wsdl.includes('<wsdl:part name="par" element="tns:Ping" />'));
    assert.ok(wsdl.includes('<wsdl:part name="par" element="tns:PingResponse" />'));
    assert.ok(!wsdl.includes('wsdl:portType name="IOneWay"'));
  });
  it('serviceName names the port types, bindings and services', async () => {
    const { host } = (await import('../fixtures/hello-app.js')).helloHost();
    addSoapEndpoints(host, { serviceName: 'Hello' });
    addMetadataPages(host);
    const wsdl = (await http(host).get('/soap11')).text;
    assert.ok(wsdl.includes('<wsdl:portType name="IHello">'));
    assert.ok(wsdl.includes('<wsdl:service name="HelloSyncReply">\n        <wsdl:port name="BasicHttpBinding_IHello"'));
    assert.ok(wsdl.includes('<wsdl:service name="HelloAsyncOneWay">'));
  });
});

describe('XSDs and the metadata index', () => {
  it('/metadata?xsd=N serves each schema, 0 being the Serialization schema', async () => {
    const zero = await api.get('/metadata?xsd=0');
    assert.equal(zero.status, 200);
    assert.match(zero.text, /targetNamespace="http:\/\/schemas.microsoft.com\/2003\/10\/Serialization\/"/);
    const one = await api.get('/metadata?xsd=1');
    assert.match(one.text, new RegExp(`targetNamespace="${APP_NS}"`));
    assert.equal((await api.get('/metadata?xsd=99')).status, 404);
  });
  it('the index links the WSDLs and XSDs', async () => {
    const html = (await api.get('/metadata')).text;
    assert.ok(html.includes('<h3>WSDLS:</h3>\n<ul>\n<li><a href="/soap11">/soap11</a></li>\n<li><a href="/soap12">/soap12</a></li>\n</ul>'));
    assert.ok(html.includes(`<li><a href="/metadata?xsd=1">${APP_NS}</a></li>`));
  });
  it('a host without SOAP endpoints has neither', async () => {
    const { host } = (await import('../fixtures/hello-app.js')).helloHost();
    addMetadataPages(host);
    const plain = http(host);
    assert.ok(!(await plain.get('/metadata')).text.includes('WSDLS'));
    assert.equal((await plain.get('/soap11')).status, 404);
  });
});
