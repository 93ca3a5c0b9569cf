/**
 * Which product operations /soap11 and /soap12 carry: those whose request and response DTOs are
 * DataContract types, since SOAP bodies are read and written with DataContractSerializer's rules
 * (seed 000's TwoFactor API and seed 002's user accounts). Left out:
 *  - the partner API (seed 001): its DTOs are XmlSerializer types, a different XML contract;
 *  - the Zitadel gateway: protojson messages, which no SOAP or XML client of Zitadel's ever sends;
 *  - self-service configuration: an administrative API no legacy SOAP client knows.
 * The framework then applies ServiceStack's own rule on top (only services answering POST or Any
 * are SOAP operations), so seed 002's PUT/GET/DELETE services and the GET status lookup are not
 * offered either.
 */
import { CONFIGURATION_OPERATIONS } from '../../dtos/index.js';
import { getDtoMeta, soapResponseType, type Constructor, type Operation } from '../index.js';

const isDataContract = (type: Constructor): boolean => getDtoMeta(type).xml === 'DataContract';

export function exposedOverSoap(op: Operation): boolean {
  const response = soapResponseType(op);
  return op.dialect !== 'gateway' && !CONFIGURATION_OPERATIONS.includes(op.requestType) && isDataContract(op.requestType) && (response === undefined || isDataContract(response));
}
