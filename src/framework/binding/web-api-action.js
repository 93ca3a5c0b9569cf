"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.bodyParameterOf = exports.DEFAULT_BODY_PARAMETER = void 0;
exports.WebApiAction = WebApiAction;
exports.webApiActionOf = webApiActionOf;
/**
 * A Web API 2 action's parameters, declared on its request DTO for an `aspnet` operation:
 *
 *   // Verify2FAOptIn(int FileId, [FromBody] Verify2FAOptInRequest request, string WsAccessKey = null)
 *   @WebApiAction({ body: 'request', uri: { FileId: 'int', WsAccessKey: { type: 'string', default: null } } })
 *
 * `body` names the DTO parameter (ModelState keys start with it: `request.Otp`); `uri` lists the
 * simple parameters read from the route and query string, each required unless it has a default
 * (Web API's action selection answers 404 when a required one is missing). The service reads them
 * from `ServiceContext.parameters`. Stored in a registry keyed by class, never on the class.
 */
const type_ref_js_1 = require("../types/type-ref.js");
/** The body parameter's name when an operation declares nothing: seeds 000 and 001 call it `request`. */
exports.DEFAULT_BODY_PARAMETER = 'request';
const declared = new WeakMap();
const resolved = new WeakMap();
function WebApiAction(options) {
    return (target) => { declared.set(target, options); };
}
const isSpec = (v) => typeof v === 'object' && v !== null && 'type' in v && !('kind' in v);
/** The declared signature, types resolved on first use (DTO classes may be declared later); undefined when none. */
function webApiActionOf(ctor) {
    const hit = resolved.get(ctor);
    if (hit)
        return hit;
    const options = declared.get(ctor);
    if (!options)
        return undefined;
    const uri = Object.entries(options.uri ?? {}).map(([name, v]) => {
        const spec = isSpec(v) ? v : { type: v };
        return { name, type: (0, type_ref_js_1.resolveTypeSpec)(spec.type), optional: 'default' in spec, default: spec.default };
    });
    const signature = { body: options.body ?? exports.DEFAULT_BODY_PARAMETER, fromUri: options.fromUri ?? false, uri };
    resolved.set(ctor, signature);
    return signature;
}
/** The name ModelState keys of the body start with. */
const bodyParameterOf = (ctor) => (ctor && webApiActionOf(ctor)?.body) ?? exports.DEFAULT_BODY_PARAMETER;
exports.bodyParameterOf = bodyParameterOf;
