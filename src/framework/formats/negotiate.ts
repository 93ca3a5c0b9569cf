/**
 * Chooses the response format. Explicit choices win in ServiceStack's order — `?format=`, a
 * `/{format}/` path prefix, the predefined route's handler format or a `.ext` suffix (the pipeline
 * passes no `?format=` when a custom route's `.ext` chose: it wins there) — then the Accept header,
 * whose handling depends on the dialect being emulated:
 *  - ServiceStack: the formats the Accept list names, taken in ServiceStack's preferred order
 *    (PreferredContentTypes: JSON, XML, JSV), not the client's order or q-values; then `*\/*` answers
 *    in the request's Content-Type format, then any other format named, else the host default.
 *  - ASP.NET Web API: JSON then XML formatter order, q-values with specificity, then the request
 *    Content-Type, then JSON — never 406; the matched media type is echoed with `; charset=utf-8`.
 *  - gateway: always JSON.
 */
import type { Dialect } from '../dto/dto-meta.js';
import { parseAccept, rangeMatches } from './accept.js';
import type { Format } from './format.js';
import { FORM_MEDIA_TYPES, mediaTypeOf, type FormatRegistry } from './format-registry.js';

export interface NegotiationInput {
  readonly formatParam?: string | undefined;
  readonly firstSegment?: string | undefined;
  /** Format fixed by the route: the predefined handler's, or a custom route's `.ext` suffix. */
  readonly routeFormat?: Format | undefined;
  readonly accept?: string | undefined;
  readonly contentType?: string | undefined;
}

export interface Negotiated {
  readonly format: Format;
  readonly contentType: string;
}

type Policy = (input: NegotiationInput, formats: FormatRegistry, fallback: Format) => Negotiated;

const explicitChoice = (input: NegotiationInput, formats: FormatRegistry): Format | undefined =>
  formats.byFormatName(input.formatParam?.split('.')[0])
  ?? (input.firstSegment && input.firstSegment.length >= 3 && input.firstSegment.length <= 4 ? formats.byFormatName(input.firstSegment) : undefined)
  ?? input.routeFormat;

/** ServiceStack's Config.PreferredContentTypes. */
const SERVICESTACK_PREFERRED = ['json', 'xml', 'jsv'];

const serviceStack: Policy = (input, formats, fallback) => {
  const explicit = explicitChoice(input, formats);
  if (explicit) return { format: explicit, contentType: explicit.contentType };
  const ranges = parseAccept(input.accept);
  const named = (f: Format): boolean => ranges.some((r) => r.type !== '*/*' && f.mediaTypes.some((mt) => rangeMatches(r.type, mt)));
  const preferred = SERVICESTACK_PREFERRED.map((n) => formats.byFormatName(n)).find((f) => f !== undefined && named(f));
  if (preferred) return { format: preferred, contentType: preferred.contentType };
  for (const range of ranges) {
    if (range.type === '*/*') {
      const requestType = input.contentType ? mediaTypeOf(input.contentType) : undefined;
      const f = requestType && !FORM_MEDIA_TYPES.has(requestType) ? formats.byContentType(requestType) : undefined;
      return { format: f ?? fallback, contentType: (f ?? fallback).contentType };
    }
    const f = formats.all.find((fmt) => fmt.mediaTypes.some((mt) => rangeMatches(range.type, mt)));
    if (f) return { format: f, contentType: f.contentType };
  }
  return { format: fallback, contentType: fallback.contentType };
};

const WEB_API_ORDER = ['json', 'xml'];
const webApi: Policy = (input, formats, fallback) => {
  const explicit = explicitChoice(input, formats);
  if (explicit) {
    const mt = explicit.mediaTypes[0]!;
    return { format: explicit, contentType: WEB_API_ORDER.includes(explicit.name) ? `${mt}; charset=utf-8` : explicit.contentType };
  }
  const candidates = WEB_API_ORDER.map((n) => formats.byFormatName(n)).filter((f): f is Format => !!f);
  const pick = (format: Format, mediaType: string): Negotiated => ({ format, contentType: `${mediaType}; charset=utf-8` });
  const ranges = parseAccept(input.accept).sort((a, b) => b.q - a.q || a.specificity - b.specificity);
  for (const range of ranges) {
    for (const f of candidates) {
      const mt = f.mediaTypes.find((m) => rangeMatches(range.type, m));
      if (mt) return pick(f, mt);
    }
  }
  if (input.contentType) {
    const requestType = mediaTypeOf(input.contentType);
    for (const f of candidates) if (f.mediaTypes.includes(requestType)) return pick(f, requestType);
  }
  const json = candidates[0] ?? fallback;
  return pick(json, json.mediaTypes[0]!);
};

const gateway: Policy = (_input, formats, fallback) => {
  const json = formats.byFormatName('json') ?? fallback;
  return { format: json, contentType: 'application/json' };
};

const POLICIES: Record<Dialect, Policy> = { servicestack: serviceStack, aspnet: webApi, gateway };

export function negotiate(dialect: Dialect, input: NegotiationInput, formats: FormatRegistry, fallback: Format): Negotiated {
  return POLICIES[dialect](input, formats, fallback);
}
