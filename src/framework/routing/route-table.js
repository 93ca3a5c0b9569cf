"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RouteTable = void 0;
/**
 * All custom routes, bucketed as ServiceStack buckets them: candidate keys are generated from the
 * request's segments left to right, and the first bucket where any route scores wins; wildcard
 * buckets are tried only after every exact-length bucket failed.
 */
const rest_path_js_1 = require("./rest-path.js");
class RouteTable {
    buckets = new Map();
    all = [];
    add(template, verbs, target) {
        const route = new rest_path_js_1.RestPath(template, verbs, target);
        const list = this.buckets.get(route.bucketKey) ?? [];
        list.push(route);
        this.buckets.set(route.bucketKey, list);
        this.all.push(route);
        return route;
    }
    get routes() { return this.all; }
    /** The best route for the verb, or undefined. */
    match(segments, verb) {
        return this.search(segments, verb, false);
    }
    /** Routes whose path matches under any verb: to tell 405 from 404. */
    matchAnyVerb(segments) {
        const found = [];
        for (const route of this.all) {
            const m = route.match(segments, '', true);
            if (m)
                found.push({ ...m, route });
        }
        return found;
    }
    search(segments, verb, ignoreVerb) {
        const n = segments.length;
        for (const wildcard of [false, true]) {
            for (const seg of segments) {
                const lower = seg.toLowerCase();
                const keys = [wildcard ? `*/${lower}` : `${n}/${lower}`];
                if (lower.includes('.'))
                    for (const part of lower.split('.'))
                        keys.push(wildcard ? `*/${part}` : `${n}/${part}`);
                for (const key of keys) {
                    let best;
                    for (const route of this.buckets.get(key) ?? []) {
                        const m = route.match(segments, verb, ignoreVerb);
                        if (m && (!best || m.score > best.score))
                            best = { ...m, route };
                    }
                    if (best)
                        return best;
                }
            }
        }
        return undefined;
    }
}
exports.RouteTable = RouteTable;
