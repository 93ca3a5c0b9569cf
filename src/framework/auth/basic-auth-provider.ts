/**
 * HTTP Basic (ServiceStack's BasicAuthProvider): `Authorization: Basic base64(user:password)`,
 * judged by the app's verifier. Use it over TLS only: the password travels with every request.
 */
import type { Operation } from '../host/operation.js';
import type { ServiceContext } from '../host/service-context.js';
import { authenticated, failed, NO_CREDENTIAL, type AuthProvider, type AuthSession } from './auth-provider.js';

export interface BasicAuthOptions {
  /** The caller these credentials belong to; undefined refuses them. Never log the password. */
  verify: (userName: string, password: string, ctx: ServiceContext) => AuthSession | undefined | Promise<AuthSession | undefined>;
  /** The challenge's realm (default ServiceStack's `/auth/basic`). */
  realm?: string;
  scheme?: { name?: string; description?: string };
  appliesTo?: (op: Operation) => boolean;
}

const BASIC = /^Basic[ \t]+([A-Za-z0-9+/]+={0,2})[ \t]*$/i;

export function basicAuthProvider(options: BasicAuthOptions): AuthProvider {
  const realm = options.realm ?? '/auth/basic';
  const schemeName = options.scheme?.name ?? 'basic';
  return {
    name: 'basic',
    realm,
    httpChallenge: `Basic realm="${realm}"`,
    authorizationScheme: 'Basic',
    securitySchemes: { [schemeName]: { type: 'http', scheme: 'basic', description: options.scheme?.description ?? 'HTTP Basic: `Authorization: Basic base64(user:password)`.' } },
    schemesFor: (op) => (options.appliesTo?.(op) ?? true ? [schemeName] : []),
    async authenticate(ctx) {
      const authorization = ctx.header('authorization');
      if (authorization === undefined || !/^Basic\b/i.test(authorization)) return NO_CREDENTIAL;
      const m = BASIC.exec(authorization);
      const decoded = m ? Buffer.from(m[1]!, 'base64').toString('utf8') : '';
      const colon = decoded.indexOf(':');
      if (colon < 1) return failed('malformed', 'authorization header is not basic credentials');
      return authenticated(await options.verify(decoded.slice(0, colon), decoded.slice(colon + 1), ctx), 'basic credentials refused');
    },
  };
}
