/**
 * /openapi tells the truth about the running server (issue 23 item 1): for every operation, what
 * the document says is required — a credential, a parameter, a body member — is exactly what the
 * server refuses a request without, and nothing else is. Every operation has a summary, and its
 * 400/401 answers are documented with the error schema of its dialect.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type request from 'supertest';
import { callerFor } from './support/factor-client.js';
import { MessageBirdStub } from './support/messagebird-stub.js';
import { DATABASES, type TestDatabase } from './support/test-databases.js';
import { startApp, testConfig, type RunningApp } from './support/test-app.js';

type Schema = { type?: string; contentEncoding?: string; $ref?: string; properties?: Record<string, Schema>; required?: string[] };
type Parameter = { name: string; in: string; required: boolean; schema: Schema };
type Operation = {
  operationId: string; summary?: string; parameters?: Parameter[]; security: Record<string, string[]>[];
  requestBody?: { content: Record<string, { schema: Schema }> }; responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
};
type Doc = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema>; securitySchemes?: Record<string, { type: string; in?: string; name?: string }> } };

const sqlite = DATABASES[0]!;
const ERROR_SCHEMAS = ['HttpError', 'rpcStatus'];

/**
 * A value of the schema's type the server can read: the caller's own tenant and file, a 6-digit
 * code, base64 for bytes, an E.164 number for Zitadel's phone, a message with its own required members.
 */
function sample(name: string, s: Schema, resolve?: (s: Schema) => Schema): unknown {
  if (s.$ref && resolve) {
    const inner = resolve(s);
    return Object.fromEntries((inner.required ?? []).map((m) => [m, sample(m, inner.properties?.[m] ?? {}, resolve)]));
  }
  if (s.type === 'integer') return 1;
  if (s.type === 'boolean') return false;
  if (s.contentEncoding === 'base64') return 'eA==';
  if (/^phone$/i.test(name)) return '+41791234567';
  return /organisation|tenant/i.test(name) ? '1' : /code|otp/i.test(name) ? '123456' : /^url$/i.test(name) ? 'https://hooks.example.com/x' : 'x';
}

/** The path with each route variable a sample of its documented type. */
function fillPath(path: string, op: Operation): string {
  return path.replace(/\{(\w+)\}/g, (_, v: string) => String(sample(v, op.parameters?.find((p) => p.in === 'path' && p.name === v)?.schema ?? {})));
}

/**
 * Seed 000's envelope: business outcomes answer 200 with Success false and a Code. A refusal for a
 * missing member is one whose Code differs from the answer to the complete request.
 */
const envelopeRefusal = (res: request.Response, full: request.Response): boolean =>
  res.status === 200 && res.body?.Success === false && res.body.Code !== full.body?.Code;

/** The fields a 400 names as missing or invalid, in each dialect's words. */
function namedFields(res: request.Response): string[] {
  const body = (res.body ?? {}) as Record<string, any>;
  const ss = (body.responseStatus?.errors ?? []) as { fieldName: string }[];
  // Json.NET's Required failure is filed under the body parameter ("request"), naming the member in its text.
  const webApi = Object.entries(body.ModelState ?? {}).flatMap(([k, msgs]) =>
    [k.replace(/^request\./, ''), ...(msgs as string[]).flatMap((m) => [...m.matchAll(/Required property '(\w+)'/g)].map((x) => x[1]!))]);
  const gateway = /^invalid \w+\.(\w+):/.exec(String(body.message ?? ''));
  return [...ss.map((e) => e.fieldName), ...webApi, ...(gateway ? [gateway[1]!] : [])].map((f) => f.toLowerCase());
}

