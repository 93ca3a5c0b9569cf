"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AppHost = void 0;
/**
 * The composition root of a Stackport service: configuration, formats, operations and routes.
 * `handle()` runs one request through the pipeline; adapters (Express, node:http) call it.
 */
const dto_meta_js_1 = require("../dto/dto-meta.js");
const resolve_type_graph_js_1 = require("../dto/resolve-type-graph.js");
const codec_options_js_1 = require("../formats/codec-options.js");
const format_registry_js_1 = require("../formats/format-registry.js");
const route_table_js_1 = require("../routing/route-table.js");
const host_config_js_1 = require("./host-config.js");
const pipeline_js_1 = require("./pipeline.js");
const service_js_1 = require("./service.js");
const web_api_action_js_1 = require("../binding/web-api-action.js");
const convention_route_js_1 = require("../routing/convention-route.js");
class AppHost {
    config;
    formats = new format_registry_js_1.FormatRegistry();
    routes = new route_table_js_1.RouteTable();
    operations = new Map();
    requestFilters = [];
    rawHandlers = [];
    responseFilters = [];
    /** Filters of one request type (ServiceStack's typed filters), keyed by its class. */
    typedFilters = new Map();
    optionsByDialect = new Map();
    constructor(config = {}) {
        this.config = (0, host_config_js_1.resolveHostConfig)(config);
    }
    addFormat(format) {
        this.formats.register(format);
        return this;
    }
    /** Registers every operation a service instance handles (methods decorated with @Handles). */
    register(service) {
        for (const [requestType, handlers] of (0, service_js_1.handlersOf)(service))
            this.addOperation(requestType, handlers, service.constructor.name);
        return this;
    }
    addRequestFilter(a, b) {
        if (b)
            this.typed(a).request.push(b);
        else
            this.requestFilters.push(a);
        return this;
    }
    addResponseFilter(a, b) {
        if (b)
            this.typed(a).response.push(b);
        else
            this.responseFilters.push(a);
        return this;
    }
    /** The filters an operation runs: the global ones, then its own. */
    filtersOf(op) {
        const own = this.typedFilters.get(op.requestType);
        return own
            ? { request: [...this.requestFilters, ...own.request], response: [...this.responseFilters, ...own.response] }
            : { request: this.requestFilters, response: this.responseFilters };
    }
    typed(requestType) {
        let f = this.typedFilters.get(requestType);
        if (!f)
            this.typedFilters.set(requestType, (f = { request: [], response: [] }));
        return f;
    }
    addRawHandler(handler) {
        this.rawHandlers.push(handler);
        return this;
    }
    /** Codec settings for a dialect: host config over the dialect's defaults. */
    codecOptions(dialect) {
        let o = this.optionsByDialect.get(dialect);
        if (!o) {
            const c = this.config;
            o = (0, codec_options_js_1.codecOptions)({ dialect, dateTimeOffset: c.dateTimeOffset, limits: c.limits,
                ...(dialect === 'servicestack' ? { textCase: c.textCase, runtime: c.runtime, throwOnError: c.throwOnError, localDateTimes: c.localDateTimes } : {}),
                ...(c.timeZone === undefined ? {} : { timeZone: c.timeZone }) });
            this.optionsByDialect.set(dialect, o);
        }
        return o;
    }
    /** The host's Web API convention routes, parsed once. */
    get conventionRoutes() {
        return (this.parsedConventionRoutes ??= (this.config.conventionRoutes ?? []).map((r) => new convention_route_js_1.ConventionRoute(r)));
    }
    parsedConventionRoutes;
    /** First path segment of the predefined `/api/{Op}` route, or undefined when disabled. */
    get apiSegment() {
        return this.config.apiSegment ?? undefined;
    }
    get plainNotFound() {
        return this.config.notFound === 'plain';
    }
    get defaultFormat() {
        const f = this.formats.byFormatName(this.config.defaultFormat) ?? this.formats.all[0];
        if (!f)
            throw new Error('No format registered');
        return f;
    }
    handle(req) {
        return (0, pipeline_js_1.handleRequest)(this, req);
    }
    addOperation(requestType, handlers, serviceName) {
        (0, resolve_type_graph_js_1.resolveTypeGraph)(requestType);
        const meta = (0, dto_meta_js_1.getDtoMeta)(requestType);
        const key = meta.name.toLowerCase();
        if (this.operations.has(key))
            throw new Error(`Operation ${meta.name} is registered twice`);
        const op = { name: meta.name, requestType, meta, dialect: meta.dialect ?? this.config.dialect, handlers, serviceName };
        // A route variable names a member, or a Web API action's simple parameter.
        const names = new Set([...meta.allMembers.map((m) => m.name), ...((0, web_api_action_js_1.webApiActionOf)(requestType)?.uri.map((p) => p.name) ?? [])].map((n) => n.toLowerCase()));
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
exports.AppHost = AppHost;
