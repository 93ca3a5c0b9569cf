/**
 * Chooses the response format. Explicit choices win in ServiceStack's order — `?format=`, a
 * `/{format}/` path prefix, the predefined route's handler format or a `.ext` suffix (the pipeline
 * passes no `?format=` when a custom route's `.ext` chose: it wins there) — then the Accept header,
 * whose handling depends on the dialect being emulated:
 *  - ServiceStack: the formats the Accept list names, taken in ServiceStack's preferred order
 *    (PreferredContentTypes: JSON, XML, JSV), not the client's order or q-values; then `*\/*` answers
 *    in the request's Content-Type format, then any other format named, else the host default.
 *  - ASP.NET Web API: DefaultContentNegotiator over the formatters JSON, XML, then the other
 *    registered formats — the best Accept match (q, then literal over `type/*` over `*\/*`, then
 *    formatter order), then the request Content-Type, then JSON; the matched JSON/XML media type
 *    is echoed with the charset Accept-Charset (or the request body) chose, UTF-8 by default.
 *  - gateway: JSON, unless the request names another registered format.
 * A format marked firstAcceptRangeOnly (HTML) is chosen by Accept only when its media type is the
 * first range — a browser — in every dialect, and is invisible to every later range.
 * Every registered format that can write the route's dialect is reachable on every route. A
 * request that accepts only registered formats the route cannot produce is refused (406): it
 * never silently gets another format. Media types no format knows fall back as each dialect does.
 */
import type { Dialect } from '../dto/dto-meta.js';
import { parseAccept, rangeMatches, type MediaRange } from './accept.js';
import type { Format } from './format.js';
import { FORM_MEDIA_TYPES, mediaTypeOf, type FormatRegistry } from './format-registry.js';

export interface NegotiationInput {
  readonly formatParam?: string | undefined;
  readonly firstSegment?: string | undefined;
  /** Format fixed by the route: the predefined handler's, or a custom route's `.ext` suffix. */
  readonly routeFormat?: Format | undefined;
  readonly accept?: string | undefined;
  readonly contentType?: string | undefined;
  /** Web API answers in the first encoding Accept-Charset names that its formatters support. */
  readonly acceptCharset?: string | undefined;
}

export interface Negotiated {
  readonly format: Format;
  readonly contentType: string;
  /** The request accepts only formats this route cannot produce (406); `format` is the dialect's fallback, for the error. */
  readonly refused?: true;
}

type Policy = (input: NegotiationInput, formats: Producible, fallback: Format) => Negotiated;

/** The registered formats as one route sees them: those that can write its dialect, and the rest. */
interface Producible {
  /** What Accept ranges can choose: writable, and not first-range-only. */
  readonly all: readonly Format[];
  readonly registry: FormatRegistry;
  can(format: Format): boolean;
  /** Does a registered format that any range may choose match this range? */
  known(range: string): boolean;
}

const canWrite = (dialect: Dialect) => (f: Format): boolean => !f.dialects || f.dialects.includes(dialect);

const explicitChoice = (input: NegotiationInput, formats: FormatRegistry): Format | undefined =>
  formats.byFormatName(input.formatParam?.split('.')[0])
  ?? (input.firstSegment && input.firstSegment.length >= 3 && input.firstSegment.length <= 4 ? formats.byFormatName(input.firstSegment) : undefined)
  ?? input.routeFormat;

const plain = (format: Format): Negotiated => ({ format, contentType: format.contentType });
const refused = (fallback: Format): Negotiated => ({ ...plain(fallback), refused: true });

/** ServiceStack's Config.PreferredContentTypes: the Accept list is read in this order, not the client's. */
const SERVICESTACK_PREFERRED = ['json', 'xml', 'jsv'];

/**
 * The Accept ranges in the order given, each answered by the first producible format `order`
 * lists for it (`*\/*` by `any`); `undefined` when no range names a known type. A range that only
 * registered formats this route cannot produce match counts as refused, not unknown.
 */
function byAccept(ranges: MediaRange[], order: readonly Format[], formats: Producible, any: () => Negotiated, pick: (f: Format, mt: string) => Negotiated): Negotiated | 'refused' | undefined {
  let sawRefused = false;
  for (const range of ranges) {
    if (range.type === '*/*') return any();
    for (const f of order) {
      const mt = f.mediaTypes.find((m) => rangeMatches(range.type, m));
      if (mt) return pick(f, mt);
    }
    sawRefused ||= formats.known(range.type);
  }
  return sawRefused ? 'refused' : undefined;
}

function explicitOr(input: NegotiationInput, formats: Producible, fallback: Format, explicitContentType: (f: Format) => string, rest: () => Negotiated): Negotiated {
  const explicit = explicitChoice(input, formats.registry);
  if (!explicit) return rest();
  return formats.can(explicit) ? { format: explicit, contentType: explicitContentType(explicit) } : refused(fallback);
}

