"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VERB_METHODS = void 0;
exports.Handles = Handles;
exports.handlersOf = handlersOf;
exports.VERB_METHODS = ['get', 'post', 'put', 'delete', 'patch', 'head', 'options', 'any'];
/** requestType → VERB → method name, per service class. */
const handlers = new WeakMap();
function Handles(requestType) {
    return (proto, key) => {
        const name = String(key);
        const verb = exports.VERB_METHODS.find((v) => v === name.toLowerCase() || name.toLowerCase().startsWith(`${v}_`));
        if (!verb)
            throw new TypeError(`${proto.constructor.name}.${name}: name the method after its verb (${exports.VERB_METHODS.join(', ')}), optionally with a _suffix`);
        const svc = proto.constructor;
        let byType = handlers.get(svc);
        if (!byType)
            handlers.set(svc, (byType = new Map()));
        let byVerb = byType.get(requestType);
        if (!byVerb)
            byType.set(requestType, (byVerb = new Map()));
        byVerb.set(verb.toUpperCase(), name);
    };
}
/** The request types a service instance handles and its bound handler per verb. */
function handlersOf(service) {
    const out = new Map();
    for (let c = service.constructor; c && c !== Object; c = Object.getPrototypeOf(c)) {
        for (const [type, verbs] of handlers.get(c) ?? []) {
            const bound = out.get(type) ?? new Map();
            for (const [verb, method] of verbs) {
                if (!bound.has(verb))
                    bound.set(verb, service[method].bind(service));
            }
            out.set(type, bound);
        }
    }
    return out;
}