describe('/openapi describes what the server enforces', { skip: sqlite.skip }, () => {
  const stub = new MessageBirdStub();
  let db: TestDatabase;
  let t: RunningApp;
  let doc: Doc;

  before(async () => {
    await stub.start();
    db = await sqlite.create();
    t = await startApp(testConfig(db.url));
    doc = (await t.api.get('/openapi')).body as Doc;
  });
  after(async () => { await t?.stop(); await stub.stop(); await db?.drop(); });

  const operations = (): [string, string, Operation][] =>
    Object.entries(doc.paths).flatMap(([path, verbs]) => Object.entries(verbs).map(([verb, op]) => [path, verb, op] as [string, string, Operation]));

  it('every operation has a summary, documents its 400 (and 401 when it takes a credential) with a body schema', () => {
    for (const [path, verb, op] of operations()) {
      assert.ok(op.summary, `${verb.toUpperCase()} ${path} has a summary`);
      const statuses = ['400', 'default', ...(op.security.length ? ['401'] : [])];
      for (const status of statuses) {
        const schema = Object.values(op.responses[status]?.content ?? {})[0]?.schema.$ref?.split('/').pop();
        assert.ok(schema && doc.components.schemas[schema], `${verb.toUpperCase()} ${path} ${status}: schema ${schema}`);
        if (!ERROR_SCHEMAS.includes(schema)) assert.ok(doc.components.schemas[schema]!.properties?.responseStatus, `${schema} carries responseStatus`);
      }
    }
  });

  it('documents X-WsAccessKey as an apiKey scheme, and the WsAccessKey query parameter where it is accepted', () => {
    const schemes = doc.components.securitySchemes ?? {};
    assert.deepEqual(schemes.wsAccessKey, { ...schemes.wsAccessKey, type: 'apiKey', in: 'header', name: 'X-WsAccessKey' });
    assert.deepEqual(schemes.wsAccessKeyQuery, { ...schemes.wsAccessKeyQuery, type: 'apiKey', in: 'query', name: 'WsAccessKey' });
    const optIn = doc.paths['/User/opt-in-to-2fa']!.post!;
    assert.deepEqual(optIn.security.map((s) => Object.keys(s)[0]), ['bearer', 'wsAccessKey', 'wsAccessKeyQuery']);
    assert.deepEqual(optIn.parameters?.map((p) => [p.name, p.in, p.required]), [['FileId', 'query', true]]);
    assert.deepEqual(doc.paths['/users/2fa/generate-key']!.put!.security.map((s) => Object.keys(s)[0]), ['bearer', 'wsAccessKey']);
  });

  it('/metadata says the same: the auth badge, the credentials it accepts and FileId on the partner API', async () => {
    const index = (await t.api.get('/metadata')).text;
    assert.match(index, /OptInTo2FARequest <span class="auth"/);
    const page = (await t.api.get('/json/metadata?op=OptInTo2FARequest')).text;
    for (const needed of ['Requires Authentication', 'X-WsAccessKey', 'WsAccessKey', '<th>FileId</th><td>Required</td>']) assert.ok(page.includes(needed), `the page shows ${needed}`);
  });

  it('every request example is a request a fresh server takes: a 2xx or a documented error, never a refused member', async () => {
    const findings: string[] = [];
    for (const [path, verb, op] of operations()) {
      const example = op.requestBody ? (op.requestBody.content['application/json'] as { example?: unknown } | undefined)?.example : undefined;
      if (!op.requestBody) continue;
      if (example === undefined) { findings.push(`${verb.toUpperCase()} ${path}: no JSON example`); continue; }
      const caller = await callerFor(t, '1');
      const query = (op.parameters ?? []).filter((p) => p.in === 'query' && p.required).map((p) => `${p.name}=1`).join('&');
      const res = await t.api[verb as 'post'](`${fillPath(path, op)}${query ? `?${query}` : ''}`)
        .set('Authorization', `Bearer ${caller.token}`).set('Content-Type', 'application/json').send(JSON.stringify(example));
      const documented = res.status < 300 || (res.status < 500 && (op.responses[String(res.status)] ?? op.responses.default));
      if (!documented || namedFields(res).length) findings.push(`${verb.toUpperCase()} ${path}: ${res.status} ${res.text.slice(0, 200)}`);
      if (path === '/api/TwoFactor/CreateTwoFactorSmsOtp') assert.equal(res.body.Code, 1, `the create example creates an OTP: ${res.text}`);
    }
    assert.deepEqual(findings, []);
  });

  it('the metadata page\'s sample request for OTP create creates an OTP', async () => {
    const page = (await t.api.get('/json/metadata?op=CreateTwoFactorSmsOtpRequest')).text;
    const sample = /Content-Length: <span class="value">length<\/span>\n\n(\{[^\n<]*\})/.exec(page.replace(/&quot;/g, '"'));
    assert.ok(sample, 'the page has a JSON request sample');
    const res = await t.api.post('/api/TwoFactor/CreateTwoFactorSmsOtp').set('Content-Type', 'application/json').send(sample[1]!);
    assert.equal(res.body.Code, 1, `${sample[1]} → ${res.text}`);
  });

  it('for every operation: refused without each required credential, parameter and member — and for nothing else; each documented credential opens it', async () => {
    const findings: string[] = [];
    for (const [path, verb, op] of operations()) {
      const caller = await callerFor(t, '1');
      const key = await t.app.accessKeys.create({ tenantId: '1', userId: caller.userId });
      const name = `${verb.toUpperCase()} ${path}`;
      const schemaOf = (s: Schema): Schema => (s.$ref ? doc.components.schemas[s.$ref.split('/').pop()!]! : s);
      const body = op.requestBody ? schemaOf(Object.values(op.requestBody.content)[0]!.schema) : undefined;
      const required = new Set(body?.required ?? []);
      const params = op.parameters ?? [];
      const url = (omit?: string): string => {
        const p = fillPath(path, op);
        const q = params.filter((x) => x.in === 'query' && x.required && x.name !== omit).map((x) => `${x.name}=${encodeURIComponent(String(sample(x.name, x.schema)))}`);
        return q.length ? `${p}?${q.join('&')}` : p;
      };
      // `as`: only the credential of one documented scheme (the caller's own access key for the key schemes).
      const send = (o: { omit?: string; anonymous?: boolean; as?: string } = {}): request.Test => {
        const u = url(o.omit);
        let r = t.api[verb as 'get'](o.as === 'wsAccessKeyQuery' ? `${u}${u.includes('?') ? '&' : '?'}WsAccessKey=${encodeURIComponent(key)}` : u);
        if (o.as === 'wsAccessKey') r = r.set('X-WsAccessKey', key);
        else if (!o.anonymous && (!o.as || o.as === 'bearer')) r = r.set('Authorization', `Bearer ${caller.token}`);
        if (!body) return r;
        const members = Object.fromEntries(Object.entries(body.properties ?? {}).filter(([m]) => required.has(m) && m !== o.omit).map(([m, s]) => [m, sample(m, s, schemaOf)]));
        return r.set('Content-Type', 'application/json').send(JSON.stringify(members));
      };
      const full = await send();
      const unexpected = namedFields(full);
      if (full.status === 400 && unexpected.length) findings.push(`${name}: refused with everything documented as required: ${full.text}`);
      const anonymous = await send({ anonymous: true });
      if (op.security.length && anonymous.status !== 401) findings.push(`${name}: documents a credential, answers ${anonymous.status} without one`);
      if (!op.security.length && anonymous.status === 401) findings.push(`${name}: documents no credential, answers 401 without one`);
      for (const scheme of op.security.map((x) => Object.keys(x)[0]!)) {
        const res = await send({ as: scheme });
        if (res.status === 401) findings.push(`${name}: documents ${scheme}, refuses it: ${res.text.slice(0, 200)}`);
      }
      for (const missing of [...params.filter((p) => p.required && p.in === 'query').map((p) => p.name), ...required]) {
        const res = await send({ omit: missing });
        // Web API reports a body its reader refused under the parameter's key alone, and hides the
        // reader's text from a remote client ("An error has occurred."): still a refusal of the body.
        const bodyRefused = required.has(missing) && res.status === 400 && /^\{"Message":"The request is invalid\.","ModelState":\{"request":\[/.test(res.text);
        // A Web API action's required URI parameter that is missing selects no action: Web API's 404.
        const noAction = !required.has(missing) && res.status === 404 && /^\{"Message":"No HTTP resource was found that matches the request URI /.test(res.text);
        const refused = (res.status === 400 && namedFields(res).includes(missing.toLowerCase())) || bodyRefused || noAction || envelopeRefusal(res, full);
        if (!refused) findings.push(`${name}: without ${missing} answers ${res.status} ${res.text.slice(0, 200)}`);
      }
    }
    assert.deepEqual(findings, []);
  });
});
