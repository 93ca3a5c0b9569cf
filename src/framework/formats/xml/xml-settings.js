"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_WRITE_DEPTH = void 0;
exports.xmlSettings = xmlSettings;
exports.newSink = newSink;
/** What the XML writers and reader take from CodecOptions, resolved once per call. */
const codec_options_js_1 = require("../codec-options.js");
const xml_namespaces_js_1 = require("./xml-namespaces.js");
const xml_sink_js_1 = require("./xml-sink.js");
function xmlSettings(o) {
    // Hosts pass complete options; the fallbacks only keep a hand-built object from failing oddly.
    return {
        runtime: o.runtime ?? 'core', timeZone: o.timeZone, newline: o.newline ?? '\n', pretty: o.pretty === true,
        declaration: o.xmlDeclaration === true, textWriter: o.pretty === true && o.dialect === 'servicestack', limits: o.limits ?? codec_options_js_1.DEFAULT_LIMITS,
    };
}
function newSink(s, depthOffset = 0) {
    return new xml_sink_js_1.XmlSink({ indent: s.pretty, newline: s.newline, replaceNewlines: !s.textWriter, depthOffset }, s.declaration ? xml_namespaces_js_1.XML_DECLARATION : '');
}
/** Writers stop here: only a cyclic object graph nests this deep. */
exports.MAX_WRITE_DEPTH = 512;
