"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.handlerFor = handlerFor;
exports.isGetOperation = isGetOperation;
/** The handler for a verb: the verb's own method, else `any` (ServiceStack's resolution order). */
function handlerFor(op, verb) {
    return op.handlers.get(verb) ?? op.handlers.get('ANY');
}
/**
 * A GET operation: its service has a `get` method, or one of its routes is declared for GET. An
 * `any` method on routes open to every verb does not count: it may be the one that changes state.
 */
function isGetOperation(op) {
    return op.handlers.has('GET') || op.meta.routes.some((r) => r.verbs.includes('GET'));
}
