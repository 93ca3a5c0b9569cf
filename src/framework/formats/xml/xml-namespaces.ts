/** The fixed XML namespaces .NET's two serializers write. */
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
export const XSD_NS = 'http://www.w3.org/2001/XMLSchema';
export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
/** DataContractSerializer's own primitives (char, guid, duration) and primitive roots. */
export const SERIALIZATION_NS = 'http://schemas.microsoft.com/2003/10/Serialization/';
/** Collections of primitives and every dictionary. */
export const ARRAYS_NS = 'http://schemas.microsoft.com/2003/10/Serialization/Arrays';
/** Default contract namespace root: `…/2004/07/{CLR namespace}`. */
export const DATA_CONTRACT_NS_ROOT = 'http://schemas.datacontract.org/2004/07/';
/** Where DateTimeOffset and Nullable<T> live (CLR namespace `System`). */
export const SYSTEM_NS = `${DATA_CONTRACT_NS_ROOT}System`;

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';
