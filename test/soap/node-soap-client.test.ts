/**
 * A standard WSDL consumer against a listening server: the npm `soap` package loads each WSDL,
 * builds its client from the bindings and XSD types, and calls the services — SOAP 1.1 with
 * SOAPAction, SOAP 1.2 with the action parameter — including a failing call, which it reports
 * from the Fault with the ResponseStatus as detail.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import * as soap from 'soap';
import { createNodeServer } from '../../src/index.js';
import { soapHost } from './soap-app.js';

const server = createNodeServer(soapHost());
let base = '';

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

for (const [path, options] of [['soap11', {}], ['soap12', { forceSoap12Headers: true }]] as const) {
  describe(`node-soap on /${path}`, () => {
    let client: soap.Client;
    before(async () => { client = await soap.createClientAsync(`${base}/${path}?wsdl`, options); });

    it('loads the WSDL: services, ports and operations', () => {
      const d = client.describe() as Record<string, Record<string, Record<string, unknown>>>;
      const port = path === 'soap11' ? 'BasicHttpBinding_ISyncReply' : 'WSHttpBinding_ISyncReply';
      assert.ok(d.SyncReply?.[port]?.Hello, JSON.stringify(Object.keys(d)));
      assert.ok(d.AsyncOneWay?.[port.replace('ISyncReply', 'IOneWay')]?.DoNothing);
    });
    it('calls Hello', async () => {
      const [result] = await client.HelloAsync({ Name: 'World' });
      assert.deepEqual(result, { Result: 'Hello, World' });
    });
    it('calls AllTypes with lists, dictionaries and nested DTOs', async () => {
      const [result] = await client.AllTypesAsync({
        Color: 'Green', Id: 5, Perms: 'Read Write', Poco: { Id: 1, Name: 'p' },
        Map: { KeyValueOfstringstring: [{ Key: 'k', Value: 'v' }] }, Tags: { string: ['a', 'b'] },
      });
      assert.equal(result.Id, 5);
      assert.equal(result.Color, 'Green');
      assert.equal(result.Perms, 'Read Write');
      assert.deepEqual(result.Poco, { Id: 1, Name: 'p' });
      assert.deepEqual(result.Tags, { string: ['a', 'b'] });
      assert.deepEqual(result.Map, { KeyValueOfstringstring: [{ Key: 'k', Value: 'v' }] });
    });
    it('a failing call is a Fault carrying the ResponseStatus', async () => {
      await assert.rejects(client.ThrowAsync({ Type: 'FormatException', Message: 'bad thing' }), (e: Error & { root?: { Envelope: { Body: { Fault: Record<string, unknown> } } } }) => {
        const fault = e.root!.Envelope.Body.Fault;
        const detail = (path === 'soap11' ? fault.detail : fault.Detail) as { ThrowResponse: { ResponseStatus: { ErrorCode: string; Message: string } } };
        assert.equal(detail.ThrowResponse.ResponseStatus.ErrorCode, 'FormatException');
        assert.equal(detail.ThrowResponse.ResponseStatus.Message, 'bad thing');
        assert.match(e.message, path === 'soap11' ? /^s:Client: bad thing/ : /^s:Sender/);
        return true;
      });
    });
  });
}
