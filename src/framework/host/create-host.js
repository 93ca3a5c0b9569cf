"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createHost = createHost;
/** An AppHost with ServiceStack's built-in formats registered, JSON first (the default). */
const csv_format_js_1 = require("../formats/csv/csv-format.js");
const html_format_js_1 = require("../formats/html/html-format.js");
const json_format_js_1 = require("../formats/json/json-format.js");
const jsv_format_js_1 = require("../formats/jsv/jsv-format.js");
const xml_format_js_1 = require("../formats/xml/xml-format.js");
const app_host_js_1 = require("./app-host.js");
function createHost(config = {}) {
    return new app_host_js_1.AppHost(config).addFormat(json_format_js_1.jsonFormat).addFormat(xml_format_js_1.xmlFormat).addFormat(jsv_format_js_1.jsvFormat).addFormat(html_format_js_1.htmlFormat).addFormat(csv_format_js_1.csvFormat);
}
