"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.contentTypeAction = contentTypeAction;
exports.operationNameOfAction = operationNameOfAction;
exports.chooseOperation = chooseOperation;
/**
 * Which operation a SOAP request calls. ServiceStack's SoapHandler.GetAction takes, in order, the
 * `action` parameter of the Content-Type (SOAP 1.2), the WS-Addressing Action header, then the
 * Body's root element name; an action URI names the operation by its last path segment
 * (`http://schemas.servicestack.net/types/Hello` → Hello). ServiceStack ignores the SOAP 1.1
 * `SOAPAction` HTTP header when choosing; Stackport also tries it, after the Action header, since
 * it is what SOAP 1.1 clients send. A candidate that names no operation is passed over (some
 * clients send an empty or unrelated SOAPAction), so the root element decides last.
 */
const error_catalog_js_1 = require("../errors/error-catalog.js");
/** The `action` parameter of a Content-Type header (`application/soap+xml; action="…"`). */
function contentTypeAction(contentType) {
    const m = contentType ? /;\s*action\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(contentType) : null;
    return m ? (m[1] ?? m[2]) : undefined;
}
/** The operation an action URI names: its last `/` segment, without surrounding quotes. */
function operationNameOfAction(action) {
    const trimmed = action.trim().replace(/^"|"$/g, '');
    return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}
/** `exposes` narrows the registry to what the endpoints carry: anything else is not an operation here. */
function chooseOperation(operations, actions, rootName, exposes) {
    const find = (name) => {
        const op = operations.get(name.toLowerCase());
        return op && exposes(op) ? op : undefined;
    };
    for (const a of actions) {
        if (!a)
            continue;
        const op = find(operationNameOfAction(a));
        if (op)
            return op;
    }
    const op = rootName === undefined ? undefined : find(rootName);
    if (!op)
        throw error_catalog_js_1.frameworkErrors.operationNotFound();
    return op;
}
