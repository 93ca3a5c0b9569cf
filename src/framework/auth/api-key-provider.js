"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.apiKeyProvider = apiKeyProvider;
/**
 * API keys (ServiceStack's ApiKeyAuthProvider), looked up by the app: in a request header, or in a
 * query parameter. A key in a URL ends up in proxy and access logs, so the query parameter can be
 * limited to the operations that must accept it. A header that is present but blank counts as absent.
 */
const query_string_js_1 = require("../binding/query-string.js");
const auth_provider_js_1 = require("./auth-provider.js");
function apiKeyProvider(options) {
    if (!options.header && !options.query)
        throw new TypeError('apiKeyProvider: give a header, a query parameter, or both');
    const places = ['header', 'query'].flatMap((where) => {
        const place = options[where];
        if (!place)
            return [];
        const scheme = {
            type: 'apiKey', in: where, name: place.name,
            description: place.scheme?.description ?? `An API key in the \`${place.name}\` ${where === 'header' ? 'header' : 'query parameter'}.`,
        };
        return [{ where, place, schemeName: place.scheme?.name ?? `apiKey${where === 'query' ? 'Query' : ''}`, scheme }];
    });
    const applies = (p, op) => p.place.appliesTo?.(op) ?? true;
    const read = { header: (ctx, name) => ctx.header(name), query: (ctx, name) => (0, query_string_js_1.queryValue)(ctx.query, name) };
    const maxLength = options.maxLength ?? 256;
    return {
        name: 'apikey',
        realm: '/auth/apikey',
        httpChallenge: 'apikey realm="/auth/apikey"',
        securitySchemes: Object.fromEntries(places.map((p) => [p.schemeName, p.scheme])),
        schemesFor: (op) => places.filter((p) => applies(p, op)).map((p) => p.schemeName),
        async authenticate(ctx, op) {
            const key = places.filter((p) => applies(p, op)).map((p) => read[p.where](ctx, p.place.name)?.trim()).find((k) => k);
            if (!key)
                return auth_provider_js_1.NO_CREDENTIAL;
            if (key.length > maxLength)
                return (0, auth_provider_js_1.failed)('invalid', 'unknown or revoked access key');
            return (0, auth_provider_js_1.authenticated)(await options.lookup(key, ctx), 'unknown or revoked access key');
        },
    };
}
