/**
 * Issue 16 item 5 without Mono: gateway DTOs in /types/csharp carry `[DataContract]` and
 * `[DataMember(Name="…")]` with protojson's JSON names (TypeScript: the same names, with the
 * attributes as comments), so a generated client sends what the gateway reads; the gateway reader
 * keeps protojson's rules: the JSON name or the proto field name, exactly — not the .NET name.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addMetadataPages } from '../../metadata/metadata-feature.js';
import { addBatchItems } from '../fixtures/dialects-app.js';
import { helloHost } from '../fixtures/hello-app.js';
import { http } from '../support/http.js';

const api = http(addMetadataPages(addBatchItems(helloHost().host)));

describe('generated clients of gateway DTOs use protojson names (issue 16 item 5)', () => {
  it('C#: [DataContract] and [DataMember(Name)] with the JSON names', async () => {
    const cs = (await api.get('/types/csharp')).text;
    assert.ok(cs.includes([
      '    [Route("/v1/batch-item", "POST")]',
      '    [DataContract]',
      '    public partial class GatewayBatchItem',
      '        : IReturn<GatewayBatchItemResponse>',
      '    {',
      '        [DataMember(Name="id")]',
      '        public virtual int Id { get; set; }',
      '',
      '        [DataMember(Name="fail")]',
      '        public virtual bool Fail { get; set; }',
      '',
      '        [DataMember(Name="itemName")]',
      '        public virtual string ItemName { get; set; }',
      '    }',
    ].join('\n')), cs.slice(cs.indexOf('namespace myapp.v1')));
  });

  it('TypeScript: the JSON names, the attributes as comments', async () => {
    const ts = (await api.get('/types/typescript')).text;
    assert.match(ts, /\/\/ @DataContract\nexport class GatewayBatchItem implements IReturn<GatewayBatchItemResponse>\n\{\n    \/\/ @DataMember\(Name="id"\)\n    public id\?: number;\n\n    \/\/ @DataMember\(Name="fail"\)\n    public fail\?: boolean;\n\n    \/\/ @DataMember\(Name="itemName"\)\n    public itemName\?: string;\n/);
  });

  it('the reader takes the JSON name or the proto field name, and ignores the .NET name as protojson does', async () => {
    const send = (body: string) => api.post('/v1/batch-item').set('Content-Type', 'application/json').send(body);
    assert.equal((await send('{"id":1,"itemName":"a"}')).text, '{"id":1,"result":"ok 1 a"}');
    assert.equal((await send('{"id":1,"item_name":"b"}')).text, '{"id":1,"result":"ok 1 b"}');
    // Ignored: the service sees the unset int32 as 0, as a proto3 message holds it.
    assert.equal((await send('{"Id":1,"ItemName":"c"}')).text, '{"result":"ok 0"}');
  });

  it('what generated XmlServiceClient and JsvServiceClient DTOs send is read with the same names', async () => {
    const xml = await api.post('/xml/reply/GatewayBatchItem').set('Content-Type', 'application/xml')
      .send('<GatewayBatchItem xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/myapp.v1"><fail>false</fail><id>3</id><itemName>x</itemName></GatewayBatchItem>');
    assert.match(xml.text, /><id>3<\/id><result>ok 3 x<\/result><\/GatewayBatchItemResponse>$/);
    const jsv = await api.post('/jsv/reply/GatewayBatchItem').set('Content-Type', 'application/jsv').send('{id:3,itemName:x}');
    assert.equal(jsv.text, '{id:3,result:ok 3 x}');
  });
});
