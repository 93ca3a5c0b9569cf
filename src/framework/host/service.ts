/**
 * Services: classes whose methods handle request DTOs. The method name is the verb it answers
 * (`get`, `post`, `put`, `delete`, `patch`, `head`, `options`, or `any`), and `@Handles(Request)`
 * names the request DTO — the TypeScript form of ServiceStack's `object Get(Hello request)`.
 */
import type { Constructor } from '../types/type-ref.js';
import type { ServiceContext } from './service-context.js';

export const VERB_METHODS = ['get', 'post', 'put', 'delete', 'patch', 'head', 'options', 'any'] as const;
export type VerbMethod = (typeof VERB_METHODS)[number];

export type Handler<Req = never, Res = unknown> = (request: Req, context: ServiceContext) => Res | Promise<Res>;

/** requestType → VERB → method name, per service class. */
const handlers = new WeakMap<Constructor, Map<Constructor, Map<string, string>>>();

export function Handles(requestType: Constructor): MethodDecorator {
  return (proto, key) => {
    const name = String(key);
    const verb = VERB_METHODS.find((v) => v === name.toLowerCase() || name.toLowerCase().startsWith(`${v}_`));
    if (!verb) throw new TypeError(`${proto.constructor.name}.${name}: name the method after its verb (${VERB_METHODS.join(', ')}), optionally with a _suffix`);
    const svc = proto.constructor as Constructor;
    let byType = handlers.get(svc);
    if (!byType) handlers.set(svc, (byType = new Map()));
    let byVerb = byType.get(requestType);
    if (!byVerb) byType.set(requestType, (byVerb = new Map()));
    byVerb.set(verb.toUpperCase(), name);
  };
}

/** The request types a service instance handles and its bound handler per verb. */
export function handlersOf(service: object): Map<Constructor, Map<string, Handler>> {
  const out = new Map<Constructor, Map<string, Handler>>();
  for (let c = service.constructor as Constructor; c && c !== Object; c = Object.getPrototypeOf(c) as Constructor) {
    for (const [type, verbs] of handlers.get(c) ?? []) {
      const bound = out.get(type) ?? new Map<string, Handler>();
      for (const [verb, method] of verbs) {
        if (!bound.has(verb)) bound.set(verb, ((service as Record<string, Handler>)[method] as Handler).bind(service));
      }
      out.set(type, bound);
    }
  }
  return out;
}
