/** An operation: a request DTO type, the service methods that handle it, and its dialect. */
import type { Dialect, DtoMeta } from '../dto/dto-meta.js';
import type { Constructor } from '../types/type-ref.js';
import type { Handler } from './service.js';

export interface Operation {
  /** The request DTO's .NET name: `/json/reply/{name}`. */
  readonly name: string;
  readonly requestType: Constructor;
  readonly meta: DtoMeta;
  readonly dialect: Dialect;
  /** VERB (or ANY) → handler. */
  readonly handlers: ReadonlyMap<string, Handler>;
  readonly serviceName: string;
}

/** The handler for a verb: the verb's own method, else `any` (ServiceStack's resolution order). */
export function handlerFor(op: Operation, verb: string): Handler | undefined {
  return op.handlers.get(verb) ?? op.handlers.get('ANY');
}

/**
 * A GET operation: its service has a `get` method, or one of its routes is declared for GET. An
 * `any` method on routes open to every verb does not count: it may be the one that changes state.
 */
export function isGetOperation(op: Operation): boolean {
  return op.handlers.has('GET') || op.meta.routes.some((r) => r.verbs.includes('GET'));
}
