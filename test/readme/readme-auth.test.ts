/** README's "Authentication" example, verbatim between the markers, called over HTTP. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SignJWT } from 'jose';
import {
  apiKeyProvider, Authenticate, basicAuthProvider, createHost, Dto, Handles, jwtBearerProvider, Member, RequiredPermission, RequiredRole, Returns, Route,
  type AuthSession, type ServiceContext,
} from '../../src/index.js';
import { http, reasonPhrase } from '../support/http.js';

process.env.JWT_SECRET ??= 'readme-auth-test-secret-0123456789abcdef';
const apiKeys = new Map<string, AuthSession>([['k-123', { userId: 'batch', provider: 'apikey', roles: [], permissions: [] }]]);
const users = { check: (user: string, password: string): AuthSession | undefined => (user === 'ann' && password === 'pw' ? { userId: 'ann', provider: 'basic', roles: ['Manager', 'Auditor'], permissions: ['orders.delete'] } : undefined) };

// README example begins
@Dto() export class OrderResponse { @Member() Result?: string; }

@Dto() @Route('/orders/{Id}', 'GET') @Returns(() => OrderResponse) @Authenticate()
export class GetOrder { @Member('int') Id?: number; }

@Dto() @Route('/orders/{Id}', 'DELETE') @RequiredRole('Manager', 'Auditor') @RequiredPermission('orders.delete')
export class DeleteOrder { @Member('int') Id?: number; }

class OrderService {
  @Handles(GetOrder) get(req: GetOrder, ctx: ServiceContext) {
    return Object.assign(new OrderResponse(), { Result: `order ${req.Id} for ${ctx.session!.userId}` });
  }
  @Handles(DeleteOrder) delete(_req: DeleteOrder) { return null; }
}

const host = createHost({
  auth: {
    providers: [
      // Bearer JWT: HS256 with `secret`; RS256 with `publicKey` (PEM) or `jwksUrl`.
      jwtBearerProvider({ secret: process.env.JWT_SECRET!, issuer: 'https://id.example.com', audience: 'orders' }),
      // An API key in a header (or `query: { name }`); `lookup` returns the caller or undefined.
      apiKeyProvider({ header: { name: 'X-Api-Key' }, lookup: (key) => apiKeys.get(key) }),
      // HTTP Basic, judged by your verifier.
      basicAuthProvider({ verify: (user, password) => users.check(user, password) }),
    ],
  },
}).register(new OrderService());
// README example ends

const api = http(host);
const token = (claims: object): Promise<string> => new SignJWT({ ...claims }).setProtectedHeader({ alg: 'HS256' }).setSubject('u-7')
  .setIssuer('https://id.example.com').setAudience('orders').setExpirationTime('5m').sign(new TextEncoder().encode(process.env.JWT_SECRET!));

describe('README: Authentication', () => {
  it('answers as README says', async () => {
    const none = await api.get('/orders/1');
    assert.deepEqual([none.status, none.headers['www-authenticate'], none.text], [401, 'jwt realm="/auth/jwt"', '']);
    assert.equal((await api.get('/orders/1').set('Authorization', `Bearer ${await token({})}`)).text, '{"result":"order 1 for u-7"}');
    assert.equal((await api.get('/orders/1').set('X-Api-Key', 'k-123')).text, '{"result":"order 1 for batch"}');
    const weak = await api.delete('/orders/1').set('Authorization', `Bearer ${await token({ roles: ['Manager'] })}`);
    assert.deepEqual([weak.status, reasonPhrase(weak), weak.text], [403, 'Invalid Role', '']);
    assert.equal((await api.delete('/orders/1').set('Authorization', `Basic ${Buffer.from('ann:pw').toString('base64')}`)).status, 204);
    const strong = await api.delete('/orders/1').set('Authorization', `Bearer ${await token({ roles: ['Manager', 'Auditor'], perms: ['orders.delete'] })}`);
    assert.equal(strong.status, 204);
  });
});
