"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.matchRequest = matchRequest;
/**
 * Finds the operation a request addresses: custom routes first (with `.ext` suffixes stripped
 * for matching), then Web API convention routes (convention-route.ts), then the predefined
 * `/{format}/reply|oneway/{Op}` and `/api/{Op}` routes — custom routes win, as they do in ServiceStack, because predefined routes are catch-alls.
 */
const error_catalog_js_1 = require("../errors/error-catalog.js");
const convention_route_js_1 = require("../routing/convention-route.js");
const NO_VARS = new Map();
/**
 * Returns the match, or undefined; a route whose path matches under other verbs throws 405, except
 * ServiceStack routes of a host answering ServiceStack's plain 404, which throw that 404.
 */
function matchRequest(src, segments, verb, queryNames = []) {
    const custom = matchCustom(src, segments, verb);
    if (custom)
        return custom;
    const action = src.conventionRoutes?.length ? (0, convention_route_js_1.selectAction)(src.conventionRoutes, src.operations.values(), segments, verb, queryNames) : undefined;
    if (action)
        return { op: action.op, kind: 'custom', pathVars: action.values, batch: false, oneWay: false };
    const predefined = matchPredefined(src, segments);
    if (predefined)
        return predefined;
    const other = src.routes.matchAnyVerb(segments);
    if (other.length && src.plainNotFound && other.every((m) => m.route.target.dialect === 'servicestack')) {
        throw Object.assign(error_catalog_js_1.frameworkErrors.routeNotFound(`/${segments.join('/')}`), { dialect: 'servicestack' });
    }
    if (other.length) {
        const allowed = [...new Set(other.flatMap((m) => [...m.route.verbs]))];
        throw Object.assign(error_catalog_js_1.frameworkErrors.verbNotAllowed(verb, allowed), { dialect: other[0].route.target.dialect });
    }
    return undefined;
}
function matchCustom(src, segments, verb) {
    const last = segments[segments.length - 1];
    const dot = last?.lastIndexOf('.') ?? -1;
    if (last && dot > 0) {
        const format = src.formats.byExtension(last.slice(dot + 1));
        if (format) {
            const stripped = [...segments.slice(0, -1), last.slice(0, dot)];
            const m = src.routes.match(stripped, verb);
            if (m && !m.route.hasWildcard)
                return { op: m.route.target, kind: 'custom', pathVars: m.vars, routeFormat: format, batch: false, oneWay: false };
        }
    }
    const m = src.routes.match(segments, verb);
    return m ? { op: m.route.target, kind: 'custom', pathVars: m.vars, batch: false, oneWay: false } : undefined;
}
function matchPredefined(src, segments) {
    const first = segments[0]?.toLowerCase();
    if (src.apiSegment && first === src.apiSegment && segments.length === 2) {
        let opName = segments[1];
        let format = src.formats.byFormatName('json');
        const dot = opName.lastIndexOf('.');
        if (dot > 0 && src.formats.byExtension(opName.slice(dot + 1))) {
            format = src.formats.byExtension(opName.slice(dot + 1));
            opName = opName.slice(0, dot);
        }
        return predefined(src, opName, format, false);
    }
    if (segments.length >= 3) {
        const format = src.formats.byFormatName(first);
        const mode = segments[1].toLowerCase();
        if (format && (mode === 'reply' || mode === 'oneway'))
            return predefined(src, segments[2], format, mode === 'oneway');
    }
    return undefined;
}
function predefined(src, rawName, format, oneWay) {
    const batch = rawName.endsWith('[]');
    const name = batch ? rawName.slice(0, -2) : rawName;
    const op = src.operations.get(name.toLowerCase());
    // The predefined routes are ServiceStack's: an unknown operation answers in ServiceStack's shape
    // whatever the host's default dialect (a .NET client reads its ResponseStatus, not Web API's Message).
    if (!op)
        throw Object.assign(error_catalog_js_1.frameworkErrors.operationNotFound(rawName), { dialect: 'servicestack' });
    return { op, kind: 'predefined', pathVars: NO_VARS, routeFormat: format, batch, oneWay };
}
