"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toCsvField = exports.parseLines = exports.parseFields = exports.csvFormat = void 0;
/** CSV (ServiceStack.Text's CsvSerializer): the Format implementation. */
var csv_format_js_1 = require("./csv-format.js");
Object.defineProperty(exports, "csvFormat", { enumerable: true, get: function () { return csv_format_js_1.csvFormat; } });
var csv_fields_js_1 = require("./csv-fields.js");
Object.defineProperty(exports, "parseFields", { enumerable: true, get: function () { return csv_fields_js_1.parseFields; } });
Object.defineProperty(exports, "parseLines", { enumerable: true, get: function () { return csv_fields_js_1.parseLines; } });
Object.defineProperty(exports, "toCsvField", { enumerable: true, get: function () { return csv_fields_js_1.toCsvField; } });
