"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.serviceStackChallenge = exports.authenticated = exports.failed = exports.NO_CREDENTIAL = void 0;
exports.NO_CREDENTIAL = { kind: 'none' };
const failed = (reason, detail) => ({ kind: 'failed', reason, detail });
exports.failed = failed;
const authenticated = (session, detail) => session ? { kind: 'ok', session } : (0, exports.failed)('invalid', detail);
exports.authenticated = authenticated;
/** ServiceStack's challenge for a provider: `{name} realm="{realm}"`. */
const serviceStackChallenge = (p) => `${p.name} realm="${p.realm}"`;
exports.serviceStackChallenge = serviceStackChallenge;