const serviceStack: Policy = (input, formats, fallback) => explicitOr(input, formats, fallback, (f) => f.contentType, () => {
  const ranges = parseAccept(input.accept);
  const named = (f: Format): boolean => ranges.some((r) => r.type !== '*/*' && f.mediaTypes.some((mt) => rangeMatches(r.type, mt)));
  const preferred = SERVICESTACK_PREFERRED.map((n) => formats.registry.byFormatName(n)).find((f) => f !== undefined && formats.can(f) && named(f));
  if (preferred) return plain(preferred);
  const any = (): Negotiated => {
    const requestType = input.contentType ? mediaTypeOf(input.contentType) : undefined;
    const f = requestType && !FORM_MEDIA_TYPES.has(requestType) ? formats.registry.byContentType(requestType) : undefined;
    return plain(f && formats.can(f) ? f : fallback);
  };
  const chosen = byAccept(ranges, formats.all, formats, any, plain);
  return chosen === 'refused' ? refused(fallback) : (chosen ?? plain(fallback));
});

const WEB_API_ORDER = ['json', 'xml'];
/** The encodings Web API's JSON and XML formatters support, in their order. */
const WEB_API_CHARSETS = ['utf-8', 'utf-16'];

/**
 * MediaTypeFormatter.SelectCharacterEncoding: the first supported encoding Accept-Charset names
 * (by q, `*` meaning the first), else the request body's charset if supported, else UTF-8.
 */
function webApiCharset(input: NegotiationInput): string {
  const named = (input.acceptCharset ?? '').split(',').map((part, i) => {
    const [name = '', ...params] = part.split(';').map((x) => x.trim().toLowerCase());
    const q = Number(/^q=([\d.]+)$/.exec(params.find((p) => p.startsWith('q=')) ?? '')?.[1] ?? 1);
    return { name, q: Number.isFinite(q) ? q : 0, i };
  }).filter((c) => c.name && c.q > 0).sort((a, b) => b.q - a.q || a.i - b.i);
  for (const c of named) {
    if (c.name === '*') return WEB_API_CHARSETS[0]!;
    if (WEB_API_CHARSETS.includes(c.name)) return c.name;
  }
  const sent = /;\s*charset="?([^";\s]+)/i.exec(input.contentType ?? '')?.[1]?.toLowerCase();
  return sent && WEB_API_CHARSETS.includes(sent) ? sent : WEB_API_CHARSETS[0]!;
}

const webApiType = (f: Format, mediaType: string, input: NegotiationInput): string =>
  (WEB_API_ORDER.includes(f.name) ? `${mediaType}; charset=${webApiCharset(input)}` : f.contentType);

interface AcceptMatch { readonly format: Format; readonly mediaType: string; readonly q: number }

/**
 * DefaultContentNegotiator's Accept pass: each formatter's first media type that an Accept range
 * (by q, then literal before `type/*` before `*\/*`) covers, kept per kind of range; the best of a
 * kind is the highest q, a tie keeping the earlier formatter (its comparison is a strict `>`), and
 * a looser kind wins over a more specific one only with a strictly higher q.
 */
function webApiAcceptMatch(ranges: readonly MediaRange[], candidates: readonly Format[]): AcceptMatch | undefined {
  const bestOfKind: AcceptMatch[] = [];
  for (const format of candidates) {
    for (const range of ranges) {
      const mediaType = format.mediaTypes.find((m) => rangeMatches(range.type, m));
      if (!mediaType) continue;
      const best = bestOfKind[range.specificity];
      if (!best || range.q > best.q) bestOfKind[range.specificity] = { format, mediaType, q: range.q };
      break;
    }
  }
  return bestOfKind.reduce<AcceptMatch | undefined>((acc, m) => (!acc || m.q > acc.q ? m : acc), undefined);
}

const webApi: Policy = (input, formats, fallback) => explicitOr(input, formats, fallback, (f) => webApiType(f, f.mediaTypes[0]!, input), () => {
  const formatters = WEB_API_ORDER.map((n) => formats.registry.byFormatName(n)).filter((f): f is Format => !!f && formats.can(f));
  const candidates = [...formatters, ...formats.all.filter((f) => !formatters.includes(f))];
  const pick = (format: Format, mediaType: string): Negotiated => ({ format, contentType: webApiType(format, mediaType, input) });
  const ranges = parseAccept(input.accept).sort((a, b) => b.q - a.q || a.specificity - b.specificity);
  const accepted = webApiAcceptMatch(ranges, candidates);
  if (accepted) return pick(accepted.format, accepted.mediaType);
  // Only formats this route cannot produce were asked for: refused, never silently another format.
  if (ranges.some((r) => formats.known(r.type))) return refused(fallback);
  const requestType = input.contentType ? mediaTypeOf(input.contentType) : undefined;
  // Web API's own formatters only: a JSV body is a Stackport extension, not a reason to answer JSV.
  const byRequest = requestType ? formatters.find((f) => f.mediaTypes.includes(requestType)) : undefined;
  if (byRequest) return pick(byRequest, requestType!);
  const first = candidates[0] ?? fallback;
  return pick(first, first.mediaTypes[0]!);
});

