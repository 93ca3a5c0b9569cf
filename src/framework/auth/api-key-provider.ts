/**
 * API keys (ServiceStack's ApiKeyAuthProvider), looked up by the app: in a request header, or in a
 * query parameter. A key in a URL ends up in proxy and access logs, so the query parameter can be
 * limited to the operations that must accept it. A header that is present but blank counts as absent.
 */
import { queryValue } from '../binding/query-string.js';
import type { Operation } from '../host/operation.js';
import type { ServiceContext } from '../host/service-context.js';
import { authenticated, failed, NO_CREDENTIAL, type AuthProvider, type AuthSession } from './auth-provider.js';
import type { SecurityScheme } from './security-scheme.js';

interface KeyPlace {
  name: string;
  /** The OpenAPI scheme's name (default: derived from the header or parameter name) and description. */
  scheme?: { name?: string; description?: string };
  /** Which operations take the key here (default: all). */
  appliesTo?: (op: Operation) => boolean;
}

export interface ApiKeyOptions {
  header?: KeyPlace;
  query?: KeyPlace;
  /** The caller a key belongs to; undefined refuses it. Never log the key. */
  lookup: (key: string, ctx: ServiceContext) => AuthSession | undefined | Promise<AuthSession | undefined>;
  /** Longer keys are refused without a lookup (default 256). */
  maxLength?: number;
}

export function apiKeyProvider(options: ApiKeyOptions): AuthProvider {
  if (!options.header && !options.query) throw new TypeError('apiKeyProvider: give a header, a query parameter, or both');
  const places = (['header', 'query'] as const).flatMap((where) => {
    const place = options[where];
    if (!place) return [];
    const scheme: SecurityScheme = {
      type: 'apiKey', in: where, name: place.name,
      description: place.scheme?.description ?? `An API key in the \`${place.name}\` ${where === 'header' ? 'header' : 'query parameter'}.`,
    };
    return [{ where, place, schemeName: place.scheme?.name ?? `apiKey${where === 'query' ? 'Query' : ''}`, scheme }];
  });
  const applies = (p: (typeof places)[number], op: Operation): boolean => p.place.appliesTo?.(op) ?? true;
  const read = { header: (ctx: ServiceContext, name: string) => ctx.header(name), query: (ctx: ServiceContext, name: string) => queryValue(ctx.query, name) };
  const maxLength = options.maxLength ?? 256;

  return {
    name: 'apikey',
    realm: '/auth/apikey',
    httpChallenge: 'apikey realm="/auth/apikey"',
    securitySchemes: Object.fromEntries(places.map((p) => [p.schemeName, p.scheme])),
    schemesFor: (op) => places.filter((p) => applies(p, op)).map((p) => p.schemeName),
    async authenticate(ctx, op) {
      const key = places.filter((p) => applies(p, op)).map((p) => read[p.where](ctx, p.place.name)?.trim()).find((k) => k);
      if (!key) return NO_CREDENTIAL;
      if (key.length > maxLength) return failed('invalid', 'unknown or revoked access key');
      return authenticated(await options.lookup(key, ctx), 'unknown or revoked access key');
    },
  };
}
