"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.securitySchemesOf = securitySchemesOf;
exports.challengeOf = challengeOf;
exports.operationSchemes = operationSchemes;
const auth_provider_js_1 = require("./auth-provider.js");
const authenticate_request_js_1 = require("./authenticate-request.js");
/** Every scheme of every provider, by name. */
function securitySchemesOf(auth) {
    return Object.assign({}, ...(auth?.providers ?? []).map((p) => p.securitySchemes));
}
/** The ServiceStack-dialect challenge of an operation's 401: its first provider's. */
function challengeOf(auth, op) {
    const p = (0, authenticate_request_js_1.providersFor)(auth, op)[0];
    return p && (0, auth_provider_js_1.serviceStackChallenge)(p);
}
/** The schemes an operation accepts, any one of them; empty when it needs no credential. */
function operationSchemes(auth, op) {
    return (0, authenticate_request_js_1.requiresAuthentication)(auth, op) ? (0, authenticate_request_js_1.providersFor)(auth, op).flatMap((p) => [...p.schemesFor(op)]) : [];
}
