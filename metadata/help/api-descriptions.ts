/**
 * What Web API's ApiExplorer reports for our ASP.NET-dialect operations: one description per
 * route and verb, with its friendly id, relative path, URI parameters and body model. The Help
 * pages are rendered from these.
 */
import type { AppHost, Constructor, MemberMeta, Operation, RouteDef, TypeRef } from '../../src/index.js';
import { returnTypeOf, sortedOperations } from '../shared/type-graph.js';

/** A URI parameter that is not a DTO member (Web API action parameters read from the query). */
export interface UriParameter {
  readonly name: string;
  readonly type: TypeRef;
  readonly description?: string;
  /** Additional-information texts, e.g. `Required` or `Optional. Legacy …`. */
  readonly annotations?: readonly string[];
}

export interface ApiParameter {
  readonly name: string;
  readonly type: TypeRef;
  readonly description?: string;
  readonly annotations: readonly string[];
}

export interface ApiDescription {
  readonly id: string;
  readonly verb: string;
  /** The route without its leading slash, as ApiExplorer prints it. */
  readonly relativePath: string;
  readonly controller: string;
  readonly op: Operation;
  readonly route: RouteDef;
  /** Members bound from the URI (route variables; every member on GET/DELETE). */
  readonly uriMembers: readonly MemberMeta[];
  readonly extraUriParameters: readonly UriParameter[];
  /** The body model, when the verb carries a body. */
  readonly bodyType?: Constructor;
  /** The declared `IReturn<T>`: a DTO class, or a collection, dictionary or primitive (`List<Order>`, `string`). */
  readonly responseType?: TypeRef;
}

export interface ApiDescriptionOptions {
  /** Extra URI parameters per operation (those the service reads from the query string itself). */
  uriParameters?: (op: Operation) => readonly UriParameter[] | undefined;
}

const BODY_VERBS = new Set(['POST', 'PUT', 'PATCH']);

/** `GetFriendlyId`: `POST-api-TwoFactor-CreateTwoFactorSmsOtp`, braces dropped. */
export function friendlyId(verb: string, relativePath: string): string {
  const [path, query] = relativePath.split('?', 2) as [string, string | undefined];
  let id = `${verb}-${path.replace(/\//g, '-').replace(/[{}]/g, '')}`;
  if (query) {
    const keys = query.split('&').map((p) => p.split('=')[0]!);
    id += '_' + keys.join('_').replace(/\./g, '-');
  }
  return id;
}

/** The Web API controller the route would belong to: the first literal segment after `api/`. */
export function controllerOf(route: RouteDef, op: Operation): string {
  const literal = route.path.split('/').filter((s) => s && !s.includes('{'));
  const first = literal[0]?.toLowerCase() === 'api' ? literal[1] : literal[0];
  return first ?? op.serviceName.replace(/(Service|Controller)$/, '');
}

function verbsOf(route: RouteDef, op: Operation): string[] {
  if (route.verbs.length) return [...route.verbs];
  const handled = [...op.handlers.keys()].filter((v) => v !== 'ANY');
  return handled.length ? handled : ['POST'];
}

export function apiDescriptions(host: AppHost, options: ApiDescriptionOptions = {}): ApiDescription[] {
  const out: ApiDescription[] = [];
  for (const op of sortedOperations(host.operations.values()).filter((o) => o.dialect === 'aspnet')) {
    const responseType = returnTypeOf(op);
    for (const route of op.meta.routes) {
      const vars = new Set((route.path.match(/\{([^}*]+)\*?\}/g) ?? []).map((v) => v.replace(/[{}*]/g, '').toLowerCase()));
      for (const verb of verbsOf(route, op)) {
        const relativePath = route.path.replace(/^\//, '');
        const hasBody = BODY_VERBS.has(verb);
        out.push({
          id: friendlyId(verb, relativePath), verb, relativePath, controller: controllerOf(route, op), op, route,
          uriMembers: op.meta.allMembers.filter((m) => !hasBody || vars.has(m.name.toLowerCase())),
          extraUriParameters: options.uriParameters?.(op) ?? [],
          ...(hasBody ? { bodyType: op.requestType } : {}),
          ...(responseType ? { responseType } : {}),
        });
      }
    }
  }
  return out;
}

/** Case-insensitive lookup, as HelpPageConfigurationExtensions does. */
export function findApi(apis: readonly ApiDescription[], id: string): ApiDescription | undefined {
  const lower = id.toLowerCase();
  return apis.find((a) => a.id.toLowerCase() === lower);
}
