"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.requiresAuthentication = requiresAuthentication;
exports.providersFor = providersFor;
exports.authenticateRequest = authenticateRequest;
const auth_provider_js_1 = require("./auth-provider.js");
const auth_refusal_js_1 = require("./auth-refusal.js");
/** ServiceStack's RoleNames.Admin: it has every role and every permission. */
const ADMIN_ROLE = 'Admin';
function requiresAuthentication(auth, op) {
    const m = op.meta;
    return m.authenticate || m.requiredRoles.length > 0 || m.requiredPermissions.length > 0 || (auth?.requiresAuthentication?.(op) ?? false);
}
/** The providers that apply to an operation, in the host's order. */
function providersFor(auth, op) {
    return (auth?.providers ?? []).filter((p) => p.schemesFor(op).length > 0);
}
async function authenticateRequest(auth, op, ctx) {
    if (!requiresAuthentication(auth, op))
        return;
    await auth?.beforeAuthenticate?.(ctx, op);
    const providers = providersFor(auth, op);
    const challenger = providers[0];
    const credential = await findCredential(providers, ctx, op);
    if (credential.kind === 'none')
        throw (0, auth_refusal_js_1.refusal)(op.dialect, 'missing', challenger);
    if (credential.kind === 'failed') {
        auth?.onFailure?.(credential.detail, ctx, challenger?.name ?? '');
        throw (0, auth_refusal_js_1.refusal)(op.dialect, credential.reason, challenger);
    }
    const session = credential.session;
    if (auth?.authorize && !(await auth.authorize(session, ctx, op)))
        throw (0, auth_refusal_js_1.refusal)(op.dialect, 'invalid', challenger);
    ctx.session = session;
    if (!hasAll(session, session.roles, op.meta.requiredRoles))
        throw (0, auth_refusal_js_1.refusal)(op.dialect, 'role', challenger);
    if (!hasAll(session, session.permissions, op.meta.requiredPermissions))
        throw (0, auth_refusal_js_1.refusal)(op.dialect, 'permission', challenger);
}
function hasAll(session, held, required) {
    return session.roles.includes(ADMIN_ROLE) || required.every((r) => held.includes(r));
}
/**
 * The first credential a provider recognises decides. An `Authorization` header no provider reads
 * is a bad credential, not an absent one: it must not fall through to, say, an API key.
 */
async function findCredential(providers, ctx, op) {
    const authorization = ctx.header('authorization');
    if (authorization !== undefined) {
        const scheme = /^\S*/.exec(authorization.trim())[0].toLowerCase();
        if (!providers.some((p) => p.authorizationScheme?.toLowerCase() === scheme))
            return (0, auth_provider_js_1.failed)('malformed', 'the authorization header names no accepted scheme');
    }
    for (const p of providers) {
        const credential = await p.authenticate(ctx, op);
        if (credential.kind !== 'none')
            return credential;
    }
    return auth_provider_js_1.NO_CREDENTIAL;
}
