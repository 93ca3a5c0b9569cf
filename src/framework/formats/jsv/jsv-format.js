"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.jsvFormat = void 0;
exports.writeJsv = writeJsv;
exports.readSettings = readSettings;
exports.readJsv = readJsv;
/**
 * The JSV wire format: ServiceStack.Text's TypeSerializer output, compact or (options.pretty)
 * indented by JsvFormatter. Extra JsConfig-style settings ride on the options object
 * (`JsvOptions`); a plain CodecOptions gives ServiceStack's defaults.
 */
const exceptions_js_1 = require("../../errors/exceptions.js");
const jsv_formatter_js_1 = require("./jsv-formatter.js");
const jsv_lexer_js_1 = require("./jsv-lexer.js");
const jsv_reader_js_1 = require("./jsv-reader.js");
const jsv_text_js_1 = require("./jsv-text.js");
const jsv_writer_js_1 = require("./jsv-writer.js");
const member_plan_js_1 = require("./member-plan.js");
function writeJsv(value, type, options) {
    const o = options;
    let out;
    try {
        const t = type.kind === 'nullable' ? type.of : type;
        if (value === null || value === undefined)
            out = undefined;
        // ServiceStack 5.6+ quotes a top-level string like any other, but writes '' as nothing.
        else if (typeof value === 'string' && t.kind === 'primitive' && (t.name === 'string' || t.name === 'object')) {
            out = value === '' ? '' : (0, jsv_text_js_1.encodeJsvString)(value);
        }
        else
            out = (0, jsv_writer_js_1.writerFor)(type)(value, (0, jsv_writer_js_1.writeContext)(o));
    }
    catch (e) {
        throw asSerializationError(e, 'write');
    }
    if (out === undefined)
        return '';
    return o.pretty ? (0, jsv_formatter_js_1.formatJsv)(out, o.newline) : out;
}
const knownTypeMaps = new WeakMap();
function knownTypeMap(list) {
    if (!list)
        return undefined;
    let map = knownTypeMaps.get(list);
    if (!map)
        knownTypeMaps.set(list, (map = new Map(list.map((c) => [(0, member_plan_js_1.classInfo)(c).fullName, c]))));
    return map;
}
const settingsCache = new WeakMap();
/** Derived once per options object (hosts reuse theirs across requests). */
function readSettings(options) {
    let cached = settingsCache.get(options);
    if (!cached)
        settingsCache.set(options, (cached = buildReadSettings(options)));
    return cached;
}
function buildReadSettings(o) {
    return {
        tz: o.timeZone,
        lenient: o.textCase === 'snake_case',
        dateHandler: o.dateHandler,
        textCase: o.textCase,
        maxDepth: o.limits.maxDepth,
        knownTypes: knownTypeMap(o.knownTypes),
        convertObjects: o.convertObjectTypesIntoStringDictionary === true,
        throwOnError: o.throwOnError !== false,
        localDates: o.localDateTimes === true,
    };
}
function readJsv(text, type, options) {
    if (typeof text !== 'string')
        throw new exceptions_js_1.SerializationException('JSV input must be text');
    const max = options.limits.maxLength;
    if (text.length > max)
        throw new exceptions_js_1.SerializationException(`JSV input of ${text.length} characters exceeds the limit of ${max}`);
    try {
        return (0, jsv_reader_js_1.readWhole)(new jsv_lexer_js_1.JsvCursor(text, text.length, readSettings(options)), type);
    }
    catch (e) {
        throw asSerializationError(e, 'read');
    }
}
/** Anything else escaping a codec (a stack overflow, a bad bigint) still surfaces as a 400-able error. */
function asSerializationError(e, what) {
    if (e instanceof exceptions_js_1.SerializationException)
        return e;
    const message = e instanceof Error ? e.message : String(e);
    return new exceptions_js_1.SerializationException(`Could not ${what} JSV: ${message}`, { cause: e });
}
exports.jsvFormat = {
    name: 'jsv',
    extension: 'jsv',
    contentType: 'application/jsv',
    mediaTypes: ['application/jsv', 'text/jsv'],
    write: writeJsv,
    read: readJsv,
};