const gateway: Policy = (input, formats, fallback) => {
  const json = formats.registry.byFormatName('json') ?? fallback;
  const jsonAnswer: Negotiated = { format: json, contentType: 'application/json' };
  return explicitOr(input, formats, json, (f) => (f === json ? jsonAnswer.contentType : f.contentType), () => {
    const chosen = byAccept(parseAccept(input.accept), formats.all, formats, () => jsonAnswer, (f) => (f === json ? jsonAnswer : plain(f)));
    return chosen === 'refused' ? refused(json) : (chosen ?? jsonAnswer);
  });
};

const POLICIES: Record<Dialect, Policy> = { servicestack: serviceStack, aspnet: webApi, gateway };

/**
 * What a dialect can produce from a registry, built once per registry and dialect instead of on
 * every request (made again when a format has been added since), with the answers to the Accept
 * and Content-Type pairs seen so far: clients send the same few, so each is negotiated once.
 */
interface DialectCache { count: number; producible: Producible; byHeaders: Map<string, Negotiated> }

const producibleCache = new WeakMap<FormatRegistry, Map<Dialect, DialectCache>>();
/** Every part of the key is request data: the cache holds this many answers, oldest out first. */
const MAX_CACHED_ANSWERS = 256;
const MAX_CACHED_HEADERS_LENGTH = 256;

function dialectCache(dialect: Dialect, formats: FormatRegistry): DialectCache {
  let byDialect = producibleCache.get(formats);
  if (!byDialect) producibleCache.set(formats, (byDialect = new Map()));
  const cached = byDialect.get(dialect);
  if (cached && cached.count === formats.all.length) return cached;
  const can = canWrite(dialect);
  const anyRange = formats.all.filter((f) => !f.firstAcceptRangeOnly);
  const known = (range: string): boolean => anyRange.some((f) => f.mediaTypes.some((m) => rangeMatches(range, m)));
  const fresh: DialectCache = { count: formats.all.length, producible: { all: anyRange.filter(can), registry: formats, can, known }, byHeaders: new Map() };
  byDialect.set(dialect, fresh);
  return fresh;
}

/** A browser's first Accept range (`text/html`) chooses its format as firmly as a route's own format does. */
function withBrowserChoice(input: NegotiationInput, formats: Producible): NegotiationInput {
  if (explicitChoice(input, formats.registry)) return input;
  const first = parseAccept(input.accept)[0]?.type;
  const browser = first ? formats.registry.all.find((f) => f.firstAcceptRangeOnly && f.mediaTypes.includes(first) && formats.can(f)) : undefined;
  return browser ? { ...input, routeFormat: browser } : input;
}

export function negotiate(dialect: Dialect, input: NegotiationInput, formats: FormatRegistry, fallback: Format): Negotiated {
  const cache = dialectCache(dialect, formats);
  const producible = cache.producible;
  const fb = producible.can(fallback) ? fallback : producible.all[0] ?? fallback;
  const accept = input.accept ?? '';
  const contentType = input.contentType ?? '';
  const charset = input.acceptCharset ?? '';
  const decide = (): Negotiated => POLICIES[dialect](withBrowserChoice(input, producible), producible, fb);
  // Only the headers decide once no explicit choice applies; the lengths keep the key unambiguous.
  if (accept.length + contentType.length + charset.length > MAX_CACHED_HEADERS_LENGTH || explicitChoice(input, formats)) return decide();
  const key = `${accept.length}:${contentType.length}:${charset.length}:${accept}${contentType}${charset}${fb.name}`;
  let answer = cache.byHeaders.get(key);
  if (!answer) {
    answer = decide();
    if (cache.byHeaders.size >= MAX_CACHED_ANSWERS) cache.byHeaders.delete(cache.byHeaders.keys().next().value!);
    cache.byHeaders.set(key, answer);
  }
  return answer;
}

/** How many negotiation answers are cached for a registry and dialect (tests: the cache is bounded). */
export function cachedAnswers(dialect: Dialect, formats: FormatRegistry): number {
  return dialectCache(dialect, formats).byHeaders.size;
}
