/**
 * /openapi and /metadata describe exactly what the authenticate step enforces, on a host with
 * every kind of provider: for every operation, no credential is refused exactly when the document
 * lists security; each listed scheme alone opens it; the roles and permissions it shows are the
 * ones whose absence is refused.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { addMetadataPages } from '../../../metadata/metadata-feature.js';
import { apiKeyProvider, basicAuthProvider, jwtBearerProvider, type AuthSession } from '../../../src/index.js';
import { http } from '../../support/http.js';
import { AUTH_OPS, authHost } from './auth-app.js';

const SECRET = 'auth-openapi-test-secret-0123456789abcdef';
const STRONG: AuthSession = { userId: 'ops', provider: 'x', roles: ['Manager', 'Auditor'], permissions: ['reports.read'] };
const WEAK: AuthSession = { userId: 'guest', provider: 'x', roles: [], permissions: [] };
const host = addMetadataPages(authHost({
  providers: [
    jwtBearerProvider({ secret: SECRET }),
    apiKeyProvider({ header: { name: 'X-Api-Key' }, query: { name: 'api_key' }, lookup: (k) => ({ strong: STRONG, weak: WEAK })[k] }),
    basicAuthProvider({ verify: (u, p) => (p === 'pw' ? ({ strong: STRONG, weak: WEAK })[u] : undefined) }),
  ],
}));
const api = http(host);

type Op = { security: Record<string, string[]>[]; 'x-required-roles'?: string[]; 'x-required-permissions'?: string[]; responses: Record<string, unknown> };
type Doc = { paths: Record<string, Record<string, Op>>; components: { securitySchemes?: Record<string, { type: string; scheme?: string; in?: string; name?: string }> } };

const token = (roles: string[], perms: string[]): Promise<string> =>
  new SignJWT({ roles, perms }).setProtectedHeader({ alg: 'HS256' }).setSubject('u-1').setExpirationTime('5m').sign(new TextEncoder().encode(SECRET));

/** A request carrying one scheme's credential, strong (every role and permission) or weak. */
async function withScheme(path: string, scheme: string, strong: boolean) {
  const who = strong ? 'strong' : 'weak';
  const present: Record<string, () => Promise<[string, Record<string, string>]>> = {
    bearer: async () => [path, { Authorization: `Bearer ${await (strong ? token(STRONG.roles as string[], STRONG.permissions as string[]) : token([], []))}` }],
    apiKey: async () => [path, { 'X-Api-Key': who }],
    apiKeyQuery: async () => [`${path}?api_key=${who}`, {}],
    basic: async () => [path, { Authorization: `Basic ${Buffer.from(`${who}:pw`).toString('base64')}` }],
  };
  const [url, headers] = await present[scheme]!();
  return api.get(url).set(headers);
}

describe('the documents say what the server enforces', () => {
  it('security schemes: bearer, the API key in its header and in its query parameter, basic', async () => {
    const doc = (await api.get('/openapi')).body as Doc;
    assert.deepEqual(Object.entries(doc.components.securitySchemes ?? {}).map(([k, s]) => [k, s.type, s.scheme ?? s.in, s.name]), [
      ['bearer', 'http', 'bearer', undefined], ['apiKey', 'apiKey', 'header', 'X-Api-Key'], ['apiKeyQuery', 'apiKey', 'query', 'api_key'], ['basic', 'http', 'basic', undefined],
    ]);
  });

  it('for every operation: refused without a credential exactly when it lists security; each listed scheme opens it; listed roles and permissions are required', async () => {
    const doc = (await api.get('/openapi')).body as Doc;
    const findings: string[] = [];
    for (const op of AUTH_OPS) {
      const item = doc.paths[op.path]?.get;
      if (!item) { findings.push(`${op.path}: not documented`); continue; }
      const schemes = item.security.map((s) => Object.keys(s)[0]!);
      const anonymous = await api.get(op.path);
      if ((anonymous.status === 401) !== schemes.length > 0) findings.push(`${op.path}: ${anonymous.status} without a credential, documented security [${schemes}]`);
      const guards = [...(item['x-required-roles'] ?? []), ...(item['x-required-permissions'] ?? [])];
      const expected = { role: ['Manager', 'Auditor'], permission: ['reports.read'] }[op.kind as 'role'] ?? [];
      if (guards.join() !== expected.join()) findings.push(`${op.path}: documents [${guards}], enforces [${expected}]`);
      for (const scheme of schemes) {
        const strong = await withScheme(op.path, scheme, true);
        if (strong.status !== 200) findings.push(`${op.path} with ${scheme}: ${strong.status}`);
        const weak = await withScheme(op.path, scheme, false);
        if ((weak.status === 200) !== (guards.length === 0)) findings.push(`${op.path} with a ${scheme} caller lacking [${guards}]: ${weak.status}`);
        if (guards.length && op.dialect !== 'aspnet' && !item.responses['403']) findings.push(`${op.path}: its 403 is not documented`);
      }
    }
    assert.deepEqual(findings, []);
  });

  it('/metadata shows the badge, the credentials and the roles', async () => {
    const role = AUTH_OPS.find((o) => o.kind === 'role' && o.dialect === 'servicestack')!;
    assert.match((await api.get('/metadata')).text, new RegExp(`${role.name} <span class="auth"`));
    const page = (await api.get(`/json/metadata?op=${role.name}`)).text;
    for (const needed of ['Requires Authentication', 'X-Api-Key', 'api_key', 'HTTP Basic', 'Required roles (all of them): Manager, Auditor']) assert.ok(page.includes(needed), `the page shows ${needed}`);
    const types = (await api.get('/types/metadata')).body as { operations: { request: { name: string }; requiresAuth?: boolean; requiredRoles?: string[] }[] };
    const described = types.operations.find((o) => o.request.name === role.name);
    assert.deepEqual([described?.requiresAuth, described?.requiredRoles], [true, ['Manager', 'Auditor']]);
  });
});
