/**
 * The MessageBird sender against a local stub of MessageBird's REST API, through the real
 * messagebird SDK: what goes over the wire, and how every kind of answer is classified.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MessageBirdSmsSender } from '../../src/twofactor/sms/messagebird-sms-sender.js';
import type { SmsMessage } from '../../src/twofactor/sms/sms-sender.js';
import { badGatewayHtml, invalidRecipient, MessageBirdStub, serverErrorWithoutErrors, unauthorized } from './support/messagebird-stub.js';

const message = (over: Partial<SmsMessage> = {}): SmsMessage => ({
  to: '+905321234567', originator: 'Stackport', body: 'Your code is 123456', reference: 'ref-1', validitySeconds: 179.9, ...over,
});

describe('MessageBird sender (messagebird SDK → local stub)', () => {
  const stub = new MessageBirdStub();
  const sender = new MessageBirdSmsSender('test_sender_key', 300);
  before(() => stub.start());
  after(() => stub.stop());

  it('sends one POST /messages with the access key, E.164 recipient, reference and validity', async () => {
    const res = await sender.send(message());
    assert.equal(res.ok, true);
    assert.ok(res.ok && /^mb[0-9a-f]{8}$/.test(res.providerMessageId));
    const req = stub.requests.at(-1)!;
    assert.equal(req.method, 'POST');
    assert.equal(req.path, '/messages');
    assert.equal(req.headers.authorization, 'AccessKey test_sender_key');
    assert.match(String(req.headers['user-agent']), /^MessageBird\/ApiClient\/4\.0\.1 Node\.js/);
    assert.deepEqual(req.body, { originator: 'Stackport', recipients: '+905321234567', body: 'Your code is 123456', reference: 'ref-1', validity: 179, datacoding: 'auto' });
  });

  it('builds fresh parameters per call (the SDK mutates them)', async () => {
    await sender.send(message({ to: '+905321234568' }));
    await sender.send(message({ to: '+905321234569' }));
    assert.deepEqual(stub.requests.slice(-2).map((r) => r.body.recipients), ['+905321234568', '+905321234569']);
  });

  const failures: [string, Parameters<MessageBirdStub['queue']['push']>[0], string, number, boolean][] = [
    ['a 5xx without errors[] (the SDK reports success)', serverErrorWithoutErrors, 'unavailable', 5004, true],
    ['a 502 with an HTML body', badGatewayHtml, 'unavailable', 5004, true],
    ['a 201 without a message id', { status: 201, json: {} }, 'unavailable', 5004, true],
    ['401, code 2', unauthorized, 'configuration', 5003, true],
    ['insufficient balance, code 25', { status: 405, json: { errors: [{ code: 25, description: 'Not enough balance', parameter: null }] } }, 'configuration', 5003, true],
    ['an invalid originator', { status: 422, json: { errors: [{ code: 10, description: 'invalid', parameter: 'originator' }] } }, 'configuration', 5003, true],
    ['422, code 9 on recipients', invalidRecipient, 'rejected-recipient', 5002, false],
    ['422 on another parameter', { status: 422, json: { errors: [{ code: 10, description: 'invalid', parameter: 'body' }] } }, 'rejected', 5000, false],
    ['a 503 with errors[]', { status: 503, json: { errors: [{ code: 99, description: 'Internal error', parameter: null }] } }, 'unavailable', 5004, true],
    ['no answer (timeout)', 'hang', 'timeout', 5001, false],
  ];
  for (const [name, reply, kind, code, retryable] of failures) {
    it(`classifies ${name} as ${kind} (${code})`, async (tc) => {
      stub.queue.push(reply);
      const started = Date.now();
      const res = await sender.send(message());
      assert.equal(res.ok, false);
      if (!res.ok) {
        assert.equal(res.failure.kind, kind);
        assert.equal(res.failure.code, code);
        assert.equal(res.failure.retryable, retryable);
        assert.ok(!res.failure.detail.includes('123456'), 'details never carry the message');
      }
      tc.diagnostic(`classified in ${Date.now() - started} ms`);
    });
  }

  it('classifies a refused connection as unavailable and retryable (nothing was sent)', async () => {
    await stub.refuseConnections();
    const res = await sender.send(message());
    assert.deepEqual(res.ok ? undefined : [res.failure.kind, res.failure.code, res.failure.retryable], ['unavailable', 5004, true]);
  });
});
