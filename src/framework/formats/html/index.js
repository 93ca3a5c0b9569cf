"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.escapeHtml = exports.htmlFormat = void 0;
/** The HTML report format (ServiceStack's HtmlFormat). */
var html_format_js_1 = require("./html-format.js");
Object.defineProperty(exports, "htmlFormat", { enumerable: true, get: function () { return html_format_js_1.htmlFormat; } });
var html_escape_js_1 = require("./html-escape.js");
Object.defineProperty(exports, "escapeHtml", { enumerable: true, get: function () { return html_escape_js_1.escapeHtml; } });
