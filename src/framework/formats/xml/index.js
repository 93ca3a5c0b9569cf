"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.XmlWriteRefusedException = exports.describeDotNetError = exports.canWriteWithXmlSerializer = exports.stableName = exports.genericContractName = exports.XmlType = exports.xmlSerializerFor = exports.xmlFormat = exports.xml = void 0;
const type_ref_js_1 = require("../../types/type-ref.js");
const codec_options_js_1 = require("../codec-options.js");
const xml_format_js_1 = require("./xml-format.js");
function split(options) {
    const { serializer, ...rest } = options;
    return [(0, codec_options_js_1.codecOptions)(rest), serializer];
}
exports.xml = Object.freeze({
    stringify(value, type, options = {}) {
        const [o, serializer] = split(options);
        return (0, xml_format_js_1.writeXml)(value, (0, type_ref_js_1.resolveTypeSpec)(type), o, serializer);
    },
    parse(text, type, options = {}) {
        const [o, serializer] = split(options);
        return (0, xml_format_js_1.parseXml)(text, (0, type_ref_js_1.resolveTypeSpec)(type), o, serializer);
    },
});
var xml_format_js_2 = require("./xml-format.js");
Object.defineProperty(exports, "xmlFormat", { enumerable: true, get: function () { return xml_format_js_2.xmlFormat; } });
Object.defineProperty(exports, "xmlSerializerFor", { enumerable: true, get: function () { return xml_format_js_2.xmlSerializerFor; } });
var xml_type_js_1 = require("./xml-type.js");
Object.defineProperty(exports, "XmlType", { enumerable: true, get: function () { return xml_type_js_1.XmlType; } });
var contract_names_js_1 = require("./contract-names.js");
Object.defineProperty(exports, "genericContractName", { enumerable: true, get: function () { return contract_names_js_1.genericContractName; } });
Object.defineProperty(exports, "stableName", { enumerable: true, get: function () { return contract_names_js_1.stableName; } });
var xml_refusal_js_1 = require("./xml-refusal.js");
Object.defineProperty(exports, "canWriteWithXmlSerializer", { enumerable: true, get: function () { return xml_refusal_js_1.canWriteWithXmlSerializer; } });
Object.defineProperty(exports, "describeDotNetError", { enumerable: true, get: function () { return xml_refusal_js_1.describeDotNetError; } });
Object.defineProperty(exports, "XmlWriteRefusedException", { enumerable: true, get: function () { return xml_refusal_js_1.XmlWriteRefusedException; } });
