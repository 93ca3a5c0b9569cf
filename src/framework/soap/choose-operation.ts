/**
 * Which operation a SOAP request calls. ServiceStack's SoapHandler.GetAction takes, in order, the
 * `action` parameter of the Content-Type (SOAP 1.2), the WS-Addressing Action header, then the
 * Body's root element name; an action URI names the operation by its last path segment
 * (`http://schemas.servicestack.net/types/Hello` → Hello). ServiceStack ignores the SOAP 1.1
 * `SOAPAction` HTTP header when choosing; Stackport also tries it, after the Action header, since
 * it is what SOAP 1.1 clients send. A candidate that names no operation is passed over (some
 * clients send an empty or unrelated SOAPAction), so the root element decides last.
 */
import { frameworkErrors } from '../errors/error-catalog.js';
import type { Operation } from '../host/operation.js';

/** The `action` parameter of a Content-Type header (`application/soap+xml; action="…"`). */
export function contentTypeAction(contentType: string | undefined): string | undefined {
  const m = contentType ? /;\s*action\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(contentType) : null;
  return m ? (m[1] ?? m[2]) : undefined;
}

/** The operation an action URI names: its last `/` segment, without surrounding quotes. */
export function operationNameOfAction(action: string): string {
  const trimmed = action.trim().replace(/^"|"$/g, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

export function chooseOperation(operations: ReadonlyMap<string, Operation>, actions: readonly (string | undefined)[], rootName: string | undefined): Operation {
  for (const a of actions) {
    if (!a) continue;
    const op = operations.get(operationNameOfAction(a).toLowerCase());
    if (op) return op;
  }
  const op = rootName === undefined ? undefined : operations.get(rootName.toLowerCase());
  if (!op) throw frameworkErrors.operationNotFound();
  return op;
}
