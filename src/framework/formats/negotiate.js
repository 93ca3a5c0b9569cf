"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.negotiate = negotiate;
const accept_js_1 = require("./accept.js");
const format_registry_js_1 = require("./format-registry.js");
const canWrite = (dialect) => (f) => !f.dialects || f.dialects.includes(dialect);
const explicitChoice = (input, formats) => formats.byFormatName(input.formatParam?.split('.')[0])
    ?? (input.firstSegment && input.firstSegment.length >= 3 && input.firstSegment.length <= 4 ? formats.byFormatName(input.firstSegment) : undefined)
    ?? input.routeFormat;
const plain = (format) => ({ format, contentType: format.contentType });
const refused = (fallback) => ({ ...plain(fallback), refused: true });
/** ServiceStack's Config.PreferredContentTypes: the Accept list is read in this order, not the client's. */
const SERVICESTACK_PREFERRED = ['json', 'xml', 'jsv'];
/**
 * The Accept ranges in the order given, each answered by the first producible format `order`
 * lists for it (`*\/*` by `any`); `undefined` when no range names a known type. A range that only
 * registered formats this route cannot produce match counts as refused, not unknown.
 */
function byAccept(ranges, order, formats, any, pick) {
    let sawRefused = false;
    for (const range of ranges) {
        if (range.type === '*/*')
            return any();
        for (const f of order) {
            const mt = f.mediaTypes.find((m) => (0, accept_js_1.rangeMatches)(range.type, m));
            if (mt)
                return pick(f, mt);
        }
        sawRefused ||= formats.known(range.type);
    }
    return sawRefused ? 'refused' : undefined;
}
function explicitOr(input, formats, fallback, explicitContentType, rest) {
    const explicit = explicitChoice(input, formats.registry);
    if (!explicit)
        return rest();
    return formats.can(explicit) ? { format: explicit, contentType: explicitContentType(explicit) } : refused(fallback);
}
const serviceStack = (input, formats, fallback) => explicitOr(input, formats, fallback, (f) => f.contentType, () => {
    const ranges = (0, accept_js_1.parseAccept)(input.accept);
    const named = (f) => ranges.some((r) => r.type !== '*/*' && f.mediaTypes.some((mt) => (0, accept_js_1.rangeMatches)(r.type, mt)));
    const preferred = SERVICESTACK_PREFERRED.map((n) => formats.registry.byFormatName(n)).find((f) => f !== undefined && formats.can(f) && named(f));
    if (preferred)
        return plain(preferred);
    const any = () => {
        const requestType = input.contentType ? (0, format_registry_js_1.mediaTypeOf)(input.contentType) : undefined;
        const f = requestType && !format_registry_js_1.FORM_MEDIA_TYPES.has(requestType) ? formats.registry.byContentType(requestType) : undefined;
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
function webApiCharset(input) {
    const named = (input.acceptCharset ?? '').split(',').map((part, i) => {
        const [name = '', ...params] = part.split(';').map((x) => x.trim().toLowerCase());
        const q = Number(/^q=([\d.]+)$/.exec(params.find((p) => p.startsWith('q=')) ?? '')?.[1] ?? 1);
        return { name, q: Number.isFinite(q) ? q : 0, i };
    }).filter((c) => c.name && c.q > 0).sort((a, b) => b.q - a.q || a.i - b.i);
    for (const c of named) {
        if (c.name === '*')
            return WEB_API_CHARSETS[0];
        if (WEB_API_CHARSETS.includes(c.name))
            return c.name;
    }
    const sent = /;\s*charset="?([^";\s]+)/i.exec(input.contentType ?? '')?.[1]?.toLowerCase();
    return sent && WEB_API_CHARSETS.includes(sent) ? sent : WEB_API_CHARSETS[0];
}
const webApiType = (f, mediaType, input) => (WEB_API_ORDER.includes(f.name) ? `${mediaType}; charset=${webApiCharset(input)}` : f.contentType);
/**
 * DefaultContentNegotiator's Accept pass: each formatter's first media type that an Accept range
 * (by q, then literal before `type/*` before `*\/*`) covers, kept per kind of range; the best of a
 * kind is the highest q, a tie keeping the earlier formatter (its comparison is a strict `>`), and
 * a looser kind wins over a more specific one only with a strictly higher q.
 */
function webApiAcceptMatch(ranges, candidates) {
    const bestOfKind = [];
    for (const format of candidates) {
        for (const range of ranges) {
            const mediaType = format.mediaTypes.find((m) => (0, accept_js_1.rangeMatches)(range.type, m));
            if (!mediaType)
                continue;
            const best = bestOfKind[range.specificity];
            if (!best || range.q > best.q)
                bestOfKind[range.specificity] = { format, mediaType, q: range.q };
            break;
        }
    }
    return bestOfKind.reduce((acc, m) => (!acc || m.q > acc.q ? m : acc), undefined);
}
const webApi = (input, formats, fallback) => explicitOr(input, formats, fallback, (f) => webApiType(f, f.mediaTypes[0], input), () => {
    const formatters = WEB_API_ORDER.map((n) => formats.registry.byFormatName(n)).filter((f) => !!f && formats.can(f));
    const candidates = [...formatters, ...formats.all.filter((f) => !formatters.includes(f))];
    const pick = (format, mediaType) => ({ format, contentType: webApiType(format, mediaType, input) });
    const ranges = (0, accept_js_1.parseAccept)(input.accept).sort((a, b) => b.q - a.q || a.specificity - b.specificity);
    const accepted = webApiAcceptMatch(ranges, candidates);
    if (accepted)
        return pick(accepted.format, accepted.mediaType);
    // Only formats this route cannot produce were asked for: refused, never silently another format.
    if (ranges.some((r) => formats.known(r.type)))
        return refused(fallback);
    const requestType = input.contentType ? (0, format_registry_js_1.mediaTypeOf)(input.contentType) : undefined;
    // Web API's own formatters only: a JSV body is a Stackport extension, not a reason to answer JSV.
    const byRequest = requestType ? formatters.find((f) => f.mediaTypes.includes(requestType)) : undefined;
    if (byRequest)
        return pick(byRequest, requestType);
    const first = candidates[0] ?? fallback;
    return pick(first, first.mediaTypes[0]);
});
const gateway = (input, formats, fallback) => {
    const json = formats.registry.byFormatName('json') ?? fallback;
    const jsonAnswer = { format: json, contentType: 'application/json' };
    return explicitOr(input, formats, json, (f) => (f === json ? jsonAnswer.contentType : f.contentType), () => {
        const chosen = byAccept((0, accept_js_1.parseAccept)(input.accept), formats.all, formats, () => jsonAnswer, (f) => (f === json ? jsonAnswer : plain(f)));
        return chosen === 'refused' ? refused(json) : (chosen ?? jsonAnswer);
    });
};
const POLICIES = { servicestack: serviceStack, aspnet: webApi, gateway };
/**
 * What a dialect can produce from a registry, built once per registry and dialect instead of on
 * every request (made again when a format has been added since).
 */
const producibleCache = new WeakMap();
function producibleFor(dialect, formats) {
    let byDialect = producibleCache.get(formats);
    if (!byDialect)
        producibleCache.set(formats, (byDialect = new Map()));
    const cached = byDialect.get(dialect);
    if (cached && cached.count === formats.all.length)
        return cached.producible;
    const can = canWrite(dialect);
    const anyRange = formats.all.filter((f) => !f.firstAcceptRangeOnly);
    const known = (range) => anyRange.some((f) => f.mediaTypes.some((m) => (0, accept_js_1.rangeMatches)(range, m)));
    const producible = { all: anyRange.filter(can), registry: formats, can, known };
    byDialect.set(dialect, { count: formats.all.length, producible });
    return producible;
}
/** A browser's first Accept range (`text/html`) chooses its format as firmly as a route's own format does. */
function withBrowserChoice(input, formats) {
    if (explicitChoice(input, formats.registry))
        return input;
    const first = (0, accept_js_1.parseAccept)(input.accept)[0]?.type;
    const browser = first ? formats.registry.all.find((f) => f.firstAcceptRangeOnly && f.mediaTypes.includes(first) && formats.can(f)) : undefined;
    return browser ? { ...input, routeFormat: browser } : input;
}
function negotiate(dialect, input, formats, fallback) {
    const producible = producibleFor(dialect, formats);
    return POLICIES[dialect](withBrowserChoice(input, producible), producible, producible.can(fallback) ? fallback : producible.all[0] ?? fallback);
}
