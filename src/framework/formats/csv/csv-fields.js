"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ROW_SEPARATOR = void 0;
exports.toCsvField = toCsvField;
exports.csvRow = csvRow;
exports.parseLines = parseLines;
exports.parseFields = parseFields;
/**
 * RFC 4180 fields and lines as ServiceStack.Text's CsvWriter/CsvReader write and split them: a
 * field is quoted (inner quotes doubled) when it holds `"` `,` CR or LF, or starts like JSV
 * structure (`[` `{`); rows end in CRLF; a reader splits lines outside quotes and fields outside
 * quotes and outside unquoted `{…}`/`[…]` JSV values.
 */
const jsv_text_js_1 = require("../jsv/jsv-text.js");
exports.ROW_SEPARATOR = '\r\n';
function toCsvField(text) {
    if (text.length === 0)
        return text;
    const quote = /[",\r\n]/.test(text) || text[0] === '[' || text[0] === '{';
    return quote ? `"${text.replaceAll('"', '""')}"` : text;
}
function csvRow(fields) {
    return fields.map((f) => (f === undefined ? '' : toCsvField(f))).join(',') + exports.ROW_SEPARATOR;
}
/** The non-empty lines of a CSV text; line breaks inside quoted fields stay in their field. */
function parseLines(csv) {
    const rows = [];
    let inQuotes = false;
    let start = 0;
    for (let i = 0; i < csv.length; i++) {
        const c = csv[i];
        if (c === '"') {
            if (csv[i + 1] === '"') {
                i++;
                continue;
            }
            inQuotes = !inQuotes;
        }
        if (inQuotes || c !== '\n')
            continue;
        const end = i > 0 && csv[i - 1] === '\r' ? i - 1 : i;
        if (end > start)
            rows.push(csv.slice(start, end));
        start = i + 1;
    }
    if (csv.length > start)
        rows.push(csv.slice(start));
    return rows;
}
/** The fields of one line, unquoted; an empty field is undefined (ServiceStack reads it as null). */
function parseFields(line) {
    const fields = [];
    if (line.length === 0)
        return fields;
    let i = 0;
    for (;;) {
        const end = fieldEnd(line, i);
        fields.push(end === i ? undefined : (0, jsv_text_js_1.fromCsvField)(line.slice(i, end)));
        if (end >= line.length)
            return fields;
        i = end + 1;
    }
}
/** Where the field starting at `i` ends (the index of its `,`, or the line's length). */
function fieldEnd(line, i) {
    const first = line[i];
    if (first === '"') {
        let j = i;
        while (++j < line.length) {
            if (line[j] !== '"')
                continue;
            if (line[j + 1] !== '"')
                return j + 1;
            j++;
        }
        return line.length;
    }
    if (first === '{' || first === '[') {
        const close = first === '{' ? '}' : ']';
        let depth = 0;
        let inQuotes = false;
        for (let j = i; j < line.length; j++) {
            const c = line[j];
            if (c === '"')
                inQuotes = !inQuotes;
            if (inQuotes)
                continue;
            if (c === first)
                depth++;
            else if (c === close && --depth === 0)
                return j + 1;
        }
        // Unbalanced: read it as a plain value, as ServiceStack gives up on the structure.
    }
    const comma = line.indexOf(',', i);
    return comma < 0 ? line.length : comma;
}
