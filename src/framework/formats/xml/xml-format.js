"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.xmlFormat = void 0;
exports.xmlSerializerFor = xmlSerializerFor;
exports.writeXml = writeXml;
exports.parseXml = parseXml;
/**
 * The XML Format: DataContractSerializer everywhere (ServiceStack only speaks that dialect, and
 * it is Web API's default), XmlSerializer for ASP.NET Web API DTOs declared
 * `@Dto({ dialect: 'aspnet', xml: 'XmlSerializer' })` (seed 001). The declaration is written when
 * `options.xmlDeclaration` says so (ServiceStack: yes; Web API: no).
 */
const dto_meta_js_1 = require("../../dto/dto-meta.js");
const exceptions_js_1 = require("../../errors/exceptions.js");
const dcs_writer_js_1 = require("./dcs-writer.js");
const xml_reader_js_1 = require("./xml-reader.js");
const xml_settings_js_1 = require("./xml-settings.js");
const xs_writer_js_1 = require("./xs-writer.js");
function firstClass(t) {
    if (t.kind === 'class')
        return t.ctor;
    if (t.kind === 'list' || t.kind === 'nullable')
        return firstClass(t.of);
    return undefined;
}
/** Which .NET serializer a value of `type` goes through under these options. */
function xmlSerializerFor(type, options, override) {
    if (override)
        return override === 'XmlSerializer' ? 'xs' : 'dcs';
    if (options.dialect !== 'aspnet')
        return 'dcs';
    const ctor = firstClass(type);
    return ctor && (0, dto_meta_js_1.getDtoMeta)(ctor).xml === 'XmlSerializer' ? 'xs' : 'dcs';
}
function writeXml(value, type, options, override) {
    const settings = (0, xml_settings_js_1.xmlSettings)(options);
    return xmlSerializerFor(type, options, override) === 'xs'
        ? (0, xs_writer_js_1.writeXmlSerializer)(value, type, settings)
        : (0, dcs_writer_js_1.writeDataContract)(value, type, settings);
}
/** Reads with the serializer `type` implies; anything but a SerializationException is a bug, but still reported as one. */
function parseXml(text, type, options, override) {
    try {
        return (0, xml_reader_js_1.readXml)(text, type, xmlSerializerFor(type, options, override), (0, xml_settings_js_1.xmlSettings)(options));
    }
    catch (e) {
        if (e instanceof exceptions_js_1.SerializationException)
            throw e;
        throw new exceptions_js_1.SerializationException(`There was an error deserializing the object: ${e?.message ?? String(e)}`, { cause: e });
    }
}
exports.xmlFormat = Object.freeze({
    name: 'xml',
    extension: 'xml',
    contentType: 'application/xml',
    mediaTypes: Object.freeze(['application/xml', 'text/xml']),
    write: (value, type, options) => writeXml(value, type, options),
    read: (text, type, options) => parseXml(text, type, options),
});
