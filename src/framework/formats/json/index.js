"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.json = exports.JsonReadError = exports.jsonFormat = void 0;
/**
 * JSON in the three .NET dialects. `json.stringify(value, TypeSpec, options?)` and
 * `json.parse(text, TypeSpec, options?)` are conveniences over `jsonFormat` for services and
 * tests: options default per dialect through `codecOptions`.
 */
const type_ref_js_1 = require("../../types/type-ref.js");
const codec_options_js_1 = require("../codec-options.js");
const json_format_js_1 = require("./json-format.js");
var json_format_js_2 = require("./json-format.js");
Object.defineProperty(exports, "jsonFormat", { enumerable: true, get: function () { return json_format_js_2.jsonFormat; } });
var json_read_error_js_1 = require("./json-read-error.js");
Object.defineProperty(exports, "JsonReadError", { enumerable: true, get: function () { return json_read_error_js_1.JsonReadError; } });
exports.json = {
    stringify(value, type, options = {}) {
        return json_format_js_1.jsonFormat.write(value, (0, type_ref_js_1.resolveTypeSpec)(type), (0, codec_options_js_1.codecOptions)(options));
    },
    parse(text, type, options = {}) {
        return json_format_js_1.jsonFormat.read(text, (0, type_ref_js_1.resolveTypeSpec)(type), (0, codec_options_js_1.codecOptions)(options));
    },
};
