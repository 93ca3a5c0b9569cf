"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.jsvOptions = jsvOptions;
exports.assemblyOf = assemblyOf;
const codec_options_js_1 = require("../codec-options.js");
/** Full options from a partial set, with the project's codec defaults (camelCase, .NET Core). */
function jsvOptions(partial = {}) {
    return (0, codec_options_js_1.codecOptions)(partial);
}
function assemblyOf(options, namespace) {
    const a = options.assemblyName;
    if (typeof a === 'string')
        return a;
    if (typeof a === 'function')
        return a(namespace);
    const dot = namespace.indexOf('.');
    return dot < 0 ? namespace : namespace.slice(0, dot);
}
