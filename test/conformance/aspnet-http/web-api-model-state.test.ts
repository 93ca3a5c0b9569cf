/**
 * Issue 25 item 3: a body the reader cannot read answers Web API's ModelState — keyed by the action
 * parameter (`request`) plus the reader's member path, with "An error has occurred." for a remote
 * client and the reader's own text only under the error-detail policy; never ServiceStack's
 * "Could not deserialize" prefix. Over real HTTP on the WebRef port (seed 000's route), JSON and XML.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { http } from '../../support/http.js';
import { webRefApp } from './ref-app.js';

const PATH = '/api/TwoFactor/CreateTwoFactorSmsOtp';
const BAD_MEMBER = '{"GsmNumber":"905551112233","TwoFactorConfigurationId":"abc"}';
const remote = http(webRefApp({ errorDetail: 'Never' }));
const detailed = http(webRefApp({ errorDetail: 'Always' }));
const post = (api: typeof remote, body: string, contentType: string, accept: string) =>
  api.post(PATH).set('Content-Type', contentType).set('Accept', accept).buffer(true).send(body);
const text = (res: { text?: string; body?: unknown }): string => res.text ?? String(res.body);

describe('Web API ModelState for an unreadable body (issue 25 item 3)', () => {
  it('a member that does not convert: key request.<member>, "An error has occurred." (JSON)', async () => {
    const res = await post(remote, BAD_MEMBER, 'application/json', 'application/json');
    assert.equal(res.status, 400);
    assert.equal(text(res), '{"Message":"The request is invalid.","ModelState":{"request.TwoFactorConfigurationId":["An error has occurred."]}}');
  });
  it('the same, answered in XML', async () => {
    const res = await post(remote, BAD_MEMBER, 'application/json', 'application/xml');
    assert.equal(text(res), '<Error><Message>The request is invalid.</Message><ModelState><request.TwoFactorConfigurationId>An error has occurred.</request.TwoFactorConfigurationId></ModelState></Error>');
  });
  it("under the error-detail policy, the reader's text — without ServiceStack's prefix", async () => {
    const res = await post(detailed, BAD_MEMBER, 'application/json', 'application/json');
    assert.equal(text(res), `{"Message":"The request is invalid.","ModelState":{"request.TwoFactorConfigurationId":["Could not convert string to integer: abc. Path 'TwoFactorConfigurationId', line 1, position 60."]}}`);
  });
  it('a body that is not JSON at all, or unreadable XML: key request', async () => {
    const json = await post(remote, '<xml/>', 'application/json', 'application/json');
    assert.equal(text(json), '{"Message":"The request is invalid.","ModelState":{"request":["An error has occurred."]}}');
    const xml = await post(remote, '{"GsmNumber":"a"}', 'application/xml', 'application/xml');
    assert.equal(text(xml), '<Error><Message>The request is invalid.</Message><ModelState><request>An error has occurred.</request></ModelState></Error>');
  });
});
