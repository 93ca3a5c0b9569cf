"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.jsv = exports.encodeJsvString = exports.jsvOptions = exports.parseJsvValue = exports.formatJsv = exports.writeJsv = exports.readJsv = exports.jsvFormat = void 0;
/**
 * JSV (ServiceStack's JSON-and-CSV-like text format): the Format implementation plus a small
 * convenience API taking any TypeSpec (a DTO class, `'List<int>'`, `Dict('string', Poco)`…).
 *
 *   jsv.stringify(dto, MyDto, { textCase: 'PascalCase' })  // '{Id:1,Name:x}'
 *   jsv.parse('{Id:1,Name:x}', MyDto)                      // MyDto instance
 *
 * Options default as every codec does (`codecOptions()`: camelCase names, .NET Core numbers,
 * the process's time zone); `pretty: true` gives JsvFormatter's indented form.
 */
const type_ref_js_1 = require("../../types/type-ref.js");
const jsv_format_js_1 = require("./jsv-format.js");
const jsv_options_js_1 = require("./jsv-options.js");
var jsv_format_js_2 = require("./jsv-format.js");
Object.defineProperty(exports, "jsvFormat", { enumerable: true, get: function () { return jsv_format_js_2.jsvFormat; } });
Object.defineProperty(exports, "readJsv", { enumerable: true, get: function () { return jsv_format_js_2.readJsv; } });
Object.defineProperty(exports, "writeJsv", { enumerable: true, get: function () { return jsv_format_js_2.writeJsv; } });
var jsv_formatter_js_1 = require("./jsv-formatter.js");
Object.defineProperty(exports, "formatJsv", { enumerable: true, get: function () { return jsv_formatter_js_1.formatJsv; } });
var parse_jsv_value_js_1 = require("./parse-jsv-value.js");
Object.defineProperty(exports, "parseJsvValue", { enumerable: true, get: function () { return parse_jsv_value_js_1.parseJsvValue; } });
var jsv_options_js_2 = require("./jsv-options.js");
Object.defineProperty(exports, "jsvOptions", { enumerable: true, get: function () { return jsv_options_js_2.jsvOptions; } });
var jsv_text_js_1 = require("./jsv-text.js");
Object.defineProperty(exports, "encodeJsvString", { enumerable: true, get: function () { return jsv_text_js_1.encodeJsvString; } });
exports.jsv = {
    stringify(value, type, options = {}) {
        return (0, jsv_format_js_1.writeJsv)(value, (0, type_ref_js_1.resolveTypeSpec)(type), (0, jsv_options_js_1.jsvOptions)(options));
    },
    parse(text, type, options = {}) {
        return (0, jsv_format_js_1.readJsv)(text, (0, type_ref_js_1.resolveTypeSpec)(type), (0, jsv_options_js_1.jsvOptions)(options));
    },
};
