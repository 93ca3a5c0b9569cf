"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.refusal = refusal;
const gateway_error_js_1 = require("../errors/gateway-error.js");
const exceptions_js_1 = require("../errors/exceptions.js");
const auth_provider_js_1 = require("./auth-provider.js");
const challenge = (header) => (header ? { 'WWW-Authenticate': header } : {});
const WEB_API_DENIED = 'Authorization has been denied for this request.';
const GATEWAY = {
    missing: () => new gateway_error_js_1.GatewayError(16, 'auth header missing'),
    malformed: () => new gateway_error_js_1.GatewayError(16, 'invalid auth header', 'AUTH-7fs1e'),
    invalid: () => new gateway_error_js_1.GatewayError(16, 'Token is invalid', 'AUTH-7fs1e'),
    role: () => new gateway_error_js_1.GatewayError(7, 'No matching permissions found', 'AUTH-5mWD2'),
    permission: () => new gateway_error_js_1.GatewayError(7, 'No matching permissions found', 'AUTH-5mWD2'),
};
const SERVICESTACK_FORBIDDEN = { role: 'Invalid Role', permission: 'Invalid Permission' };
const REFUSALS = {
    servicestack: (refusal, p) => {
        const forbidden = SERVICESTACK_FORBIDDEN[refusal];
        if (forbidden)
            return new exceptions_js_1.HttpError(403, forbidden, forbidden, { emptyBody: true });
        const headers = challenge(p && (0, auth_provider_js_1.serviceStackChallenge)(p));
        return new exceptions_js_1.HttpError(401, 'Unauthorized', 'Not Authenticated', { headers, emptyBody: refusal === 'missing' });
    },
    aspnet: (_refusal, p) => new exceptions_js_1.HttpError(401, 'Unauthorized', WEB_API_DENIED, { headers: challenge(p?.httpChallenge) }),
    gateway: (refusal) => GATEWAY[refusal](),
};
function refusal(dialect, why, challenger) {
    return REFUSALS[dialect](why, challenger);
}
