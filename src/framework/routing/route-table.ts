/**
 * All custom routes, bucketed as ServiceStack buckets them: candidate keys are generated from the
 * request's segments left to right, and the first bucket where any route scores wins; wildcard
 * buckets are tried only after every exact-length bucket failed.
 */
import { RestPath, type RouteMatch } from './rest-path.js';

export interface Matched<T> extends RouteMatch { readonly route: RestPath<T> }

export class RouteTable<T> {
  private readonly buckets = new Map<string, RestPath<T>[]>();
  private readonly all: RestPath<T>[] = [];

  add(template: string, verbs: readonly string[], target: T): RestPath<T> {
    const route = new RestPath(template, verbs, target);
    const list = this.buckets.get(route.bucketKey) ?? [];
    list.push(route);
    this.buckets.set(route.bucketKey, list);
    this.all.push(route);
    return route;
  }

  get routes(): readonly RestPath<T>[] { return this.all; }

  /** The best route for the verb, or undefined. */
  match(segments: readonly string[], verb: string): Matched<T> | undefined {
    return this.search(segments, verb, false);
  }

  /** Routes whose path matches under any verb: to tell 405 from 404. */
  matchAnyVerb(segments: readonly string[]): Matched<T>[] {
    const found: Matched<T>[] = [];
    for (const route of this.all) {
      const m = route.match(segments, '', true);
      if (m) found.push({ ...m, route });
    }
    return found;
  }

  private search(segments: readonly string[], verb: string, ignoreVerb: boolean): Matched<T> | undefined {
    return this.searchBuckets(`${segments.length}/`, segments, verb, ignoreVerb) ?? this.searchBuckets('*/', segments, verb, ignoreVerb);
  }

  /** The buckets `prefix + segment` (and `prefix + part` of a dotted segment), left to right. */
  private searchBuckets(prefix: string, segments: readonly string[], verb: string, ignoreVerb: boolean): Matched<T> | undefined {
    for (const seg of segments) {
      const lower = seg.toLowerCase();
      const best = this.bestIn(this.buckets.get(prefix + lower), segments, verb, ignoreVerb);
      if (best) return best;
      if (!lower.includes('.')) continue;
      for (const part of lower.split('.')) {
        const inPart = this.bestIn(this.buckets.get(prefix + part), segments, verb, ignoreVerb);
        if (inPart) return inPart;
      }
    }
    return undefined;
  }

  private bestIn(routes: readonly RestPath<T>[] | undefined, segments: readonly string[], verb: string, ignoreVerb: boolean): Matched<T> | undefined {
    if (!routes) return undefined;
    let best: Matched<T> | undefined;
    for (const route of routes) {
      const m = route.match(segments, verb, ignoreVerb);
      if (m && (!best || m.score > best.score)) best = { score: m.score, vars: m.vars, route };
    }
    return best;
  }
}
