/**
 * The error details @servicestack/client users see (issue 16 item 6), over real HTTP: a path no route
 * matches, a binding error's field name, ArgumentException wording per platform profile, and
 * `[Authenticate]` without credentials.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Authenticate, basicAuthProvider, createHost, Dto, Handles, Member, ResponseStatus, Returns, Route, type AuthProvider } from '../../src/index.js';
import { helloHost } from '../fixtures/hello-app.js';
import { http } from '../support/http.js';

const FORMATS = [['json', 'application/json'], ['xml', 'application/xml'], ['jsv', 'application/jsv']] as const;

describe('a path that matches no route', () => {
  const api = http(helloHost().host);
  for (const [name, accept] of FORMATS) {
    it(`answers 404 text/plain "404" whatever the client asked for (${name})`, async () => {
      for (const url of ['/no/such/path', `/no/such/path?format=${name}`, '/hello']) {
        const res = await api.get(url).set('Accept', accept);
        assert.equal(res.status, 404, `${url}: ${res.status} ${res.text}`);
        assert.equal(res.headers['content-type'], 'text/plain; charset=utf-8', url);
        assert.equal(res.text, '404', url);
      }
    });
  }
});

describe('a binding error names the field as its key was sent', () => {
  const api = http(helloHost().host);
  it('JSON: ?id=abc → fieldName "id", the message quoting the key', async () => {
    const res = await api.get('/json/reply/AllTypes?id=abc');
    assert.equal(res.status, 400, res.text);
    assert.deepEqual(res.body.responseStatus.errors, [{ errorCode: 'SerializationException', fieldName: 'id', message: "'abc' is an Invalid value for 'id'" }]);
  });
  it('XML and JSV name it the same way', async () => {
    assert.match((await api.get('/xml/reply/AllTypes?ID=abc')).text, /<FieldName>ID<\/FieldName><Message>'abc' is an Invalid value for 'ID'<\/Message>/);
    assert.match((await api.get('/jsv/reply/AllTypes?iD=abc')).text, /fieldName:iD,message:'abc' is an Invalid value for 'iD'/);
  });
});

describe('ArgumentException messages per platform profile', () => {
  const core = http(helloHost().host);
  const netfx = http(helloHost({ platform: 'netfx-5.4', textCase: 'camelCase' }).host);
  it(".NET Core: ArgumentNullException → \"Value cannot be null. (Parameter 'Name')\", the field error cut before ' (Parameter'", async () => {
    const rs = (await core.get('/throw/ArgumentNullException')).body.responseStatus;
    assert.equal(rs.message, "Value cannot be null. (Parameter 'Name')");
    assert.deepEqual(rs.errors, [{ errorCode: 'ArgumentNullException', fieldName: 'Name', message: 'Value cannot be null.' }]);
  });
  it(".NET Core: ArgumentException(message, 'Name') in every format", async () => {
    const json = (await core.get('/throw/ArgumentExceptionParam?message=Bad%20name')).body.responseStatus;
    assert.equal(json.message, "Bad name (Parameter 'Name')");
    assert.equal(json.errors[0].message, 'Bad name');
    assert.match((await core.get('/throw/ArgumentExceptionParam?message=Bad%20name&format=xml')).text, /<d2p1:Message>Bad name \(Parameter 'Name'\)<\/d2p1:Message>/);
    assert.match((await core.get('/throw/ArgumentExceptionParam?message=Bad%20name&format=jsv')).text, /message:Bad name \(Parameter 'Name'\),errors:\[\{errorCode:ArgumentException,fieldName:Name,message:Bad name\}\]/);
  });
  it(".NET Framework profile: \"…\\r\\nParameter name: Name\", the field error keeping the line break", async () => {
    const rs = (await netfx.get('/throw/ArgumentNullException')).body.responseStatus;
    assert.equal(rs.message, 'Value cannot be null.\r\nParameter name: Name');
    assert.deepEqual(rs.errors, [{ errorCode: 'ArgumentNullException', fieldName: 'Name', message: 'Value cannot be null.\r\n' }]);
  });
  it('the wording is its own setting: argumentMessages overrides the profile', async () => {
    const mixed = http(helloHost({ platform: 'netfx-5.4', argumentMessages: 'core' }).host);
    assert.equal((await mixed.get('/throw/ArgumentNullException')).body.ResponseStatus.Message, "Value cannot be null. (Parameter 'Name')");
  });
});

@Dto({ namespace: 'AuthApp.ServiceModel' })
class SecretResponse {
  @Member() Result?: string;
  @Member() ResponseStatus?: ResponseStatus;
}

@Dto({ namespace: 'AuthApp.ServiceModel' })
@Authenticate()
@Route('/secret', 'GET')
@Returns(() => SecretResponse)
class Secret {
  @Member() Name?: string;
}

class SecretService {
  runs = 0;
  @Handles(Secret) get(req: Secret): SecretResponse {
    this.runs++;
    return Object.assign(new SecretResponse(), { Result: `secret for ${req.Name ?? ''}` });
  }
}

/** A provider of the app's own: any object with AuthProvider's shape plugs in. */
const credentials: AuthProvider = {
  name: 'credentials', realm: '/auth/credentials', httpChallenge: 'Bearer', authorizationScheme: 'Bearer', securitySchemes: {}, schemesFor: () => ['credentials'],
  authenticate: async (ctx) => {
    const given = ctx.header('authorization');
    if (given === undefined) return { kind: 'none' };
    return given === 'Bearer ok' ? { kind: 'ok', session: { userId: 'u1', provider: 'credentials', roles: [], permissions: [] } } : { kind: 'failed', reason: 'invalid', detail: 'not ok' };
  },
};

describe('[Authenticate] without credentials', () => {
  const service = new SecretService();
  const host = createHost({ auth: { providers: [credentials] } }).register(service);
  const api = http(host);
  for (const url of ['/secret?name=a', '/json/reply/Secret?name=a', '/xml/reply/Secret?name=a', '/jsv/reply/Secret?name=a', '/api/Secret?name=a']) {
    it(`${url}: 401, the provider's challenge in WWW-Authenticate, an empty body, the service not run`, async () => {
      const runs = service.runs;
      const res = await api.get(url);
      assert.equal(res.status, 401, res.text);
      assert.equal(res.headers['www-authenticate'], 'credentials realm="/auth/credentials"');
      assert.equal(res.text, '');
      assert.equal(res.headers['content-length'], '0');
      assert.equal(service.runs, runs);
    });
  }
  it('an empty batch is judged the same way', async () => {
    const res = await api.get('/json/reply/Secret[]');
    assert.equal(res.status, 401);
    assert.equal(res.text, '');
  });
  it('with credentials the service runs', async () => {
    const res = await api.get('/secret?name=a').set('Authorization', 'Bearer ok');
    assert.equal(res.status, 200);
    assert.equal(res.text, '{"result":"secret for a"}');
  });
  it('the realm is configurable; a host without providers refuses [Authenticate] operations rather than leave them open', async () => {
    const basic = http(createHost({ auth: { providers: [basicAuthProvider({ realm: 'Stackport', verify: () => undefined })] } }).register(new SecretService()));
    assert.equal((await basic.get('/secret')).headers['www-authenticate'], 'basic realm="Stackport"');
    const none = await http(createHost().register(new SecretService())).get('/secret');
    assert.equal(none.status, 401);
    assert.equal(none.text, '');
    assert.equal(none.headers['www-authenticate'], undefined);
  });
});
