/**
 * Issue 25 item 4 (and item 3's URI half): simple action parameters declared with @WebApiAction,
 * over real HTTP on the WebRef port, in JSON and XML. Values convert as Web API's TypeConverters
 * do with the invariant culture; each failure is a ModelState entry under the parameter's own
 * name; a required parameter that is missing selects no action (404); an empty value is "required".
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { http, text } from '../../support/http.js';
import { webRefApp } from './ref-app.js';

const HOST = 'localhost:5961';
const remote = http(webRefApp({ errorDetail: 'Never' }));
const detailed = http(webRefApp({ errorDetail: 'Always' }));
const get = (api: typeof remote, path: string, accept = 'application/json') => api.get(path).set('Host', HOST).set('Accept', accept).buffer(true);
const invalid = (key: string, message: string) => `{"Message":"The request is invalid.","ModelState":{${JSON.stringify(key)}:[${JSON.stringify(message)}]}}`;
const invalidXml = (key: string, message: string) => `<Error><Message>The request is invalid.</Message><ModelState><${key}>${message}</${key}></ModelState></Error>`;

describe('Web API simple parameters: conversion with the invariant culture (issue 25 item 4)', () => {
  it("a decimal '1,5' is refused, never read as 15 (JSON and XML)", async () => {
    const json = await get(remote, '/api/Types/Scalars?d=1,5');
    assert.equal(json.status, 400, text(json));
    assert.equal(text(json), invalid('d', "The value '1,5' is not valid for Decimal."));
    const xml = await get(remote, '/api/Types/Scalars?d=1,5', 'application/xml');
    assert.equal(text(xml), invalidXml('d', "The value '1,5' is not valid for Decimal."));
  });
  it("the same for a double and an int: '1,5' and '1.5' are not numbers of those types", async () => {
    assert.equal(text(await get(remote, '/api/Types/Scalars?dbl=1,5')), invalid('dbl', "The value '1,5' is not valid for Double."));
    assert.equal(text(await get(remote, '/api/Types/Scalars?i=1.5')), invalid('i', "The value '1.5' is not valid for Int32."));
  });
  it("NumberStyles: '+5' and ' 7 ' are ints, '1.50' keeps its scale as a decimal, 1E+20 is a double", async () => {
    const res = await get(remote, '/api/Types/Scalars?i=%2B5&l=%207%20&d=1.50&dbl=1E%2B20');
    assert.equal(res.status, 200, text(res));
    assert.match(text(res), /^\{"I":5,"L":7,"D":1\.50,"Dbl":1E\+20,/);
  });
  it('a repeated name takes its first value', async () => {
    assert.match(text(await get(remote, '/api/Types/Scalars?i=1&i=2')), /^\{"I":1,/);
  });
  it("an overflow is the converter's exception: 'An error has occurred.', its text only under the detail policy", async () => {
    assert.equal(text(await get(remote, '/api/Types/Scalars?i=99999999999')), invalid('i', 'An error has occurred.'));
    assert.equal(text(await get(detailed, '/api/Types/Scalars?i=99999999999')), invalid('i', '99999999999 is not a valid value for Int32.'));
  });
  it('a nullable parameter is named Nullable`1 in the message; an enum by its type name', async () => {
    assert.equal(text(await get(remote, '/api/Types/Scalars?g=not-a-guid')), invalid('g', "The value 'not-a-guid' is not valid for Nullable`1."));
    assert.equal(text(await get(remote, '/api/Types/Scalars?color=Purple')), invalid('color', "The value 'Purple' is not valid for Nullable`1."));
  });
  it('every bad parameter is its own entry, in declaration order', async () => {
    const res = await get(remote, '/api/Types/Scalars?d=x&i=y');
    assert.equal(text(res), `{"Message":"The request is invalid.","ModelState":{"i":["The value 'y' is not valid for Int32."],"d":["The value 'x' is not valid for Decimal."]}}`);
  });
});

describe('Web API simple parameters: required, optional, empty (issue 25 item 4)', () => {
  it('an empty value is "required", keyed {name}.{Type} (JSON and XML)', async () => {
    assert.equal(text(await get(remote, '/api/Types/Scalars?s=')), invalid('s.String', 'A value is required but was not present in the request.'));
    const xml = await post(remote, '/User/verify-2fa-opt-in?FileId=', 'application/xml');
    assert.equal(text(xml), invalidXml('FileId.Int32', 'A value is required but was not present in the request.'));
  });
  it("a missing required parameter selects no action: Web API's 404, MessageDetail only under the detail policy", async () => {
    const json = await get(remote, '/api/Types/Required?i=1');
    assert.equal(json.status, 404);
    assert.equal(text(json), `{"Message":"No HTTP resource was found that matches the request URI 'http://${HOST}/api/Types/Required?i=1'."}`);
    const xml = await get(detailed, '/api/Types/Required?i=1', 'application/xml');
    assert.equal(xml.status, 404);
    assert.equal(text(xml), `<Error><Message>No HTTP resource was found that matches the request URI 'http://${HOST}/api/Types/Required?i=1'.</Message>`
      + "<MessageDetail>No action was found on the controller 'Types' that matches the request.</MessageDetail></Error>");
  });
  it('an optional parameter takes its declared default; names match ignoring case', async () => {
    const res = await post(remote, '/User/verify-2fa-opt-in?fileid=8', 'application/json');
    assert.equal(res.status, 200, text(res));
    assert.match(text(res), /"StatusMessage":"Verified 5 otp=1234 file=8 key=\(none\)"/);
  });
  it("[FromUri] AllTypes q: members by name, or all prefixed with the parameter's name (q.Int); invariant conversion there too", async () => {
    assert.match(text(await get(remote, '/api/Types/Query?q.Int=8&q.String=p&Int=9')), /^\{"Int":8,.*"String":"p"\}$/);
    assert.match(text(await get(remote, '/api/Types/Query?int=9')), /^\{"Int":9,/);
    assert.equal(text(await get(remote, '/api/Types/Query?Decimal=1,5', 'application/xml')), invalidXml('q.Decimal', "The value '1,5' is not valid for Decimal."));
  });
  it("the route's {id} is a parameter only of the actions that declare it: Post(Item item) ignores it", async () => {
    const res = await remote.post('/api/Items/5').set('Content-Type', 'application/json').send('{"Name":"p"}');
    assert.equal(res.status, 201);
    assert.equal(text(res), '{"Id":0,"Name":"p","Price":0.0,"Tags":null}');
  });
});

function post(api: typeof remote, path: string, accept: string) {
  return api.post(path).set('Host', HOST).set('Content-Type', 'application/json').set('Accept', accept).buffer(true).send('{"ProviderUserId":5,"Otp":"1234"}');
}
