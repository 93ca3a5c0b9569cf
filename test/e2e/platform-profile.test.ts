/**
 * The emulated platform as one host setting (HostConfig.platform) and ServiceStack's lenient reading
 * (HostConfig.throwOnError), over real HTTP: what the .NET Framework 5.4 profile changes, that each
 * bundled setting stays overridable, and that the default stays .NET Core.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PLATFORM_PROFILES } from '../../src/index.js';
import { helloHost } from '../fixtures/hello-app.js';
import { http } from '../support/http.js';

const netfx = http(helloHost({ platform: 'netfx-5.4', timeZone: 'Europe/Berlin' }).host);
const core = http(helloHost({ timeZone: 'Europe/Berlin' }).host);

describe('platform profiles', () => {
  it('netcore is the default: camelCase, shortest round-trip doubles', async () => {
    const res = await core.get('/json/reply/AllTypes?Double=0.30000000000000004');
    assert.match(res.text, /^\{"id":0,.*"double":0.30000000000000004,/);
  });
  it('netfx-5.4: PascalCase and .NET Framework\'s 15 significant digits in JSON and JSV', async () => {
    assert.match((await netfx.get('/json/reply/AllTypes?Double=0.30000000000000004')).text, /^\{"Id":0,.*"Double":0.3,/);
    assert.match((await netfx.get('/jsv/reply/AllTypes?Double=3.141592653589793')).text, /,Double:3.14159265358979,/);
    // DataContractSerializer writes doubles round-trip ("R") on every runtime: XML does not change.
    assert.match((await netfx.get('/xml/reply/AllTypes?Double=3.141592653589793')).text, /<Double>3.1415926535897931<\/Double>/);
  });
  it('netfx-5.4: DateTimes read in UTC, with an offset or as a date become server-local (JSON, JSV, XML out)', async () => {
    const q = '/json/reply/AllTypes?DateTime=2024-01-02T03:04:05Z';
    assert.match((await netfx.get(q)).text, /"DateTime":"\\\/Date\(1704164645000\+0100\)\\\/"/);
    assert.match((await core.get(q)).text, /"dateTime":"\\\/Date\(1704164645000\)\\\/"/, 'netcore keeps the Kind the text names');
    assert.match((await netfx.get('/jsv/reply/AllTypes?DateTime=2024-01-02T03:04:05%2B02:00')).text, /,DateTime:2024-01-02T02:04:05\+01:00,/);
    assert.match((await netfx.get('/xml/reply/AllTypes?DateTime=2024-06-30')).text, /<DateTime>2024-06-30T00:00:00\+02:00<\/DateTime>/);
    const body = await netfx.post('/json/reply/AllTypes').set('Content-Type', 'application/json').send('{"DateTime":"2024-01-02T03:04:05Z"}');
    assert.match(body.text, /"DateTime":"\\\/Date\(1704164645000\+0100\)\\\/"/);
    assert.match((await netfx.get('/json/reply/AllTypes?DateTime=2024-01-02T03:04:05')).text, /"DateTime":"\\\/Date\(1704161045000-0000\)\\\/"/, 'no zone: Unspecified');
  });
  it('each bundled setting is overridable', async () => {
    const mixed = http(helloHost({ platform: 'netfx-5.4', textCase: 'camelCase', runtime: 'core', localDateTimes: false }).host);
    const text = (await mixed.get('/json/reply/AllTypes?Double=0.30000000000000004&DateTime=2024-01-02T03:04:05Z')).text;
    assert.match(text, /"double":0.30000000000000004,/);
    assert.match(text, /"dateTime":"\\\/Date\(1704164645000\)\\\/"/);
  });
  it('the profiles bundle exactly the settings that differ', () => {
    assert.deepEqual(Object.keys(PLATFORM_PROFILES.netcore).sort(), Object.keys(PLATFORM_PROFILES['netfx-5.4']).sort());
    assert.notDeepEqual(PLATFORM_PROFILES.netcore, PLATFORM_PROFILES['netfx-5.4']);
  });
});

describe('lenient reading (throwOnError off, ServiceStack\'s default)', () => {
  const lenient = http(helloHost().host);
  const strict = http(helloHost({ throwOnError: true }).host);
  const CASES: [string, string, string, RegExp][] = [
    ['JSON: a member that does not parse stays at its default', 'json', '{"Id":"abc","String":"kept"}', /^\{"id":0,.*"string":"kept",/],
    ['JSON: a wrong-typed list stays at its default', 'json', '{"Ids":"x","String":"kept"}', /^\{"id":0,.*"string":"kept",(?!.*"ids")/],
    ['JSON: a truncated body keeps what was read', 'json', '{"String":"kept","Id":', /^\{"id":0,.*"string":"kept",/],
    ['JSON: a truncated nested object keeps what was read', 'json', '{"Id":3,"Poco":{"Id":4,"Name":"n', /^\{"id":3,.*"poco":\{"id":4\}\}$/],
    ['JSV: members that do not parse stay at their defaults', 'jsv', '{Id:abc,Guid:zzz,String:kept}', /^\{id:0,.*string:kept,.*guid:00000000000000000000000000000000,/],
  ];
  for (const [what, format, body, expected] of CASES) {
    it(`${what}; with throwOnError → 400`, async () => {
      const url = `/${format}/reply/AllTypes`;
      const res = await lenient.post(url).set('Content-Type', `application/${format}`).send(body);
      assert.equal(res.status, 200, res.text);
      assert.match(res.text, expected);
      const refused = await strict.post(url).set('Content-Type', `application/${format}`).send(body);
      assert.equal(refused.status, 400, refused.text);
      assert.match(refused.text, /errorCode"?:"?SerializationException/);
    });
  }
  it('a body that is no object is still refused, in ServiceStack\'s words', async () => {
    for (const body of ['[1,2]', 'not json']) {
      const res = await lenient.post('/types').set('Content-Type', 'application/json').set('Accept', 'application/json').send(body);
      assert.equal(res.status, 400);
      assert.equal(res.text, `{"responseStatus":{"errorCode":"SerializationException","message":"Type definitions should start with a '{', expecting serialized type 'AllTypes', got string starting with: ${body}"}}`);
    }
  });
  it('query-string values are not lenient: a bad value is a binding error', async () => {
    assert.equal((await lenient.get('/json/reply/AllTypes?Id=abc')).status, 400);
  });
  it('XML keeps DataContractSerializer\'s strictness', async () => {
    const res = await lenient.post('/xml/reply/AllTypes').set('Content-Type', 'application/xml')
      .send('<AllTypes xmlns="http://schemas.datacontract.org/2004/07/MyApp.ServiceModel"><Id>abc</Id></AllTypes>');
    assert.equal(res.status, 400, res.text);
  });
});
