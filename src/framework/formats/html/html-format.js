"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.htmlFormat = void 0;
/**
 * The HTML report format (ServiceStack's HtmlFormat): what a browser sees. Accept chooses it only
 * when `text/html` is the first range; `?format=html`, `.html` and `/html/reply/{Op}` choose it
 * explicitly. A response format only: ServiceStack registers no HTML request reader.
 */
const exceptions_js_1 = require("../../errors/exceptions.js");
const codec_guard_js_1 = require("../codec-guard.js");
const html_page_js_1 = require("./html-page.js");
exports.htmlFormat = Object.freeze({
    name: 'html',
    extension: 'html',
    contentType: 'text/html; charset=utf-8',
    mediaTypes: Object.freeze(['text/html']),
    firstAcceptRangeOnly: true,
    describesRequest: true,
    write: (value, type, options) => (0, codec_guard_js_1.guarded)('HTML', 'write', () => (0, html_page_js_1.htmlPage)(value, type, options)),
    read: () => {
        throw new exceptions_js_1.SerializationException('HTML is a response format: send the request as JSON, XML, JSV, CSV or form fields');
    },
});
