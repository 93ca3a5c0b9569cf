"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.jsonFormat = void 0;
exports.jsonWriter = jsonWriter;
exports.jsonReader = jsonReader;
const json_net_reader_js_1 = require("./json-net-reader.js");
const json_net_writer_js_1 = require("./json-net-writer.js");
const json_reader_js_1 = require("./json-reader.js");
const json_writer_js_1 = require("./json-writer.js");
const protojson_reader_js_1 = require("./protojson-reader.js");
const protojson_writer_js_1 = require("./protojson-writer.js");
const servicestack_json_reader_js_1 = require("./servicestack-json-reader.js");
const servicestack_json_writer_js_1 = require("./servicestack-json-writer.js");
const WRITERS = {
    servicestack: servicestack_json_writer_js_1.serviceStackJsonDialect,
    aspnet: json_net_writer_js_1.jsonNetDialect,
    gateway: protojson_writer_js_1.protoJsonDialect,
};
const READERS = {
    servicestack: () => servicestack_json_reader_js_1.serviceStackJsonReader,
    aspnet: json_net_reader_js_1.jsonNetReader,
    gateway: protojson_reader_js_1.protoJsonReader,
};
const keyOf = (o) => {
    const a = o.assemblyName;
    return `${o.dialect}|${o.textCase}|${o.runtime}|${o.dateTimeOffset}|${o.newline}|${o.timeZone ?? ''}|${o.throwOnError}|${o.localDateTimes}|${typeof a === 'string' ? a : idOf(a)}|${idOf(o.knownTypes)}`;
};
const ids = new WeakMap();
let nextId = 1;
function idOf(x) {
    if (x === undefined)
        return 0;
    let id = ids.get(x);
    if (id === undefined)
        ids.set(x, (id = nextId++));
    return id;
}
const writers = new Map();
const readers = new Map();
// Hosts pass the same options object for many requests: skip building the key for those.
const writerByOptions = new WeakMap();
const readerByOptions = new WeakMap();
function jsonWriter(options) {
    let w = writerByOptions.get(options);
    if (w)
        return w;
    const key = keyOf(options);
    w = writers.get(key);
    if (!w)
        writers.set(key, (w = new json_writer_js_1.JsonWriter(WRITERS[options.dialect], options)));
    writerByOptions.set(options, w);
    return w;
}
function jsonReader(options) {
    let r = readerByOptions.get(options);
    if (r)
        return r;
    const key = keyOf(options);
    r = readers.get(key);
    if (!r)
        readers.set(key, (r = new json_reader_js_1.JsonReader(READERS[options.dialect](options), options)));
    readerByOptions.set(options, r);
    return r;
}
exports.jsonFormat = {
    name: 'json',
    extension: 'json',
    contentType: 'application/json; charset=utf-8',
    mediaTypes: ['application/json', 'text/json'],
    write(value, type, options) {
        return jsonWriter(options).write(value, type);
    },
    read(text, type, options, errors) {
        return jsonReader(options).read(text, type, options.limits, errors);
    },
};
