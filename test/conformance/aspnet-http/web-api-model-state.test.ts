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

describe("Web API ModelState keys: the action's own body parameter name, every bad member (issue 25 item 3)", () => {
  const echo = (api: typeof remote, body: string, contentType: string, accept: string) =>
    api.post('/api/Types/Echo').set('Content-Type', contentType).set('Accept', accept).buffer(true).send(body);
  it('Echo(AllTypes body): keys start with body, one entry per member that does not convert (JSON)', async () => {
    const res = await echo(remote, '{"Int":"x","Guid":"y","String":"ok"}', 'application/json', 'application/json');
    assert.equal(res.status, 400);
    assert.equal(text(res), '{"Message":"The request is invalid.","ModelState":{"body.Int":["An error has occurred."],"body.Guid":["An error has occurred."]}}');
  });
  it('the same, answered in XML; a list element keeps its index (body.Tags…)', async () => {
    const res = await echo(remote, '{"Int":"x","Guid":"y"}', 'application/json', 'application/xml');
    assert.equal(text(res), '<Error><Message>The request is invalid.</Message><ModelState><body.Int>An error has occurred.</body.Int><body.Guid>An error has occurred.</body.Guid></ModelState></Error>');
  });
  it("under the detail policy each entry is the reader's own text", async () => {
    const res = await echo(detailed, '{"Int":"x","Guid":"y"}', 'application/json', 'application/json');
    assert.equal(text(res), `{"Message":"The request is invalid.","ModelState":{"body.Int":["Could not convert string to integer: x. Path 'Int', line 1, position 10."],"body.Guid":["Error converting value \\"y\\" to type 'System.Guid'. Path 'Guid', line 1, position 21."]}}`);
  });
  it('a root that does not read is keyed by the bare parameter name (JSON body, XML body)', async () => {
    assert.equal(text(await echo(remote, '"str"', 'application/json', 'application/json')), '{"Message":"The request is invalid.","ModelState":{"body":["An error has occurred."]}}');
    const xml = await echo(remote, '<AllTypes xmlns="http://schemas.datacontract.org/2004/07/WebRef.Models"><Int>1</Int>', 'application/xml', 'application/xml');
    assert.equal(text(xml), '<Error><Message>The request is invalid.</Message><ModelState><body>An error has occurred.</body></ModelState></Error>');
  });
  it("a urlencoded form member that does not convert: key body.Color, Web API's conversion message (shown to every client)", async () => {
    const res = await remote.post('/api/Forms/Dto').set('Content-Type', 'application/x-www-form-urlencoded').set('Accept', 'application/xml').buffer(true).send('Color=Purple&Count=1,5');
    assert.equal(text(res), "<Error><Message>The request is invalid.</Message><ModelState><body.Count>The value '1,5' is not valid for Count.</body.Count><body.Color>The value 'Purple' is not valid for Color.</body.Color></ModelState></Error>");
  });
  it('an empty body binds a null parameter: no validation runs, the action answers (200 null)', async () => {
    const res = await remote.post('/api/Forms/Dto').set('Content-Type', 'application/x-www-form-urlencoded').set('Accept', 'application/json').buffer(true).send('');
    assert.equal(res.status, 200);
    assert.equal(text(res), 'null');
    const seed = await remote.post(PATH).set('Content-Type', 'application/json').set('Accept', 'application/xml').buffer(true).send('');
    assert.equal(seed.status, 200);
    assert.match(text(seed), /<ExceptionMessage>request was null<\/ExceptionMessage>/);
  });
  it('multipart/form-data has no Web API formatter: 415', async () => {
    const res = await remote.post(PATH).set('Content-Type', 'multipart/form-data; boundary=x').set('Accept', 'application/json').buffer(true).send('--x--');
    assert.equal(res.status, 415);
    assert.equal(text(res), `{"Message":"The request entity's media type 'multipart/form-data' is not supported for this resource."}`);
  });
});
