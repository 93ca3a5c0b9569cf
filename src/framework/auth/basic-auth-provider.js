"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.basicAuthProvider = basicAuthProvider;
const auth_provider_js_1 = require("./auth-provider.js");
const BASIC = /^Basic[ \t]+([A-Za-z0-9+/]+={0,2})[ \t]*$/i;
function basicAuthProvider(options) {
    const realm = options.realm ?? '/auth/basic';
    const schemeName = options.scheme?.name ?? 'basic';
    return {
        name: 'basic',
        realm,
        httpChallenge: `Basic realm="${realm}"`,
        authorizationScheme: 'Basic',
        securitySchemes: { [schemeName]: { type: 'http', scheme: 'basic', description: options.scheme?.description ?? 'HTTP Basic: `Authorization: Basic base64(user:password)`.' } },
        schemesFor: (op) => (options.appliesTo?.(op) ?? true ? [schemeName] : []),
        async authenticate(ctx) {
            const authorization = ctx.header('authorization');
            if (authorization === undefined || !/^Basic\b/i.test(authorization))
                return auth_provider_js_1.NO_CREDENTIAL;
            const m = BASIC.exec(authorization);
            const decoded = m ? Buffer.from(m[1], 'base64').toString('utf8') : '';
            const colon = decoded.indexOf(':');
            if (colon < 1)
                return (0, auth_provider_js_1.failed)('malformed', 'authorization header is not basic credentials');
            return (0, auth_provider_js_1.authenticated)(await options.verify(decoded.slice(0, colon), decoded.slice(colon + 1), ctx), 'basic credentials refused');
        },
    };
}
