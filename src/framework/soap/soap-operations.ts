/**
 * The operations a host exposes over SOAP and their reply types, read from the registry the same
 * way for the endpoints and for the WSDL. ServiceStack's rules (ServiceMetadata.HasImplementation,
 * ExportSoapOperationTypes, XsdMetadata.GetReplyOperationNames): the service must answer POST or
 * Any, generic type definitions are left out, and an operation with no response type is one-way.
 */
import { findDto, getDtoMeta } from '../dto/dto-meta.js';
import type { Operation } from '../host/operation.js';
import type { Constructor, TypeRef } from '../types/type-ref.js';

export interface SoapOperation {
  readonly op: Operation;
  /** The reply DTO; undefined for a one-way (void) operation or one that returns no DTO. */
  readonly response: Constructor | undefined;
  /**
   * The reply's type, whatever it is: the DTO, or `IReturn<List<Order>>`'s list, a primitive, a
   * dictionary — a reply operation whose body is that type's root element (`ArrayOfOrder`), as
   * DataContractSerializer writes it. Undefined for a one-way operation.
   */
  readonly responseType: TypeRef | undefined;
}

/**
 * An operation's response type as ServiceStack's metadata knows it: `IReturn<T>`, else a type
 * named `{Request}Response` in the request's namespace (the convention the error DTO also uses).
 */
export function soapResponseType(op: Operation): Constructor | undefined {
  const r = op.meta.returns;
  if (r === 'void') return undefined;
  if (r) return r;
  return findDto(op.meta.namespace, `${op.meta.name}Response`);
}

export function soapOperations(operations: Iterable<Operation>): SoapOperation[] {
  const out: SoapOperation[] = [];
  for (const op of operations) {
    if (!op.handlers.has('POST') && !op.handlers.has('ANY')) continue;
    if (getDtoMeta(op.requestType).genericParams.length > 0) continue;
    const response = soapResponseType(op);
    const declared = op.meta.returnType;
    out.push({ op, response, responseType: response ? { kind: 'class', ctor: response } : declared === 'void' ? undefined : declared });
  }
  return out;
}
