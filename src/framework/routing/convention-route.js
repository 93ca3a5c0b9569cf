"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.controllerName = exports.ConventionRoute = void 0;
exports.selectAction = selectAction;
/**
 * Web API 2's convention routes (`routes.MapHttpRoute("DefaultApi", "api/{controller}/{id}",
 * new { id = RouteParameter.Optional })`) for `aspnet` operations that declare no route of their
 * own: the path names a controller — a service class, less its `Controller` suffix — and the
 * action is chosen by verb, as ApiControllerActionSelector chooses it (src: aspnet/AspNetWebStack
 * System.Web.Http/Controllers/ApiControllerActionSelector.cs):
 *  1. the controller's actions for the verb;
 *  2. those whose required simple parameters the route values and query string all supply;
 *  3. of those, the ones that use the most of the route values and query names;
 * one left is the action; none for the verb but some for other verbs (steps 2–3 without 1) is a
 * 405 whose Allow names those verbs; none at all is Web API's "no action" 404.
 */
const web_api_action_js_1 = require("../binding/web-api-action.js");
const error_catalog_js_1 = require("../errors/error-catalog.js");
const exceptions_js_1 = require("../errors/exceptions.js");
class ConventionRoute {
    parts;
    controllers;
    constructor(spec) {
        const { template, controllers } = typeof spec === 'string' ? { template: spec, controllers: undefined } : spec;
        this.parts = template.split('/').filter(Boolean).map((s) => {
            const v = /^\{(\w+)(\?)?\}$/.exec(s);
            return v ? { name: v[1], optional: !!v[2] } : { literal: s.toLowerCase() };
        });
        if (!this.parts.some((p) => 'name' in p && p.name === 'controller'))
            throw new TypeError(`Convention route '${template}' has no {controller}`);
        this.controllers = controllers && new Set(controllers.map((c) => c.toLowerCase()));
    }
    /** The controller and route values the path gives, or undefined. */
    match(segments) {
        if (segments.length > this.parts.length)
            return undefined;
        const values = new Map();
        for (let i = 0; i < this.parts.length; i++) {
            const part = this.parts[i];
            const seg = segments[i];
            if ('literal' in part) {
                if (seg?.toLowerCase() !== part.literal)
                    return undefined;
            }
            else if (seg === undefined) {
                if (!part.optional)
                    return undefined;
            }
            else
                values.set(part.name, seg);
        }
        const controller = values.get('controller');
        values.delete('controller');
        return !this.controllers || this.controllers.has(controller.toLowerCase()) ? { controller, values } : undefined;
    }
}
exports.ConventionRoute = ConventionRoute;
/** A service class's controller name: `ItemsController` → `Items`. */
const controllerName = (serviceName) => serviceName.replace(/Controller$/, '');
exports.controllerName = controllerName;
/** The verbs an action answers: its handlers' (an `any` handler is Web API's default, POST). */
const verbsOf = (op) => [...new Set([...op.handlers.keys()].map((v) => (v === 'ANY' ? 'POST' : v)))];
/** Steps 2 and 3: the actions the request's route values and query names can call, using most of them. */
function callable(actions, names) {
    const scored = actions.flatMap((op) => {
        const params = (0, web_api_action_js_1.webApiActionOf)(op.requestType)?.uri ?? [];
        if (params.some((p) => !p.optional && !names.has(p.name.toLowerCase())))
            return [];
        return [{ op, used: params.filter((p) => names.has(p.name.toLowerCase())).length }];
    });
    const most = Math.max(...scored.map((s) => s.used));
    return scored.filter((s) => s.used === most).map((s) => s.op);
}
/**
 * The action a convention route selects for the verb, with its route values; undefined when no
 * route names a controller this host has. Throws Web API's 405 or 404 as described above.
 */
function selectAction(routes, operations, segments, verb, queryNames) {
    const ops = [...operations].filter((op) => op.dialect === 'aspnet' && op.meta.routes.length === 0);
    for (const route of routes) {
        const m = route.match(segments);
        if (!m)
            continue;
        const actions = ops.filter((op) => (0, exports.controllerName)(op.serviceName).toLowerCase() === m.controller.toLowerCase());
        if (!actions.length)
            continue;
        const names = new Set([...m.values.keys(), ...queryNames].map((n) => n.toLowerCase()));
        const chosen = callable(actions.filter((op) => verbsOf(op).includes(verb)), names);
        if (chosen.length === 1)
            return { op: chosen[0], values: m.values };
        if (chosen.length > 1)
            throw new exceptions_js_1.InvalidOperationException(`Multiple actions were found that match the request: ${chosen.map((o) => o.name).join(', ')}`);
        const others = callable(actions, names);
        if (others.length)
            throw error_catalog_js_1.frameworkErrors.verbNotAllowed(verb, [...new Set(others.flatMap(verbsOf))]);
        throw error_catalog_js_1.frameworkErrors.actionNotFound((0, exports.controllerName)(actions[0].serviceName));
    }
    return undefined;
}
