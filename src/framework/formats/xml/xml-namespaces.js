"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.XML_DECLARATION = exports.SYSTEM_NS = exports.DATA_CONTRACT_NS_ROOT = exports.ARRAYS_NS = exports.SERIALIZATION_NS = exports.XML_NS = exports.XMLNS_NS = exports.XSD_NS = exports.XSI_NS = void 0;
/** The fixed XML namespaces .NET's two serializers write. */
exports.XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
exports.XSD_NS = 'http://www.w3.org/2001/XMLSchema';
exports.XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
exports.XML_NS = 'http://www.w3.org/XML/1998/namespace';
/** DataContractSerializer's own primitives (char, guid, duration) and primitive roots. */
exports.SERIALIZATION_NS = 'http://schemas.microsoft.com/2003/10/Serialization/';
/** Collections of primitives and every dictionary. */
exports.ARRAYS_NS = 'http://schemas.microsoft.com/2003/10/Serialization/Arrays';
/** Default contract namespace root: `…/2004/07/{CLR namespace}`. */
exports.DATA_CONTRACT_NS_ROOT = 'http://schemas.datacontract.org/2004/07/';
/** Where DateTimeOffset and Nullable<T> live (CLR namespace `System`). */
exports.SYSTEM_NS = `${exports.DATA_CONTRACT_NS_ROOT}System`;
exports.XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';
