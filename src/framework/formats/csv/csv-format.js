"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.csvFormat = void 0;
const codec_guard_js_1 = require("../codec-guard.js");
const csv_reader_js_1 = require("./csv-reader.js");
const csv_writer_js_1 = require("./csv-writer.js");
exports.csvFormat = Object.freeze({
    name: 'csv',
    extension: 'csv',
    contentType: 'text/csv',
    mediaTypes: Object.freeze(['text/csv']),
    attachment: true,
    write: (value, type, options) => (0, codec_guard_js_1.guarded)('CSV', 'write', () => (0, csv_writer_js_1.writeCsv)(value, type, options)),
    read: (text, type, options) => (0, codec_guard_js_1.guarded)('CSV', 'read', () => (0, csv_reader_js_1.readCsv)(text, type, options)),
});
