/**
 * The composition root of a Stackport service: configuration, formats, operations and routes.
 * `handle()` runs one request through the pipeline; adapters (Express, node:http) call it.
 */
import { getDtoMeta, type Dialect } from '../dto/dto-meta.js';
import { resolveTypeGraph } from '../dto/resolve-type-graph.js';
import { codecOptions, type CodecOptions } from '../formats/codec-options.js';
import type { Format } from '../formats/format.js';
import { FormatRegistry } from '../formats/format-registry.js';
import { RouteTable } from '../routing/route-table.js';
import type { Constructor } from '../types/type-ref.js';
import { resolveHostConfig, type HostConfig, type HostConfigInput } from './host-config.js';
import type { HttpRequestData, HttpResponseData } from './http-types.js';
import type { Operation } from './operation.js';
import { handleRequest } from './pipeline.js';
import { handlersOf } from './service.js';
import { webApiActionOf } from '../binding/web-api-action.js';
import { ConventionRoute } from '../routing/convention-route.js';
import type { ServiceContext } from './service-context.js';

/**
 * Runs after binding, before validation and the service. It may throw to stop the request, or
 * return an answer for it (an `HttpResult` or a DTO, as a service would): the service never runs.
 * The request is null only for a Web API action whose body parameter was bound from an empty body.
 */
export type RequestFilter<T extends object = object> = (request: T | null, context: ServiceContext, operation: Operation) => unknown;

/**
 * Runs after the service, with its result (never on an error or on a request filter's answer). It
 * may set headers (`context.responseHeaders`) and return a replacement; undefined keeps the response.
 */
export type ResponseFilter<T extends object = object> = (response: unknown, request: T | null, context: ServiceContext, operation: Operation) => unknown;

export interface Filters { readonly request: RequestFilter[]; readonly response: ResponseFilter[] }

/** A handler for paths outside the operation routes (metadata pages, health checks). */
export type RawHandler = (req: HttpRequestData, path: string, query: ReadonlyMap<string, string>) =>
  HttpResponseData | undefined | Promise<HttpResponseData | undefined>;

export class AppHost {
  readonly config: HostConfig;
  readonly formats = new FormatRegistry();
  readonly routes = new RouteTable<Operation>();
  readonly operations = new Map<string, Operation>();
  readonly requestFilters: RequestFilter[] = [];
  readonly rawHandlers: RawHandler[] = [];
  readonly responseFilters: ResponseFilter[] = [];
  /** Filters of one request type (ServiceStack's typed filters), keyed by its class. */
  private readonly typedFilters = new Map<Constructor, Filters>();
  private readonly optionsByDialect = new Map<Dialect, CodecOptions>();

  constructor(config: HostConfigInput = {}) {
    this.config = resolveHostConfig(config);
  }

  addFormat(format: Format): this {
    this.formats.register(format);
    return this;
  }

  /** Registers every operation a service instance handles (methods decorated with @Handles). */
  register(service: object): this {
    for (const [requestType, handlers] of handlersOf(service)) this.addOperation(requestType, handlers, service.constructor.name);
    return this;
  }

  /** A filter for every operation, or, given a request type first, for that operation only. */
  addRequestFilter(filter: RequestFilter): this;
  addRequestFilter<T extends object>(requestType: Constructor<T>, filter: RequestFilter<T>): this;
  addRequestFilter(a: RequestFilter | Constructor, b?: RequestFilter): this {
    if (b) this.typed(a as Constructor).request.push(b);
    else this.requestFilters.push(a as RequestFilter);
    return this;
  }

  addResponseFilter(filter: ResponseFilter): this;
  addResponseFilter<T extends object>(requestType: Constructor<T>, filter: ResponseFilter<T>): this;
  addResponseFilter(a: ResponseFilter | Constructor, b?: ResponseFilter): this {
    if (b) this.typed(a as Constructor).response.push(b);
    else this.responseFilters.push(a as ResponseFilter);
    return this;
  }

  /** The filters an operation runs: the global ones, then its own. */
  filtersOf(op: Operation): Filters {
    const own = this.typedFilters.get(op.requestType);
    return own
      ? { request: [...this.requestFilters, ...own.request], response: [...this.responseFilters, ...own.response] }
      : { request: this.requestFilters, response: this.responseFilters };
  }

  private typed(requestType: Constructor): Filters {
    let f = this.typedFilters.get(requestType);
    if (!f) this.typedFilters.set(requestType, (f = { request: [], response: [] }));
    return f;
  }

  addRawHandler(handler: RawHandler): this {
    this.rawHandlers.push(handler);
    return this;
  }

  /** Codec settings for a dialect: host config over the dialect's defaults. */
  codecOptions(dialect: Dialect): CodecOptions {
    let o = this.optionsByDialect.get(dialect);
    if (!o) {
      const c = this.config;
      o = codecOptions({ dialect, dateTimeOffset: c.dateTimeOffset, limits: c.limits,
        ...(dialect === 'servicestack' ? { textCase: c.textCase, runtime: c.runtime, throwOnError: c.throwOnError, localDateTimes: c.localDateTimes } : {}),
        ...(c.timeZone === undefined ? {} : { timeZone: c.timeZone }) });
      this.optionsByDialect.set(dialect, o);
    }
    return o;
  }

  /** The host's Web API convention routes, parsed once. */
  get conventionRoutes(): readonly ConventionRoute[] {
    return (this.parsedConventionRoutes ??= (this.config.conventionRoutes ?? []).map((r) => new ConventionRoute(r)));
  }
  private parsedConventionRoutes: ConventionRoute[] | undefined;

  /** First path segment of the predefined `/api/{Op}` route, or undefined when disabled. */
  get apiSegment(): string | undefined {
    return this.config.apiSegment ?? undefined;
  }

  get plainNotFound(): boolean {
    return this.config.notFound === 'plain';
  }

  get defaultFormat(): Format {
    const f = this.formats.byFormatName(this.config.defaultFormat) ?? this.formats.all[0];
    if (!f) throw new Error('No format registered');
    return f;
  }

  handle(req: HttpRequestData): Promise<HttpResponseData> {
    return handleRequest(this, req);
  }

  private addOperation(requestType: Constructor, handlers: Map<string, import('./service.js').Handler>, serviceName: string): void {
    resolveTypeGraph(requestType);
    const meta = getDtoMeta(requestType);
    const key = meta.name.toLowerCase();
    if (this.operations.has(key)) throw new Error(`Operation ${meta.name} is registered twice`);
    const op: Operation = { name: meta.name, requestType, meta, dialect: meta.dialect ?? this.config.dialect, handlers, serviceName };
    // A route variable names a member, or a Web API action's simple parameter.
    const names = new Set([...meta.allMembers.map((m) => m.name), ...(webApiActionOf(requestType)?.uri.map((p) => p.name) ?? [])].map((n) => n.toLowerCase()));
    for (const route of meta.routes) {
      const added = this.routes.add(route.path, route.verbs, op);
      for (const c of added.components.flatMap((x) => x.parts ?? [x])) {
        if (c.variable && c.variable.toLowerCase() !== 'ignore' && !names.has(c.variable.toLowerCase())) {
          throw new Error(`Route '${route.path}' of ${meta.name}: no member named '${c.variable}'`);
        }
      }
    }
    this.operations.set(key, op);
  }
}
