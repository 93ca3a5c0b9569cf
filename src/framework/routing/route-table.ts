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
    const n = segments.length;
    for (const wildcard of [false, true]) {
      for (const seg of segments) {
        const lower = seg.toLowerCase();
        const keys = [wildcard ? `*/${lower}` : `${n}/${lower}`];
        if (lower.includes('.')) for (const part of lower.split('.')) keys.push(wildcard ? `*/${part}` : `${n}/${part}`);
        for (const key of keys) {
          let best: Matched<T> | undefined;
          for (const route of this.buckets.get(key) ?? []) {
            const m = route.match(segments, verb, ignoreVerb);
            if (m && (!best || m.score > best.score)) best = { ...m, route };
          }
          if (best) return best;
        }
      }
    }
    return undefined;
  }
}
